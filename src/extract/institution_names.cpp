#include "institution_names.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "agency_chains.hpp"
#include "lexicon.hpp"

namespace bulletin::extract {
void findInstitutions(ExtractionState& st) {
    const auto& t = st.tokens();
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].isWord() || !t[i].capitalized || t[i].allCaps) continue;
        if (!lexicons::institutionNames().contains(t[i].text)) continue;
        // Part of a longer name ("Senate Judiciary Committee", "Congress Party"): the head-word rule reads it.
        if (i + 1 < t.size() && t[i + 1].capitalisedOrNumber() && t[i + 1].sentence == t[i].sentence) continue;
        // ... and so is "Cabinet of Ministers", "Parliament of Georgia".
        if (i + 2 < t.size() && t[i + 1].is("of") && t[i + 2].capitalisedOrNumber() &&
            t[i + 2].sentence == t[i].sentence)
            continue;
        // ... and "National People's Congress", "Quorvale Women's Parliament": a field of people before it, a
        // capitalised word before that.
        if (i >= 3 && t[i - 1].kind == TokenKind::Possessive && peopleField(t[i - 2].text) &&
            t[i - 3].capitalisedOrNumber() && t[i - 3].sentence == t[i].sentence && !isFunctionWord(t[i - 3].text))
            continue;
        // (A capitalised "The" after an opening quote is no part of it: "“The Senate must act now”".)
        if (i > 0 && t[i - 1].capitalisedOrNumber() && t[i - 1].sentence == t[i].sentence && !t[i - 1].sentenceStart &&
            !isFunctionWord(t[i - 1].text))
            continue;
        // ("Treasury securities", "Treasury bills": a kind of debt named for the body, not the body; and so "Treasury
        // and agency mortgage-backed securities", "Treasury and other collateral", a kind coordinated with others in
        // lower case before the debt.)
        static constexpr std::array<std::string_view, 10> kDebts{
            "securities", "bills", "bonds", "notes", "yields", "yield", "debt", "market", "rates", "collateral"};
        const auto debtWord = [&](std::size_t k) {
            return t[k].isWord() && !t[k].capitalized && inLowerList(t[k].text, kDebts);
        };
        if (i + 1 < t.size() && debtWord(i + 1)) continue;
        if (i + 2 < t.size() && (t[i + 1].is("and") || t[i + 1].is("or"))) {
            bool debt = false;
            for (std::size_t k = i + 2; k < t.size() && k < i + 5 && t[k].isWord() && !t[k].capitalized && !debt; ++k)
                debt = debtWord(k);
            if (debt) continue;
        }
        // ... and "US Department of Treasury": what a longer name is of (not a title's: "Speaker of the Seimas").
        {
            std::size_t k = i;
            if (k > 0 && t[k - 1].is("the")) --k;
            if (k >= 2 && t[k - 1].is("of") && t[k - 2].isWord() && t[k - 2].capitalized &&
                t[k - 2].sentence == t[i].sentence && isOrganisationHead(t[k - 2].text))
                continue;
        }
        if (st.claimed(t[i].begin, t[i].end)) continue;
        st.addMention(EntityType::Agency, std::string(t[i].text), t[i].begin, t[i].end, "agency.institution");
    }
}

// "the United Russia party", "the Sri Lanka Podujana Peramuna party": a party named before the word in lower case.
// The name is the capitalised words (a place among them is part of it); not "a Christmas party", "the third party",
// whose words are no name, nor "the Labour Party", read by the head-word rule.
void findPartiesBeforeLowerCaseParty(ExtractionState& st) {
    const auto& t = st.tokens();
    for (std::size_t i = 2; i < t.size(); ++i) {
        if (!(t[i].is("party") || t[i].is("parties")) || !t[i - 1].capitalisedOrNumber() ||
            t[i - 1].sentence != t[i].sentence)
            continue;
        std::size_t first = i - 1;
        while (first > 0 && i - first < 4 && t[first - 1].capitalisedOrNumber() &&
               t[first - 1].sentence == t[i].sentence && !isFunctionWord(t[first - 1].text))
            --first;
        // The article or a possessive before the name ("the ruling United Russia party", "its ... party") and two
        // words at least ("the Democratic party" is a kind of party in a sentence about one).
        if (i - first < 2 || t[first].sentenceStart ||
            !(t[first - 1].isWord() && (!t[first - 1].capitalized || equalsLower(t[first - 1].text, "the"))))
            continue;
        // (Nor an occasion's party: "a Lunar New Year party", "the Christmas Eve party".)
        static constexpr std::array<std::string_view, 11> kOccasions{
            "year",        "day",    "eve",     "christmas", "birthday",  "halloween",
            "anniversary", "launch", "release", "holiday",   "graduation"};
        const bool calendar = inLowerList(t[i - 1].text, kOccasions) ||
                              std::any_of(t.begin() + static_cast<long>(first), t.begin() + static_cast<long>(i),
                                          [](const Token& w) { return isCalendarWord(w.text); });
        const std::size_t begin = t[first].begin, end = t[i - 1].end;
        if (calendar || st.claimed(begin, end)) continue;
        st.addMention(EntityType::Agency, std::string(st.slice(begin, end)), begin, end, "agency.party");
    }
}

}  // namespace bulletin::extract
