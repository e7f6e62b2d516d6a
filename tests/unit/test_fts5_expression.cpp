#include "store/sqlite/fts5_expression.hpp"
#include "support/test_support.hpp"

using namespace bulletin::store;

TEST_CASE("a text query renders as an FTS5 expression with every term quoted", "[store][fts5]") {
    CHECK(fts5Expression(TextQuery{}).empty());
    CHECK(fts5Expression(TextQuery::term("working group")) == "\"working group\"");
    CHECK(fts5Expression(TextQuery::term("terror", true)) == "\"terror\"*");
    CHECK(fts5Expression(TextQuery::term("meeting", false, TextField::Title)) == "title : \"meeting\"");
    CHECK(fts5Expression(TextQuery::term("Follow Us", false, TextField::Body)) == "body : \"Follow Us\"");
    // FTS5 syntax typed by the user stays text.
    CHECK(fts5Expression(TextQuery::term("NEAR(a b) \"x\"")) == "\"NEAR(a b) \"\"x\"\"\"");
}

TEST_CASE("all, any and exclusions nest in parentheses", "[store][fts5]") {
    const auto a = TextQuery::term("a"), b = TextQuery::term("b"), c = TextQuery::term("c");
    CHECK(fts5Expression(TextQuery::all({a, b})) == "(\"a\") AND (\"b\")");
    CHECK(fts5Expression(TextQuery::any({a, b})) == "(\"a\") OR (\"b\")");
    CHECK(fts5Expression(TextQuery::all({a}, {b, c})) == "((\"a\")) NOT ((\"b\") OR (\"c\"))");
    CHECK(fts5Expression(TextQuery::all({TextQuery::any({a, b}), c})) == "((\"a\") OR (\"b\")) AND (\"c\")");
    // Empty parts are left out rather than rendered as "()".
    CHECK(fts5Expression(TextQuery::all({a, TextQuery::any({})})) == "(\"a\")");
    CHECK(TextQuery::any({}).empty());
    CHECK_FALSE(TextQuery::all({}, {a}).empty());
}
