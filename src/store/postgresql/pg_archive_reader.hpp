#pragma once
// The PostgreSQL engine's reader: the same rows, counts, pages and facets as the SQLite reader for every query
// (tests/pg check them against each other). Relevance is ts_rank_cd over the client's tsvectors (headline words ten
// times body words, design note section 4), stored negated so that, as with bm25, smaller ranks first; snippets are
// cut in the client from the page's bodies.

#include <chrono>
#include <string>

#include "pg.hpp"
#include "store/archive_reader.hpp"

namespace bulletin::store::postgresql {

class PgArchiveReader final : public ArchiveReader {
public:
    explicit PgArchiveReader(pg::Connection& connection) : c_(connection) {}

    [[nodiscard]] ArchiveStats stats() override;
    [[nodiscard]] std::optional<StoredDocument> document(std::int64_t id) override;
    [[nodiscard]] std::vector<std::string> locations(std::int64_t documentId) override;
    [[nodiscard]] std::optional<std::int64_t> documentForPath(const std::string& path) override;
    [[nodiscard]] std::vector<SimilarDocument> similar(std::int64_t documentId) override;
    [[nodiscard]] std::vector<IngestErrorRow> errors() override;
    [[nodiscard]] std::vector<DocumentRow> documents(const DocumentQuery& query) override;
    void forEachDocument(const DocumentQuery& query, const std::function<bool(const DocumentRow&)>& visit) override;
    [[nodiscard]] std::int64_t countDocuments(const DocumentQuery& query) override;
    // The server's planner chooses between walking an index and sorting: the reader never counts to plan.
    [[nodiscard]] std::optional<std::int64_t> estimateDocuments(const DocumentQuery& q) override;
    [[nodiscard]] bool countsToPlan(const DocumentQuery&) override { return false; }
    [[nodiscard]] std::optional<PageWithTotal> firstPageWithTotal(const DocumentQuery&) override {
        return std::nullopt;
    }
    [[nodiscard]] std::vector<MonthCount> timeline(const DocumentQuery& scope) override;
    [[nodiscard]] FacetData facetDataAfter(std::uint32_t lastDocument, std::uint32_t lastEntity) override;
    [[nodiscard]] FacetBase facetBase(std::uint32_t lastDocument, std::uint32_t lastEntity) override;
    [[nodiscard]] std::vector<std::uint32_t> documentIds(const DocumentQuery& query) override;

private:
    void markStarred(std::vector<DocumentRow>& rows);
    // For a text statement that reads at most `cap` matches (0: all), inside its transaction: the plan that stops
    // at the cap when the estimate is far above it, else the index's bitmap.
    void steerTextScan(const DocumentQuery& q, std::int64_t cap);
    // "Far above": a scan that stops at the cap reads about estimate/cap times fewer releases than the table holds.
    static constexpr std::int64_t kStoppingScanFactor = 20;
    // Text queries the planner puts in this range are estimated again from a sample of the table (one of at least
    // kSampleTableFrom releases): below it a query is not broad whatever the sample says, above it broad already.
    static constexpr std::int64_t kSampleFrom = 10'000, kSampleTo = 100'000, kSampleTableFrom = 200'000;
    [[nodiscard]] std::optional<std::int64_t> estimateNow(const DocumentQuery& q);

    // The last estimate, by its statement and values: a search and its facets ask for the same one, and a sampled
    // estimate costs ~17 ms. Kept a short while only, since ingest moves it.
    std::string lastEstimateKey_;
    std::optional<std::int64_t> lastEstimate_;
    std::chrono::steady_clock::time_point lastEstimateAt_;
    static constexpr std::chrono::seconds kEstimateLifetime{30};

    pg::Connection& c_;
};

}  // namespace bulletin::store::postgresql
