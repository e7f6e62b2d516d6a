#include "company_short_forms.hpp"

#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace bulletin::extract {
namespace {

// Whether token k continues a capitalised run on one side of [first, end) in the same sentence (a sentence's first
// word before it is no part of a name: "Later, Velmar Systems said", "Velmar Systems said").
bool runGoesOn(const std::vector<Token>& t, std::size_t first, std::size_t end) {
    const auto nameLike = [](const Token& w) { return (w.isWord() && w.capitalized) || w.kind == TokenKind::Number; };
    if (end < t.size() && t[end].sentence == t[end - 1].sentence && nameLike(t[end])) return true;
    // ("the Center for COVID Control": the name's words after a connector of a longer one.)
    if (first >= 2 && t[first - 1].isWord() && !t[first - 1].capitalized && isConnector(t[first - 1].text) &&
        !t[first - 1].is("and") && t[first - 2].sentence == t[first].sentence && nameLike(t[first - 2]))
        return true;
    return first > 0 && t[first - 1].sentence == t[first].sentence && nameLike(t[first - 1]) &&
           !(t[first - 1].sentenceStart && equalsLower(t[first - 1].text, "the"));
}

}  // namespace

void findCompanyShortForms(ExtractionState& st, const std::vector<CompanyName>& companies) {
    const auto& t = st.tokens();
    // Where each word or number stands, built once: a company's name is looked for only where its first word is.
    // (At most kMostCompanies names, each once: a release names a few dozen companies at most, and a hostile text of
    // thousands sharing a first word would otherwise cost their product.)
    constexpr std::size_t kMostCompanies = 200;
    std::unordered_map<std::string_view, std::vector<std::size_t>> positions;
    std::unordered_set<std::string_view> done;
    for (const CompanyName& c : companies) {
        const std::size_t n = c.end - c.first;
        // (One word alone is too often a word, a given name or a place: "Titan", "Irwin".)
        if (n < 2 || c.end > t.size()) continue;
        const std::string_view base = st.slice(t[c.first].begin, t[c.end - 1].end);
        if (!done.insert(base).second) continue;
        if (done.size() > kMostCompanies) break;
        if (positions.empty())
            for (std::size_t k = 0; k < t.size(); ++k)
                if (t[k].isWord() || t[k].kind == TokenKind::Number) positions[t[k].text].push_back(k);
        const auto at = positions.find(t[c.first].text);
        if (at == positions.end()) continue;
        for (const std::size_t k : at->second) {
            if (k == c.first || k + n > t.size()) continue;
            if (t[k + n - 1].sentence != t[k].sentence || st.slice(t[k].begin, t[k + n - 1].end) != base) continue;
            if (runGoesOn(t, k, k + n) || st.claimed(t[k].begin, t[k + n - 1].end)) continue;
            st.addMention(EntityType::Agency, c.name, t[k].begin, t[k + n - 1].end, "agency.company");
        }
    }
}

}  // namespace bulletin::extract
