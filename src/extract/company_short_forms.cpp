#include "company_short_forms.hpp"

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
    for (const CompanyName& c : companies) {
        const std::size_t n = c.end - c.first;
        // (One word alone is too often a word, a given name or a place: "Titan", "Irwin".)
        if (n < 2 || c.end > t.size()) continue;
        const std::string_view base = st.slice(t[c.first].begin, t[c.end - 1].end);
        for (std::size_t k = 0; k + n <= t.size(); ++k) {
            if (t[k].text != t[c.first].text || k == c.first) continue;
            if (t[k + n - 1].sentence != t[k].sentence || st.slice(t[k].begin, t[k + n - 1].end) != base) continue;
            if (runGoesOn(t, k, k + n) || st.claimed(t[k].begin, t[k + n - 1].end)) continue;
            st.addMention(EntityType::Agency, c.name, t[k].begin, t[k + n - 1].end, "agency.company");
        }
    }
}

}  // namespace bulletin::extract
