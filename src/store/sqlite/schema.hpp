#pragma once
// Schema and migrations. `PRAGMA user_version` holds the schema version; every migration step is one
// transaction, so an interrupted upgrade leaves the previous version intact.

#include <cstdint>
#include <filesystem>

#include "sqlite.hpp"

namespace bulletin::store {

// Marks a SQLite file as a Bulletin archive ("BULL").
inline constexpr int kApplicationId = 0x42554C4C;

[[nodiscard]] int currentSchemaVersion();

// Sets connection pragmas (WAL, foreign keys, synchronous=NORMAL...). Safe on read-only connections.
void configureConnection(sql::Database& db, bool readOnly);

// Brings the archive to the current schema. Throws ArchiveError when the file is not a Bulletin archive or was
// written by a newer Bulletin. When an existing archive is upgraded, a copy is first written beside it as
// "<file>.v<N>.bak".
void migrate(sql::Database& db, const std::filesystem::path& file);

// The schema version of an archive opened for reading; throws ArchiveError, as migrate does, when the file is not a
// Bulletin archive or was written by a newer Bulletin. 0 for an empty file.
[[nodiscard]] int checkedSchemaVersion(sql::Database& db, const std::filesystem::path& file);

// Version of an open archive, without changing it.
[[nodiscard]] int schemaVersion(sql::Database& db);

// The content generation (see ArchiveEngine::contentCounter): moved by every write to releases, their extracted data
// or corrections, inside the writing transaction; read by anyone.
void bumpContentGeneration(sql::Database& db);
[[nodiscard]] std::int64_t contentGeneration(sql::Database& db);

}  // namespace bulletin::store
