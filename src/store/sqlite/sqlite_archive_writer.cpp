#include "sqlite_archive_writer.hpp"

#include <algorithm>
#include <bit>
#include <chrono>
#include <map>

#include "core/text.hpp"
#include "schema.hpp"
#include "store/compressed_text.hpp"
#include "store/engine_support.hpp"

namespace bulletin::store {

namespace {
// Of 64 SimHash bits. A one-word edit of a release of a few hundred words moves a handful of bits; random texts
// differ in about 32, and fewer than 7 differing bits happen by chance about once in 10^11 pairs.
constexpr int kMaxSimilarDistance = 6;
// Eight 8-bit bands: two fingerprints within distance 7 share at least one band (pigeonhole).
constexpr int kBands = 8;
// Templated releases share band values by the thousand; comparing with the most recent few per band keeps ingest
// linear. A re-issue is almost always filed close to its original, so little is lost.
constexpr std::size_t kMaxCandidatesPerBand = 64;

std::int64_t now() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::uint32_t bandKey(std::uint64_t simhash, int i) {
    return static_cast<std::uint32_t>(i) << 8 | static_cast<std::uint32_t>((simhash >> (8 * i)) & 0xFF);
}
}  // namespace

namespace {
// The writer's connection gets a larger page cache: index pages of mentions and dates are touched all over.
sql::Database& withWriterCache(sql::Database& db) {
    db.exec("PRAGMA cache_size = -131072");  // 128 MiB
    // Checkpoint the WAL every 64 MiB instead of every 1,000 pages: large imports copy each page back fewer times.
    const std::int64_t pageSize = std::max<std::int64_t>(512, db.queryInt("PRAGMA page_size"));
    db.exec("PRAGMA wal_autocheckpoint = " + std::to_string((64 << 20) / pageSize));
    return db;
}
}  // namespace

SqliteArchiveWriter::SqliteArchiveWriter(sql::Database& db)
    : db_(withWriterCache(db)),
      findFile_(db.prepare("SELECT document_id FROM files WHERE path = ?")),
      findDocument_(db.prepare("SELECT id FROM documents WHERE content_hash = ?")),
      insertDocument_(db.prepare(
          "INSERT INTO documents (content_hash, path, title, subtitle, dateline_place, publication_date, body, raw,"
          " encoding, size, mtime, simhash, added_at, publication_date_source, publication_date_evidence)"
          " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")),
      upsertFile_(db.prepare(
          "INSERT INTO files (path, size, mtime, byte_hash, document_id) VALUES (?,?,?,?,?) ON CONFLICT(path) DO "
          "UPDATE SET size = excluded.size, mtime = excluded.mtime, byte_hash = excluded.byte_hash,"
          " document_id = excluded.document_id")),
      deleteFile_(db.prepare("DELETE FROM files WHERE path = ? RETURNING document_id")),
      countFilesOfDocument_(db.prepare("SELECT count(*), min(path) FROM files WHERE document_id = ?")),
      deleteDocument_(db.prepare("DELETE FROM documents WHERE id = ?")),
      repointDocumentPath_(db.prepare("UPDATE documents SET path = ? WHERE id = ? AND path <> ?")),
      insertSimilar_(
          db.prepare("INSERT OR IGNORE INTO similar_documents (document_id, similar_id, distance) VALUES (?,?,?)")),
      insertError_(db.prepare(
          "INSERT INTO ingest_errors (path, stage, message, at) VALUES (?,?,?,?) ON CONFLICT(path) DO UPDATE SET"
          " stage = excluded.stage, message = excluded.message, at = excluded.at")),
      deleteError_(db.prepare("DELETE FROM ingest_errors WHERE path = ?")),
      upsertEntity_(db.prepare(
          "INSERT INTO entities (type, key, name, acronym) VALUES (?,?,?,?) ON CONFLICT(type, key) DO UPDATE SET"
          " acronym = CASE WHEN acronym = '' THEN excluded.acronym ELSE acronym END RETURNING id")),
      insertAlias_(db.prepare("INSERT OR IGNORE INTO entity_aliases (entity_id, folded, alias) VALUES (?,?,?)")),
      insertDocumentEntity_(
          db.prepare("INSERT OR REPLACE INTO document_entities (entity_id, document_id, mentions, role, affiliation)"
                     " VALUES (?,?,?,?,?)")),
      insertMentions_(db.prepare("INSERT OR REPLACE INTO document_mentions (document_id, data) VALUES (?,?)")),
      insertDate_(
          db.prepare("INSERT OR IGNORE INTO dates (document_id, iso, first_day, last_day, role, start, end, text, rule)"
                     " VALUES (?,?,?,?,?,?,?,?,?)")),
      insertMeeting_(
          db.prepare("INSERT INTO meetings (document_id, kind, date, first_day, last_day, location, start, end, rule)"
                     " VALUES (?,?,?,?,?,?,?,?,?)")),
      insertParticipant_(db.prepare("INSERT OR IGNORE INTO meeting_participants (meeting_id, entity_id) VALUES (?,?)")),
      insertAcronymMention_(
          db.prepare("INSERT INTO acronym_mentions (document_id, acronym, start, end) VALUES (?,?,?,?)")) {}

void SqliteArchiveWriter::begin() {
    db_.exec("BEGIN IMMEDIATE");
    inTransaction_ = true;
}

void SqliteArchiveWriter::commit() {
    bumpContentGeneration(db_);
    db_.exec("COMMIT");
    inTransaction_ = false;
}

void SqliteArchiveWriter::rollback() {
    entityIds_.clear();
    storedAliases_.clear();
    bands_.clear();
    bandsLoaded_ = false;
    deletedDocuments_.clear();
    if (!inTransaction_) return;
    inTransaction_ = false;
    try {
        db_.exec("ROLLBACK");
    } catch (const sql::Error&) {
        // Already rolled back by SQLite (disk full, I/O error): nothing left to undo.
    }
}

std::unordered_map<std::string, KnownFile> SqliteArchiveWriter::knownFiles() {
    std::unordered_map<std::string, KnownFile> out;
    auto st = db_.prepare("SELECT path, size, mtime, byte_hash, document_id FROM files");
    while (st.step()) out.emplace(st.text(0), KnownFile{st.int64(1), st.int64(2), st.text(3), st.int64(4)});
    return out;
}

StoreOutcome SqliteArchiveWriter::store(const Document& doc, const Extraction& extraction,
                                        const PreparedDocument& prepared) {
    StoreOutcome outcome;
    std::int64_t previousDocument = 0;
    findFile_.bind(1, doc.location.path);
    if (findFile_.step()) previousDocument = findFile_.int64(0);
    findFile_.reset();

    findDocument_.bind(1, doc.contentHash);
    if (findDocument_.step()) outcome.documentId = findDocument_.int64(0);
    findDocument_.reset();

    if (outcome.documentId == 0) {
        outcome.documentId = insertDocument(doc, prepared);
        insertExtraction(outcome.documentId, extraction);
        outcome.newDocument = true;
    }
    upsertFile_.bind(1, doc.location.path)
        .bind(2, doc.location.size)
        .bind(3, doc.location.mtime)
        .bind(4, doc.location.byteHash)
        .bind(5, outcome.documentId);
    upsertFile_.run();
    if (previousDocument != 0 && previousDocument != outcome.documentId) {
        outcome.replacedDocument = true;
        carryMarks(previousDocument, outcome.documentId);
        deleteDocumentIfOrphan(previousDocument);
    }
    clearError(doc.location.path);
    return outcome;
}

std::int64_t SqliteArchiveWriter::insertDocument(const Document& doc, const PreparedDocument& prepared) {
    insertDocument_.bind(1, doc.contentHash)
        .bind(2, doc.location.path)
        .bind(3, doc.title)
        .bind(4, doc.subtitle)
        .bind(5, doc.datelinePlace);
    if (doc.publicationDate)
        insertDocument_.bind(6, doc.publicationDate->iso());
    else
        insertDocument_.bindNull(6);
    insertDocument_.bindBorrowed(7, doc.body)
        .bindBlob(8, prepared.rawBlob)
        .bind(9, doc.encoding)
        .bind(10, doc.location.size)
        .bind(11, doc.location.mtime)
        .bind(12, static_cast<std::int64_t>(doc.simhash))
        .bind(13, now())
        .bind(14, doc.publicationDateSource)
        .bind(15, doc.publicationDateEvidence);
    insertDocument_.run();
    const std::int64_t id = db_.lastInsertRowid();
    linkSimilar(id, doc.simhash);
    return id;
}

std::int64_t SqliteArchiveWriter::upsertEntity(const Entity& e) {
    const std::string cacheKey = std::string(toString(e.type)) + '\x1f' + e.key + (e.acronym.empty() ? "" : "\x1f+");
    std::int64_t id = 0;
    if (auto it = entityIds_.find(cacheKey); it != entityIds_.end()) {
        id = it->second;
    } else {
        upsertEntity_.bind(1, toString(e.type)).bind(2, e.key).bind(3, e.name).bind(4, e.acronym);
        if (upsertEntity_.step()) id = upsertEntity_.int64(0);
        upsertEntity_.reset();
        entityIds_.emplace(cacheKey, id);
    }
    auto alias = [&](const std::string& a) {
        if (a.empty() || !storedAliases_.insert(std::to_string(id) + '\x1f' + a).second) return;
        insertAlias_.bind(1, id).bind(2, text::foldForMatching(text::collapseWhitespace(a))).bind(3, a);
        insertAlias_.run();
    };
    alias(e.name);
    alias(e.acronym);
    for (const auto& a : e.aliases) alias(a);
    return id;
}

void SqliteArchiveWriter::insertExtraction(std::int64_t documentId, const Extraction& x) {
    std::map<std::pair<int, std::string>, std::int64_t> ids;  // (type, name) -> entity id
    std::vector<std::int64_t> entityIds;
    for (const auto& e : x.entities) {
        const std::int64_t id = upsertEntity(e);
        ids[{static_cast<int>(e.type), e.name}] = id;
        entityIds.push_back(id);
        insertDocumentEntity_.bind(1, id)
            .bind(2, documentId)
            .bind(3, static_cast<std::int64_t>(e.mentions.size()))
            .bind(4, e.role)
            .bind(5, e.affiliation);
        insertDocumentEntity_.run();
    }
    // (The score was added later: readers take lines without it.)
    const std::string mentions = formatMentionRecords(x.entities, entityIds);
    if (!mentions.empty()) {
        insertMentions_.bind(1, documentId).bind(2, mentions);
        insertMentions_.run();
    }
    for (const auto& m : x.unresolvedAcronyms) {
        insertAcronymMention_.bind(1, documentId)
            .bind(2, m.text)
            .bind(3, static_cast<std::int64_t>(m.span.begin))
            .bind(4, static_cast<std::int64_t>(m.span.end));
        insertAcronymMention_.run();
    }
    for (const auto& d : x.dates) {
        insertDate_.bind(1, documentId)
            .bind(2, d.value.iso())
            .bind(3, d.value.firstDay().iso())
            .bind(4, d.value.lastDay().iso())
            .bind(5, toString(d.role))
            .bind(6, static_cast<std::int64_t>(d.mention.span.begin))
            .bind(7, static_cast<std::int64_t>(d.mention.span.end))
            .bind(8, d.mention.text)
            .bind(9, d.mention.rule);
        insertDate_.run();
    }
    for (const auto& m : x.meetings) {
        insertMeeting_.bind(1, documentId).bind(2, toString(m.kind));
        if (m.date) {
            insertMeeting_.bind(3, m.date->iso()).bind(4, m.date->firstDay().iso()).bind(5, m.date->lastDay().iso());
        } else {
            insertMeeting_.bindNull(3).bindNull(4).bindNull(5);
        }
        insertMeeting_.bind(6, m.location)
            .bind(7, static_cast<std::int64_t>(m.trigger.span.begin))
            .bind(8, static_cast<std::int64_t>(m.trigger.span.end))
            .bind(9, m.trigger.rule);
        insertMeeting_.run();
        const std::int64_t meetingId = db_.lastInsertRowid();
        auto participant = [&](EntityType type, const std::string& name) {
            auto it = ids.find({static_cast<int>(type), name});
            if (it == ids.end()) return;
            insertParticipant_.bind(1, meetingId).bind(2, it->second);
            insertParticipant_.run();
        };
        for (const auto& a : m.agencies) participant(EntityType::Agency, a);
        for (const auto& p : m.people) participant(EntityType::Person, p);
    }
}

void SqliteArchiveWriter::linkSimilar(std::int64_t documentId, std::uint64_t simhash) {
    if (simhash == 0) return;  // too little text to fingerprint
    if (!bandsLoaded_) {
        // The bands are derived from the stored fingerprints (16 bytes a document in memory).
        auto st = db_.prepare("SELECT id, simhash FROM documents WHERE simhash <> 0 ORDER BY id");
        while (st.step()) {
            const auto hash = static_cast<std::uint64_t>(st.int64(1));
            for (int i = 0; i < kBands; ++i) bands_[bandKey(hash, i)].emplace_back(st.int64(0), hash);
        }
        bandsLoaded_ = true;
    }
    // Candidates within the distance are rare; the check against the ones already linked runs only for them.
    std::vector<std::int64_t> linked;
    for (int i = 0; i < kBands; ++i) {
        auto& bucket = bands_[bandKey(simhash, i)];
        // Newest first, and only a few: see kMaxCandidatesPerBand.
        std::size_t looked = 0;
        for (auto it = bucket.rbegin(); it != bucket.rend() && looked < kMaxCandidatesPerBand; ++it, ++looked) {
            const auto [other, otherHash] = *it;
            const int distance = std::popcount(simhash ^ otherHash);
            if (distance > kMaxSimilarDistance || other == documentId) continue;
            if (std::find(linked.begin(), linked.end(), other) != linked.end() || deletedDocuments_.count(other))
                continue;
            linked.push_back(other);
            // Stored both ways so either document lists the other.
            insertSimilar_.bind(1, documentId).bind(2, other).bind(3, distance);
            insertSimilar_.run();
            insertSimilar_.bind(1, other).bind(2, documentId).bind(3, distance);
            insertSimilar_.run();
        }
        bucket.emplace_back(documentId, simhash);
    }
}

void SqliteArchiveWriter::touchFile(const FileLocation& location) {
    findFile_.bind(1, location.path);
    std::int64_t documentId = 0;
    if (findFile_.step()) documentId = findFile_.int64(0);
    findFile_.reset();
    if (documentId == 0) return;
    upsertFile_.bind(1, location.path)
        .bind(2, location.size)
        .bind(3, location.mtime)
        .bind(4, location.byteHash)
        .bind(5, documentId);
    upsertFile_.run();
    clearError(location.path);
}

void SqliteArchiveWriter::removeFile(std::string_view path) {
    deleteFile_.bind(1, path);
    std::int64_t documentId = 0;
    if (deleteFile_.step()) documentId = deleteFile_.int64(0);
    deleteFile_.reset();
    clearError(path);
    if (documentId != 0) deleteDocumentIfOrphan(documentId);
}

// The analyst's marks follow a file whose content changed: its new release gets them (joined with any it had, as
// when the new content is that of another marked file). The old release keeps its own while other files hold it.
void SqliteArchiveWriter::carryMarks(std::int64_t from, std::int64_t to) {
    auto marks = db_.prepare(R"sql(
INSERT INTO release_marks (document_id, starred, note, note_folded)
SELECT ?2, starred, note, note_folded FROM release_marks WHERE document_id = ?1
ON CONFLICT(document_id) DO UPDATE SET
    starred = max(starred, excluded.starred),
    note = CASE WHEN note = '' OR note = excluded.note THEN excluded.note
                WHEN excluded.note = '' THEN note ELSE note || char(10) || char(10) || excluded.note END,
    note_folded = bulletin_fold(CASE WHEN note = '' OR note = excluded.note THEN excluded.note
                WHEN excluded.note = '' THEN note ELSE note || char(10) || char(10) || excluded.note END))sql");
    marks.bind(1, from).bind(2, to);
    marks.run();
    auto tags = db_.prepare(
        "INSERT OR IGNORE INTO release_tags (document_id, folded, tag) SELECT ?2, folded, tag FROM release_tags"
        " WHERE document_id = ?1");
    tags.bind(1, from).bind(2, to);
    tags.run();
}

void SqliteArchiveWriter::deleteDocumentIfOrphan(std::int64_t documentId) {
    countFilesOfDocument_.bind(1, documentId);
    std::int64_t count = 0;
    std::string firstPath;
    if (countFilesOfDocument_.step()) {
        count = countFilesOfDocument_.int64(0);
        firstPath = countFilesOfDocument_.text(1);
    }
    countFilesOfDocument_.reset();
    if (count == 0) {
        deleteDocument_.bind(1, documentId);
        deleteDocument_.run();
        deletedDocuments_.insert(documentId);
    } else {
        repointDocumentPath_.bind(1, firstPath).bind(2, documentId).bind(3, firstPath);
        repointDocumentPath_.run();
    }
}

void SqliteArchiveWriter::recordError(std::string_view path, std::string_view stage, std::string_view message) {
    insertError_.bind(1, path).bind(2, stage).bind(3, message).bind(4, now());
    insertError_.run();
}

void SqliteArchiveWriter::clearError(std::string_view path) {
    deleteError_.bind(1, path);
    deleteError_.run();
}

std::int64_t SqliteArchiveWriter::resolveAcronyms() {
    // An acronym is resolved to the one agency that spells it out; only when none does, to the one agency named by
    // the bare acronym itself (a release that said "PNCB said" and nothing more).
    db_.exec(
        "CREATE TEMP TABLE IF NOT EXISTS unique_acronyms (acronym TEXT PRIMARY KEY, entity_id INTEGER);"
        "DELETE FROM unique_acronyms;"
        "INSERT INTO unique_acronyms SELECT acronym, min(id) FROM entities WHERE type = 'agency' AND acronym <> ''"
        " AND name <> acronym AND acronym IN (SELECT DISTINCT acronym FROM acronym_mentions WHERE resolved = 0)"
        " GROUP BY acronym HAVING count(*) = 1;"
        "INSERT OR IGNORE INTO unique_acronyms SELECT acronym, min(id) FROM entities b WHERE type = 'agency'"
        " AND name = acronym AND acronym IN (SELECT DISTINCT acronym FROM acronym_mentions WHERE resolved = 0)"
        " AND NOT EXISTS (SELECT 1 FROM entities f WHERE f.type = 'agency' AND f.acronym = b.acronym"
        " AND f.name <> f.acronym) GROUP BY acronym;");
    db_.exec(
        "INSERT INTO document_entities (entity_id, document_id, mentions)"
        " SELECT u.entity_id, am.document_id, count(*) FROM acronym_mentions am JOIN unique_acronyms u"
        " ON u.acronym = am.acronym WHERE am.resolved = 0 GROUP BY u.entity_id, am.document_id"
        " ON CONFLICT (entity_id, document_id) DO UPDATE SET mentions = mentions + excluded.mentions;");
    const std::int64_t linked = db_.changes();
    db_.exec(
        "UPDATE acronym_mentions SET resolved = 1, entity_id = (SELECT u.entity_id FROM unique_acronyms u"
        " WHERE u.acronym = acronym_mentions.acronym) WHERE resolved = 0 AND acronym IN"
        " (SELECT acronym FROM unique_acronyms)");
    if (linked > 0) bumpContentGeneration(db_);
    return linked;
}

void SqliteArchiveWriter::optimizeIndex() {
    db_.exec("INSERT INTO documents_fts(documents_fts) VALUES ('optimize')");
}

}  // namespace bulletin::store
