#include "core/text.hpp"
#include "ingest/line_unwrap.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
using namespace bulletin::ingest;

namespace {
// A policy statement hard-wrapped at 78 columns, as some publishers and PDF exports write them.
const std::string kWrapped =
    "The Monetary Policy Board of the Example Reserve decided today to keep its target\n"
    "for the policy rate at 2 percent. The Board met in Springfield with the Example\n"
    "Bureau of Statistics and noted that household spending and business investment\n"
    "have firmed, and that inflation expectations remain well anchored for the longer-\n"
    "term outlook, although energy prices have risen in recent weeks across the region.\n"
    "\n"
    "Voting for the action were Jane Q. Example, Chair; John Sample; and Maria\n"
    "Placeholder, who joined the Board in March after serving at the Regional Office.\n";
}  // namespace

TEST_CASE("a hard-wrapped text is recognised by its margin", "[unwrap]") {
    CHECK(wrapWidth(text::splitLines(kWrapped)) >= 78);
    // Paragraphs on one line each (most releases): not wrapped.
    const std::string lines =
        "A headline\n\nA first paragraph that runs on for a long while, much longer than any terminal is wide, "
        "as web pages give their text.\nA second one, short.\n";
    CHECK(wrapWidth(text::splitLines(lines)) == 0);
    // A menu or a list of short lines is not a wrapped paragraph either.
    CHECK(wrapWidth(text::splitLines("Home\nAbout us\nNews\nContact\nSearch\nPrivacy\n")) == 0);
}

TEST_CASE("wrapped paragraphs become one line each, names and hyphenated words whole", "[unwrap]") {
    const auto out = unwrapLines(text::splitLines(kWrapped));
    REQUIRE(out.size() == 3);
    CHECK(out[0].rfind("The Monetary Policy Board", 0) == 0);
    CHECK(out[0].find("with the Example Bureau of Statistics") != std::string::npos);
    CHECK(out[0].find("longer-term outlook") != std::string::npos);
    CHECK(out[1].empty());
    CHECK(out[2].find("and Maria Placeholder, who joined") != std::string::npos);
}

TEST_CASE("a text that is not wrapped comes back line for line", "[unwrap]") {
    const std::string text = "Title\n\nFirst paragraph.\nSecond paragraph.\n";
    const auto lines = text::splitLines(text);
    const auto out = unwrapLines(lines);
    REQUIRE(out.size() == lines.size());
    for (std::size_t i = 0; i < out.size(); ++i) CHECK(out[i] == lines[i]);
}

TEST_CASE("a wrapped text keeps its margin past a long headline and a long line", "[unwrap]") {
    const std::string text =
        "Former Director of Example Holdings and Two Officers of Sample Engineering Charged With Corruption\n\n" +
        kWrapped +
        "\nA paragraph pasted in whole, never wrapped, runs on past any margin a text is wrapped at, for it "
        "was copied from a web page.\n"
        "Voting against the action was Peter Example, who preferred to raise the rate by a\n"
        "quarter point at this meeting, citing the risks of higher inflation in the region.\n";
    const auto lines = text::splitLines(text);
    CHECK(wrapWidth(lines) >= 78);
    const auto out = unwrapLines(lines);
    // (The long lines end their paragraphs: neither is joined to the next line.)
    CHECK(out[0].find("Corruption") != std::string::npos);
    CHECK(out[0].find("Monetary") == std::string::npos);
    const auto pasted =
        std::find_if(out.begin(), out.end(), [](const std::string& l) { return l.starts_with("A paragraph"); });
    REQUIRE(pasted != out.end());
    CHECK(pasted->find("Voting") == std::string::npos);
    CHECK(std::any_of(out.begin(), out.end(),
                      [](const std::string& l) { return l.find("by a quarter point") != std::string::npos; }));
}

TEST_CASE("a line of ragged text that plainly goes on is told from one that ends", "[unwrap]") {
    // (Wrapped at no one margin, as PDF exports are: the margin test finds none.)
    CHECK(goesOnInLine("three clerks, previously employed by Quorvale Marine &", "Trading Pte Ltd (\"Quorvale\")"));
    CHECK(goesOnInLine("The officers handed the case over to the Ministry of", "Health on Monday."));
    CHECK(goesOnInLine("It is alleged that they intentionally aided the firm by assisting", "to receive the gasoil"));
    CHECK_FALSE(goesOnInLine("It is alleged that they intentionally aided the firm.", "They will be charged."));
    CHECK_FALSE(goesOnInLine("Prevention of Corruption Act (\"PCA\"). They are:", "a) Velmar Tan, 56"));
    CHECK_FALSE(goesOnInLine("The three men face the following charges", "a) Velmar Tan, 56"));  // a list's item
    CHECK_FALSE(goesOnInLine("Media contact and", "the spokesperson"));  // (a short line: a label, a heading)
}
