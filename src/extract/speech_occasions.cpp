#include "speech_occasions.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "event_sentence_facts.hpp"
#include "event_triggers.hpp"
#include "lexicon.hpp"

namespace bulletin::extract {

namespace {

using event_detail::occasionKind;
using event_detail::occasionKindOf;
using event_detail::wordIs;

}  // namespace

std::optional<SpeechOccasion> headlineSpeechOccasion(const ExtractionState& st) {
    const auto& t = st.tokens();
    std::size_t end = 0;
    while (end < t.size() && st.inHeadline(t[end].begin)) ++end;
    // The speech word, then its speaker ("by ..." or a possessive before it), then "at the" and the occasion.
    std::size_t speech = end;
    for (std::size_t k = 0; k < end && speech == end; ++k)
        if (t[k].isWord() && t[k].capitalized && lexicons::speechWords().contains(t[k].text)) speech = k;
    // (Not in capitals, where every word looks like a name's.)
    if (speech == end || t[speech].allCaps) return std::nullopt;
    const bool possessive = speech > 0 && t[speech - 1].kind == TokenKind::Possessive;
    std::size_t k = speech + 1;
    // (Headlines in title case write "By", "At" and "The" capitalised: these words are told apart by themselves.)
    const auto by = [&](std::size_t i) { return wordIs(t[i], {"by"}); };
    const auto at = [&](std::size_t i) { return wordIs(t[i], {"at", "during"}); };
    while (k < end && t[k].isWord() && t[k].capitalized && !by(k)) ++k;  // "Speech", "Keynote Speech"
    if (!possessive) {
        if (k >= end || !by(k)) return std::nullopt;
        // The speaker: capitalised words, "of", "the" and "for" of a title ("Minister of State for Trade").
        for (++k; k < end && (t[k].capitalized || wordIs(t[k], {"of", "the", "for", "and"})) && !at(k); ++k) {
        }
    }
    if (k + 1 >= end || !at(k)) return std::nullopt;
    ++k;
    if (k < end && wordIs(t[k], {"the"})) ++k;
    // The occasion's name: capitalised words and numbers, and the small words inside a name ("Launch of the ...").
    const std::size_t first = k;
    std::size_t last = k;
    for (; k < end; ++k) {
        if (t[k].isWord() && t[k].capitalized)
            last = k + 1;
        else if (t[k].kind == TokenKind::Number && k > first)
            last = k + 1;
        else if (!(t[k].isWord() && wordIs(t[k], {"of", "the", "for", "and", "on", "in", "de"})) &&
                 !t[k].isPunct('-') && t[k].kind != TokenKind::Possessive)
            break;
    }
    if (last <= first || !t[first].capitalized) return std::nullopt;
    // ("the Securing Europe panel": a kind's word after the name belongs to it.)
    if (last < end && t[last].isWord() && !t[last].capitalized && occasionKindOf(t[last].text)) ++last;
    // A speech at a body or a place is given there, not at an occasion: "at the Riksdag in Sweden", "at Chatham
    // House", "at the Atlantic Council think tank" (the name begins and ends inside names already found).
    std::size_t lastWord = last - 1;
    while (lastWord > first && !t[lastWord].isWord()) --lastWord;
    // (By the names of what the body names too: the headline's own names may be dropped as unconfirmed.)
    const std::string_view text = st.slice(t[first].begin, t[lastWord].end);
    bool startsNamed = false, endsNamed = false;
    for (const auto& e : st.entities()) {
        if (!e.fromBody) continue;
        for (const auto& alias : e.aliases) {
            if (alias.empty() || alias.size() > text.size()) continue;
            startsNamed = startsNamed || (text.substr(0, alias.size()) == alias &&
                                          (alias.size() == text.size() || text[alias.size()] == ' '));
            endsNamed = endsNamed || (text.substr(text.size() - alias.size()) == alias &&
                                      (alias.size() == text.size() || text[text.size() - alias.size() - 1] == ' '));
        }
    }
    if (startsNamed && endsNamed) return std::nullopt;
    // ... nor at a body or building no rule named ("at Elmfield House"), unless the occasion is one of it ("the
    // Official Opening of the Tuas Nexus Facility").
    const bool ofSomething =
        std::any_of(t.begin() + static_cast<std::ptrdiff_t>(first), t.begin() + static_cast<std::ptrdiff_t>(lastWord),
                    [](const Token& w) { return wordIs(w, {"of"}); });
    const bool bodyOrBuilding =
        endsBodyOrBuilding(t[lastWord].text) || lexicons::deliberativeBodies().contains(t[lastWord].text);
    if (bodyOrBuilding && !ofSomething && !occasionKindOf(t[lastWord].text)) return std::nullopt;
    SpeechOccasion o;
    o.kind = occasionKind(t, first, last);
    o.name = Mention{Span{t[first].begin, t[last - 1].end}, std::string(st.slice(t[first].begin, t[last - 1].end)),
                     "meeting.speech_occasion"};
    return o;
}

}  // namespace bulletin::extract
