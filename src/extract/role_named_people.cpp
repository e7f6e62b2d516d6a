// People named by one word and told by their role: "Murach, a Taliban leader, was killed", "Zubair was a Taliban
// leader who provided logistical support", "Wahdat was a senior commander". Military and police reports name
// insurgents, suspects and elders so; one word with no title before it gave neither the rules nor the tagger
// anything to go on. The role must be a person's (a leader, a commander, a member, a resident, ...), said with "a"
// or "an" right after the name and its comma, or after "was"/"is", within a few words.

#include <array>
#include <string_view>

#include "extraction_state.hpp"
#include "lexicon.hpp"
#include "person_titles.hpp"

namespace bulletin::extract {

namespace {

// Roles of people in the reports this reads, beside the nouns of ordinary appositions (lexicons::personNouns).
constexpr std::array<std::string_view, 14> kRoles{"leader",  "commander", "facilitator", "financier",   "operative",
                                                  "fighter", "militant",  "member",      "spokesman",   "elder",
                                                  "deputy",  "associate", "courier",     "subcommander"};

bool roleNoun(std::string_view word) {
    for (const auto role : kRoles)
        if (equalsLower(word, role)) return true;
    return lexicons::personNouns().contains(word);
}

// "a Taliban leader", "an insurgent cell leader", "a senior Haqqani commander": the article at `k` and a role noun
// within four words after it, in the sentence.
bool roleAfterArticle(const std::vector<Token>& t, std::size_t k) {
    if (k >= t.size() || !(t[k].is("a") || t[k].is("an"))) return false;
    for (std::size_t m = k + 1; m < t.size() && m <= k + 4 && t[m].sentence == t[k].sentence; ++m) {
        if (!t[m].isWord()) return false;
        if (roleNoun(t[m].text)) return true;
    }
    return false;
}

}  // namespace

void findRoleNamedPeople(ExtractionState& st) {
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        const Token& w = t[i];
        if (!personNameWord(st, w) || w.allCaps || st.inHeadline(w.begin) || st.claimed(w.begin, w.end)) continue;
        // One word standing alone: no capitalised word joined to it on either side (names of two or more words
        // are the other rules' and the tagger's).
        if (i > 0 && t[i - 1].isWord() && t[i - 1].capitalized && t[i - 1].sentence == w.sentence) continue;
        if (t[i + 1].isWord() && t[i + 1].capitalized) continue;
        // Not a place, a body, a calendar word or a word the tagger knows as an organisation's.
        if (gz.place(w.text) || gz.agencyByName(w.text) || gz.agencyByAcronym(w.text) || isCalendarWord(w.text) ||
            isOrganisationHead(w.text) || gz.countryOfDemonym(w.text))
            continue;
        // "Murach, a Taliban leader," / "Zubair was a Taliban leader who".
        const bool apposition = t[i + 1].isPunct(',') && roleAfterArticle(t, i + 2);
        const bool copula = (t[i + 1].is("was") || t[i + 1].is("is")) && roleAfterArticle(t, i + 2);
        // ("Ahmad Shah, was a Taliban leader": a comma before the verb, as a list of them writes it.)
        const bool commaCopula =
            t[i + 1].isPunct(',') && i + 3 < t.size() && t[i + 2].is("was") && roleAfterArticle(t, i + 3);
        if (!apposition && !copula && !commaCopula) continue;
        st.addMention(EntityType::Person, std::string(w.text), w.begin, w.end, "person.role_named");
    }
}

}  // namespace bulletin::extract
