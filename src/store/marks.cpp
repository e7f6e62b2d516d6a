#include "marks.hpp"

#include "core/text.hpp"

namespace bulletin::store {

std::string describe(const MarkChange& change) {
    if (change.action == "star") return "star " + change.target;
    if (change.action == "unstar") return "unstar " + change.target;
    if (change.action == "tag") return "tag " + change.target + " '" + change.value + "'";
    if (change.action == "untag") return "remove tag '" + change.value + "' from " + change.target;
    if (change.action == "note")
        return change.value.empty() ? "remove the note of " + change.target : "note on " + change.target;
    return change.action + " " + change.target;
}

std::string normalizedTag(const std::string& tag) {
    std::string t = text::collapseWhitespace(text::trimUnicode(tag));
    if (t.empty()) throw MarkError("a tag cannot be empty");
    // Tags are short labels ("to verify", "source: police"); a paragraph belongs in the note.
    if (text::codePointCount(t) > 80) throw MarkError("a tag is at most 80 characters; put longer text in the note");
    return t;
}

}  // namespace bulletin::store
