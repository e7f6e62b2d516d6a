#include "document_filter.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "fts5_expression.hpp"

namespace bulletin::store {

std::string documentFilterClause(const DocumentQuery& q) {
    std::string where;
    // With a text query, FTS5 drives and its rows are tested against id sets built once (the unary '+' keeps SQLite
    // from handing the sets to FTS5 as per-row lookups): a match is joined to its wide document row only once it
    // passed every filter, and ORDER BY rank still lets the LIMIT stop the scan after one page.
    const bool text = !q.text.empty();
    const std::string id = text ? "+documents_fts.rowid" : "d.id";
    if (text) where += " AND documents_fts MATCH :match";
    if (text && (q.dateFrom || q.dateTo)) {
        where += " AND " + id + " IN (SELECT x.id FROM documents x WHERE 1";
        if (q.dateFrom) where += " AND x.publication_date >= :date_from";
        if (q.dateTo) where += " AND x.publication_date <= :date_to";
        where += ")";
    } else {
        if (q.dateFrom) where += " AND d.publication_date >= :date_from";
        if (q.dateTo) where += " AND d.publication_date <= :date_to";
    }
    if (q.heldFrom || q.heldTo) {
        where += " AND " + id + " IN (SELECT hm.document_id FROM meetings hm WHERE 1";
        if (q.heldFrom) where += " AND hm.last_day >= ?";
        if (q.heldTo) where += " AND hm.first_day <= ?";
        where += ")";
    }
    if (q.pathLike) where += " AND d.path LIKE :path ESCAPE '\\'";
    for (const auto& c : q.entities)
        where += " AND " + id + (c.negated ? " NOT" : "") +
                 " IN (SELECT de.document_id FROM document_entities de WHERE de.entity_id IN "
                 "(SELECT value FROM json_each(?)))";
    if (!q.meetingKinds.empty())
        where += " AND " + id +
                 " IN (SELECT m.document_id FROM meetings m WHERE m.kind IN (SELECT value FROM json_each(?)))";
    for (const auto& m : q.marks) where += std::string(" AND ") + (m.negated ? "NOT " : "") + markSetClause(m, id);
    if (q.afterDocument > 0) where += " AND " + id + " > ?";
    if (q.upToDocument > 0) where += " AND " + id + " <= ?";
    return where;
}

std::string markSetClause(const MarkConstraint& m, const std::string& id) {
    std::string in = id + " IN (";
    switch (m.filter) {
        case MarkFilter::Starred: return in + "SELECT document_id FROM release_marks WHERE starred = 1)";
        case MarkFilter::Tag: return in + "SELECT document_id FROM release_tags WHERE folded = ?)";
        case MarkFilter::AnyTag: return in + "SELECT document_id FROM release_tags)";
        case MarkFilter::AnyNote: return in + "SELECT document_id FROM release_marks WHERE note <> '')";
        case MarkFilter::NoteText: return in + "SELECT document_id FROM release_marks WHERE note_folded LIKE ? ESCAPE '\\')";
    }
    return in + "SELECT NULL WHERE 0)";
}

bool onlyNegatedMarks(const DocumentQuery& q) {
    return !q.text.empty() && !q.dateFrom && !q.dateTo && !q.heldFrom && !q.heldTo && !q.pathLike && q.entities.empty() && q.meetingKinds.empty() &&
           q.afterDocument == 0 && q.upToDocument == 0 && !q.marks.empty() &&
           std::all_of(q.marks.begin(), q.marks.end(), [](const MarkConstraint& m) { return m.negated; });
}

namespace {
// As the marks store them (sqlite_marks.cpp): tags folded, notes folded with whitespace collapsed.
std::string markValue(const MarkConstraint& m) {
    if (m.filter == MarkFilter::Tag) return text::foldForMatching(text::collapseWhitespace(text::trim(m.value)));
    std::string like = "%";
    for (char c : text::foldForMatching(text::collapseWhitespace(text::trim(m.value)))) {
        if (c == '%' || c == '_' || c == '\\') like.push_back('\\');
        like.push_back(c);
    }
    return like + "%";
}
}  // namespace

void bindMark(sql::Statement& st, const MarkConstraint& m, int& index) {
    if (m.filter == MarkFilter::Tag || m.filter == MarkFilter::NoteText) st.bind(++index, markValue(m));
}

void bindDocumentFilters(sql::Statement& st, const DocumentQuery& q, int& index) {
    if (!q.text.empty()) st.bind(++index, fts5Expression(q.text));
    if (q.dateFrom) st.bind(++index, *q.dateFrom);
    if (q.dateTo) st.bind(++index, *q.dateTo);
    if (q.heldFrom) st.bind(++index, *q.heldFrom);
    if (q.heldTo) st.bind(++index, *q.heldTo);
    if (q.pathLike) st.bind(++index, *q.pathLike);
    for (const auto& c : q.entities) {
        std::string ids = "[";
        for (std::size_t i = 0; i < c.entityIds.size(); ++i) {
            if (i) ids += ',';
            ids += std::to_string(c.entityIds[i]);
        }
        st.bind(++index, ids + "]");
    }
    if (!q.meetingKinds.empty()) {
        std::string kinds = "[";
        for (std::size_t i = 0; i < q.meetingKinds.size(); ++i) {
            kinds += i ? ",\"" : "\"";
            for (char c : q.meetingKinds[i])
                if (c != '"' && c != '\\') kinds += c;
            kinds += "\"";
        }
        st.bind(++index, kinds + "]");
    }
    for (const auto& m : q.marks) bindMark(st, m, index);
    if (q.afterDocument > 0) st.bind(++index, q.afterDocument);
    if (q.upToDocument > 0) st.bind(++index, q.upToDocument);
}

bool entityFiltersOnly(const DocumentQuery& q) {
    return q.text.empty() && !q.dateFrom && !q.dateTo && !q.heldFrom && !q.heldTo && !q.pathLike && q.meetingKinds.empty() && q.marks.empty() &&
           q.afterDocument == 0 && q.upToDocument == 0 && !q.entities.empty() && !q.entities.front().negated;
}

std::string documentScopeSql(const DocumentQuery& q) {
    if (!q.text.empty() && !q.dateFrom && !q.dateTo && !q.heldFrom && !q.heldTo && !q.pathLike && q.entities.empty() && q.meetingKinds.empty() &&
        q.marks.empty() && q.afterDocument == 0 && q.upToDocument == 0)
        return "SELECT rowid AS id FROM documents_fts WHERE documents_fts MATCH ?";  // the index alone
    if (entityFiltersOnly(q)) {
        // Parameters in the same order as bindDocumentFilters: one per entity constraint.
        std::string sql = "SELECT DISTINCT de.document_id AS id FROM document_entities de WHERE de.entity_id IN"
                          " (SELECT value FROM json_each(?))";
        for (std::size_t i = 1; i < q.entities.size(); ++i)
            sql += std::string(" AND de.document_id ") + (q.entities[i].negated ? "NOT " : "") +
                   "IN (SELECT x.document_id FROM document_entities x WHERE x.entity_id IN (SELECT value FROM json_each(?)))";
        return sql;
    }
    std::string sql = q.text.empty() ? "SELECT d.id FROM documents d WHERE 1"
                                      : "SELECT d.id FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid WHERE 1";
    return sql + documentFilterClause(q);
}

}  // namespace bulletin::store
