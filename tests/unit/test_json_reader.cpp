#include "core/json_reader.hpp"
#include "support/catch.hpp"

using namespace bulletin;

TEST_CASE("json reader: objects keep order, arrays, numbers, literals") {
    const auto v = json::parse(R"({"b": [1, -2.5e1, true, false, null], "a": {"x": "y"}})");
    REQUIRE(v.isObject());
    REQUIRE(v.object().size() == 2);
    CHECK(v.object()[0].first == "b");
    CHECK(v["b"].array().size() == 5);
    CHECK(v["b"].array()[1].number() == -25.0);
    CHECK(v["b"].array()[4].isNull());
    CHECK(v["a"]["x"].string() == "y");
}

TEST_CASE("json reader: missing keys and wrong types read as empty") {
    const auto v = json::parse(R"({"n": 3, "s": "t"})");
    CHECK(v["absent"].isNull());
    CHECK(v["absent"]["deeper"].isNull());
    CHECK(v["n"].string("fallback") == "fallback");
    CHECK(v["s"].number(-1) == -1);
    CHECK(v["s"].array().empty());
}

TEST_CASE("json reader: string escapes, surrogate pairs and raw UTF-8") {
    const auto v = json::parse(R"(["a\"b\\c\/\n", "\u00e9\u2019", "\ud83d\ude00", "O’Neill", "\ud800x"])");
    const auto& a = v.array();
    CHECK(a[0].string() == "a\"b\\c/\n");
    CHECK(a[1].string() == "\xC3\xA9\xE2\x80\x99");
    CHECK(a[2].string() == "\xF0\x9F\x98\x80");
    CHECK(a[3].string() == "O’Neill");
    CHECK(a[4].string() == "\xEF\xBF\xBDx");  // a lone surrogate becomes U+FFFD
}

TEST_CASE("json reader: malformed input throws with the offset, deep nesting is refused") {
    CHECK_THROWS_AS(json::parse(""), json::JsonError);
    CHECK_THROWS_AS(json::parse("{\"a\" 1}"), json::JsonError);
    CHECK_THROWS_AS(json::parse("[1, 2"), json::JsonError);
    CHECK_THROWS_AS(json::parse("\"unterminated"), json::JsonError);
    CHECK_THROWS_AS(json::parse("[1] 2"), json::JsonError);
    CHECK_THROWS_AS(json::parse("\"\\x\""), json::JsonError);
    CHECK_THROWS_AS(json::parse("-"), json::JsonError);
    CHECK_THROWS_AS(json::parse(std::string(100000, '[')), json::JsonError);
    try {
        (void)json::parse("[1, ?]");
        FAIL("no throw");
    } catch (const json::JsonError& e) {
        CHECK(std::string(e.what()).find("byte 4") != std::string::npos);
    }
}
