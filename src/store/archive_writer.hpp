#pragma once
// The single writer. Owns the prepared statements used while ingesting; the caller groups calls in batches
// with begin()/commit() so that a document, its file location and its extracted data land together.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "archive.hpp"
#include "core/document.hpp"
#include "sqlite.hpp"

namespace bulletin::store {

struct KnownFile final {
    std::int64_t size = 0;
    std::int64_t mtime = 0;
    std::string byteHash;
    std::int64_t documentId = 0;
};

struct StoreOutcome final {
    std::int64_t documentId = 0;
    bool newDocument = false;      // false: the same content was already in the archive (a duplicate)
    bool replacedDocument = false; // the file previously held other content
};

// What the writer would otherwise compute on its own thread, computed beforehand by a worker: the one writer is the
// ingest pipeline's narrowest point.
struct PreparedDocument final {
    std::string rawBlob;  // compressText(doc.raw)
};

class ArchiveWriter final {
public:
    // Thread-safe; touches no database.
    [[nodiscard]] static PreparedDocument prepare(const Document& doc);

    explicit ArchiveWriter(Archive& archive);

    void begin();
    void commit();
    void rollback();

    // Every file of the archive, with what the archive knows of it (size, mtime, bytes' hash, document).
    [[nodiscard]] std::unordered_map<std::string, KnownFile> knownFiles();

    // Stores a document found at doc.location. Same content already stored: the file becomes one more location.
    StoreOutcome store(const Document& doc, const Extraction& extraction, const PreparedDocument& prepared);
    StoreOutcome store(const Document& doc, const Extraction& extraction) {
        return store(doc, extraction, prepare(doc));
    }
    // The file's bytes are unchanged but its mtime moved: record the new stat only.
    void touchFile(const FileLocation& location);
    // Forgets a file; its document goes too when no other file holds it.
    void removeFile(std::string_view path);

    void recordError(std::string_view path, std::string_view stage, std::string_view message);
    void clearError(std::string_view path);

    // Links acronyms used without a definition to the one agency of the archive that has that acronym; earlier
    // documents gain the link when a later release defines the acronym. Returns the mentions linked.
    std::int64_t resolveAcronyms();

    // Merges FTS5 index segments; worth it after large imports.
    void optimizeIndex();

private:
    explicit ArchiveWriter(sql::Database& db);
    std::int64_t insertDocument(const Document& doc, const PreparedDocument& prepared);
    void insertExtraction(std::int64_t documentId, const Extraction& extraction);
    std::int64_t upsertEntity(const Entity& entity);
    void linkSimilar(std::int64_t documentId, std::uint64_t simhash);
    void deleteDocumentIfOrphan(std::int64_t documentId);

    sql::Database& db_;
    sql::Statement findFile_;
    sql::Statement findDocument_;
    sql::Statement insertDocument_;
    sql::Statement upsertFile_;
    sql::Statement deleteFile_;
    sql::Statement countFilesOfDocument_;
    sql::Statement deleteDocument_;
    sql::Statement repointDocumentPath_;
    sql::Statement insertSimilar_;
    sql::Statement insertError_;
    sql::Statement deleteError_;
    sql::Statement upsertEntity_;
    sql::Statement insertAlias_;
    sql::Statement insertDocumentEntity_;
    sql::Statement insertMentions_;
    sql::Statement insertDate_;
    sql::Statement insertMeeting_;
    sql::Statement insertParticipant_;
    sql::Statement insertAcronymMention_;
    bool inTransaction_ = false;
    // Entities and aliases already stored: most releases name the same agencies and places again. Cleared on
    // rollback, when the rows they stand for may be gone.
    std::unordered_map<std::string, std::int64_t> entityIds_;   // type + '\x1f' + key -> id
    std::unordered_set<std::string> storedAliases_;             // id + '\x1f' + alias
    // SimHash bands of the archive, loaded once: band << 8 | value -> (document, simhash), newest last.
    std::unordered_map<std::uint32_t, std::vector<std::pair<std::int64_t, std::uint64_t>>> bands_;
    bool bandsLoaded_ = false;
    std::unordered_set<std::int64_t> deletedDocuments_;  // still in bands_, no longer in the archive
};

}  // namespace bulletin::store
