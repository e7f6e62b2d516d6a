#pragma once
// A web page's source saved as a release's text ("<h1>Minister meets ...</h1><p>Minister <strong>Ana Velde</strong>
// met ..."): its text as a reader sees it, the markup left out, blocks as paragraphs.

#include <optional>
#include <string>
#include <string_view>

namespace bulletin::ingest {

// Whether the text is markup: it opens as an HTML document ("<!DOCTYPE html", "<html") or holds at least three
// tags of HTML's own (a paragraph, a heading, a break, a link ...). Prose that names one tag is no page.
[[nodiscard]] bool looksLikeMarkup(std::string_view text);

// The text of a page: tags left out; headings, paragraphs, list items, table cells and breaks begin new lines
// (headings and paragraphs a new paragraph); the page's white space collapsed as a browser does (not inside "pre");
// scripts, styles, comments and the head left out (the head's title kept when no heading names the page).
// Character references are left for the decoder ("&lt;p&gt;" is text, not a tag). `nullopt` when it is no markup.
[[nodiscard]] std::optional<std::string> markupText(std::string_view text);

}  // namespace bulletin::ingest
