#pragma once
// Full-text search on PostgreSQL with Bulletin's own words: the client splits a release into words with the same
// tokenizer the SQLite archive indexes with (core/word_tokenizer.hpp: ICU, every script, case and diacritics folded)
// and stores them as a tsvector (headline words weight A, body words weight B); a query's syntax tree is rendered as
// a tsquery over the same words. The server's own parser never runs, so both engines match the same releases for
// every query form (see ../shared/design/team-archive.md, section 3).

#include <cstddef>
#include <string>
#include <string_view>

#include "store/text_query.hpp"

namespace bulletin::store::postgresql {

// A tsquery lexeme: the word quoted, with ' and \ doubled.
[[nodiscard]] std::string tsqueryLexeme(std::string_view word);

// The tsquery text for a query (bound as a parameter and cast: `$1::tsquery`); empty when the query holds no word
// (it then matches every release, as an empty TextQuery does). A term of several words is a phrase (<->); a prefix
// term's last word is `:*`; a title: term's words carry weight A, a body: term's weight B.
[[nodiscard]] std::string tsqueryExpression(const TextQuery& query);

struct TsvectorText final {
    std::string text;        // the tsvector's input form: 'word':1A,7A 'other':3B ...
    std::size_t words = 0;   // words read
    bool truncated = false;  // the release had more than a tsvector holds: its later words are not searchable
};

// The tsvector of a release. Positions run through the headline and on into the body; PostgreSQL keeps positions up
// to 16,383 and 256 per word and refuses a tsvector over 1 MB, so words beyond those limits are left out and the
// result says so (the writer records a note for such a release).
[[nodiscard]] TsvectorText tsvectorText(std::string_view title, std::string_view body);

// A snippet of a release's body for a result list, cut in the client from the page's bodies (the server's
// ts_headline costs 20-60 ms a page): about `words` words around the first word the query looks for, each such word
// between `open` and `close`, "…" where the text was cut. The body's start when no word is found.
[[nodiscard]] std::string snippet(std::string_view body, const TextQuery& query, std::string_view open,
                                  std::string_view close, std::size_t words = 16);

}  // namespace bulletin::store::postgresql
