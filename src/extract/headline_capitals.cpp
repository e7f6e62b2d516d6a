// People named after their title in a headline set in capitals (see extraction_state.hpp:
// findTitledNamesInCapitalHeadline).

#include <array>
#include <string>
#include <vector>

#include "extraction_state.hpp"
#include "lexicon.hpp"
#include "person_titles.hpp"

namespace bulletin::extract {

namespace {

// Words after which a headline's name has ended ("... TONY RACKAUCKAS ON THE DEATH OF ...").
bool endsHeadlineName(std::string_view word) {
    static constexpr std::array<std::string_view, 18> kConnectors{
        "on", "of",    "in",   "for",     "to", "at",    "and",       "with",   "from",
        "as", "after", "over", "against", "by", "about", "regarding", "before", "during"};
    return inLowerList(word, kConnectors) || lexicons::headlineVerbs().contains(word);
}

}  // namespace

void findTitledNamesInCapitalHeadline(ExtractionState& st) {
    const auto& t = st.tokens();
    std::size_t end = 0, words = 0;
    bool capitals = true;
    for (; end < t.size() && st.inHeadline(t[end].begin); ++end) {
        if (!t[end].isWord()) continue;
        ++words;
        capitals = capitals && (t[end].allCaps || t[end].text.size() == 1);
    }
    if (!capitals || words < 4) return;
    const auto& gazetteer = st.gazetteer();
    for (std::size_t j = 0; j < end; ++j) {
        if (!t[j].isWord() || !gazetteer.mayStartTitle(t[j].text)) continue;
        std::vector<std::string_view> run;
        for (std::size_t k = j; k < end && run.size() < 6 && t[k].isWord(); ++k) run.push_back(t[k].text);
        const std::size_t n = gazetteer.titleLength(run);
        if (n == 0) continue;
        const std::size_t given = j + n, family = given + 1;
        j = given - 1;
        if (family >= end || !t[given].isWord() || !t[family].isWord() || !t[family].allCaps) continue;
        if (gazetteer.givenNameCount(t[given].text) < kSubjectGivenNameCount) continue;
        // The family name is no place, title or headline word ("GOVERNOR JOHN VISITS ...").
        if (gazetteer.place(t[family].text) || gazetteer.mayStartTitle(t[family].text) ||
            endsHeadlineName(t[family].text))
            continue;
        // And the name ends there: the headline ends, or punctuation or a connector follows.
        const std::size_t after = family + 1;
        if (after < end && t[after].isWord() && !endsHeadlineName(t[after].text)) continue;
        const std::string name = titleCasedCapitals(t[given].text) + " " + titleCasedCapitals(t[family].text);
        const std::size_t idx =
            st.addMention(EntityType::Person, name, t[given].begin, t[family].end, "person.headline_capitals");
        auto& e = st.entities()[idx];
        e.fromBody = true;  // (kept though the body may not name the person again)
        e.aliases.insert(std::string(st.slice(t[given].begin, t[family].end)));
        if (e.role.empty()) {
            for (std::size_t k = given - n; k < given; ++k) {
                if (!e.role.empty()) e.role += ' ';
                e.role += titleCasedCapitals(t[k].text);
            }
        }
        j = family;
    }
}

}  // namespace bulletin::extract
