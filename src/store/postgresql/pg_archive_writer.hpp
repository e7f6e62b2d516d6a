#pragma once
// The PostgreSQL engine's writer, made for several ingesters at once (design note, section 5): a release is stored
// once whoever stores it first (ON CONFLICT on its content hash), entities are inserted without locking rows another
// ingester may be inserting (DO NOTHING, then read), near-duplicate bands live in a table every ingester sees, and
// each commit moves the content generation and the change sequence and notifies readers (NOTIFY bulletin_changed).

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "pg.hpp"
#include "store/archive_writer.hpp"

namespace bulletin::store::postgresql {

class PgArchiveWriter final : public ArchiveWriter {
public:
    explicit PgArchiveWriter(pg::Connection& connection) : c_(connection) {}

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
    // Flushes the full-text index's pending list (readers pay for a long one on every search).
    void optimizeIndex() override;

private:
    // The release's id and whether this call stored it (false: it was there, or another ingester stored it first).
    std::pair<std::int64_t, bool> insertDocument(const Document& doc, const PreparedDocument& prepared);
    void insertExtraction(std::int64_t documentId, const Extraction& extraction);
    // The ids of a release's entities, stored when new (two statements for the release, whatever its size).
    std::vector<std::int64_t> upsertEntities(const std::vector<Entity>& entities);
    void linkSimilar(std::int64_t documentId, std::uint64_t simhash);
    // Aliases of the release's entities, inserted in one statement.
    void flushAliases();
    void carryMarks(std::int64_t from, std::int64_t to);
    void deleteDocumentIfOrphan(std::int64_t documentId);

    pg::Connection& c_;
    bool inTransaction_ = false;
    std::unordered_map<std::string, std::int64_t> entityIds_;  // cleared on rollback, like the SQLite writer's
    std::unordered_set<std::string> storedAliases_;
    std::vector<std::int64_t> pendingAliasEntities_;
    std::vector<std::string> pendingAliasFolded_, pendingAliases_;
};

}  // namespace bulletin::store::postgresql
