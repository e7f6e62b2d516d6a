#pragma once
// Text hard-wrapped at a fixed width (policy statements, mailing-list posts, text exported from PDF) breaks every
// sentence over lines: read line by line, each piece would be a paragraph of its own, a name broken across lines
// would be two names, and the first piece of the first sentence would be taken for the headline. This joins the
// lines of each wrapped paragraph back into one.

#include <string>
#include <string_view>
#include <vector>

namespace bulletin::ingest {

// The width a text is wrapped at (in characters), or 0 when it is not hard-wrapped: most of its longer lines end
// within a few characters of one margin, and few lines run past it (a headline, a menu).
[[nodiscard]] std::size_t wrapWidth(const std::vector<std::string_view>& lines);

// The lines with each wrapped paragraph joined: a line that reaches the margin continues on the next non-blank
// line. Lines of a text that is not wrapped come back unchanged (blank lines included).
[[nodiscard]] std::vector<std::string> unwrapLines(const std::vector<std::string_view>& lines);

// Whether a line of ragged text (wrapped by hand or exported from a PDF, at no one margin) goes on on the next line:
// a line of prose that ends inside a phrase ("employed by Quorvale Marine &" / "Trading Pte Ltd", "the Ministry of" /
// "Health"), or before a next line that goes on in lower case ("by assisting" / "to receive on board ..."; not a
// list's "a)" or "ii."). Both lines trimmed.
[[nodiscard]] bool goesOnInLine(std::string_view line, std::string_view next);

}  // namespace bulletin::ingest
