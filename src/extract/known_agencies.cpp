#include "known_agencies.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <string_view>

#include "agency_chain_checks.hpp"
#include "event_triggers.hpp"
#include "lexicon.hpp"

namespace bulletin::extract {

namespace {

// How many tokens from token `from` on (at most `most`) name a country, the longest reading; 0 when none does.
std::size_t countryTokensAt(const ExtractionState& st, const std::vector<Token>& t, std::size_t from,
                            std::size_t most) {
    for (std::size_t n = std::min(most, t.size() - from); n > 0; --n)
        if (const auto* place = st.gazetteer().place(st.slice(t[from].begin, t[from + n - 1].end));
            place && place->kind == PlaceKind::Country)
            return n;
    return 0;
}

// "Transparency International Sri Lanka", "Debian France": where a known body's national chapter or country office
// ends, its country's name closing the chain right after the body's name at token `at` (the place is a word of the
// name, as in "Home Department Punjab"); `at` when no country closes it there.
std::size_t countryChapterEnd(const ExtractionState& st, const std::vector<Token>& t, std::size_t at,
                              std::size_t chainEnd) {
    if (at == 0 || at >= chainEnd || st.lineBreakBetween(at - 1, at)) return at;
    if (const std::size_t n = countryTokensAt(st, t, at, std::min<std::size_t>(3, chainEnd - at)); n > 0) {
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

// "the Securities and Exchange Commission of Sri Lanka", "the Supreme Court of India": a known body's name said of
// another country is that country's own body; where its name ends (after the country), or `at` when no country
// follows "of" (or "of the") at token `at`. (The list's bodies of a country are its own entries, longer and matched
// first: "Securities and Exchange Commission of Pakistan".)
std::size_t otherCountrysBodyEnd(const ExtractionState& st, const std::vector<Token>& t, std::size_t at) {
    if (at + 1 >= t.size() || !t[at].is("of") || t[at].sentence != t[at - 1].sentence) return at;
    std::size_t from = at + 1;
    if (t[from].is("the")) ++from;
    if (from >= t.size() || !t[from].capitalized) return at;
    // (Within the sentence: "the People's Republic of China", five words at most.)
    std::size_t most = 0;
    while (most < 5 && from + most < t.size() && t[from + most].sentence == t[at].sentence) ++most;
    const std::size_t n = countryTokensAt(st, t, from, most);
    if (n == 0) return at;
    // (The country closes the name: not "of Sri Lanka Telecom".)
    const std::size_t after = from + n;
    const bool closes =
        after >= t.size() || t[after].sentence != t[at].sentence || !t[after].isWord() || !t[after].capitalized;
    return closes ? after : at;
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
                const std::size_t ofCountryEnd = otherCountrysBodyEnd(st, t, i + n);
                const std::size_t chapterEnd =
                    ofCountryEnd > i + n ? ofCountryEnd : countryChapterEnd(st, t, i + n, c.end);
                // (A body of another country is named so in a chain joined by "and" too.)
                if (chapterEnd > i + n && (!joinedOnly || ofCountryEnd > i + n)) {
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

void releasesBodiesChapters(ExtractionState& st, const std::vector<Token>& t) {
    const auto& gz = st.gazetteer();
    // The first words of the release's bodies named in two words or more ("Debian" of "the Debian project").
    std::set<std::string, std::less<>> openings;
    for (const auto& e : st.entities())
        if (e.type == EntityType::Agency && !e.mentions.empty())
            if (const auto space = e.name.find(' '); space != std::string::npos && space > 0)
                openings.emplace(e.name.substr(0, space));
    if (openings.empty()) return;
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        // (A capitalised word right after it first: most words are turned away before the set is asked.)
        if (!t[i].isWord() || !t[i].capitalized || t[i].allCaps || !t[i + 1].isWord() || !t[i + 1].capitalized ||
            t[i + 1].sentence != t[i].sentence || !openings.contains(t[i].text))
            continue;
        // (The word opens the name: no capitalised word before it, "the Embassy of ...".)
        if (i > 0 && t[i - 1].sentence == t[i].sentence && t[i - 1].isWord() && t[i - 1].capitalized &&
            !t[i].sentenceStart)
            continue;
        // (After a small word, punctuation or nothing: an adjective before it makes it one, "a comfortable European
        // Ukraine".)
        if (i > 0 && t[i - 1].sentence == t[i].sentence && t[i - 1].isWord() && !t[i - 1].capitalized &&
            (!isFunctionWord(t[i - 1].text) || t[i - 1].is("a") || t[i - 1].is("an")))
            continue;
        // (Nor a word of a place, a calendar, a title or a body's kind: "United" of "United Nations" before "Arab
        // Emirates", "Ministry France".)
        if (isFunctionWord(t[i].text) || isCalendarWord(t[i].text) || isOrganisationHead(t[i].text) ||
            gz.mayStartTitle(t[i].text) || gz.place(t[i].text) || gz.countryOfDemonym(t[i].text) ||
            gz.givenNameCount(t[i].text) >= 500)
            continue;
        if (st.lineBreakBetween(i, i + 1)) continue;
        std::size_t most = 0;
        while (most < 3 && i + 1 + most < t.size() && t[i + 1 + most].sentence == t[i].sentence) ++most;
        const std::size_t n = countryTokensAt(st, t, i + 1, most);
        if (n == 0) continue;
        // (The country closes the name, and the two are no longer place: "Debian France" but not "Velmar Ukraine
        // Council", nor a place the gazetteer knows whole.)
        const std::size_t end = i + 1 + n;
        const bool closes =
            end >= t.size() || t[end].sentence != t[i].sentence || !t[end].isWord() || !t[end].capitalized;
        if (closes && !gz.place(st.slice(t[i].begin, t[end - 1].end)) && !st.claimed(t[i].begin, t[end - 1].end))
            st.addMention(EntityType::Agency, std::string(st.slice(t[i].begin, t[end - 1].end)), t[i].begin,
                          t[end - 1].end, "agency.chapter");
    }
}

}  // namespace bulletin::extract
