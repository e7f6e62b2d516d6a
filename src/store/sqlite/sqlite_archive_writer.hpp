#pragma once
// The SQLite engine's writer: one transaction per batch, statements prepared once, entity ids and SimHash bands
// cached for the run.

#include <unordered_map>
#include <unordered_set>

#include "sqlite_archive.hpp"
#include "store/archive_writer.hpp"

namespace bulletin::store {

class SqliteArchiveWriter final : public ArchiveWriter {
public:
    explicit SqliteArchiveWriter(sql::Database& db);

    void begin() override;
    void commit() override;
    void rollback() override;
    [[nodiscard]] std::unordered_map<std::string, KnownFile> knownFiles() override;
    using ArchiveWriter::store;
    StoreOutcome store(const Document& doc, const Extraction& extraction, const PreparedDocument& prepared) override;
    void touchFile(const FileLocation& location) override;
    void removeFile(std::string_view path) override;
    void recordError(std::string_view path, std::string_view stage, std::string_view message) override;
    void clearError(std::string_view path) override;
    std::int64_t resolveAcronyms() override;
    void optimizeIndex() override;

private:
    std::int64_t insertDocument(const Document& doc, const PreparedDocument& prepared);
    void insertExtraction(std::int64_t documentId, const Extraction& extraction);
    std::int64_t upsertEntity(const Entity& entity);
    void linkSimilar(std::int64_t documentId, std::uint64_t simhash);
    void carryMarks(std::int64_t from, std::int64_t to);
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
    std::unordered_map<std::string, std::int64_t> entityIds_;  // type + '\x1f' + key -> id
    std::unordered_set<std::string> storedAliases_;            // id + '\x1f' + alias
    // SimHash bands of the archive, loaded once: band << 8 | value -> (document, simhash), newest last.
    std::unordered_map<std::uint32_t, std::vector<std::pair<std::int64_t, std::uint64_t>>> bands_;
    bool bandsLoaded_ = false;
    std::unordered_set<std::int64_t> deletedDocuments_;  // still in bands_, no longer in the archive
};

}  // namespace bulletin::store
