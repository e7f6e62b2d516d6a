#pragma once
// The query language (docs/query-language.md): words (AND by default), "exact phrases", OR, NOT / -word, prefix*,
// parentheses, and field filters title:, path:, date:, held:, person:, agency:, location:, kind:, and the analyst's marks
// is:starred, tag:, has:tag, has:note, note:. Malformed input is
// repaired (a notice says what and where) or rejected with its position; it reaches the store only as a syntax tree (store::TextQuery).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/document_query.hpp"
#include "store/text_query.hpp"

namespace bulletin::search {

struct QueryNotice final {
    std::size_t position = 0;  // byte offset in the query text
    std::string message;
    bool error = false;        // true: the query cannot run as typed
};

struct EntityFilter final {
    std::string field;  // "person", "agency", "location", "kind"
    std::string value;
    bool negated = false;
    std::size_t position = 0;  // byte offset of the filter in the query text
};

struct MarkFilterTerm final {
    store::MarkConstraint constraint;
    std::size_t position = 0;  // byte offset of the filter in the query text
};

struct QueryPlan final {
    store::TextQuery text;  // the text condition as a syntax tree; empty = none
    std::optional<std::string> dateFrom;
    std::optional<std::string> dateTo;
    std::optional<std::string> heldFrom;  // held: releases reporting an event on a day within [heldFrom, heldTo]
    std::optional<std::string> heldTo;
    std::optional<std::string> pathLike;
    std::vector<EntityFilter> entityFilters;
    std::vector<MarkFilterTerm> markFilters;
    std::vector<QueryNotice> notices;

    [[nodiscard]] bool hasErrors() const;
    // Words and phrases to highlight in a document view.
    std::vector<std::string> highlightTerms;
};

[[nodiscard]] QueryPlan parseQuery(std::string_view text);

// The field filters of a query as typed, each with the bytes it spans (a leading '-' included): the GUI shows
// them as removable chips.
struct FilterTerm final {
    std::string field;
    std::string value;
    bool negated = false;
    std::size_t begin = 0;
    std::size_t end = 0;
};
[[nodiscard]] std::vector<FilterTerm> filterTerms(std::string_view text);

// The text with [begin, end) removed and the spaces around the gap tidied.
[[nodiscard]] std::string withoutRange(std::string_view text, std::size_t begin, std::size_t end);

// The query with its (positive) date filters replaced by `date:RANGE`, e.g. RANGE "2018-05..2019-12": a range
// chosen on the timeline narrows the query as typed. `field` "held" does the same for the events' dates.
[[nodiscard]] std::string withDateFilter(std::string_view text, const std::string& range,
                                         const std::string& field = "date");

}  // namespace bulletin::search
