#include "pg_document_filter.hpp"

#include "core/text.hpp"
#include "text_search.hpp"

namespace bulletin::store::postgresql {

namespace {
std::string markSet(const MarkConstraint& m, SqlBuilder& b) {
    switch (m.filter) {
        case MarkFilter::Starred:
            return "SELECT document_id FROM release_marks WHERE starred";
        case MarkFilter::Tag:
            return "SELECT document_id FROM release_tags WHERE folded = " +
                   b.param(text::foldForMatching(text::collapseWhitespace(text::trim(m.value))));
        case MarkFilter::AnyTag:
            return "SELECT document_id FROM release_tags";
        case MarkFilter::AnyNote:
            return "SELECT document_id FROM release_marks WHERE note <> ''";
        case MarkFilter::NoteText: {
            std::string like = "%";
            for (char c : text::foldForMatching(text::collapseWhitespace(text::trim(m.value)))) {
                if (c == '%' || c == '_' || c == '\\') like.push_back('\\');
                like.push_back(c);
            }
            return "SELECT document_id FROM release_marks WHERE note_folded LIKE " + b.param(like + "%");
        }
    }
    return "SELECT NULL::bigint WHERE false";
}

std::string arrayLiteral(const std::vector<std::int64_t>& ids) {
    std::string out = "{";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i) out += ',';
        out += std::to_string(ids[i]);
    }
    return out + "}";
}

std::string textArrayLiteral(const std::vector<std::string>& values) {
    std::string out = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        out += i ? ",\"" : "\"";
        for (char c : values[i]) {
            if (c == '"' || c == '\\') out.push_back('\\');
            out.push_back(c);
        }
        out += "\"";
    }
    return out + "}";
}
}  // namespace

std::string tsqueryParam(const DocumentQuery& q, SqlBuilder& b) {
    if (q.text.empty()) return "";
    const std::string rendered = tsqueryExpression(q.text);
    // A query whose words the tokenizer drops entirely ("!!!") matches nothing, as in FTS5.
    return rendered.empty() ? "NULL::tsquery" : b.param(rendered) + "::tsquery";
}

void appendDocumentFilters(const DocumentQuery& q, SqlBuilder& b, const std::string& tsquery) {
    // The row's own cheap tests first: the server tests a row's conditions in the order written when it prices
    // them alike, and a date outside the range spares the tsvector's test (a date range with a word: half the
    // pages read).
    if (q.dateFrom) b.sql += " AND d.publication_date >= " + b.param(*q.dateFrom);
    if (q.dateTo) b.sql += " AND d.publication_date <= " + b.param(*q.dateTo);
    if (!q.text.empty()) b.sql += " AND d.tsv @@ " + (tsquery.empty() ? tsqueryParam(q, b) : tsquery);
    if (q.heldFrom || q.heldTo) {
        b.sql += " AND d.id IN (SELECT hm.document_id FROM meetings hm WHERE true";
        if (q.heldFrom) b.sql += " AND hm.last_day >= " + b.param(*q.heldFrom);
        if (q.heldTo) b.sql += " AND hm.first_day <= " + b.param(*q.heldTo);
        b.sql += ")";
    }
    // SQLite's LIKE folds ASCII case only; ILIKE folds all: a path differing only in a non-ASCII letter's case is the
    // one place the two engines may differ.
    if (q.pathLike) b.sql += " AND d.path ILIKE " + b.param(*q.pathLike);
    for (const auto& c : q.entities)
        b.sql += std::string(" AND d.id ") + (c.negated ? "NOT " : "") +
                 "IN (SELECT de.document_id FROM document_entities de WHERE de.entity_id = ANY(" +
                 b.param(arrayLiteral(c.entityIds)) + "::bigint[]))";
    if (!q.meetingKinds.empty())
        b.sql += " AND d.id IN (SELECT m.document_id FROM meetings m WHERE m.kind = ANY(" +
                 b.param(textArrayLiteral(q.meetingKinds)) + "::text[]))";
    for (const auto& m : q.marks)
        b.sql += std::string(" AND d.id ") + (m.negated ? "NOT " : "") + "IN (" + markSet(m, b) + ")";
    if (q.afterDocument > 0) b.sql += " AND d.id > " + b.param(q.afterDocument);
    if (q.upToDocument > 0) b.sql += " AND d.id <= " + b.param(q.upToDocument);
}

}  // namespace bulletin::store::postgresql
