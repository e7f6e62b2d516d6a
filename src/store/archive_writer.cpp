#include "archive_writer.hpp"

#include <bit>
#include <chrono>
#include <set>

namespace bulletin::store {

namespace {
constexpr int kMaxSimilarDistance = 3;  // of 64 SimHash bits

std::int64_t now() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::int64_t band(std::uint64_t simhash, int i) { return static_cast<std::int64_t>((simhash >> (16 * i)) & 0xFFFF); }
}  // namespace

ArchiveWriter::ArchiveWriter(sql::Database& db)
    : db_(db),
      findFile_(db.prepare("SELECT document_id FROM files WHERE path = ?")),
      findDocument_(db.prepare("SELECT id FROM documents WHERE content_hash = ?")),
      insertDocument_(db.prepare(
          "INSERT INTO documents (content_hash, path, title, subtitle, dateline_place, publication_date, body, raw,"
          " encoding, size, mtime, simhash, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")),
      upsertFile_(db.prepare(
          "INSERT INTO files (path, size, mtime, byte_hash, document_id) VALUES (?,?,?,?,?) ON CONFLICT(path) DO "
          "UPDATE SET size = excluded.size, mtime = excluded.mtime, byte_hash = excluded.byte_hash,"
          " document_id = excluded.document_id")),
      deleteFile_(db.prepare("DELETE FROM files WHERE path = ? RETURNING document_id")),
      countFilesOfDocument_(db.prepare("SELECT count(*), min(path) FROM files WHERE document_id = ?")),
      deleteDocument_(db.prepare("DELETE FROM documents WHERE id = ?")),
      repointDocumentPath_(db.prepare("UPDATE documents SET path = ? WHERE id = ? AND path <> ?")),
      insertBand_(db.prepare("INSERT OR IGNORE INTO simhash_bands (band, value, document_id) VALUES (?,?,?)")),
      findBand_(db.prepare(
          "SELECT b.document_id, d.simhash FROM simhash_bands b JOIN documents d ON d.id = b.document_id"
          " WHERE b.band = ? AND b.value = ? AND b.document_id <> ?")),
      insertSimilar_(db.prepare(
          "INSERT OR IGNORE INTO similar_documents (document_id, similar_id, distance) VALUES (?,?,?)")),
      insertError_(db.prepare(
          "INSERT INTO ingest_errors (path, stage, message, at) VALUES (?,?,?,?) ON CONFLICT(path) DO UPDATE SET"
          " stage = excluded.stage, message = excluded.message, at = excluded.at")),
      deleteError_(db.prepare("DELETE FROM ingest_errors WHERE path = ?")) {}

void ArchiveWriter::begin() {
    db_.exec("BEGIN IMMEDIATE");
    inTransaction_ = true;
}

void ArchiveWriter::commit() {
    db_.exec("COMMIT");
    inTransaction_ = false;
}

void ArchiveWriter::rollback() {
    if (!inTransaction_) return;
    inTransaction_ = false;
    try {
        db_.exec("ROLLBACK");
    } catch (const sql::Error&) {
        // Already rolled back by SQLite (disk full, I/O error): nothing left to undo.
    }
}

std::unordered_map<std::string, KnownFile> ArchiveWriter::knownFiles() {
    std::unordered_map<std::string, KnownFile> out;
    auto st = db_.prepare("SELECT path, size, mtime, byte_hash, document_id FROM files");
    while (st.step()) out.emplace(st.text(0), KnownFile{st.int64(1), st.int64(2), st.text(3), st.int64(4)});
    return out;
}

StoreOutcome ArchiveWriter::store(const Document& doc, const Extraction& /*extraction*/) {
    StoreOutcome outcome;
    std::int64_t previousDocument = 0;
    findFile_.bind(1, doc.location.path);
    if (findFile_.step()) previousDocument = findFile_.int64(0);
    findFile_.reset();

    findDocument_.bind(1, doc.contentHash);
    if (findDocument_.step()) outcome.documentId = findDocument_.int64(0);
    findDocument_.reset();

    if (outcome.documentId == 0) {
        outcome.documentId = insertDocument(doc);
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
        deleteDocumentIfOrphan(previousDocument);
    }
    clearError(doc.location.path);
    return outcome;
}

std::int64_t ArchiveWriter::insertDocument(const Document& doc) {
    insertDocument_.bind(1, doc.contentHash)
        .bind(2, doc.location.path)
        .bind(3, doc.title)
        .bind(4, doc.subtitle)
        .bind(5, doc.datelinePlace);
    if (doc.publicationDate) insertDocument_.bind(6, doc.publicationDate->iso());
    else insertDocument_.bindNull(6);
    insertDocument_.bind(7, doc.body)
        .bind(8, doc.raw)
        .bind(9, doc.encoding)
        .bind(10, doc.location.size)
        .bind(11, doc.location.mtime)
        .bind(12, static_cast<std::int64_t>(doc.simhash))
        .bind(13, now());
    insertDocument_.run();
    const std::int64_t id = db_.lastInsertRowid();
    linkSimilar(id, doc.simhash);
    return id;
}

void ArchiveWriter::linkSimilar(std::int64_t documentId, std::uint64_t simhash) {
    if (simhash == 0) return;  // too little text to fingerprint
    std::set<std::int64_t> seen;
    for (int i = 0; i < 4; ++i) {
        findBand_.bind(1, i).bind(2, band(simhash, i)).bind(3, documentId);
        while (findBand_.step()) {
            const std::int64_t other = findBand_.int64(0);
            if (!seen.insert(other).second) continue;
            const int distance = std::popcount(simhash ^ static_cast<std::uint64_t>(findBand_.int64(1)));
            if (distance > kMaxSimilarDistance) continue;
            // Stored both ways so either document lists the other.
            insertSimilar_.bind(1, documentId).bind(2, other).bind(3, distance);
            insertSimilar_.run();
            insertSimilar_.bind(1, other).bind(2, documentId).bind(3, distance);
            insertSimilar_.run();
        }
        findBand_.reset();
        insertBand_.bind(1, i).bind(2, band(simhash, i)).bind(3, documentId);
        insertBand_.run();
    }
}

void ArchiveWriter::touchFile(const FileLocation& location) {
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

void ArchiveWriter::removeFile(std::string_view path) {
    deleteFile_.bind(1, path);
    std::int64_t documentId = 0;
    if (deleteFile_.step()) documentId = deleteFile_.int64(0);
    deleteFile_.reset();
    clearError(path);
    if (documentId != 0) deleteDocumentIfOrphan(documentId);
}

void ArchiveWriter::deleteDocumentIfOrphan(std::int64_t documentId) {
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
    } else {
        repointDocumentPath_.bind(1, firstPath).bind(2, documentId).bind(3, firstPath);
        repointDocumentPath_.run();
    }
}

void ArchiveWriter::recordError(std::string_view path, std::string_view stage, std::string_view message) {
    insertError_.bind(1, path).bind(2, stage).bind(3, message).bind(4, now());
    insertError_.run();
}

void ArchiveWriter::clearError(std::string_view path) {
    deleteError_.bind(1, path);
    deleteError_.run();
}

void ArchiveWriter::optimizeIndex() { db_.exec("INSERT INTO documents_fts(documents_fts) VALUES ('optimize')"); }

}  // namespace bulletin::store
