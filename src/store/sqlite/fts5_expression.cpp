#include "fts5_expression.hpp"

namespace bulletin::store {

namespace {

std::string alternatives(const std::vector<TextQuery>& items, const char* joiner) {
    std::string out;
    for (const auto& item : items) {
        const std::string s = fts5Expression(item);
        if (s.empty()) continue;
        if (!out.empty()) out += joiner;
        out += "(" + s + ")";
    }
    return out;
}

}  // namespace

std::string fts5Quote(std::string_view term) {
    std::string out = "\"";
    for (char c : term) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

std::string fts5Expression(const TextQuery& q) {
    switch (q.kind) {
        case TextQuery::Kind::Term: {
            if (q.text.empty()) return {};
            std::string out = q.field == TextField::Title ? "title : "
                              : q.field == TextField::Body ? "body : "
                                                           : "";
            out += fts5Quote(q.text);
            if (q.prefix) out += '*';
            return out;
        }
        case TextQuery::Kind::Any: return alternatives(q.children, " OR ");
        case TextQuery::Kind::All: {
            const std::string wanted = alternatives(q.children, " AND ");
            const std::string unwanted = alternatives(q.excluded, " OR ");
            if (wanted.empty()) return unwanted;
            return unwanted.empty() ? wanted : "(" + wanted + ") NOT (" + unwanted + ")";
        }
    }
    return {};
}

}  // namespace bulletin::store
