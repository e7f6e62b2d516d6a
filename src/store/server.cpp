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

}  // namespace bulletin::store
