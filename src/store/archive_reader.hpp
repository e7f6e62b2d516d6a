#pragma once
// Read queries over an archive's releases. Each thread that reads opens its own Archive and reads through its
// reader (Archive::reader()).

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "document_query.hpp"
#include "facet_source.hpp"
#include "timeline.hpp"

namespace bulletin::store {

struct ArchiveStats final {
    std::int64_t documents = 0;
    std::int64_t files = 0;
    std::int64_t duplicateFiles = 0;  // files whose content is also at another path
    std::int64_t similarPairs = 0;
    std::int64_t errors = 0;
    std::int64_t bytes = 0;  // size of the source files
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
    bool starred = false;  // the analyst's star (pages of the result list; a streamed export reads marks itself)
    bool isNew = false;    // stored since the analyst last looked at a watched search (SearchRequest::newAfter)

    // The key a next page starts after (see DocumentQuery::after), holding only what the list's order compares
    // (so that a page token stays short: a title only for the title order, a rank only for relevance).
    [[nodiscard]] PageKey pageKey(const DocumentQuery& q) const {
        if (q.sort == DocumentSort::Relevance && !q.text.empty()) return PageKey{"", "", rank, id, 0};
        if (q.sort == DocumentSort::Title) return PageKey{"", title, 0, id, 0};
        return PageKey{publicationDate, "", 0, id, 0};
    }
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

class ArchiveReader {
public:
    virtual ~ArchiveReader() = default;

    [[nodiscard]] virtual ArchiveStats stats() = 0;
    [[nodiscard]] virtual std::optional<StoredDocument> document(std::int64_t id) = 0;
    [[nodiscard]] virtual std::vector<std::string> locations(std::int64_t documentId) = 0;
    // The release stored from the file at this path (as ingest recorded it: absolute), if any.
    [[nodiscard]] virtual std::optional<std::int64_t> documentForPath(const std::string& path) = 0;
    [[nodiscard]] virtual std::vector<SimilarDocument> similar(std::int64_t documentId) = 0;
    [[nodiscard]] virtual std::vector<IngestErrorRow> errors() = 0;

    // Rows of one page. The visitor form streams every row (limit < 0 = no limit) for exports; `visit` returns
    // false to stop.
    [[nodiscard]] virtual std::vector<DocumentRow> documents(const DocumentQuery& query) = 0;
    virtual void forEachDocument(const DocumentQuery& query, const std::function<bool(const DocumentRow&)>& visit) = 0;
    [[nodiscard]] virtual std::int64_t countDocuments(const DocumentQuery& query) = 0;
    // The engine's own estimate of the documents the query selects, from its statistics, without reading them
    // (nullopt: the engine makes none; SQLite counts fast enough).
    [[nodiscard]] virtual std::optional<std::int64_t> estimateDocuments(const DocumentQuery&) { return std::nullopt; }
    // Whether reading a page of this query first counts its documents, to choose between walking an index and
    // sorting; a caller that needs the total as well counts once and passes it as query.knownCount.
    [[nodiscard]] virtual bool countsToPlan(const DocumentQuery& query) = 0;
    // The first page and the total in one pass, for a text query with filters (nullopt for other queries, which
    // documents() and countDocuments() answer faster).
    struct PageWithTotal final {
        std::vector<DocumentRow> rows;
        std::int64_t total = 0;
    };
    [[nodiscard]] virtual std::optional<PageWithTotal> firstPageWithTotal(const DocumentQuery& query) = 0;

    // Meetings and releases per month of the query's releases, months in order (the GUI's timeline).
    [[nodiscard]] virtual std::vector<MonthCount> timeline(const DocumentQuery& scope) = 0;
    // What facets are counted from, in one pass (see FacetData), and the ids of the documents a query selects
    // (its page ignored) to count them in memory.
    [[nodiscard]] FacetData facetData() { return facetDataAfter(0, 0); }
    // Facet data of the releases after lastDocument and the entities after lastEntity only (vectors still indexed by
    // id, empty below them), with the base of the whole; facetBase tells whether what was read before still stands.
    [[nodiscard]] virtual FacetData facetDataAfter(std::uint32_t lastDocument, std::uint32_t lastEntity) = 0;
    [[nodiscard]] virtual FacetBase facetBase(std::uint32_t lastDocument, std::uint32_t lastEntity) = 0;
    [[nodiscard]] virtual std::vector<std::uint32_t> documentIds(const DocumentQuery& query) = 0;

protected:
    ArchiveReader() = default;
};

}  // namespace bulletin::store
