#include "schema.hpp"

#include <array>
#include <string>

#include "archive_error.hpp"

namespace bulletin::store {

namespace {

// Each entry migrates from version (index) to version (index + 1). Never edit a released step: append one.
constexpr std::array<const char*, 1> kMigrations{
    // v1: documents, their file locations, near-duplicate links, rejected files, full-text index.
    R"sql(
CREATE TABLE documents (
    id               INTEGER PRIMARY KEY,
    content_hash     TEXT    NOT NULL UNIQUE,
    path             TEXT    NOT NULL,
    title            TEXT    NOT NULL,
    subtitle         TEXT    NOT NULL DEFAULT '',
    dateline_place   TEXT    NOT NULL DEFAULT '',
    publication_date TEXT,
    body             TEXT    NOT NULL,
    raw              TEXT    NOT NULL,
    encoding         TEXT    NOT NULL,
    size             INTEGER NOT NULL,
    mtime            INTEGER NOT NULL,
    simhash          INTEGER NOT NULL DEFAULT 0,
    added_at         INTEGER NOT NULL
);
CREATE INDEX documents_publication_date ON documents(publication_date);
CREATE INDEX documents_title ON documents(title COLLATE NOCASE);

CREATE TABLE files (
    path        TEXT    PRIMARY KEY,
    size        INTEGER NOT NULL,
    mtime       INTEGER NOT NULL,
    byte_hash   TEXT    NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX files_document ON files(document_id);

-- SimHash split in four 16-bit bands: two documents within Hamming distance 3 share at least one band.
CREATE TABLE simhash_bands (
    band        INTEGER NOT NULL,
    value       INTEGER NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (band, value, document_id)
) WITHOUT ROWID;
CREATE INDEX simhash_bands_document ON simhash_bands(document_id);

CREATE TABLE similar_documents (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    similar_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    distance    INTEGER NOT NULL,
    PRIMARY KEY (document_id, similar_id)
) WITHOUT ROWID;
CREATE INDEX similar_documents_similar ON similar_documents(similar_id);

CREATE TABLE ingest_errors (
    path    TEXT    PRIMARY KEY,
    stage   TEXT    NOT NULL,
    message TEXT    NOT NULL,
    at      INTEGER NOT NULL
);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, body, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, body ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO documents_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
)sql",
};

void backupBeforeUpgrade(sql::Database& db, const std::filesystem::path& file, int version) {
    if (file.empty() || file == ":memory:") return;
    auto backup = file;
    backup += ".v" + std::to_string(version) + ".bak";
    std::error_code ec;
    std::filesystem::remove(backup, ec);
    auto st = db.prepare("VACUUM INTO ?");
    st.bind(1, backup.string());
    st.run();
}

}  // namespace

int currentSchemaVersion() { return static_cast<int>(kMigrations.size()); }

void configureConnection(sql::Database& db, bool readOnly) {
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA temp_store = MEMORY");
    db.exec("PRAGMA cache_size = -32768");  // 32 MiB page cache per connection
    if (!readOnly) {
        db.exec("PRAGMA journal_mode = WAL");
        // WAL's default is FULL; NORMAL is still crash-safe for the database, only the last commits may roll back.
        db.exec("PRAGMA synchronous = NORMAL");
    }
}

int schemaVersion(sql::Database& db) { return static_cast<int>(db.queryInt("PRAGMA user_version")); }

void migrate(sql::Database& db, const std::filesystem::path& file) {
    int version = 0;
    std::int64_t appId = 0;
    std::int64_t tables = 0;
    try {
        version = schemaVersion(db);
        appId = db.queryInt("PRAGMA application_id");
        tables = db.queryInt("SELECT count(*) FROM sqlite_schema");
    } catch (const sql::Error& e) {
        throw ArchiveError("'" + file.string() + "' is not a Bulletin archive (" + e.what() + ")");
    }
    if (tables > 0 && appId != kApplicationId)
        throw ArchiveError("'" + file.string() + "' is an SQLite database but not a Bulletin archive");
    if (version > currentSchemaVersion())
        throw ArchiveError("'" + file.string() + "' was written by a newer version of Bulletin (archive schema " +
                           std::to_string(version) + ", this version reads up to " +
                           std::to_string(currentSchemaVersion()) + "); please upgrade Bulletin");
    if (version == currentSchemaVersion()) return;
    if (version > 0) backupBeforeUpgrade(db, file, version);
    for (int v = version; v < currentSchemaVersion(); ++v) {
        sql::Transaction tx(db);
        db.exec(kMigrations[static_cast<std::size_t>(v)]);
        db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        db.exec("PRAGMA user_version = " + std::to_string(v + 1));
        tx.commit();
    }
}

}  // namespace bulletin::store
