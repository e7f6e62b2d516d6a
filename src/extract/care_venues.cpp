// "The injured were admitted to the Embilipitiya Base Hospital", "he died at Colombo National Hospital", "taken to
// UCI Medical Center": a hospital or clinic named as where someone was taken, treated or died is a venue, a place
// (the annotation's named buildings). Police and accident reports name them in nearly every release; no other rule
// reads them ("Hospital" is no venue word of its own, for "a nurse at Hoag Hospital" works for the hospital, and the
// head-word rule makes "Medical Center" a body).

#include <algorithm>
#include <array>
#include <string_view>

#include "agency_chain_checks.hpp"
#include "extraction_state.hpp"

namespace bulletin::extract {

namespace {

// The last word or two of a hospital's or clinic's name; how many words they are, 0 when none ends at token i.
std::size_t careHeadWords(const std::vector<Token>& t, std::size_t i) {
    if (t[i].is("Hospital") || t[i].is("Clinic") || t[i].is("Infirmary")) return 1;
    if (i == 0 || !(t[i].is("Center") || t[i].is("Centre"))) return 0;
    const auto& kind = t[i - 1];
    return kind.is("Medical") || kind.is("Trauma") || kind.is("Cancer") ? 2 : 0;
}

// Words that say what kind of hospital it is and name none ("the District Hospital", "a Base Hospital").
bool kindOfHospitalWord(std::string_view w) {
    static constexpr std::array<std::string_view, 19> kKinds{
        "Base",       "Teaching", "General", "District",  "Divisional", "Regional",   "National",
        "Provincial", "Medical",  "Mental",  "Community", "Military",   "Government", "Private",
        "Public",     "Trauma",   "Cancer",  "Field",     "Veterans"};
    return std::find(kKinds.begin(), kKinds.end(), w) != kKinds.end();
}

// Verbs after which "to" names where someone was brought: "admitted to", "rushed to", "airlifted to"; and the
// noun of a police report's "died on admission to".
bool broughtVerb(std::string_view w) {
    static constexpr std::array<std::string_view, 12> kBrought{"admitted",    "taken",   "rushed",    "transported",
                                                               "transferred", "brought", "airlifted", "referred",
                                                               "conveyed",    "flown",   "driven",    "admission"};
    return inLowerList(w, kBrought);
}

}  // namespace

void findCareVenues(ExtractionState& st) {
    const auto& t = st.tokens();
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (!t[i].isWord()) continue;
        const std::size_t head = careHeadWords(t, i);
        if (head == 0) continue;
        // (Not a word of a longer name: "Hospital Road", "Clinic Services".)
        if (i + 1 < t.size() && t[i + 1].capitalisedOrNumber() && t[i + 1].sentence == t[i].sentence) continue;
        // The name's own words before its head: capitalised words and possessives ("Lady Ridgeway Children’s
        // Hospital"), at most five, in the sentence.
        std::size_t first = i + 1 - head;
        while (first > 0 && i - first < 6 && t[first - 1].sentence == t[i].sentence &&
               ((t[first - 1].isWord() && t[first - 1].capitalized && !t[first - 1].is("The") &&
                 !isFunctionWord(t[first - 1].text)) ||
                (t[first - 1].kind == TokenKind::Possessive && first >= 2 && t[first - 2].capitalized)))
            --first;
        bool named = false;
        for (std::size_t k = first; k + head <= i && !named; ++k)
            named = t[k].isWord() && !kindOfHospitalWord(t[k].text);
        if (!named) continue;
        // Where someone was brought, treated or died, or something happened: "admitted to", "at", "in", "near" (not
        // "a nurse at", "doctors in": people who work there speak of the hospital as a body, which this rule leaves
        // to the others).
        std::size_t cue = first;
        if (cue == 0) continue;
        --cue;
        if (t[cue].is("the") && cue > 0) --cue;
        if (t[cue].sentence != t[i].sentence || !t[cue].isWord()) continue;
        bool where = false;
        if (t[cue].is("to")) {
            where = cue > 0 && t[cue - 1].isWord() && broughtVerb(t[cue - 1].text);
        } else if (t[cue].is("at") || t[cue].is("in") || t[cue].is("inside")) {
            where = !(cue > 0 && t[cue - 1].isWord() && worksAtNoun(t[cue - 1].text));
        } else {
            // ("arrested near the Nagoda Hospital", "a shooting outside the ... Hospital": where it happened.)
            where = inLowerList(t[cue].text,
                                std::array<std::string_view, 5>{"near", "outside", "opposite", "behind", "beside"});
        }
        if (!where) continue;
        // ("the Children’s Hospital of Orange County": the place it serves, after "of", is a word of its name; so are
        // those it serves after "for", "the Lady Ridgeway Hospital for Children".)
        std::size_t last = i;
        if (i + 2 < t.size() && (t[i + 1].is("of") || t[i + 1].is("for")) && t[i + 2].sentence == t[i].sentence &&
            t[i + 2].isWord() && t[i + 2].capitalized) {
            last = i + 2;
            while (last + 1 < t.size() && last < i + 5 && t[last + 1].sentence == t[i].sentence &&
                   t[last + 1].isWord() && t[last + 1].capitalized)
                ++last;
            // (Not a patient's name after "for": "treatment at Ng Teng Fong General Hospital for Zhong, Lei had".)
            if (t[i + 1].is("for") && st.gazetteer().isNameWord(t[last].text)) last = i;
        }
        const std::size_t begin = t[first].begin, end = t[last].end;
        if (st.claimed(begin, end)) continue;
        st.addMention(EntityType::Location, std::string(st.slice(begin, end)), begin, end, "place.venue");
    }
}

}  // namespace bulletin::extract
