#pragma once
// The conditions a DocumentQuery puts on documents `d` in the PostgreSQL engine, as the SQLite engine's
// document_filter does, with every value a parameter: SQL and its parameters are built together.

#include <string>

#include "pg.hpp"
#include "store/document_query.hpp"

namespace bulletin::store::postgresql {

// SQL text and its parameters, numbered as they are added.
class SqlBuilder final {
public:
    // Adds a parameter and returns its placeholder ($n).
    template <typename T>
    std::string param(const T& value) {
        params_.add(value);
        std::string placeholder = "$";
        placeholder += std::to_string(params_.size());
        return placeholder;
    }
    std::string sql;
    [[nodiscard]] const pg::Params& params() const { return params_; }

private:
    pg::Params params_;
};

// " AND ..." conditions on documents d (d.id, d.tsv, d.publication_date, d.path). `tsquery`: the placeholder of
// the query's tsquery when the builder holds it already (tsqueryParam), else it is added here.
void appendDocumentFilters(const DocumentQuery& q, SqlBuilder& b, const std::string& tsquery = {});
// The placeholder of the query's tsquery (added once per builder), or "" for a query without text.
[[nodiscard]] std::string tsqueryParam(const DocumentQuery& q, SqlBuilder& b);

}  // namespace bulletin::store::postgresql
