// "About Quillnet" above a paragraph that describes it ("The Quillnet Project was founded in 2004 by ..."): the
// boilerplate a publisher, a company or a partner closes its release with names an organisation, though its name
// often has no head word and the release's running text never says that it acts. The section's first sentence says
// what the name is: the first word of self_description_words.txt or self_description_things.txt in it decides (a
// conference, a product or a programme is described so too: "About DebConf").
#include <algorithm>
#include <array>
#include <string>

#include "agency_phrase_rules.hpp"
#include "lexicon.hpp"
#include "name_repeats.hpp"

namespace bulletin::extract {
namespace {

// Whether the line from token `first` to the next line's first token holds only a name: capitalised words, joined by
// lower-case connectors, perhaps with a colon after it. Returns the name's end token, or `first` when it is not.
std::size_t nameLineEnd(const std::vector<Token>& t, std::size_t first) {
    std::size_t end = first;
    while (end < t.size() && (end == first || !t[end].paragraphStart) && end - first < 8) {
        const Token& w = t[end];
        if (w.isWord() && (w.capitalized || w.allCaps || (end > first && isConnector(w.text)))) {
            ++end;
            continue;
        }
        if (w.is("&") || w.isPunct('-') || w.isPunct('.')) {
            ++end;
            continue;
        }
        break;
    }
    std::size_t nameEnd = end;
    if (nameEnd < t.size() && !t[nameEnd].paragraphStart && t[nameEnd].isPunct(':')) ++nameEnd;
    if (nameEnd < t.size() && !t[nameEnd].paragraphStart) return first;  // more on the line: a sentence
    while (end > first && !(t[end - 1].isWord() && (t[end - 1].capitalized || t[end - 1].allCaps))) --end;
    return end;
}

// What the section's first sentence, from token `from`, says the name is: +1 a body, -1 a thing, 0 nothing said.
// (The last of two such words in a row is the compound's head: "developer conference" is a conference, "software
// company" a company.)
int describedAs(const std::vector<Token>& t, std::size_t from) {
    const auto verdict = [&](std::size_t k) {
        if (k >= t.size() || !t[k].isWord() || t[k].capitalized || t[k].sentence != t[from].sentence) return 0;
        // (An owner is not what is described: "the project's annual conference".)
        if (k + 1 < t.size() && t[k + 1].kind == TokenKind::Possessive) return 0;
        if (lexicons::selfDescriptionThings().contains(t[k].text)) return -1;
        if (lexicons::selfDescriptionWords().contains(t[k].text)) return 1;
        return 0;
    };
    for (std::size_t k = from; k < t.size() && t[k].sentence == t[from].sentence; ++k) {
        if (const int said = verdict(k); said != 0) {
            // (A verb after it heads nothing: "a country founded in 1990".)
            const int head = k + 1 < t.size() && t[k + 1].text.ends_with("ed") ? 0 : verdict(k + 1);
            return head != 0 ? head : said;
        }
    }
    return 0;
}

}  // namespace

void aboutSections(ExtractionState& st, const std::vector<Token>& t) {
    // (A release closes with a few such sections: a hostile text of thousands gets no more read than sixteen.)
    constexpr int kMostSections = 16;
    int sections = 0;
    NameRepeats repeats(st);
    for (std::size_t i = 0; i + 2 < t.size() && sections < kMostSections; ++i) {
        if (!t[i].paragraphStart || !(t[i].is("About") || t[i].is("ABOUT")) || st.inHeadline(t[i].begin)) continue;
        std::size_t first = i + 1;
        if (first < t.size() && !t[first].paragraphStart && equalsLower(t[first].text, "the")) ++first;
        // ("About Our Office", "About This Fraud Scheme": a possessive or a demonstrative names no one.)
        if (first >= t.size() || t[first].paragraphStart ||
            inLowerList(t[first].text,
                        std::array<std::string_view, 7>{"our", "us", "this", "these", "my", "your", "their"}))
            continue;
        const std::size_t end = nameLineEnd(t, first);
        if (end <= first || end >= t.size()) continue;
        // The section: the next line, whose first sentence names the name's first word.
        std::size_t section = end;
        while (section < t.size() && !t[section].paragraphStart) ++section;
        if (section >= t.size()) continue;
        bool named = false;
        for (std::size_t k = section; k < t.size() && t[k].sentence == t[section].sentence && !named; ++k)
            named = t[k].text == t[first].text;
        if (!named || describedAs(t, section) <= 0) continue;
        const std::string_view name = st.slice(t[first].begin, t[end - 1].end);
        // (A place or a person: "About Kovalia", "About Jane Quill" over a life.)
        if (st.gazetteer().place(name)) continue;
        if (end - first <= 3 && t[first].capitalized && !t[first].allCaps &&
            st.gazetteer().givenNameCount(t[first].text) >= 1000)
            continue;
        ++sections;
        addAgencySpan(st, t[first].begin, t[end - 1].end, "agency.about_section");
        // The same name elsewhere in the release, as written, is the same body ("Quillnet is supported by ...").
        for (const std::size_t k : repeats.of(first, end))
            addAgencySpan(st, t[k].begin, t[k + (end - first) - 1].end, "agency.about_section");
    }
}

}  // namespace bulletin::extract
