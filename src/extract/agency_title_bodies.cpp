// Bodies named by the title of a person who belongs to them: "Kovaldo Energy chief executive Dana Reyes", "Novartek
// CEO Ivo Dask", "Sri Lanka Podujana Peramuna MP Lal Perera". The capitalised words right before a title held in a
// body, with a name after it, are that body's name, though they hold no head word ("Energy", "Peramuna"). Not a
// place ("Ostrava MP", a constituency), nor a word that says what kind of holder ("Former", "Opposition"). And the
// body after such a title's "of", before the holder's name: "the Chairman of Ostrava Steelworks Jan Novak", or with
// no name after it: "a letter to the chief executive of Velmar Holdings", "Jan Novak, founder of Bright Path, said".

#include <algorithm>
#include <array>
#include <bitset>
#include <set>
#include <string>
#include <vector>

#include "agency_chains.hpp"
#include "agency_phrase_rules.hpp"
#include "lexicon.hpp"
#include "person_titles.hpp"

namespace bulletin::extract {

namespace {

// The length in tokens of a member's title starting at token i (0 when none), up to three words.
std::size_t memberTitleAt(const std::vector<Token>& t, std::size_t i) {
    // Asked of every token: the titles' first words answer most of them without building a phrase.
    // (A dozen short words, compared in place: no copy of every token's text.)
    static const std::vector<std::string> firstWords = [] {
        std::set<std::string> out;
        for (const auto& e : lexicons::memberTitles().entries()) out.insert(lower(e.substr(0, e.find(' '))));
        return std::vector<std::string>(out.begin(), out.end());
    }();
    // (And their first letters before them: most tokens start none.)
    static const std::bitset<128> firstLetters = [] {
        std::bitset<128> out;
        for (const auto& w : firstWords)
            if (!w.empty() && static_cast<unsigned char>(w[0]) < 0x80) out.set(static_cast<unsigned char>(w[0]));
        return out;
    }();
    if (!t[i].isWord() || t[i].text.size() > 16) return 0;
    if (const auto c = static_cast<unsigned char>(t[i].text[0]); c < 0x80 && !firstLetters.test(c | 0x20)) return 0;
    if (!inLowerList(t[i].text, firstWords)) return 0;
    std::string phrase;
    std::size_t found = 0;
    for (std::size_t n = 1; n <= 3 && i + n <= t.size(); ++n) {
        const Token& w = t[i + n - 1];
        if (!w.isWord() || w.sentence != t[i].sentence) break;
        if (n > 1) phrase += ' ';
        phrase += w.text;
        if (lexicons::memberTitles().contains(phrase)) found = n;
    }
    return found;
}

// Words that say what kind of holder, not whose: "Former MP", "Opposition MP", "Tech CEO".
bool holderWord(std::string_view w) {
    static constexpr std::array<std::string_view, 14> kHolder{
        "former",     "ex",     "then",      "veteran", "senior", "junior",  "opposition",
        "government", "ruling", "backbench", "deputy",  "acting", "interim", "independent"};
    return inLowerList(w, kHolder);
}

// The length of "Board [of Directors|Trustees|Governors] of" at token i, the rest of a title such as "Chairman of
// the Board of Directors of ...", "Head of the Supervisory Board of ..." (0 when none).
std::size_t boardOfTitle(const std::vector<Token>& t, std::size_t i) {
    std::size_t k = i;
    if (k < t.size() && (t[k].is("Supervisory") || t[k].is("Management") || t[k].is("Executive"))) ++k;
    if (k >= t.size() || !t[k].is("Board")) return 0;
    ++k;
    if (k + 1 < t.size() && t[k].is("of") &&
        (t[k + 1].is("Directors") || t[k + 1].is("Trustees") || t[k + 1].is("Governors")))
        k += 2;
    if (k + 1 >= t.size() || !t[k].is("of") || t[k].sentence != t[i].sentence) return 0;
    // (Not the board's own name: "Chairman of the Board of Supervisors Jan Novak".)
    static constexpr std::array<std::string_view, 10> kBoardsOf{
        "supervisors", "commissioners", "education",   "elections", "regents",
        "aldermen",    "selectmen",     "freeholders", "appeals",   "health"};
    if (k == i + 1 && inLowerList(t[k + 1].text, kBoardsOf)) return 0;
    return k + 1 - i;
}

}  // namespace

void bodiesBeforeMemberTitles(ExtractionState& st, const std::vector<Token>& t) {
    const auto& gz = st.gazetteer();
    for (std::size_t i = 1; i + 1 < t.size(); ++i) {
        const std::size_t n = memberTitleAt(t, i);
        if (n == 0 || i + n >= t.size()) continue;
        // A name after the title: a capitalised word that starts no other title.
        const Token& next = t[i + n];
        if (!next.isWord() || !next.capitalized || next.allCaps || next.sentence != t[i].sentence ||
            gz.mayStartTitle(next.text) || isFunctionWord(next.text))
            continue;
        std::size_t first = i;
        while (first > 0 && i - first < 5 && t[first - 1].isWord() && t[first - 1].capitalized &&
               t[first - 1].sentence == t[i].sentence && !isFunctionWord(t[first - 1].text) &&
               !isCalendarWord(t[first - 1].text) && !holderWord(t[first - 1].text) &&
               !gz.mayStartTitle(t[first - 1].text) && !isHonorific(t[first - 1].text))
            --first;
        if (first == i) continue;
        // (The end of a longer name, left to the head-word rules: "Board of Supervisors Chairman ..."; a name with
        // a head word of its own is theirs too, and a bare acronym the acronym rule's; a sentence's first word
        // alone may be any word.)
        if (first >= 2 && t[first - 1].isWord() && isConnector(t[first - 1].text) && t[first - 2].capitalized) continue;
        const bool head = anyHeadIn(st, first, i);
        if (head || (i - first == 1 && (t[first].allCaps || t[first].sentenceStart))) continue;
        const std::size_t begin = t[first].begin, end = t[i - 1].end;
        if (st.claimed(begin, end)) continue;
        const std::string_view name = st.slice(begin, end);
        // (A constituency, a country, a region: "Ostrava MP", "UK CEO".)
        if (gz.place(name) || lexicons::capitalisedPlaceKinds().contains(t[i - 1].text) ||
            lexicons::placeKinds().contains(t[i - 1].text))
            continue;
        // (A company's product or a programme: "the Quorvale Plan founder".)
        if (lexicons::programmeWords().contains(t[i - 1].text) || lexicons::lawWords().contains(t[i - 1].text))
            continue;
        addAgencySpan(st, begin, end, "agency.member_title");
    }
}

void bodiesAfterMemberTitles(ExtractionState& st, const std::vector<Token>& t) {
    const auto& gz = st.gazetteer();
    for (std::size_t i = 0; i + 4 < t.size(); ++i) {
        const std::size_t n = memberTitleAt(t, i);
        if (n == 0 || !t[i].capitalized || !t[i + n].is("of")) continue;
        std::size_t first = i + n + 1;
        if (t[first].is("the")) ++first;
        // "Chairman of the Board of Directors of Ostrava Steelworks Jan Novak": the board is the title's, the body
        // comes after its own "of".
        if (const std::size_t hop = boardOfTitle(t, first); hop > 0) {
            first += hop;
            if (first < t.size() && t[first].is("the")) ++first;
        }
        if (first + 2 >= t.size()) continue;
        // The capitalised run after "of", to the sentence's next lower-case word or punctuation.
        std::size_t end = first;
        while (end < t.size() && end - first < 7 && t[end].isWord() && t[end].capitalized &&
               t[end].sentence == t[i].sentence && !isFunctionWord(t[end].text) && !isCalendarWord(t[end].text))
            ++end;
        // Its last two words are the holder's name: a known given name and one more word ("Jan Novak").
        // (Not a body's own last words: "Founder of the Joyful Child Foundation and ...".)
        if (end - first < 3 || t[end - 2].allCaps || t[end - 1].allCaps || gz.givenNameCount(t[end - 2].text) < 0 ||
            gz.mayStartTitle(t[end - 2].text) || endsBodyOrBuilding(t[end - 1].text) || headAt(st, end - 1) ||
            headAt(st, end - 2))
            continue;
        const std::size_t bodyEnd = end - 2;
        // (Not where the name may have three words, "... Ostrava Steelworks Tan See Leng": the body's last word is
        // then no given name, unless it is a head word.)
        if (gz.givenNameCount(t[bodyEnd - 1].text) >= 0 && !headAt(st, bodyEnd - 1)) continue;
        // (Nor a generic head alone, "Chairman of the Board Jan Novak", nor a place, "CEO of Ostrava ...".)
        if (bodyEnd - first == 1 && headAt(st, first)) continue;
        const std::size_t begin = t[first].begin, stop = t[bodyEnd - 1].end;
        const std::string_view name = st.slice(begin, stop);
        if (st.claimed(begin, stop) || gz.place(name) || lexicons::programmeWords().contains(t[bodyEnd - 1].text) ||
            lexicons::lawWords().contains(t[bodyEnd - 1].text))
            continue;
        addAgencySpan(st, begin, stop, "agency.member_title_of");
    }
}

void bodiesOfLeaderTitles(ExtractionState& st, const std::vector<Token>& t) {
    const auto& gz = st.gazetteer();
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        const std::size_t n = memberTitleAt(t, i);
        // (A head or an MP is of a department or a constituency as often as of a body: "head of Communications".)
        if (n == 0 || t[i].is("MP") || t[i].is("MPs") || equalsLower(t[i].text, "head")) continue;
        if (i + n + 1 >= t.size() || !t[i + n].is("of") || t[i + n].sentence != t[i].sentence) continue;
        std::size_t first = i + n + 1;
        if (t[first].is("the")) ++first;
        // The capitalised run after "of", "&" inside it ("PG&E", "Marks & Spencer").
        std::size_t end = first;
        while (end < t.size() && end - first <= 5 && t[end].sentence == t[i].sentence) {
            const bool word =
                t[end].isWord() && t[end].capitalized && !isFunctionWord(t[end].text) && !isCalendarWord(t[end].text);
            const bool ampersand =
                t[end].is("&") && end > first && end + 1 < t.size() && t[end + 1].isWord() && t[end + 1].capitalized;
            if (!word && !ampersand) break;
            ++end;
        }
        if (end == first || end - first > 5) continue;
        // The run ends the title: punctuation, a lower-case word or the sentence's end comes next. A capitalised word
        // next makes it a longer name or puts the holder's name after it (the rule above).
        if (end < t.size() && t[end].sentence == t[i].sentence && t[end].isWord() && t[end].capitalized) continue;
        // (Nor a possessive, "founder of Jan Novak's firm", nor a name that goes on after its own "of", "on" or
        // "for": "Chairman of the Security Service of Ukraine" is the head-word rules'.)
        if (end < t.size() && (t[end].text.starts_with("'") || t[end].text.starts_with("\u2019") || t[end].is("of") ||
                               t[end].is("on") || t[end].is("for")))
            continue;
        // (A run of three words or more may end in the holder's name, one the gazetteer does not know: "chief
        // executive of Quorvane Energy Dravo Pellinen". It is a body only when it ends in a body's word.)
        const auto words = std::count_if(t.begin() + first, t.begin() + end, [](const Token& w) { return w.isWord(); });
        if (words >= 3 && !headAt(st, end - 1) && !endsBodyOrBuilding(t[end - 1].text) &&
            !lexicons::companySuffixes().contains(t[end - 1].text))
            continue;
        // (Nor a kind's nationality: "co-founder of the American rock band ...".)
        if (end - first == 1 && gz.countryOfDemonym(t[first].text)) continue;
        // (Nor a field of work, every word a portfolio's: "Director-General of Public Health", "Director of
        // Operations" head a division of their own body, not one named here.)
        if (std::all_of(t.begin() + first, t.begin() + end,
                        [](const Token& w) { return lexicons::portfolioWords().contains(w.text); }))
            continue;
        // (Nor a generic head alone, "Chairman of the Board", nor a run that ends in a holder's name the rule above
        // left: "Chairman of the Board Bill Campbell", "Managing Director of the IMF Kristalina Georgieva".)
        if ((end - first == 1 && headAt(st, first)) ||
            (end - first >= 2 && !t[end - 2].allCaps && gz.givenNameCount(t[end - 2].text) > 0))
            continue;
        const std::size_t begin = t[first].begin, stop = t[end - 1].end;
        // (Not a place, "CEO of Ostrava", nor a programme or a law.)
        if (st.claimed(begin, stop) || gz.place(st.slice(begin, stop)) ||
            lexicons::programmeWords().contains(t[end - 1].text) || lexicons::lawWords().contains(t[end - 1].text))
            continue;
        addAgencySpan(st, begin, stop, "agency.leader_title_of");
    }
}

}  // namespace bulletin::extract
