#pragma once
// The sample releases in a fresh archive, and the store query of a search over all its rows: shared by the tests
// that read what ingest stored.

#include <memory>
#include <string>

#include "extract/extractor.hpp"
#include "ingest/ingester.hpp"
#include "search/searcher.hpp"
#include "support/test_support.hpp"

namespace bulletin::test {

struct SampleArchive final {
    TempDir dir;
    std::unique_ptr<store::Archive> archive;
    // With extraction (people, agencies, places, dates, meetings) unless `extract` is false.
    explicit SampleArchive(bool extract = true) {
        copySamples(dir / "in");
        archive = std::make_unique<store::Archive>(dir / "a.bulletin");
        std::atomic<bool> cancel{false};
        if (extract) ingest::Ingester(*archive, {}, extract::defaultAnalyzer()).run({dir / "in"}, cancel);
        else ingest::Ingester(*archive, {}).run({dir / "in"}, cancel);
    }
};

// The store query a search for `query` runs, over every matching document (no page).
inline store::DocumentQuery planAll(search::Searcher& searcher, const std::string& query) {
    search::SearchRequest request;
    request.query = query;
    std::vector<search::QueryNotice> notices;
    auto plan = searcher.plan(request, notices);
    REQUIRE(plan);
    plan->limit = -1;
    return *plan;
}

}  // namespace bulletin::test
