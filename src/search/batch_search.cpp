#include "batch_search.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace bulletin::search {

bool BatchSearch::isNameOnly(const std::string& line) {
    if (line.empty() || line.front() == '-' || line.front() == '~') return false;
    for (const char c : line)
        if (c == '"' || c == ':' || c == '*' || c == '(' || c == ')' || c == '|') return false;
    for (const auto word : {" OR ", " AND ", " NOT "})
        if (line.find(word) != std::string::npos) return false;
    return line.find("\xE2\x80\x9C") == std::string::npos;  // a curly opening quote
}

BatchRow BatchSearch::runOne(const BatchLine& line) {
    BatchRow row;
    row.input = line;
    if (!line.error.empty()) {
        row.understood = line.error;
        return row;
    }
    store::DocumentQuery q;
    if (isNameOnly(line.query)) {
        // People, agencies and places of that name together: one release mentioning the name twice, or under
        // two aliases, is one hit.
        std::vector<std::int64_t> ids;
        std::vector<std::string> types;
        for (const auto type : {EntityType::Person, EntityType::Agency, EntityType::Location}) {
            auto found = searcher_.entities().resolve(type, line.query);
            if (found.empty()) continue;
            types.emplace_back(toString(type));
            ids.insert(ids.end(), found.begin(), found.end());
        }
        if (!ids.empty()) {
            q.entities.push_back({std::move(ids), false});
            row.understood = text::join(types, " or ") + " named '" + line.query + "' (aliases and acronyms too)";
        } else {
            q.text = store::TextQuery::term(line.query);
            row.understood = "the phrase \"" + line.query + "\" (no person, agency or place of that name)";
        }
    } else {
        SearchRequest request;
        request.query = line.query;
        std::vector<QueryNotice> notices;
        auto planned = searcher_.plan(request, notices);
        std::vector<std::string> words;
        for (const auto& n : notices)
            words.push_back((n.error ? "error at column " : "note at column ") + std::to_string(n.position + 1) + ": " +
                            n.message);
        if (!planned) {
            row.understood = text::join(words, "; ");
            return row;
        }
        q = std::move(*planned);
        if (q.text.empty() && !q.dateFrom && !q.dateTo && !q.heldFrom && !q.heldTo && !q.pathLike && q.entities.empty() && q.meetingKinds.empty() &&
            q.marks.empty()) {
            words.push_back("nothing left to search for: the line would select every release");
            row.understood = text::join(words, "; ");
            return row;
        }
        row.understood = words.empty() ? "query" : "query (" + text::join(words, "; ") + ")";
    }
    q.limit = -1;
    q.withSnippets = false;
    auto overview = searcher_.overview(q, 3);
    row.hits = overview.documents;
    row.first = std::move(overview.firstDate);
    row.last = std::move(overview.lastDate);
    for (auto& a : overview.facets.agencies) row.topAgencies.push_back(std::move(a.value));
    row.plan = std::move(q);
    return row;
}

std::vector<BatchRow> BatchSearch::run(const std::vector<BatchLine>& lines, const std::atomic<bool>* cancel,
                                       const std::function<void(const BatchProgress&)>& progress) {
    std::vector<BatchRow> rows;
    rows.reserve(lines.size());
    for (const auto& line : lines) {
        if (cancel && cancel->load()) break;
        rows.push_back(runOne(line));
        if (progress) progress({rows.size(), lines.size()});
    }
    return rows;
}

}  // namespace bulletin::search
