#pragma once
// The SQLite engine's release reader: FTS5 for text, keyset pages over the date and title indexes.

#include "sqlite_archive.hpp"
#include "store/archive_reader.hpp"

namespace bulletin::store {

class SqliteArchiveReader final : public ArchiveReader {
public:
    explicit SqliteArchiveReader(SqliteArchive& archive) : archive_(archive) {}

    [[nodiscard]] ArchiveStats stats() override;
    [[nodiscard]] std::optional<StoredDocument> document(std::int64_t id) override;
    [[nodiscard]] std::vector<std::string> locations(std::int64_t documentId) override;
    [[nodiscard]] std::vector<SimilarDocument> similar(std::int64_t documentId) override;
    [[nodiscard]] std::vector<IngestErrorRow> errors() override;
    [[nodiscard]] std::vector<DocumentRow> documents(const DocumentQuery& query) override;
    void forEachDocument(const DocumentQuery& query, const std::function<bool(const DocumentRow&)>& visit) override;
    [[nodiscard]] std::int64_t countDocuments(const DocumentQuery& query) override;
    [[nodiscard]] bool countsToPlan(const DocumentQuery& query) override;
    // FTS5 would otherwise score every match of the text twice, once per query, before the filters (100 ms
    // instead of 33 for "meeting" in an agency and date range).
    [[nodiscard]] std::optional<PageWithTotal> firstPageWithTotal(const DocumentQuery& query) override;
    [[nodiscard]] std::vector<MonthCount> timeline(const DocumentQuery& scope) override;
    [[nodiscard]] FacetData facetDataAfter(std::uint32_t lastDocument, std::uint32_t lastEntity) override;
    [[nodiscard]] FacetBase facetBase(std::uint32_t lastDocument, std::uint32_t lastEntity) override;
    [[nodiscard]] std::vector<std::uint32_t> documentIds(const DocumentQuery& query) override;
    [[nodiscard]] std::optional<std::int64_t> documentForPath(const std::string& path) override;

private:
    // Above this many documents a list that counts to plan (countsToPlan) walks the index of its order.
    static constexpr std::int64_t kWalkIndexAbove = 2000;
    sql::Statement prepareDocuments(const DocumentQuery& query);
    // Sets the star of each row of a page (one lookup by the page's ids).
    void markStarred(std::vector<DocumentRow>& rows);
    // Matches of an FTS5 expression, counted by the index alone.
    std::int64_t countMatches(const std::string& match);
    SqliteArchive& archive_;
};

}  // namespace bulletin::store
