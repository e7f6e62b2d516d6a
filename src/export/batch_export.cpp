#include "batch_export.hpp"

#include "row_writer.hpp"

namespace bulletin::exporting {

namespace {
Cell text(std::string s) { return Cell{std::move(s), {}, Cell::Type::Text}; }
Cell number(std::int64_t n) { return Cell{std::to_string(n), {}, Cell::Type::Number}; }
Cell list(std::vector<std::string> v) { return Cell{{}, std::move(v), Cell::Type::List}; }
}  // namespace

const std::vector<std::string>& batchSummaryColumns() {
    static const std::vector<std::string> kColumns{"line",  "label", "query",        "understood", "hits",
                                                   "first", "last",  "top_agencies", "status"};
    return kColumns;
}

const std::vector<std::string>& batchHitColumns() {
    static const std::vector<std::string> kColumns{"line", "label", "query", "id", "title", "date", "path", "snippet"};
    return kColumns;
}

void writeBatchSummary(std::ostream& out, const std::vector<search::BatchRow>& rows, const ExportOptions& options) {
    RowWriter writer(out, batchSummaryColumns(), options);
    writer.writeHeader();
    for (const auto& r : rows)
        writer.write({number(r.input.line), text(r.input.label), text(r.input.query), text(r.understood),
                      number(r.hits), text(r.first), text(r.last), list(r.topAgencies),
                      text(r.ran() ? "ok" : "cannot run")});
}

std::int64_t writeBatchHits(std::ostream& out, search::Searcher& searcher, const std::vector<search::BatchRow>& rows,
                            const ExportOptions& options, const std::atomic<bool>* cancel) {
    RowWriter writer(out, batchHitColumns(), options);
    writer.writeHeader();
    std::int64_t written = 0;
    for (const auto& r : rows) {
        if (!r.ran() || r.hits == 0) continue;
        store::DocumentQuery q = *r.plan;
        q.limit = -1;
        q.sort = store::DocumentSort::DateDescending;
        q.withSnippets = true;
        q.snippetOpen = "";
        q.snippetClose = "";
        bool stopped = false;
        searcher.reader().forEachDocument(q, [&](const store::DocumentRow& d) {
            if (cancel && cancel->load()) {
                stopped = true;
                return false;
            }
            writer.write({number(r.input.line), text(r.input.label), text(r.input.query), number(d.id), text(d.title),
                          text(d.publicationDate), text(d.path), text(d.snippet)});
            ++written;
            return true;
        });
        if (stopped) break;
    }
    return written;
}

}  // namespace bulletin::exporting
