#pragma once
// The text condition of a document query as a syntax tree, engine-neutral: src/search builds it from what the user
// typed and each engine renders it in its own index's language (FTS5 MATCH for SQLite), so no user text is ever
// pasted into an engine's query syntax and every engine reads the same meaning.

#include <string>
#include <vector>

namespace bulletin::store {

// Which part of a release a term must occur in.
enum class TextField { Any, Title, Body };

struct TextQuery final {
    enum class Kind {
        Term,  // `text` as typed: one word, or several (a phrase: the words in this order)
        All,   // every one of `children` and none of `excluded`
        Any,   // at least one of `children`
    };
    Kind kind = Kind::Term;
    std::string text;
    bool prefix = false;  // Term: its last word may be the start of a longer word
    TextField field = TextField::Any;
    std::vector<TextQuery> children;
    std::vector<TextQuery> excluded;

    // No condition at all: every release matches.
    [[nodiscard]] bool empty() const { return kind == Kind::Term ? text.empty() : children.empty() && excluded.empty(); }

    [[nodiscard]] static TextQuery term(std::string text, bool prefix = false, TextField field = TextField::Any) {
        TextQuery q;
        q.text = std::move(text);
        q.prefix = prefix;
        q.field = field;
        return q;
    }
    [[nodiscard]] static TextQuery all(std::vector<TextQuery> children, std::vector<TextQuery> excluded = {}) {
        TextQuery q;
        q.kind = Kind::All;
        q.children = std::move(children);
        q.excluded = std::move(excluded);
        return q;
    }
    [[nodiscard]] static TextQuery any(std::vector<TextQuery> children) {
        TextQuery q;
        q.kind = Kind::Any;
        q.children = std::move(children);
        return q;
    }
};

}  // namespace bulletin::store
