#pragma once
// The team archive's schema on PostgreSQL: one database per archive, bulletin_meta holding its schema version,
// migrations applied in one transaction under a session advisory lock (two Bulletins opening a new server at once:
// one migrates, the other waits and finds the work done). The tables mirror the SQLite archive's (docs/schema.md)
// with what a shared server adds (design note ../shared/design/team-archive.md, section 3): a client-built tsvector
// per release (title A, body B) under GIN, who ingested, corrected and saved what (session_user) and when,
// saved searches owned and shared, near-duplicate bands and boilerplate models in tables for concurrent ingesters,
// and a change sequence for readers that follow new commits.

#include "pg.hpp"

namespace bulletin::store::postgresql {

// The schema version this Bulletin writes.
[[nodiscard]] int currentSchemaVersion();

// The archive's schema version (0: no Bulletin schema in this database yet). Throws ArchiveError for a database
// that holds other tables but no Bulletin schema, or one written by a newer Bulletin.
[[nodiscard]] int schemaVersion(pg::Connection& connection);

// Brings the database to the current schema; returns the version it was at. Safe to run from several connections
// at once (advisory lock). Needs the rights to create tables (the owner role, see server init).
int migrate(pg::Connection& connection);

}  // namespace bulletin::store::postgresql
