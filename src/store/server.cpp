#include "server.hpp"

#include "error.hpp"
#include "store/postgresql/pg_server.hpp"

namespace bulletin::store {

namespace {
pg::Connection connect(const Location& location) {
    if (location.engine != Location::Engine::Postgresql)
        throw ArchiveError("'" + location.text() + "' is an archive file; only a server (postgresql:...) has roles "
                           "and a schema to set up");
    return pg::Connection(location.conninfo);
}
}  // namespace

ServerReport initServer(const Location& location) {
    auto c = connect(location);
    return postgresql::initServer(c);
}

ServerReport checkServer(const Location& location) {
    auto c = connect(location);
    return postgresql::checkServer(c);
}

ServerReport upgradeServer(const Location& location) {
    auto c = connect(location);
    return postgresql::upgradeServer(c);
}

std::optional<TeamRole> teamRoleFromString(std::string_view name) {
    if (name == "reader") return TeamRole::Reader;
    if (name == "analyst") return TeamRole::Analyst;
    if (name == "ingester") return TeamRole::Ingester;
    if (name == "admin") return TeamRole::Admin;
    return std::nullopt;
}

ServerReport grantServerRole(const Location& location, const std::string& user, TeamRole role) {
    auto c = connect(location);
    return postgresql::grantServerRole(c, user, role);
}

}  // namespace bulletin::store
