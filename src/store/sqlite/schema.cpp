#include "schema.hpp"

#include <array>
#include <string>

#include "store/error.hpp"
#include "store/compressed_text.hpp"
#include "fts_rank.hpp"
#include "fts_tokenizer.hpp"
#include "core/text.hpp"

#include <sqlite3.h>

namespace bulletin::store {

namespace {

// Each entry migrates from version (index) to version (index + 1). Never edit a released step: append one.
constexpr std::array<const char*, 9> kMigrations{
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
-- Title hits weigh ten times body hits; as the table's rank, "ORDER BY rank LIMIT n" is sorted inside FTS5.
INSERT INTO documents_fts(documents_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)');
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
    // v2: extracted entities with mentions (provenance), dates, meetings; analyst corrections kept apart.
    R"sql(
CREATE TABLE entities (
    id      INTEGER PRIMARY KEY,
    type    TEXT    NOT NULL CHECK (type IN ('person', 'agency', 'location')),
    key     TEXT    NOT NULL,
    name    TEXT    NOT NULL,
    acronym TEXT    NOT NULL DEFAULT '',
    UNIQUE (type, key)
);
CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    folded    TEXT    NOT NULL,
    alias     TEXT    NOT NULL,
    PRIMARY KEY (entity_id, folded)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_folded ON entity_aliases(folded);

CREATE TABLE document_entities (
    entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    mentions    INTEGER NOT NULL,
    role        TEXT    NOT NULL DEFAULT '',
    affiliation TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (entity_id, document_id)
) WITHOUT ROWID;
CREATE INDEX document_entities_document ON document_entities(document_id);

-- Every mention of a document in one record, "entity_id TAB start TAB end TAB rule" lines (offsets into
-- title + "\n\n" + body): mentions are read a document at a time, for highlighting; filters and counts use
-- document_entities. One row per document instead of one per mention keeps ingest fast.
CREATE TABLE document_mentions (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    data        TEXT    NOT NULL
);

CREATE TABLE dates (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    iso         TEXT    NOT NULL,
    first_day   TEXT    NOT NULL,
    last_day    TEXT    NOT NULL,
    role        TEXT    NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    rule        TEXT    NOT NULL
);
CREATE INDEX dates_document ON dates(document_id);

CREATE TABLE meetings (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,
    date        TEXT,
    first_day   TEXT,
    last_day    TEXT,
    location    TEXT    NOT NULL DEFAULT '',
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    rule        TEXT    NOT NULL
);
CREATE INDEX meetings_document ON meetings(document_id);
CREATE TABLE meeting_participants (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, entity_id)
) WITHOUT ROWID;

-- Acronyms used without a definition ("PNCB"); linked to the archive's one agency with that acronym.
CREATE TABLE acronym_mentions (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    acronym     TEXT    NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    resolved    INTEGER NOT NULL DEFAULT 0,
    entity_id   INTEGER REFERENCES entities(id) ON DELETE SET NULL
);
CREATE INDEX acronym_mentions_pending ON acronym_mentions(resolved, acronym);
CREATE INDEX acronym_mentions_document ON acronym_mentions(document_id);
CREATE INDEX entities_acronym ON entities(acronym) WHERE acronym <> '';

-- Analyst corrections, keyed by (type, canonical key) so they survive re-ingest and are applied when reading.
CREATE TABLE corrections (
    id     INTEGER PRIMARY KEY,
    action TEXT    NOT NULL CHECK (action IN ('merge', 'rename', 'alias', 'hide')),
    type   TEXT    NOT NULL,
    key    TEXT    NOT NULL,
    value  TEXT    NOT NULL DEFAULT '',
    at     INTEGER NOT NULL
);
CREATE INDEX corrections_key ON corrections(type, key);

-- The analyst's saved searches and query history.
CREATE TABLE saved_searches (
    name    TEXT    PRIMARY KEY,
    query   TEXT    NOT NULL,
    list    TEXT    NOT NULL DEFAULT 'documents',
    created INTEGER NOT NULL
);
CREATE TABLE search_history (
    id    INTEGER PRIMARY KEY,
    query TEXT    NOT NULL,
    at    INTEGER NOT NULL
);

-- What corrections change, for the entities they touch only (recomputed after every correction and every ingest
-- by refreshEntityOverrides): reading through it is a LEFT JOIN on a small table.
CREATE TABLE entity_overrides (
    entity_id    INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    canonical_id INTEGER NOT NULL,
    name         TEXT    NOT NULL,
    hidden       INTEGER NOT NULL DEFAULT 0
);

-- Each entity as the analyst sees it: merged into another (canonical_id), renamed, hidden.
CREATE VIEW resolved_entities AS
SELECT e.id, e.type, e.key, coalesce(o.canonical_id, e.id) AS canonical_id, coalesce(o.name, e.name) AS name,
       e.acronym, coalesce(o.hidden, 0) AS hidden
FROM entities e LEFT JOIN entity_overrides o ON o.entity_id = e.id;
)sql",
    // v3, for ingest speed: documents.raw holds the raw page text compressed (a BLOB, see compressed_text.hpp;
    // plain v2 text is converted), and dates are clustered by document (one b-tree per row instead of a table
    // and an index; they are only ever read by document).
    R"sql(
UPDATE documents SET raw = bulletin_compress_text(raw) WHERE typeof(raw) = 'text';

CREATE TABLE dates_v3 (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    iso         TEXT    NOT NULL,
    first_day   TEXT    NOT NULL,
    last_day    TEXT    NOT NULL,
    role        TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    rule        TEXT    NOT NULL,
    PRIMARY KEY (document_id, start, end)
) WITHOUT ROWID;
INSERT OR IGNORE INTO dates_v3 SELECT document_id, start, end, iso, first_day, last_day, role, text, rule FROM dates;
DROP TABLE dates;
ALTER TABLE dates_v3 RENAME TO dates;
)sql",
    // v4: the full-text index words text with Bulletin's tokenizer (core/word_tokenizer.hpp): Thai, Chinese and
    // Japanese releases become searchable; Latin-script words are indexed as before. The index is rebuilt.
    R"sql(
DROP TRIGGER documents_fts_insert;
DROP TRIGGER documents_fts_delete;
DROP TRIGGER documents_fts_update;
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, body, content='documents', content_rowid='id', tokenize='bulletin_words'
);
INSERT INTO documents_fts(documents_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)');
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
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
)sql",
    // v5: where the publication date came from (the release's own date line, a page label, the file name...) and,
    // when sources disagree, what each said.
    R"sql(
ALTER TABLE documents ADD COLUMN publication_date_source TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN publication_date_evidence TEXT NOT NULL DEFAULT '';
)sql",
    // v6: corrections can be undone and done again. The log stays append-only: an undo or a redo is a row of its
    // own, and the corrections in effect are those whose latest such row (if any) is a redo. Merge chains are
    // followed when read instead of rewritten, so undoing one merge leaves the others as they were.
    R"sql(
CREATE TABLE IF NOT EXISTS correction_undos (
    id              INTEGER PRIMARY KEY,
    correction_id   INTEGER NOT NULL REFERENCES corrections(id),
    undone          INTEGER NOT NULL,
    at              INTEGER NOT NULL,
    last_correction INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS correction_undos_correction ON correction_undos(correction_id, id);
CREATE VIEW IF NOT EXISTS active_corrections AS
SELECT c.* FROM corrections c
WHERE coalesce((SELECT u.undone FROM correction_undos u WHERE u.correction_id = c.id ORDER BY u.id DESC LIMIT 1), 0) = 0;
)sql",
    // v7: the analyst's marks (store/marks.hpp). A release's marks hang on its document row and go with it; the
    // writer carries them to the new row when a file's content changes. An entity's hang on its canonical key.
    // mark_changes logs every change that changed something, so a step can be undone and redone.
    R"sql(
CREATE TABLE IF NOT EXISTS release_marks (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    starred     INTEGER NOT NULL DEFAULT 0,
    note        TEXT    NOT NULL DEFAULT '',
    note_folded TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS release_marks_starred ON release_marks(document_id) WHERE starred = 1;
CREATE TABLE IF NOT EXISTS release_tags (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    folded      TEXT    NOT NULL,
    tag         TEXT    NOT NULL,
    PRIMARY KEY (document_id, folded)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS release_tags_folded ON release_tags(folded, document_id);
CREATE TABLE IF NOT EXISTS entity_marks (
    type        TEXT    NOT NULL,
    key         TEXT    NOT NULL,
    note        TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (type, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS entity_tags (
    type        TEXT    NOT NULL,
    key         TEXT    NOT NULL,
    folded      TEXT    NOT NULL,
    tag         TEXT    NOT NULL,
    PRIMARY KEY (type, key, folded)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mark_changes (
    id          INTEGER PRIMARY KEY,
    batch       INTEGER NOT NULL,
    at          INTEGER NOT NULL,
    document_id INTEGER,
    entity_type TEXT,
    entity_key  TEXT,
    target      TEXT    NOT NULL,
    action      TEXT    NOT NULL CHECK (action IN ('star', 'unstar', 'tag', 'untag', 'note')),
    value       TEXT    NOT NULL DEFAULT '',
    before      TEXT    NOT NULL DEFAULT '',
    undone      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS mark_changes_batch ON mark_changes(batch);
)sql",
    // v8: a saved search can be watched: releases stored after seen_document (the newest one when the analyst last
    // looked) are its new ones.
    R"sql(
ALTER TABLE saved_searches ADD COLUMN watched INTEGER NOT NULL DEFAULT 0;
ALTER TABLE saved_searches ADD COLUMN seen_document INTEGER NOT NULL DEFAULT 0;
)sql",
    // v9: a counter of changes to what facets are counted from (releases, their extracted data, corrections), which
    // the analyst's marks leave alone: a star or a tag no longer makes every reader reload its facet index.
    R"sql(
CREATE TABLE IF NOT EXISTS content_generation (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL
);
INSERT OR IGNORE INTO content_generation (id, value) VALUES (1, 0);
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

namespace {
// bulletin_fold(text): the folding entity names are matched by (case and diacritics removed).
void foldFunction(sqlite3_context* ctx, int, sqlite3_value** argv) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    if (!p) {
        sqlite3_result_null(ctx);
        return;
    }
    const std::string folded = text::foldForMatching(
        text::collapseWhitespace(std::string_view(p, static_cast<std::size_t>(sqlite3_value_bytes(argv[0])))));
    sqlite3_result_text(ctx, folded.c_str(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}


// bulletin_compress_text(text): the stored form of a raw page text (used by the v3 migration).
void compressFunction(sqlite3_context* ctx, int, sqlite3_value** argv) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    if (!p) {
        sqlite3_result_null(ctx);
        return;
    }
    try {
        const std::string blob =
            compressText(std::string_view(p, static_cast<std::size_t>(sqlite3_value_bytes(argv[0]))));
        sqlite3_result_blob64(ctx, blob.data(), blob.size(), SQLITE_TRANSIENT);
    } catch (const std::exception& e) {
        sqlite3_result_error(ctx, e.what(), -1);
    }
}
}  // namespace

void configureConnection(sql::Database& db, bool readOnly) {
    if (const int rc = registerWordTokenizer(db.handle()); rc != SQLITE_OK)
        throw sql::Error(rc, "cannot register the full-text tokenizer (SQLite without FTS5?)");
    if (const int rc = registerRankFunction(db.handle()); rc != SQLITE_OK)
        throw sql::Error(rc, "cannot register the full-text rank function");
    sqlite3_create_function_v2(db.handle(), "bulletin_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               foldFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db.handle(), "bulletin_compress_text", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               compressFunction, nullptr, nullptr, nullptr);
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA temp_store = MEMORY");
    db.exec("PRAGMA cache_size = -32768");  // 32 MiB page cache per connection
    if (!readOnly) {
        // Takes effect only when the file is created. A release row (headline, body, compressed raw text) is a few
        // kilobytes: with 4 KiB pages most rows filled one page and wasted half of it.
        db.exec("PRAGMA page_size = 16384");
        db.exec("PRAGMA journal_mode = WAL");
        // WAL's default is FULL; NORMAL is still crash-safe for the database, only the last commits may roll back.
        db.exec("PRAGMA synchronous = NORMAL");
    }
}

void bumpContentGeneration(sql::Database& db) { db.exec("UPDATE content_generation SET value = value + 1"); }

std::int64_t contentGeneration(sql::Database& db) {
    return db.queryInt("SELECT value FROM content_generation WHERE id = 1");
}

int schemaVersion(sql::Database& db) { return static_cast<int>(db.queryInt("PRAGMA user_version")); }

int checkedSchemaVersion(sql::Database& db, const std::filesystem::path& file) {
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
    return version;
}

namespace {

// A step made only of "ALTER TABLE t ADD COLUMN c ..." lines is applied line by line, skipping columns that already
// exist: SQLite has no ADD COLUMN IF NOT EXISTS, and re-running a step must not fail (an archive restored from a
// backup taken mid-upgrade, tests that mark a current archive as older).
bool addsColumnsOnly(std::string_view sql) {
    for (auto line : text::splitLines(sql)) {
        line = text::trim(line);
        if (!line.empty() && !text::startsWith(line, "ALTER TABLE ")) return false;
    }
    return true;
}

void addColumns(sql::Database& db, std::string_view sql) {
    for (auto line : text::splitLines(sql)) {
        line = text::trim(line);
        if (line.empty()) continue;
        // ALTER TABLE <table> ADD COLUMN <column> ...
        const auto table = line.substr(12, line.find(' ', 12) - 12);
        const auto at = line.find(" ADD COLUMN ");
        const auto column = line.substr(at + 12, line.find(' ', at + 12) - at - 12);
        auto exists = db.prepare("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?");
        exists.bind(1, std::string(table)).bind(2, std::string(column));
        if (exists.step() && exists.int64(0) > 0) continue;
        db.exec(std::string(line));
    }
}

}  // namespace

void migrate(sql::Database& db, const std::filesystem::path& file) {
    const int version = checkedSchemaVersion(db, file);
    if (version == currentSchemaVersion()) return;
    if (version > 0) backupBeforeUpgrade(db, file, version);
    // All steps in one transaction: a process stopped half-way leaves the archive at its old version, which the next
    // writer upgrades, never at an intermediate version that no Bulletin release ever wrote.
    sql::Transaction tx(db);
    for (int v = version; v < currentSchemaVersion(); ++v) {
        const std::string_view step = kMigrations[static_cast<std::size_t>(v)];
        if (addsColumnsOnly(step)) addColumns(db, step);
        else db.exec(std::string(step));
    }
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(currentSchemaVersion()));
    tx.commit();
}

}  // namespace bulletin::store
