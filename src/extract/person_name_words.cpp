// The words of a person's name and what stands around it: which tokens may be a name's, where a name ends, the
// role an apposition gives. Shared by the person rules (person_rules.cpp and the finders beside it).
#include "person_name_words.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "lexicon.hpp"
#include "person_titles.hpp"

namespace bulletin::extract {

namespace {

// "W.M.D.S. Perera", "SSP K.B.M. Nihal Thalduwa", "J.R. Smith": initials written together before a capitalised
// name word (not "U.S.", "D.C.", a place's).
bool dottedInitials(const ExtractionState& st, const Token& t) {
    const std::string_view w = t.text;
    if (!initialsWrittenTogether(w)) return false;
    if (st.gazetteer().place(w) || st.gazetteer().place(w.substr(0, w.size() - 1)) ||
        inLowerList(w, std::array<std::string_view, 14>{"d.a.", "o.c.", "l.a.", "p.o.", "u.n.", "e.u.", "n.y.", "n.j.",
                                                        "p.m.", "a.m.", "s.b.", "a.b.", "h.r.", "s.f."}))
        return false;  // an office's, a city's, a bill's
    const auto& all = st.tokens();
    // (The name follows: a word of a body, a building or a title after the capitals is not one, "A.T. Institute".)
    const auto k = static_cast<std::size_t>(&t - all.data());
    return k + 1 < all.size() && all[k + 1].isWord() && all[k + 1].capitalized && !all[k + 1].allCaps &&
           all[k + 1].sentence == t.sentence && !st.gazetteer().place(all[k + 1].text) &&
           !isOrganisationHead(all[k + 1].text) && !lexicons::buildingWords().contains(all[k + 1].text) &&
           !st.gazetteer().mayStartTitle(all[k + 1].text);
}

// "el-Sisi", "al-Sudani", "bin-Zayed": a particle joined by a hyphen to a capitalised name.
bool hyphenatedParticleName(const Token& t) {
    if (!t.isWord() || t.capitalized) return false;
    const auto hyphen = t.text.find('-');
    return hyphen != std::string_view::npos && hyphen + 1 < t.text.size() && t.text[hyphen + 1] >= 'A' &&
           t.text[hyphen + 1] <= 'Z' && lexicons::nameParticles().contains(t.text.substr(0, hyphen));
}

// The end of one or two lower-case name particles from token j ("von der", "de la", "bin"); j when there are none.
std::size_t particlesEnd(const std::vector<Token>& t, std::size_t j) {
    std::size_t k = j;
    while (k < t.size() && k < j + 2 && t[k].isWord() && !t[k].capitalized &&
           lexicons::nameParticles().contains(t[k].text) && t[k].sentence == t[j].sentence)
        ++k;
    return k;
}

// Where a clause about the person begins inside an apposition without a comma: "who ...", "said ...", or a
// preposition with a possessive ("in his presentation showcased ...").
bool clauseStarts(const std::vector<Token>& t, std::size_t at) {
    if (!t[at].isWord()) return false;
    if (inLowerList(t[at].text, std::array<std::string_view, 8>{"who", "whose", "which", "said", "says", "stated",
                                                                "noted", "added"}))
        return true;
    return at + 1 < t.size() && t[at + 1].isWord() &&
           inLowerList(t[at].text, std::array<std::string_view, 4>{"in", "during", "at", "on"}) &&
           inLowerList(t[at + 1].text, std::array<std::string_view, 4>{"his", "her", "their", "its"});
}

}  // namespace

// A token that can be part of a person's name.
bool nameToken(const ExtractionState& st, const Token& t) {
    if (!t.isWord() || !t.capitalized) return false;
    if (dottedInitials(st, t)) return true;
    if (t.allCaps && t.text.size() > 1) return false;  // acronyms, shouted headlines
    return st.tokenFlag(t, [&] {
        if (isOrganisationHead(t.text) || isFunctionWord(t.text) || isCalendarWord(t.text)) return false;
        if (st.gazetteer().isTitle(t.text) && t.text.size() > 1) return false;
        if (lexicons::postNominals().contains(t.text)) return false;  // "Anura Perera PhD"
        // "Co-defendant Maria Velmar, 22,": a party's role opening the sentence is no word of the name.
        if (inLowerList(t.text, std::array<std::string_view, 6>{"defendant", "co-defendant", "codefendant", "victim",
                                                                "suspect", "accomplice"}))
            return false;
        const auto* place = st.gazetteer().place(t.text);
        if (!(place && place->kind != PlaceKind::City && !place->weak)) return true;
        // A region or country that is also a common given name may start a name ("Vladimir Putin", "Georgia
        // Smith"): as the first of capitalised words followed by another ("South Asia" is no name).
        const long given = st.gazetteer().givenNameCount(t.text);
        if (given < (place->kind == PlaceKind::Country ? 100000 : 1000)) return false;
        const auto& all = st.tokens();
        const auto k = static_cast<std::size_t>(&t - all.data());
        // (After a title or a body's name it is the first of the name: "Governor Vladimir Petrov", "Mr Georgia
        // Smith", "Chairman of Kovaldo Bank Vladimir Gusev". The person rules ask after the bodies are found, so
        // the answer kept for the token stands.)
        const bool afterCue = k > 0 && all[k - 1].isWord() && all[k - 1].capitalized && !t.sentenceStart &&
                              (st.gazetteer().isTitle(all[k - 1].text) || isHonorific(all[k - 1].text) ||
                               st.claimed(all[k - 1].begin, all[k - 1].end));
        const bool first = k == 0 || !all[k - 1].isWord() || !all[k - 1].capitalized || t.sentenceStart || afterCue;
        // (By a word that is no place of note, "Vladimir Petrov" though a Czech village is called Petrov; after such
        // a cue by any word but a country's or a region's name, "Vladimir Gusev" though Gusev is a Russian town.)
        const auto* next = k + 1 < all.size() ? st.gazetteer().place(all[k + 1].text) : nullptr;
        const bool minorPlace =
            next && (next->weak || (next->kind == PlaceKind::City && (afterCue || next->population < 20000)));
        const bool followed = k + 1 < all.size() && all[k + 1].isWord() && all[k + 1].capitalized &&
                              !all[k + 1].allCaps && all[k + 1].sentence == t.sentence && (!next || minorPlace);
        return first && followed;
    });
}

// Name tokens from i: capitalised words, initials ("F."), particles ("bin", "al-"); the end token index (exclusive).
std::size_t nameEnd(const ExtractionState& st, const std::vector<Token>& t, std::size_t i, std::size_t maxWords) {
    std::size_t j = i, words = 0;
    while (j < t.size() && words < maxWords && t[j].sentence == t[i].sentence) {
        if (nameToken(st, t[j])) {
            ++words;
            ++j;
            // An initial: "F." (a single capital letter followed by its period), and more after it ("W. A.
            // Chulananda Perera": "A" is an initial there, not the article).
            while (t[j - 1].text.size() == 1 && j < t.size() && t[j].isPunct('.') && j + 1 < t.size() &&
                   t[j + 1].sentence == t[i].sentence) {
                const Token& n = t[j + 1];
                const bool initial = n.isWord() && n.text.size() == 1 && n.capitalized && j + 2 < t.size() &&
                                     t[j + 2].isPunct('.') && j + 3 < t.size() && nameToken(st, t[j + 3]);
                if (!initial && !nameToken(st, n)) break;
                ++j;
                if (!initial) break;
                ++words;
                ++j;  // the next initial; its period in the next round
            }
        } else if (const std::size_t after = particlesEnd(t, j);
                   words > 0 && after > j && after < t.size() && nameToken(st, t[after])) {
            j = after;                                           // "Ursula von der Leyen", "Ahmed bin Ali"
        } else if (words > 0 && hyphenatedParticleName(t[j])) {  // "Abdel Fattah el-Sisi"
            ++words;
            ++j;
        } else if (words > 0 && (t[j].is("II") || t[j].is("III") || t[j].is("IV")) &&
                   st.gazetteer().givenNameCount(t[j - 1].text) >= 100) {  // "King Abdullah II", not "Sub-Programme IV"
            ++j;
            break;
        } else if (words >= 2 && t[j].isPunct(',') && j + 1 < t.size() && (t[j + 1].is("Jr") || t[j + 1].is("Sr")) &&
                   t[j + 1].sentence == t[i].sentence) {
            // "Roger W. Ferguson, Jr.": the generation belongs to the name (its period is the abbreviation's, left
            // out as the tagger's reading leaves it).
            j += 2;
            break;
        } else {
            break;
        }
    }
    return words == 0 ? i : j;
}

// A capital, then lower-case letters only (ASCII), `minLength` letters or more.
static bool capitalThenLowerCase(std::string_view w, std::size_t minLength) {
    if (w.size() < minLength || w[0] < 'A' || w[0] > 'Z') return false;
    return std::all_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool unlistedSurnameShape(std::string_view w) {
    if (!capitalThenLowerCase(w, 4)) return false;
    for (const auto& ending : lexicons::commonWordEndings().entries())
        if (w.ends_with(ending)) return false;
    return true;
}

bool surnameEndingShape(std::string_view w) {
    if (!capitalThenLowerCase(w, 5)) return false;
    for (const auto& ending : lexicons::surnameEndings().entries())
        if (w.ends_with(ending)) return true;
    return false;
}

bool hyphenatedNameShape(std::string_view w) {
    if (w.empty() || w[0] < 'A' || w[0] > 'Z') return false;
    std::size_t parts = 1, partLength = 0;
    for (std::size_t k = 0; k < w.size(); ++k) {
        const char c = w[k];
        if (c == '-') {
            if (partLength < 2) return false;
            ++parts;
            partLength = 0;
        } else if ((c >= 'a' && c <= 'z') || (partLength == 0 && c >= 'A' && c <= 'Z')) {
            ++partLength;
        } else {
            return false;
        }
    }
    return parts >= 2 && parts <= 3 && partLength >= 2;
}

bool koreanGivenNameShape(std::string_view w) {
    return hyphenatedNameShape(w) && w.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1) == std::string_view::npos;
}

std::size_t afterBracketedAge(const std::vector<Token>& t, std::size_t open) {
    if (open + 2 >= t.size() || !t[open].isPunct('(') || t[open + 1].kind != TokenKind::Number ||
        t[open + 1].text.size() != 2 || t[open + 1].text[0] == '0')
        return open;
    if (t[open + 2].isPunct(')')) return open + 3;
    if (open + 3 < t.size() && t[open + 3].isPunct(')') &&
        (t[open + 2].is("years") || t[open + 2].is("yrs") || t[open + 2].is("yr")))
        return open + 4;
    return open;
}

std::string cleanName(std::string_view s) {
    std::string out(s);
    while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
    return out;
}

// A people's or a union's adjective before a title, part of the role: "the Dutch Foreign Minister", "the European
// Commissioner for Climate Action".
bool roleAdjective(const ExtractionState& st, const Token& w) {
    return w.isWord() && w.capitalized &&
           (st.gazetteer().countryOfDemonym(w.text) ||
            inLowerList(w.text, std::array<std::string_view, 6>{"european", "african", "asian", "arab", "federal",
                                                                "provincial"}));
}

// ", the director general of the National Crime Agency (NCA) in the United Kingdom," -> role text.
std::string appositionRole(const ExtractionState& st, const std::vector<Token>& t, std::size_t comma) {
    std::size_t k = comma + 1;
    // ("Mahinda Rajapaksa, the former President": a modifier of the title is no part of it.)
    while (k < t.size() && t[k].isWord() &&
           inLowerList(t[k].text, std::array<std::string_view, 9>{"the", "a", "an", "former", "then", "current",
                                                                  "incoming", "outgoing", "newly"}))
        ++k;
    // ("Wopke Hoekstra, the European Commissioner for Climate Action", "the Dutch Foreign Minister": a people's or
    // a union's adjective before the title is part of the role.)
    const std::size_t roleStart = k;
    for (std::size_t skipped = 0;
         skipped < 2 && k + 1 < t.size() && !st.gazetteer().mayStartTitle(t[k].text) && roleAdjective(st, t[k]);
         ++skipped)
        ++k;
    std::vector<std::string_view> words;
    for (std::size_t m = k; m < t.size() && words.size() < 5 && t[m].isWord(); ++m) words.push_back(t[m].text);
    if (words.empty() || st.gazetteer().titleLength(words) == 0) return {};
    k = roleStart;
    if (isHonorific(words[0])) return {};  // ", Dr Aaron Motsoaledi": another name, not a role
    std::size_t e = k;
    while (e < t.size() && t[e].sentence == t[comma].sentence && !t[e].isPunct(',') && !t[e].isPunct(';') &&
           !(t[e].isPunct('.') && e + 1 < t.size() && t[e + 1].sentenceStart) && !clauseStarts(t, e))
        ++e;
    if (e == k) return {};
    return std::string(st.slice(t[k].begin, t[e - 1].end));
}

}  // namespace bulletin::extract
