#include "markup_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace bulletin::ingest {

namespace {

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool inList(std::string_view name, const auto& list) {
    return std::find(list.begin(), list.end(), name) != list.end();
}

// Tags that begin a paragraph, tags that begin a line, and tags whose content is no text.
constexpr std::array<std::string_view, 22> kParagraphTags{
    "p",      "h1",         "h2",    "h3", "h4", "h5", "h6",   "div",   "section", "article", "header",
    "footer", "blockquote", "table", "ul", "ol", "hr", "main", "aside", "nav",     "figure",  "address"};
constexpr std::array<std::string_view, 12> kLineTags{"br", "li", "tr",  "td",         "th",      "dt",
                                                     "dd", "dl", "pre", "figcaption", "caption", "option"};
constexpr std::array<std::string_view, 7> kHiddenTags{"script", "style", "noscript", "template",
                                                      "head",   "svg",   "iframe"};
constexpr std::array<std::string_view, 12> kInlineTags{"a", "span",  "strong", "b",   "i",    "em",
                                                       "u", "small", "sup",    "sub", "font", "time"};

struct Tag final {
    std::string name;  // lower case, without "/"
    bool closing = false;
    bool selfClosing = false;  // "<svg ... />"
    std::size_t end = 0;       // one past the '>'
};

// The tag opening at `at` (text[at] == '<'), if one does: a name of letters and digits after "<" or "</", then
// attributes up to '>' (quoted values may hold '>').
std::optional<Tag> tagAt(std::string_view text, std::size_t at) {
    std::size_t k = at + 1;
    Tag tag;
    if (k < text.size() && text[k] == '/') {
        tag.closing = true;
        ++k;
    }
    const std::size_t nameBegin = k;
    while (k < text.size() && std::isalnum(static_cast<unsigned char>(text[k]))) ++k;
    if (k == nameBegin || k - nameBegin > 12 || !std::isalpha(static_cast<unsigned char>(text[nameBegin])))
        return std::nullopt;
    tag.name = lowerAscii(text.substr(nameBegin, k - nameBegin));
    if (k < text.size() && !(text[k] == '>' || text[k] == '/' || std::isspace(static_cast<unsigned char>(text[k]))))
        return std::nullopt;
    // The tag ends at the first '>' outside quotes, before any other '<' and within a few thousand characters: a
    // stray "<" in prose does not swallow the page, and each character is looked at by one tag at most.
    char quote = 0;
    for (const std::size_t limit = std::min(text.size(), at + 4096); k < limit && text[k] != '<'; ++k) {
        const char c = text[k];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            tag.end = k + 1;
            tag.selfClosing = text[k - 1] == '/';
            return tag;
        }
    }
    return std::nullopt;
}

bool knownTag(std::string_view name) {
    return inList(name, kParagraphTags) || inList(name, kLineTags) || inList(name, kHiddenTags) ||
           inList(name, kInlineTags) || name == "html" || name == "body" || name == "title" || name == "img" ||
           name == "meta" || name == "link";
}

}  // namespace

bool looksLikeMarkup(std::string_view text) {
    std::size_t start = 0;
    while (start < text.size() && std::isspace(static_cast<unsigned char>(text[start]))) ++start;
    const std::string opening = lowerAscii(text.substr(start, 14));
    if (opening.starts_with("<!doctype html") || opening.starts_with("<html")) return true;
    int tags = 0;
    for (std::size_t at = text.find('<'); at != std::string_view::npos && tags < 3; at = text.find('<', at + 1))
        if (const auto tag = tagAt(text, at); tag && knownTag(tag->name)) ++tags;
    return tags >= 3;
}

std::optional<std::string> markupText(std::string_view text) {
    if (!looksLikeMarkup(text)) return std::nullopt;
    const std::string lowered = lowerAscii(text);
    const bool headed = lowered.find("<h1") != std::string::npos;
    std::string out;
    out.reserve(text.size());
    // What the page shows: runs of white space as one space, block boundaries as line breaks (at most one empty
    // line in a row), no space at a line's ends.
    int pendingBreaks = 0;  // 0 none, 1 a line break, 2 a new paragraph
    bool pendingSpace = false;
    int pre = 0;
    auto breakLine = [&](int breaks) {
        pendingBreaks = std::max(pendingBreaks, breaks);
        pendingSpace = false;
    };
    auto put = [&](char c) {
        if (pendingBreaks > 0 && !out.empty())
            out.append(static_cast<std::size_t>(pendingBreaks), '\n');
        else if (pendingSpace && !out.empty() && out.back() != '\n')
            out += ' ';
        pendingBreaks = 0;
        pendingSpace = false;
        out += c;
    };
    for (std::size_t k = 0; k < text.size();) {
        const char c = text[k];
        if (c == '<') {
            if (text.compare(k, 4, "<!--") == 0) {
                const std::size_t close = text.find("-->", k + 4);
                k = close == std::string_view::npos ? text.size() : close + 3;
                continue;
            }
            if (k + 1 < text.size() && (text[k + 1] == '!' || text[k + 1] == '?')) {  // <!DOCTYPE ...>, <?xml ...?>
                const std::size_t close = text.find('>', k);
                k = close == std::string_view::npos ? text.size() : close + 1;
                continue;
            }
            if (const auto tag = tagAt(text, k)) {
                k = tag->end;
                // (The head is left out but for its title, which names the page when no heading does.)
                const bool hidden =
                    tag->name == "head" || tag->name == "title" ? headed : inList(tag->name, kHiddenTags);
                if (hidden && !tag->closing && !tag->selfClosing) {
                    // Its content up to its closing tag is no text of the page.
                    const std::size_t close = lowered.find("</" + tag->name, k);
                    k = close == std::string::npos ? text.size() : close;
                    continue;
                }
                if (tag->name == "pre") pre = tag->closing ? std::max(0, pre - 1) : pre + 1;
                if (inList(tag->name, kParagraphTags) || tag->name == "title")
                    breakLine(2);
                else if (inList(tag->name, kLineTags))
                    breakLine(1);
                else if (!inList(tag->name, kInlineTags))
                    pendingSpace = pendingSpace || !out.empty();  // (an unknown tag parts words, as "img" does)
                continue;
            }
        }
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (pre > 0 && c == '\n')
                breakLine(1);
            else
                pendingSpace = true;
            ++k;
            continue;
        }
        put(c);
        ++k;
    }
    out += '\n';
    return out;
}

}  // namespace bulletin::ingest
