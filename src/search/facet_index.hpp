#pragma once
// Facets counted in memory: the archive's document -> entities, year and meeting kinds are read once (and again
// whenever the archive changes), so the facets of any result cost one pass over its document ids instead of an
// aggregation over every matching document's rows in SQL (seconds on 86,000 releases; see the README).

#include <cstdint>
#include <limits>
#include <optional>

#include "store/archive.hpp"
#include "store/archive_reader.hpp"
#include "store/entity_reader.hpp"
#include "store/facet_source.hpp"

namespace bulletin::search {

// How many documents a query selects, the span of their publication dates and its facets (batch search's row).
struct QueryOverview final {
    std::int64_t documents = 0;
    std::string firstDate, lastDate;  // ISO, at the granularity stored (2018, 2018-05, 2018-05-25); "" if undated
    store::Facets facets;
};

class FacetIndex final {
public:
    explicit FacetIndex(store::Archive& archive) : archive_(archive) {}

    // The `top` most frequent values of each facet over the documents the query selects; the same values, counts,
    // order and filters as store::EntityReader::facets, which counts in SQL. Over the first scope.idsCap of them
    // when set (store::Facets::sampledReleases then says how many were counted).
    [[nodiscard]] store::Facets facets(const store::DocumentQuery& scope, int top);

    // Counted in memory from the query's document ids, read once.
    [[nodiscard]] QueryOverview overview(const store::DocumentQuery& scope, int top);

    // Every tag on the query's documents with its count, most used first.
    [[nodiscard]] std::vector<store::FacetValue> tags(const store::DocumentQuery& scope) {
        return tagCounts(archive_.reader().documentIds(scope), std::numeric_limits<int>::max());
    }

    // How many times the index was read whole from the archive, and how many times only what was stored since was
    // read and added (tests and benchmarks).
    [[nodiscard]] int loads() const { return loads_; }
    [[nodiscard]] int deltas() const { return deltas_; }

    // Counts for given documents (ids); exposed for tests and benchmarks.
    [[nodiscard]] store::Facets count(const std::vector<std::uint32_t>& documents, int top);

private:
    void refresh();
    // Adds releases and entities read after the index's own (see store::ArchiveReader::facetDataAfter).
    void add(store::FacetData&& delta);
    [[nodiscard]] std::vector<store::FacetValue> tagCounts(const std::vector<std::uint32_t>& documents, int top);

    store::Archive& archive_;
    std::optional<store::FacetData> data_;
    std::int64_t loadedAt_ = -1;  // contentCounter when data_ was read
    int loads_ = 0;
    int deltas_ = 0;
};

}  // namespace bulletin::search
