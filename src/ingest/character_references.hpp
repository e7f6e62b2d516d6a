#pragma once
// HTML character references left in text copied out of web pages ("Ministry of Trade &amp; Industry",
// "Minister&#8217;s office"): replaced by the characters they stand for, so that names read whole.

#include <string>
#include <string_view>

namespace bulletin::ingest {

// The text with every whole reference decoded: a numeric one ("&#8217;", "&#x2019;", Windows-1252's "&#146;") of a
// character of text (no control but tab and line breaks, no byte order mark), or a named one of those web pages use
// ("&amp;", "&nbsp;", "&rsquo;", "&eacute;"). A reference must end with ';' ("AT&T", "R&D;" and "&unknown;" stay as
// written).
[[nodiscard]] std::string decodeCharacterReferences(std::string_view text);

}  // namespace bulletin::ingest
