#include "company_short_forms.hpp"

#include <string_view>
#include <unordered_set>

#include "name_repeats.hpp"
#include "tokens.hpp"

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
    // "Costa Velmar Pte Ltd (“Costa”) ... with AES, Costa and PT TAS": the short name the release gives a firm in
    // quotes right after its name stands for it wherever it stands again, one word though it is (one in capitals
    // is an acronym, which the acronym rules define).
    std::unordered_set<std::string_view> shortNames;
    for (const CompanyName& c : companies) {
        if (c.end > t.size() || shortNames.size() > kMostCompanies) break;
        // (Past a country in brackets and the legal form: "Dymon Asia Capital (Singapore) Pte Ltd (“Dymon”)".)
        for (std::size_t p = c.end; p < t.size() && p < c.end + 8 && t[p].sentence == t[c.first].sentence; ++p) {
            if (!t[p].isPunct('(') || p + 1 >= t.size() || !isDoubleQuote(t[p + 1].text)) continue;
            // (Of up to three words, "(“EZ Aviation”)", the first not an acronym alone.)
            const std::size_t close = quotedNameEnd(t, p, 3);
            const std::size_t words = close > 0 ? close - (p + 2) : 0;
            if (words > 0 && !(words == 1 && t[p + 2].allCaps) &&
                shortNames.insert(st.slice(t[p + 2].begin, t[close - 1].end)).second)
                for (const std::size_t k : repeats.of(p + 2, close))
                    if (k > p + 2)
                        st.addMention(EntityType::Agency, c.name, t[k].begin, t[k + words - 1].end, "agency.company");
            break;
        }
    }
}

}  // namespace bulletin::extract
