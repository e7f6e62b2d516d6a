#include "core/text.hpp"
#include "support/test_support.hpp"

using namespace bulletin;

TEST_CASE("UTF-8 validation is strict", "[text]") {
    CHECK(text::isValidUtf8("plain ASCII"));
    CHECK(text::isValidUtf8("Zakariyy\xC4\x81 \xF0\x9F\x98\x80"));
    CHECK_FALSE(text::isValidUtf8("\xC0\xAF"));          // overlong '/'
    CHECK_FALSE(text::isValidUtf8("\xED\xA0\x80"));      // surrogate
    CHECK_FALSE(text::isValidUtf8("\xF4\x90\x80\x80"));  // past U+10FFFF
    CHECK_FALSE(text::isValidUtf8("truncated \xE2\x80"));
    CHECK_FALSE(text::isValidUtf8("\x93smart quotes\x94"));  // CP1252 bytes
}

TEST_CASE("NFC composes decomposed text and leaves ASCII alone", "[text]") {
    CHECK(text::toNfc("a\xCC\x81") == "\xC3\xA1");  // a + combining acute -> á
    CHECK(text::toNfc("plain") == "plain");
}

TEST_CASE("folding for matching removes case and diacritics", "[text]") {
    CHECK(text::foldForMatching("Zakariyy\xC4\x81") == "zakariyya");
    CHECK(text::foldForMatching("CAF\xC3\x89") == "cafe");
    CHECK(text::foldCase("STRASSE") == "strasse");
}

TEST_CASE("line endings are normalised", "[text]") {
    CHECK(text::normalizeLineEndings("a\r\nb\rc\nd") == "a\nb\nc\nd");
    CHECK(text::normalizeLineEndings("a\xE2\x80\xA8"
                                     "b") == "a\nb");
}

TEST_CASE("white space helpers know Unicode spaces", "[text]") {
    CHECK(text::trimUnicode("\xC2\xA0 hello \xE2\x80\x89") == "hello");
    CHECK(text::collapseWhitespace("  a \xC2\xA0\t b  ") == "a b");
    CHECK(text::splitLines("a\n\nb").size() == 3);
}

TEST_CASE("a line's start is found within a bounded look back", "[text]") {
    CHECK(text::lineStartWithin("ab\ncdef", 6, 5) == 3);
    CHECK(text::lineStartWithin("abcdef", 4, 5) == 0);
    CHECK(text::lineStartWithin("abcdefgh", 7, 5) == std::string_view::npos);  // the line runs on further back
    CHECK(text::lineStartWithin("ab\ncdefghij", 10, 5) == std::string_view::npos);
}

TEST_CASE("content hashes are stable and discriminating", "[text]") {
    CHECK(text::contentHash("abc") == text::contentHash("abc"));
    CHECK(text::contentHash("abc") != text::contentHash("abd"));
    CHECK(text::contentHash("") != text::contentHash(std::string_view("\0", 1)));
    CHECK(text::contentHash("abc").size() == 32);
}
