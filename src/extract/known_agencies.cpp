#include "known_agencies.hpp"

#include <algorithm>
#include <string>
#include <string_view>

#include "agency_chain_checks.hpp"
#include "event_triggers.hpp"
#include "lexicon.hpp"

namespace bulletin::extract {

namespace {

// "Transparency International Sri Lanka", "Debian France": where a known body's national chapter or country office
// ends, its country's name closing the chain right after the body's name at token `at` (the place is a word of the
// name, as in "Home Department Punjab"); `at` when no country closes it there.
std::size_t countryChapterEnd(const ExtractionState& st, const std::vector<Token>& t, std::size_t at,
                              std::size_t chainEnd) {
    if (at == 0 || at >= chainEnd || st.lineBreakBetween(at - 1, at)) return at;
    for (std::size_t n = std::min<std::size_t>(3, chainEnd - at); n > 0; --n) {
        const auto* place = st.gazetteer().place(st.slice(t[at].begin, t[at + n - 1].end));
        if (!place || place->kind != PlaceKind::Country) continue;
        const std::size_t after = at + n;
        // The name closes there: the chain ends, another name is joined, or a title of the chapter's follows
        // ("Transparency International Sri Lanka Executive Director ...").
        std::vector<std::string_view> words;
        for (std::size_t m = after; m < chainEnd && words.size() < 4; ++m) words.push_back(t[m].text);
        const bool closes =
            after == chainEnd || t[after].is("and") || t[after].is("&") || st.gazetteer().titleLength(words) > 0;
        // ("the European Union Ukraine talks", "a United Nations Sri Lanka agreement": the two name what the
        // occasion or the instrument is between.)
        const bool modifies = after < t.size() && t[after].isWord() && !t[after].capitalized &&
                              (event_detail::matchTrigger(t, after).trigger != nullptr ||
                               lexicons::instrumentWords().contains(t[after].text));
        return closes && !modifies ? after : at;
    }
    return at;
}

}  // namespace

bool namesKnownChapter(const ExtractionState& st, const std::vector<Token>& t, std::size_t begin, std::size_t end) {
    for (std::size_t m = end > 3 ? end - 3 : 0; m < end; ++m) {
        if (m <= begin) continue;
        const auto* place = st.gazetteer().place(st.slice(t[m].begin, t[end - 1].end));
        if (place && place->kind == PlaceKind::Country)
            return st.gazetteer().agencyByName(st.slice(t[begin].begin, t[m - 1].end)) != nullptr;
    }
    return false;
}

void punctuatedKnownAgencies(ExtractionState& st) {
    const std::string_view text = st.text();
    for (const auto& name : st.gazetteer().punctuatedAgencyNames()) {
        for (std::size_t at = text.find(name.text); at != std::string_view::npos; at = text.find(name.text, at + 1)) {
            const std::size_t end = at + name.text.size();
            if (!standsAsWords(text, at, end) || st.claimed(at, end)) continue;
            const KnownAgency& known = st.gazetteer().agencyAt(name.agency);
            st.addMention(EntityType::Agency, known.name, at, end, "agency.gazetteer", known.acronym);
        }
    }
}

void knownAgencies(ExtractionState& st, const std::vector<Token>& t, Chain c, bool joinedOnly) {
    for (std::size_t i = c.first; i < c.end; ++i) {
        const std::size_t most = st.gazetteer().agencyTokensFrom(t[i].text);
        // (One word too, "Gazprom", "Unilever"; an acronym alone is the acronym rule's.)
        for (std::size_t n = std::min(most, c.end - i); n >= 1; --n) {
            if (n == 1 && (t[i].allCaps || !t[i].isWord())) break;
            if (n == 1 && claimProduct(st, c, i)) break;
            if (joinedOnly && std::none_of(t.begin() + static_cast<long>(i), t.begin() + static_cast<long>(i + n),
                                           [](const Token& x) { return x.is("and") || x.is("&"); }))
                continue;
            const auto* known = st.gazetteer().agencyByNameFromKnownStart(st.slice(t[i].begin, t[i + n - 1].end));
            if (known && !st.claimed(t[i].begin, t[i + n - 1].end)) {
                const std::size_t chapterEnd = countryChapterEnd(st, t, i + n, c.end);
                if (chapterEnd > i + n && !joinedOnly) {
                    const std::string_view chapter = st.slice(t[i].begin, t[chapterEnd - 1].end);
                    st.addMention(EntityType::Agency, std::string(chapter), t[i].begin, t[chapterEnd - 1].end,
                                  "agency.gazetteer");
                    i = chapterEnd - 1;
                    break;
                }
                st.addMention(EntityType::Agency, known->name, t[i].begin, t[i + n - 1].end, "agency.gazetteer",
                              known->acronym);
                i += n - 1;
                break;
            }
        }
    }
}

}  // namespace bulletin::extract
