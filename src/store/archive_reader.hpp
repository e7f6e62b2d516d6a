#pragma once
// Read queries over an archive. Each thread that reads owns its own ArchiveReader (and connection).

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "archive.hpp"
#include "document_query.hpp"

namespace bulletin::store {

struct ArchiveStats final {
    std::int64_t documents = 0;
    std::int64_t files = 0;
    std::int64_t duplicateFiles = 0;  // files whose content is also at another path
    std::int64_t similarPairs = 0;
    std::int64_t errors = 0;
    std::int64_t bytes = 0;           // size of the source files
    std::optional<std::string> earliest;
    std::optional<std::string> latest;
    int schemaVersion = 0;
};

struct DocumentRow final {
    std::int64_t id = 0;
    std::string title;
    std::string publicationDate;  // ISO or empty
    std::string path;
    std::string snippet;
    double rank = 0;

    // The key a next page starts after (see DocumentQuery::after).
    [[nodiscard]] PageKey pageKey() const { return PageKey{publicationDate, title, rank, id, 0}; }
};

struct StoredDocument final {
    std::int64_t id = 0;
    std::string title;
    std::string subtitle;
    std::string datelinePlace;
    std::string publicationDate;
    std::string publicationDateSource;    // "date line", "published label", "file name", ...
    std::string publicationDateEvidence;  // what each source said, when they disagree
    std::string body;
    std::string raw;
    std::string encoding;
    std::string path;
    std::string contentHash;
    std::int64_t size = 0;
    std::int64_t mtime = 0;
};

struct SimilarDocument final {
    std::int64_t id = 0;
    std::string title;
    int distance = 0;
};

struct IngestErrorRow final {
    std::string path;
    std::string stage;
    std::string message;
    std::int64_t at = 0;
};

class ArchiveReader final {
public:
    explicit ArchiveReader(Archive& archive);

    [[nodiscard]] ArchiveStats stats();
    [[nodiscard]] std::optional<StoredDocument> document(std::int64_t id);
    [[nodiscard]] std::vector<std::string> locations(std::int64_t documentId);
    [[nodiscard]] std::vector<SimilarDocument> similar(std::int64_t documentId);
    [[nodiscard]] std::vector<IngestErrorRow> errors();

    // Rows of one page. The visitor form streams every row (limit < 0 = no limit) for exports.
    [[nodiscard]] std::vector<DocumentRow> documents(const DocumentQuery& query);
    template <typename Visitor>
    void forEachDocument(const DocumentQuery& query, Visitor&& visit);
    [[nodiscard]] std::int64_t countDocuments(const DocumentQuery& query);
    // Whether reading a page of this query first counts its documents, to choose between walking an index and
    // sorting; a caller that needs the total as well counts once and passes it as query.knownCount.
    [[nodiscard]] bool countsToPlan(const DocumentQuery& query);
    // The first page and the total in one pass, for a text query with filters (nullopt for other queries, which
    // documents() and countDocuments() answer faster). FTS5 would otherwise score every match of the text twice,
    // once per query, before the filters (100 ms instead of 33 for "meeting" in an agency and date range).
    struct PageWithTotal final {
        std::vector<DocumentRow> rows;
        std::int64_t total = 0;
    };
    [[nodiscard]] std::optional<PageWithTotal> firstPageWithTotal(const DocumentQuery& query);

    // Makes a running query on this reader fail with an interrupted sql::Error (safe from another thread).
    void interrupt() { archive_.db().interrupt(); }

private:
    // Above this many documents a list that counts to plan (countsToPlan) walks the index of its order.
    static constexpr std::int64_t kWalkIndexAbove = 2000;
    sql::Statement prepareDocuments(const DocumentQuery& query);
    // Matches of an FTS5 expression, counted by the index alone.
    std::int64_t countMatches(const std::string& match);
    Archive& archive_;
};

template <typename Visitor>
void ArchiveReader::forEachDocument(const DocumentQuery& query, Visitor&& visit) {
    auto st = prepareDocuments(query);
    while (st.step()) {
        DocumentRow row{st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.real(5)};
        if (!visit(row)) break;
    }
}

}  // namespace bulletin::store
