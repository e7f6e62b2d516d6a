#include "location.hpp"

#include "error.hpp"

namespace bulletin::store {

namespace {

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// "password=..." as a key of a key/value conninfo, or "user:secret@" in a URI's authority.
bool carriesPassword(std::string_view conninfo) {
    if (startsWith(conninfo, "postgresql://") || startsWith(conninfo, "postgres://")) {
        const auto rest = conninfo.substr(conninfo.find("//") + 2);
        const auto authority = rest.substr(0, rest.find('/'));
        const auto at = authority.rfind('@');
        if (at != std::string_view::npos && authority.substr(0, at).find(':') != std::string_view::npos) return true;
        return conninfo.find("password=") != std::string_view::npos;
    }
    for (std::size_t i = conninfo.find("password"); i != std::string_view::npos; i = conninfo.find("password", i + 1)) {
        const bool keyStart = i == 0 || conninfo[i - 1] == ' ';
        std::size_t j = i + 8;
        while (j < conninfo.size() && conninfo[j] == ' ') ++j;
        if (keyStart && j < conninfo.size() && conninfo[j] == '=') return true;
    }
    return false;
}

}  // namespace

Location Location::parse(std::string_view text) {
    std::string_view server;
    if (startsWith(text, "postgresql:") && !startsWith(text, "postgresql://")) server = text.substr(11);
    else if (startsWith(text, "postgresql://") || startsWith(text, "postgres://")) server = text;
    else if (startsWith(text, "service=")) server = text;
    else return Location(std::filesystem::path(std::string(text)));
    if (server.find_first_not_of(' ') == std::string_view::npos)
        throw ArchiveError("'" + std::string(text) + "' names no server: give a libpq service (postgresql:service=team) "
                           "or a connection string (postgresql:host=db.example.org dbname=bulletin)");
    if (carriesPassword(server))
        throw ArchiveError("the server location holds a password; Bulletin never stores or shows one: remove it and "
                           "put it in ~/.pgpass (or use a libpq service with its password file)");
    Location out;
    out.engine = Engine::Postgresql;
    out.conninfo = std::string(server);
    return out;
}

std::string Location::text() const {
    if (engine == Engine::Sqlite) return file.string();
    return startsWith(conninfo, "postgresql://") || startsWith(conninfo, "postgres://") ? conninfo
                                                                                       : "postgresql:" + conninfo;
}

}  // namespace bulletin::store
