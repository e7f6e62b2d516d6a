#include "name_repeats.hpp"

namespace bulletin::extract {
namespace {

// Whether the capitalised run goes on past [first, end) in its sentence (a sentence's first "The" before it is no part
// of a name: "Later, Velmar Systems said", "The Velmar Systems team").
bool runGoesOn(const std::vector<Token>& t, std::size_t first, std::size_t end) {
    if (end < t.size() && t[end].sentence == t[end - 1].sentence && t[end].capitalisedOrNumber()) return true;
    // ("the Center for COVID Control": the name's words after a connector of a longer one.)
    if (first >= 2 && t[first - 1].isWord() && !t[first - 1].capitalized && isConnector(t[first - 1].text) &&
        !t[first - 1].is("and") && t[first - 2].sentence == t[first].sentence && t[first - 2].capitalisedOrNumber())
        return true;
    return first > 0 && t[first - 1].sentence == t[first].sentence && t[first - 1].capitalisedOrNumber() &&
           !(t[first - 1].sentenceStart && equalsLower(t[first - 1].text, "the"));
}

}  // namespace

std::vector<std::size_t> NameRepeats::of(std::size_t first, std::size_t end,
                                         const std::function<bool(std::size_t, std::size_t)>& yields) {
    const auto& t = st_.tokens();
    std::vector<std::size_t> out;
    if (first >= end || end > t.size()) return out;
    // Where the first word stands, found by one scan per first word asked about: a release asks of a few names,
    // and comparing each token to one word is far cheaper than hashing every token into an index.
    const std::string_view word = t[first].text;
    auto at = positions_.find(word);
    if (at == positions_.end()) {
        std::vector<std::size_t> where;
        for (std::size_t k = 0; k < t.size(); ++k)
            if (t[k].text == word) where.push_back(k);
        at = positions_.emplace(word, std::move(where)).first;
    }
    const std::size_t n = end - first;
    const std::string_view name = st_.slice(t[first].begin, t[end - 1].end);
    for (const std::size_t k : at->second) {
        if (k == first || k + n > t.size()) continue;
        if (t[k + n - 1].sentence != t[k].sentence || st_.slice(t[k].begin, t[k + n - 1].end) != name) continue;
        if (runGoesOn(t, k, k + n)) continue;
        if (st_.claimed(t[k].begin, t[k + n - 1].end) && !(yields && yields(t[k].begin, t[k + n - 1].end))) continue;
        out.push_back(k);
    }
    return out;
}

}  // namespace bulletin::extract
