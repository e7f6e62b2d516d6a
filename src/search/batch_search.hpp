#pragma once
// Batch search: many queries against one archive, one summary row each (hits, first and last publication date,
// top agencies), as ICIJ Datashare's batch search and OCCRP Aleph's cross-referencing do. A line that is only a
// name is matched as the person, agency or place of that name (aliases and acronyms honoured, corrections applied),
// else searched as a phrase; other lines are queries in the query language. A line that cannot run is reported
// with its reason and the rest carries on.

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "batch_list.hpp"
#include "searcher.hpp"

namespace bulletin::search {

struct BatchRow final {
    BatchLine input;
    std::string understood;  // how the line was read, in words
    std::int64_t hits = 0;
    std::string first, last;  // publication dates of the earliest and latest hit ("" when undated or none)
    std::vector<std::string> topAgencies;
    std::optional<store::DocumentQuery> plan;  // what ran; nullopt when the line could not run
    [[nodiscard]] bool ran() const { return plan.has_value(); }
};

struct BatchProgress final {
    std::size_t done = 0;
    std::size_t total = 0;
};

class BatchSearch final {
public:
    explicit BatchSearch(Searcher& searcher) : searcher_(searcher) {}

    // One row per line, in input order. `cancel` stops between lines (the rows so far are returned).
    [[nodiscard]] std::vector<BatchRow> run(const std::vector<BatchLine>& lines, const std::atomic<bool>* cancel = nullptr,
                                            const std::function<void(const BatchProgress&)>& progress = {});
    [[nodiscard]] BatchRow runOne(const BatchLine& line);

    // Whether a line is a name alone (no operator, quote, field or wildcard), matched against the entities.
    [[nodiscard]] static bool isNameOnly(const std::string& line);

private:
    Searcher& searcher_;
};

}  // namespace bulletin::search
