#pragma once
// The PostgreSQL engine's writer, made for several ingesters at once (design note, section 5): a release is stored
// once whoever stores it first (ON CONFLICT on its content hash), entities are inserted without locking rows another
// ingester may be inserting (DO NOTHING, then read), near-duplicate bands live in a table every ingester sees, and
// each commit moves the content generation and the change sequence and notifies readers (NOTIFY bulletin_changed).
// Ingesters that store the same new entities in different orders can still deadlock (the server then aborts one of
// them): the writer keeps every change of its open transaction and, after a deadlock or a serialization failure, rolls
// back, waits a moment (longer each time) and does them again, up to kMaxAttempts times, before giving up with the
// error.

#include <functional>
#include <map>
#include <optional>
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
    // With the server's location: entities and their aliases, which every ingester shares, are inserted on a second
    // connection of their own and committed at once, so that no ingester waits for (or deadlocks with) another's
    // batch over a shared entity. An entity of a batch that then rolls back stays, unused, until a release names it.
    PgArchiveWriter(pg::Connection& connection, std::string conninfo)
        : c_(connection), conninfo_(std::move(conninfo)) {}

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
    [[nodiscard]] std::map<std::string, std::string> boilerplateModels(
        const std::vector<std::string>& folders) override;
    std::map<std::string, std::string> keepBoilerplateModels(const std::map<std::string, std::string>& models) override;
    // Flushes the full-text index's pending list (readers pay for a long one on every search).
    void optimizeIndex() override;

    // (The design note's 100-250 releases a transaction: see preferredBatchSize in archive_writer.hpp.)
    [[nodiscard]] std::size_t preferredBatchSize() const override { return 100; }

    static constexpr int kMaxAttempts = 8;
    // Transactions done again after a deadlock or a serialization failure, since this writer was made.
    [[nodiscard]] int retries() const { return retries_; }

private:
    // Runs one change of the open transaction, doing the transaction again after a transient failure.
    template <typename Op>
    auto retrying(Op op) -> decltype(op());
    // Rolls back, waits and does the recorded changes again (a failure there counts as one more attempt).
    void redo(int attempt);
    StoreOutcome storeNow(const Document& doc, const Extraction& extraction, const PreparedDocument& prepared);
    void touchFileNow(const FileLocation& location);
    void removeFileNow(std::string_view path);
    void recordErrorNow(std::string_view path, std::string_view stage, std::string_view message);
    void clearErrorNow(std::string_view path);
    std::int64_t resolveAcronymsNow();
    void commitNow();
    // BEGIN, noting which transactions were open then (see linkAcrossIngesters).
    void startTransaction();
    // After a commit: near-duplicate pairs between this batch's releases and those other ingesters stored in
    // transactions open at the same time (each side's search ran before the other's rows were visible).
    void linkAcrossIngesters();

    // The release's id and whether this call stored it (false: it was there, or another ingester stored it first).
    std::pair<std::int64_t, bool> insertDocument(const Document& doc, const PreparedDocument& prepared);
    void insertExtraction(std::int64_t documentId, const Extraction& extraction,
                          const std::vector<std::int64_t>& entityIds, pg::Pipeline& pipe);
    // The ids of a release's entities, stored when new (two statements for the release, whatever its size).
    std::vector<std::int64_t> upsertEntities(const std::vector<Entity>& entities);
    void linkSimilar(std::int64_t documentId, std::uint64_t simhash);
    // Aliases of the release's entities, inserted in one statement.
    void flushAliases();
    void carryMarks(std::int64_t from, std::int64_t to);
    void deleteDocumentIfOrphan(std::int64_t documentId);

    // The connection entities are inserted on: their own (committed at once) when the location is known, else the
    // batch's.
    pg::Connection& dictionary();

    pg::Connection& c_;
    std::string conninfo_;
    std::optional<pg::Connection> dictionary_;
    bool inTransaction_ = false;
    std::vector<std::function<void()>> done_;  // the open transaction's changes, to do again
    int retries_ = 0;
    std::unordered_map<std::string, std::int64_t> entityIds_;  // cleared on rollback, like the SQLite writer's
    std::unordered_set<std::string> storedAliases_;
    std::vector<std::int64_t> pendingAliasEntities_;
    std::vector<std::string> pendingAliasFolded_, pendingAliases_;
    // The open batch's stored releases (id, fingerprint), and the transactions whose rows it may not have seen: those
    // open when it began (overlapping_) and any begun after (ids from overlapFrom_ on).
    std::vector<std::pair<std::int64_t, std::uint64_t>> batchFingerprints_;
    std::vector<std::int64_t> overlapping_;
    std::int64_t overlapFrom_ = 0;
};

}  // namespace bulletin::store::postgresql
