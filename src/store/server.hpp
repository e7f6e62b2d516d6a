#pragma once
// A team archive's server, as its administrator sees it (bulletin-cli server init|check): what was done or found,
// in words. Only server locations (postgresql:...) have one.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "location.hpp"

namespace bulletin::store {

struct ServerReport final {
    std::string server;         // "PostgreSQL 15.18"
    std::string role;           // the role Bulletin connected as (session_user)
    std::vector<std::string> groups;  // the Bulletin group roles it is a member of
    int schemaVersion = 0;      // the archive's, after init
    int currentSchemaVersion = 0;
    std::vector<std::string> done;      // init: each step taken
    std::vector<std::string> passed;    // check: each check passed
    std::vector<std::string> problems;  // check: each problem, with what to do
    [[nodiscard]] bool ok() const { return problems.empty(); }
};

// Creates the group roles, the schema and the grants (idempotent: run again after an upgrade). Throws store::Error
// (ArchiveError for a file location, which has no server).
[[nodiscard]] ServerReport initServer(const Location& location);
// Connects and reports; never changes anything.
[[nodiscard]] ServerReport checkServer(const Location& location);
// Brings the archive's schema to this Bulletin's, as the owner role (an administrator's command).
[[nodiscard]] ServerReport upgradeServer(const Location& location);

// The Bulletin groups an analyst's login role can be made a member of.
enum class TeamRole { Reader, Analyst, Ingester, Admin };
[[nodiscard]] std::optional<TeamRole> teamRoleFromString(std::string_view name);
// Makes the login role `user` (which must exist: logins and their passwords are the server's to manage) a member
// of the group, and gives its sessions the group's limits: a reader's statements stop after 30 s, an analyst's after
// 60 s, and an ingester's transaction left idle ends after 10 minutes.
[[nodiscard]] ServerReport grantServerRole(const Location& location, const std::string& user, TeamRole role);

}  // namespace bulletin::store
