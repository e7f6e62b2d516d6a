#include "ingest/character_references.hpp"
#include "ingest/decoder.hpp"
#include "support/test_support.hpp"

using namespace bulletin::ingest;

TEST_CASE("character references: named and numeric ones a web page leaves are the characters", "[decoder]") {
    CHECK(decodeCharacterReferences("Ministry of Trade &amp; Industry") == "Ministry of Trade & Industry");
    CHECK(decodeCharacterReferences("the Minister&#8217;s office") == "the Minister\xE2\x80\x99s office");
    CHECK(decodeCharacterReferences("the Minister&#x2019;s office") == "the Minister\xE2\x80\x99s office");
    CHECK(decodeCharacterReferences("Jos&eacute; Mart&iacute;nez&nbsp;said") ==
          "Jos\xC3\xA9 Mart\xC3\xADnez\xC2\xA0said");
    CHECK(decodeCharacterReferences("&quot;We will&quot; &ndash; &lt;b&gt;") == "\"We will\" \xE2\x80\x93 <b>");
    CHECK(decodeCharacterReferences("&#128512;") == "\xF0\x9F\x98\x80");
    // (A page in Windows-1252 numbers its curly quotes by their bytes.)
    CHECK(decodeCharacterReferences("the Minister&#146;s &#147;plan&#148;") ==
          "the Minister\xE2\x80\x99s \xE2\x80\x9Cplan\xE2\x80\x9D");
}

TEST_CASE("character references: what is no whole reference stays as written", "[decoder]") {
    // (Names and abbreviations with an ampersand, a reference without its ';', an unknown name.)
    CHECK(decodeCharacterReferences("AT&T and R&D; Q&A") == "AT&T and R&D; Q&A");
    CHECK(decodeCharacterReferences("Fish &amp Chips") == "Fish &amp Chips");
    CHECK(decodeCharacterReferences("&madeup; &;") == "&madeup; &;");
    // (No character of a text: NUL, a control, a byte order mark, a surrogate half, past Unicode, digits that are
    // none, a number too long.)
    CHECK(decodeCharacterReferences("&#0; &#7; &#x9F; &#xFEFF; &#xD800; &#x110000; &#12a; &#x; &#99999999999;") ==
          "&#0; &#7; &#x9F; &#xFEFF; &#xD800; &#x110000; &#12a; &#x; &#99999999999;");
    CHECK(decodeCharacterReferences("trailing &") == "trailing &");
    CHECK(decodeCharacterReferences("").empty());
}

TEST_CASE("character references: the decoder gives a file's text with its references decoded", "[decoder]") {
    const auto decoded = decode("Trade &amp; Industry\r\nCaf&eacute;");
    REQUIRE(std::holds_alternative<Decoded>(decoded));
    // (Decoded before NFC: "e" and its accent are one character.)
    CHECK(std::get<Decoded>(decoded).text == "Trade & Industry\nCaf\xC3\xA9");
}
