#include "ingest/decoder.hpp"
#include "ingest/markup_text.hpp"
#include "support/test_support.hpp"

using namespace bulletin::ingest;

TEST_CASE("markup text: a page's source reads as the page shows it", "[decoder]") {
    const auto text = markupText(
        "<!DOCTYPE html><html><head><title>Site | Talks</title><script>var s = \"<p>no</p>\";</script>"
        "<style>p{}</style></head><body><h1>Minister meets\n  delegation</h1><!-- <p>hidden</p> -->"
        "<p>Minister <strong>Ana Velde</strong> met the <a href=\"/x?a=1&b=2\" title=\"a > b\">Tarn Police</a>."
        "<br>A second line.</p><ul><li>One</li><li>Two</li></ul><pre>kept\n  as is</pre><svg/><p>After.</p>"
        "</body></html>");
    REQUIRE(text);
    CHECK(*text ==
          "Minister meets delegation\n\nMinister Ana Velde met the Tarn Police.\nA second line.\n\nOne\nTwo\n\n"
          "kept\nas is\n\nAfter.\n");
}

TEST_CASE("markup text: the head's title is the page's headline when no heading names it", "[decoder]") {
    const auto text = markupText("<html><head><title>Talks held</title></head><body><p>Text.</p></body></html>");
    REQUIRE(text);
    CHECK(*text == "Talks held\n\nText.\n");
}

TEST_CASE("markup text: prose that names a tag or uses angle brackets is no page", "[decoder]") {
    CHECK_FALSE(looksLikeMarkup("Use the <p> tag for paragraphs; 3 < 4 and 5 > 2."));
    CHECK_FALSE(markupText("The suspect, aged <18, said \"<b>\" twice.").has_value());
    CHECK(looksLikeMarkup("<p>One</p><p>Two</p>"));
    CHECK(looksLikeMarkup("  <!doctype html>\nText"));
}

TEST_CASE("markup text: a stray bracket or an unclosed tag swallows nothing", "[decoder]") {
    const auto text = markupText("<p>One</p><p>Two</p><p>a <b and \"c\" < d</p><script>never closed");
    REQUIRE(text);
    CHECK(*text == "One\n\nTwo\n\na <b and \"c\" < d\n");
}

TEST_CASE("markup text: the decoder reads a saved page, its references after its tags", "[decoder]") {
    const auto decoded = decode("<p>Trade &amp; Industry</p><p>&lt;p&gt; opens one.</p><p>End.</p>");
    REQUIRE(std::holds_alternative<Decoded>(decoded));
    CHECK(std::get<Decoded>(decoded).text == "Trade & Industry\n\n<p> opens one.\n\nEnd.\n");
}
