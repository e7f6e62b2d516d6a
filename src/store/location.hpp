#pragma once
// Where an archive lives, as the analyst names it: a SQLite file ("team.bulletin", "~/cases/a.bulletin") or a
// PostgreSQL server ("postgresql:service=team", "postgresql://host/db", or a bare libpq service "service=team").

#include <filesystem>
#include <string>
#include <string_view>

namespace bulletin::store {

struct Location final {
    enum class Engine { Sqlite, Postgresql };
    Engine engine = Engine::Sqlite;
    std::filesystem::path file;  // Sqlite
    std::string conninfo;        // Postgresql: a libpq connection string or URI (never a password: see parse)

    Location() = default;
    // A file path is always a SQLite archive, whatever its name.
    Location(std::filesystem::path path) : file(std::move(path)) {}  // NOLINT: implicit, a path is a location
    Location(const char* path) : file(path) {}                      // NOLINT
    Location(const std::string& path) : file(path) {}               // NOLINT

    // Reads what an analyst typed or a setting holds. Throws ArchiveError for a server location that carries a
    // password (Bulletin never stores or prints one: ~/.pgpass is the place) or names nothing.
    [[nodiscard]] static Location parse(std::string_view text);
    // The location as parse() reads it back; a file as its path.
    [[nodiscard]] std::string text() const;
    [[nodiscard]] bool isFile() const { return engine == Engine::Sqlite; }
};

}  // namespace bulletin::store
