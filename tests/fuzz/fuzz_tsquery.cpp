// Any query text: the tsquery the PostgreSQL engine renders from the parser's syntax tree keeps every piece of user
// text inside a quoted lexeme. Outside quotes only the renderer's own operators, parentheses and weights appear,
// parentheses balance and each lexeme is closed, so no query can add tsquery syntax of its own (checked here without
// a server; tests/pg checks that the server reads rendered queries, hostile ones included).
#include "fuzz_support.hpp"
#include "search/query_parser.hpp"
#include "store/postgresql/text_search.hpp"

using namespace bulletin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto plan = search::parseQuery(fuzz::asText(data, size));
    if (plan.hasErrors()) return 0;
    const std::string q = store::postgresql::tsqueryExpression(plan.text);
    int depth = 0;
    bool lexemes = false;
    for (std::size_t i = 0; i < q.size(); ++i) {
        const char c = q[i];
        if (c == '\'') {
            // A lexeme: ends at a single quote; '' is a quote inside it and a backslash escapes the next character.
            std::size_t j = i + 1;
            bool closed = false;
            while (j < q.size()) {
                if (q[j] == '\\') {
                    fuzz::require(j + 1 < q.size(), "a backslash inside a lexeme escapes a character");
                    j += 2;
                } else if (q[j] == '\'') {
                    if (j + 1 < q.size() && q[j + 1] == '\'') {
                        j += 2;
                    } else {
                        closed = true;
                        break;
                    }
                } else {
                    ++j;
                }
            }
            fuzz::require(closed, "every lexeme is closed");
            fuzz::require(j > i + 1, "no lexeme is empty");
            lexemes = true;
            i = j;
            continue;
        }
        if (c == '(') ++depth;
        if (c == ')') --depth;
        fuzz::require(depth >= 0, "parentheses balance");
        fuzz::require(std::string_view("()&|!<->:*AB ").find(c) != std::string_view::npos,
                      "outside lexemes only operators, parentheses and weights");
    }
    fuzz::require(depth == 0, "parentheses balance");
    fuzz::require(q.empty() || lexemes, "a non-empty tsquery holds a word");
    return 0;
}
