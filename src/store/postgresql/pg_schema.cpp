#include "pg_schema.hpp"

#include <array>
#include <string>

#include "store/error.hpp"

namespace bulletin::store::postgresql {

namespace {

// The advisory lock key of migrations (the bytes of "BULLSCHM").
constexpr std::int64_t kMigrationLock = 0x42554C4C5343484D;

// Each entry migrates from version (index) to version (index + 1). Never edit a released step: append one.
constexpr std::array<const char*, 4> kMigrations{
    // v1: the archive as the SQLite engine's version 9 holds it, on PostgreSQL.
    R"sql(
CREATE TABLE bulletin_meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);

-- Releases. tsv: the client's words (core/word_tokenizer.hpp), headline weight A, body B; tsv_truncated when the
-- release had more words than a tsvector holds. title_key: the folded title, ordered by bytes (the same order as the
-- SQLite archive's title index).
CREATE TABLE documents (
    id                        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    content_hash              text        NOT NULL UNIQUE,
    path                      text        NOT NULL,
    title                     text        NOT NULL,
    title_key                 text        NOT NULL COLLATE "C",
    subtitle                  text        NOT NULL DEFAULT '',
    dateline_place            text        NOT NULL DEFAULT '',
    publication_date          text,
    publication_date_source   text        NOT NULL DEFAULT '',
    publication_date_evidence text        NOT NULL DEFAULT '',
    body                      text        NOT NULL,
    raw                       bytea       NOT NULL,
    encoding                  text        NOT NULL,
    size                      bigint      NOT NULL,
    mtime                     bigint      NOT NULL,
    simhash                   bigint      NOT NULL DEFAULT 0,
    tsv                       tsvector    NOT NULL,
    tsv_truncated             boolean     NOT NULL DEFAULT false,
    added_at                  timestamptz NOT NULL DEFAULT now(),
    ingested_by               text        NOT NULL DEFAULT session_user
);
-- The raw page text is compressed by the client already.
ALTER TABLE documents ALTER COLUMN raw SET STORAGE EXTERNAL;
CREATE INDEX documents_tsv ON documents USING gin (tsv);
CREATE INDEX documents_publication_date ON documents (publication_date DESC NULLS LAST, id DESC);
CREATE INDEX documents_title ON documents (title_key, id);

CREATE TABLE files (
    path        text   PRIMARY KEY,
    size        bigint NOT NULL,
    mtime       bigint NOT NULL,
    byte_hash   text   NOT NULL,
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE INDEX files_document ON files (document_id);

CREATE TABLE similar_documents (
    document_id bigint  NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    similar_id  bigint  NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    distance    integer NOT NULL,
    PRIMARY KEY (document_id, similar_id)
);
CREATE INDEX similar_documents_similar ON similar_documents (similar_id);
-- The eight 8-bit bands of each release's SimHash, shared by every ingester (the SQLite writer keeps them in memory).
CREATE TABLE simhash_bands (
    band        smallint NOT NULL,
    value       smallint NOT NULL,
    document_id bigint   NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (band, value, document_id)
);
-- The boilerplate model of each source folder, learned once and shared by every ingester of that folder.
CREATE TABLE boilerplate_models (
    folder     text        PRIMARY KEY,
    model      bytea       NOT NULL,
    learned_at timestamptz NOT NULL DEFAULT now(),
    learned_by text        NOT NULL DEFAULT session_user
);

CREATE TABLE ingest_errors (
    path     text        PRIMARY KEY,
    stage    text        NOT NULL,
    message  text        NOT NULL,
    at       timestamptz NOT NULL DEFAULT now(),
    ingester text        NOT NULL DEFAULT session_user,
    host     text        NOT NULL DEFAULT ''
);

CREATE TABLE entities (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type    text   NOT NULL CHECK (type IN ('person', 'agency', 'location')),
    key     text   NOT NULL,
    name    text   NOT NULL,
    acronym text   NOT NULL DEFAULT '',
    UNIQUE (type, key)
);
CREATE INDEX entities_acronym ON entities (acronym) WHERE acronym <> '';
CREATE TABLE entity_aliases (
    entity_id bigint NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    folded    text   NOT NULL,
    alias     text   NOT NULL,
    PRIMARY KEY (entity_id, folded)
);
CREATE INDEX entity_aliases_folded ON entity_aliases (folded);
CREATE TABLE document_entities (
    entity_id   bigint  NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    document_id bigint  NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    mentions    integer NOT NULL,
    role        text    NOT NULL DEFAULT '',
    affiliation text    NOT NULL DEFAULT '',
    PRIMARY KEY (entity_id, document_id)
);
CREATE INDEX document_entities_document ON document_entities (document_id);
-- Every mention of a release in one record, "entity_id TAB start TAB end TAB rule" lines, as in SQLite.
CREATE TABLE document_mentions (
    document_id bigint PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    data        text   NOT NULL
);
CREATE TABLE dates (
    document_id bigint  NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start       integer NOT NULL,
    "end"       integer NOT NULL,
    iso         text    NOT NULL,
    first_day   text    NOT NULL,
    last_day    text    NOT NULL,
    role        text    NOT NULL,
    text        text    NOT NULL,
    rule        text    NOT NULL,
    PRIMARY KEY (document_id, start, "end")
);
CREATE TABLE meetings (
    id          bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id bigint  NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind        text    NOT NULL,
    date        text,
    first_day   text,
    last_day    text,
    location    text    NOT NULL DEFAULT '',
    start       integer NOT NULL,
    "end"       integer NOT NULL,
    rule        text    NOT NULL
);
CREATE INDEX meetings_document ON meetings (document_id);
CREATE INDEX meetings_days ON meetings (first_day, last_day);
CREATE TABLE meeting_participants (
    meeting_id bigint NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    entity_id  bigint NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, entity_id)
);
CREATE TABLE acronym_mentions (
    document_id bigint  NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    acronym     text    NOT NULL,
    start       integer NOT NULL,
    "end"       integer NOT NULL,
    resolved    boolean NOT NULL DEFAULT false,
    entity_id   bigint  REFERENCES entities(id) ON DELETE SET NULL
);
CREATE INDEX acronym_mentions_pending ON acronym_mentions (resolved, acronym);
CREATE INDEX acronym_mentions_document ON acronym_mentions (document_id);

-- Analyst corrections: an append-only log of who did what and when (no role may update or delete it; an undo or a
-- redo is a row of its own). Keyed by the entity's canonical key, so they survive re-ingest.
CREATE TABLE corrections (
    id      bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action  text        NOT NULL CHECK (action IN ('merge', 'rename', 'alias', 'hide')),
    type    text        NOT NULL,
    key     text        NOT NULL,
    value   text        NOT NULL DEFAULT '',
    reason  text        NOT NULL DEFAULT '',
    at      timestamptz NOT NULL DEFAULT now(),
    analyst text        NOT NULL DEFAULT session_user
);
CREATE INDEX corrections_key ON corrections (type, key);
CREATE TABLE correction_undos (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    correction_id   bigint      NOT NULL REFERENCES corrections(id),
    undone          boolean     NOT NULL,
    at              timestamptz NOT NULL DEFAULT now(),
    analyst         text        NOT NULL DEFAULT session_user,
    last_correction bigint      NOT NULL
);
CREATE INDEX correction_undos_correction ON correction_undos (correction_id, id);
CREATE VIEW active_corrections AS
SELECT c.* FROM corrections c
WHERE NOT coalesce((SELECT u.undone FROM correction_undos u WHERE u.correction_id = c.id ORDER BY u.id DESC LIMIT 1),
                   false);
CREATE TABLE entity_overrides (
    entity_id    bigint  PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    canonical_id bigint  NOT NULL,
    name         text    NOT NULL,
    hidden       boolean NOT NULL DEFAULT false
);
CREATE VIEW resolved_entities AS
SELECT e.id, e.type, e.key, coalesce(o.canonical_id, e.id) AS canonical_id, coalesce(o.name, e.name) AS name,
       e.acronym, coalesce(o.hidden, false) AS hidden
FROM entities e LEFT JOIN entity_overrides o ON o.entity_id = e.id;

-- Saved searches belong to the analyst who saved them and may be shared with the team; history stays private.
CREATE TABLE saved_searches (
    owner         text        NOT NULL DEFAULT session_user,
    name          text        NOT NULL,
    query         text        NOT NULL,
    list          text        NOT NULL DEFAULT 'documents',
    created       timestamptz NOT NULL DEFAULT now(),
    shared        boolean     NOT NULL DEFAULT false,
    watched       boolean     NOT NULL DEFAULT false,
    seen_document bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (owner, name)
);
CREATE TABLE search_history (
    id    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner text        NOT NULL DEFAULT session_user,
    query text        NOT NULL,
    at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX search_history_owner ON search_history (owner, id);

-- The analysts' marks, kept apart from extracted data; every change logged with who made it.
CREATE TABLE release_marks (
    document_id bigint  PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    starred     boolean NOT NULL DEFAULT false,
    note        text    NOT NULL DEFAULT '',
    note_folded text    NOT NULL DEFAULT ''
);
CREATE INDEX release_marks_starred ON release_marks (document_id) WHERE starred;
CREATE TABLE release_tags (
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    folded      text   NOT NULL,
    tag         text   NOT NULL,
    PRIMARY KEY (document_id, folded)
);
CREATE INDEX release_tags_folded ON release_tags (folded, document_id);
CREATE TABLE entity_marks (
    type text NOT NULL,
    key  text NOT NULL,
    note text NOT NULL DEFAULT '',
    PRIMARY KEY (type, key)
);
CREATE TABLE entity_tags (
    type   text NOT NULL,
    key    text NOT NULL,
    folded text NOT NULL,
    tag    text NOT NULL,
    PRIMARY KEY (type, key, folded)
);
CREATE TABLE mark_changes (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch       bigint      NOT NULL,
    at          timestamptz NOT NULL DEFAULT now(),
    analyst     text        NOT NULL DEFAULT session_user,
    document_id bigint,
    entity_type text,
    entity_key  text,
    target      text        NOT NULL,
    action      text        NOT NULL CHECK (action IN ('star', 'unstar', 'tag', 'untag', 'note')),
    value       text        NOT NULL DEFAULT '',
    before      text        NOT NULL DEFAULT '',
    undone      boolean     NOT NULL DEFAULT false
);
CREATE INDEX mark_changes_batch ON mark_changes (batch);

-- Moved by every write to releases, extracted data or corrections (not by marks): readers reload their facet
-- index when it moves. change_seq numbers commits for readers that follow them (with NOTIFY bulletin_changed).
CREATE TABLE content_generation (
    id    integer PRIMARY KEY CHECK (id = 1),
    value bigint  NOT NULL
);
INSERT INTO content_generation (id, value) VALUES (1, 0);
CREATE SEQUENCE change_seq;
)sql",
    // v2: the transaction that stored each release, so that an ingester finds the near-duplicates another ingester
    // stored while both transactions were open (neither saw the other's rows). Releases stored before hold 0.
    R"sql(
ALTER TABLE documents ADD COLUMN stored_by_xact bigint NOT NULL DEFAULT 0;
ALTER TABLE documents ALTER COLUMN stored_by_xact SET DEFAULT txid_current();
CREATE INDEX documents_stored_by_xact ON documents (stored_by_xact);
)sql",
    // v3: oldest first walks an index of its own (the newest-first one, walked backwards, puts undated releases first:
    // a page of 'meeting' oldest first sorted all 23,539 matches, 300 ms, and now reads 100 rows, 1.4 ms).
    R"sql(
CREATE INDEX IF NOT EXISTS documents_publication_date_ascending ON documents (publication_date ASC NULLS LAST, id);
)sql",
    // v4: a release's tsvector stays in its row (storage main: the body and the raw page leave the row first).
    // Out of line, every test of a release against a text query fetched its tsvector from the TOAST table: counting
    // 10,000 matches of 'meeting' on a million releases read 45,000 pages and took 143-193 ms, in the row 9,000 and
    // 19-23 ms. Rows stored before keep theirs out of line until the table is rewritten: 'bulletin-cli server
    // upgrade' does that once and notes it here; an archive created empty needs nothing.
    R"sql(
ALTER TABLE documents ALTER COLUMN tsv SET STORAGE MAIN;
INSERT INTO bulletin_meta (key, value) SELECT 'words_in_rows', 'true' WHERE NOT EXISTS (SELECT 1 FROM documents)
ON CONFLICT (key) DO NOTHING;
)sql",
};

}  // namespace

int currentSchemaVersion() {
    return static_cast<int>(kMigrations.size());
}

int schemaVersion(pg::Connection& connection) {
    const bool meta = connection.queryInt(
                          "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
                          " AND tablename = 'bulletin_meta'") > 0;
    if (!meta) {
        const auto tables = connection.queryInt("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()");
        if (tables > 0)
            throw ArchiveError(
                "the database holds tables but no Bulletin archive (no bulletin_meta table): "
                "give Bulletin a database of its own");
        return 0;
    }
    const auto r = connection.query("SELECT value FROM bulletin_meta WHERE key = 'schema_version'");
    const int version = r.rows() ? std::stoi(std::string(r.text(0, 0))) : 0;
    if (version > currentSchemaVersion())
        throw ArchiveError("the archive was written by a newer version of Bulletin (archive schema " +
                           std::to_string(version) + ", this version reads up to " +
                           std::to_string(currentSchemaVersion()) + "); please upgrade Bulletin");
    return version;
}

int migrate(pg::Connection& connection) {
    // One migrator at a time; the others wait here and then find the schema current.
    const pg::AdvisoryLock lock(connection, kMigrationLock);
    const int version = schemaVersion(connection);
    if (version == currentSchemaVersion()) return version;
    // DDL is transactional: a migration stopped half-way leaves the archive at its old version.
    pg::Transaction tx(connection);
    for (int v = version; v < currentSchemaVersion(); ++v) connection.exec(kMigrations[static_cast<std::size_t>(v)]);
    connection.query(
        "INSERT INTO bulletin_meta (key, value) VALUES ('schema_version', $1)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        pg::Params().add(std::to_string(currentSchemaVersion())));
    tx.commit();
    return version;
}

}  // namespace bulletin::store::postgresql
