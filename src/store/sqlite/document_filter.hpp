#pragma once
// The WHERE clause a DocumentQuery puts on documents `d` (joined with documents_fts when it has a MATCH),
// shared by document, entity, date and meeting lists. Internal to src/store.

#include <string>

#include "store/document_query.hpp"
#include "sqlite.hpp"

namespace bulletin::store {

// " AND ..." conditions; parameters are positional, in the order bindDocumentFilters binds them.
[[nodiscard]] std::string documentFilterClause(const DocumentQuery& q);
void bindDocumentFilters(sql::Statement& st, const DocumentQuery& q, int& index);
// "<id> IN (SELECT ...)": the documents one mark constraint selects, whether or not it is negated; bindMark binds its
// parameter (if any).
[[nodiscard]] std::string markSetClause(const MarkConstraint& m, const std::string& id);
void bindMark(sql::Statement& st, const MarkConstraint& m, int& index);
// A text query whose only other conditions leave out marked releases ("police -tag:done").
[[nodiscard]] bool onlyNegatedMarks(const DocumentQuery& q);
// "SELECT ... id ..." selecting the documents in scope (bound by bindDocumentFilters).
[[nodiscard]] std::string documentScopeSql(const DocumentQuery& q);

// Only entity filters, the first one positive ("agency:UNODC -person:X"): the scope can be read from
// document_entities alone, without touching the wide documents rows.
[[nodiscard]] bool entityFiltersOnly(const DocumentQuery& q);

}  // namespace bulletin::store
