#include "company_short_forms.hpp"

#include <string_view>
#include <unordered_set>

#include "name_repeats.hpp"

namespace bulletin::extract {

void findCompanyShortForms(ExtractionState& st, const std::vector<CompanyName>& companies) {
    const auto& t = st.tokens();
    // (At most kMostCompanies names, each once: a release names a few dozen companies at most, and a hostile text of
    // thousands sharing a first word would otherwise cost their product.)
    constexpr std::size_t kMostCompanies = 200;
    NameRepeats repeats(st);
    std::unordered_set<std::string_view> done;
    for (const CompanyName& c : companies) {
        // (One word alone is too often a word, a given name or a place: "Titan", "Irwin".)
        if (c.end < c.first + 2 || c.end > t.size()) continue;
        if (!done.insert(st.slice(t[c.first].begin, t[c.end - 1].end)).second) continue;
        if (done.size() > kMostCompanies) break;
        const std::size_t n = c.end - c.first;
        for (const std::size_t k : repeats.of(c.first, c.end))
            st.addMention(EntityType::Agency, c.name, t[k].begin, t[k + n - 1].end, "agency.company");
    }
}

}  // namespace bulletin::extract
