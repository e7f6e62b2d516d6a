#pragma once
// A team server's set-up and health: `bulletin-cli server init|check`. Init creates the group roles (NOLOGIN)
// analysts are made members of, brings the archive's schema up under the owner role and grants each group its rights
// (design note, section 7); check reports what a team's administrator needs to know.

#include <string>
#include <vector>

#include "pg.hpp"
#include "store/server.hpp"

namespace bulletin::store::postgresql {

// The group roles, least rights first.
inline constexpr const char* kReaderRole = "bulletin_reader";      // reads and searches
inline constexpr const char* kAnalystRole = "bulletin_analyst";    // + corrections, marks, saved searches
inline constexpr const char* kIngesterRole = "bulletin_ingester";  // + adds, changes and removes releases
inline constexpr const char* kAdminRole = "bulletin_admin";        // + grants, maintenance
inline constexpr const char* kOwnerRole = "bulletin_owner";        // owns the schema; runs migrations

// Needs a role that may create roles (CREATEROLE or a superuser) and owns or may create in the database.
ServerReport initServer(pg::Connection& connection);
ServerReport checkServer(pg::Connection& connection);
ServerReport upgradeServer(pg::Connection& connection);
ServerReport grantServerRole(pg::Connection& connection, const std::string& user, TeamRole role);

}  // namespace bulletin::store::postgresql
