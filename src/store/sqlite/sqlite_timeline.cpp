#include "sqlite_archive_reader.hpp"

#include <map>

#include "document_filter.hpp"

namespace bulletin::store {

std::vector<MonthCount> SqliteArchiveReader::timeline(const DocumentQuery& scope) {
    auto& archive = archive_;
    DocumentQuery q = scope;
    q.limit = -1;
    q.offset = 0;
    q.after.reset();
    std::map<std::string, MonthCount> months;
    auto count = [&](const std::string& select, std::int64_t MonthCount::*field, bool heldBounds) {
        auto st = archive.db().prepare("WITH scope(id) AS (" + documentScopeSql(q) + ") " + select);
        int index = 0;
        bindDocumentFilters(st, q, index);
        if (heldBounds && q.heldFrom) st.bind(++index, *q.heldFrom);
        if (heldBounds && q.heldTo) st.bind(++index, *q.heldTo);
        while (st.step()) {
            auto& m = months[st.text(0)];
            m.month = st.text(0);
            m.*field = st.int64(1);
        }
    };
    // (held: counts the events of its range only, as the meetings list shows them.)
    std::string held;
    if (q.heldFrom) held += " AND m.last_day >= ?";
    if (q.heldTo) held += " AND m.first_day <= ?";
    count("SELECT substr(m.first_day, 1, 7) AS month, count(*) FROM meetings m JOIN scope s ON s.id = m.document_id"
          " WHERE m.first_day IS NOT NULL" + held + " GROUP BY month",
          &MonthCount::meetings, true);
    count("SELECT substr(d.publication_date, 1, 7) AS month, count(*) FROM documents d JOIN scope s ON s.id = d.id"
          " WHERE d.publication_date IS NOT NULL GROUP BY month",
          &MonthCount::releases, false);
    std::vector<MonthCount> out;
    out.reserve(months.size());
    for (auto& [month, counts] : months) out.push_back(std::move(counts));
    return out;
}

}  // namespace bulletin::store
