#include "light_stemmer.hpp"

#include <array>

namespace bulletin::search {

namespace {
constexpr std::size_t kMinStem = 4;

bool asciiLetters(std::string_view w) {
    for (char c : w)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    return true;
}
}  // namespace

std::string lightStem(std::string_view word) {
    std::string w(word);
    if (w.size() <= kMinStem || !asciiLetters(w)) return w;
    for (char& c : w) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    // Longest endings first; the first that leaves a stem of four letters or more is removed.
    static constexpr std::array<std::string_view, 17> kEndings{
        "ments", "ment", "ings", "ing", "ions", "ion", "ists", "ist", "ism", "ers", "er", "ies", "ied", "es", "ed", "ly", "s"};
    for (const auto ending : kEndings) {
        if (w.size() >= ending.size() + kMinStem && w.compare(w.size() - ending.size(), ending.size(), ending) == 0) {
            w.resize(w.size() - ending.size());
            break;
        }
    }
    // A final silent e goes too: investigate, investigation -> investigat.
    if (w.size() > kMinStem && w.back() == 'e') w.pop_back();
    return w;
}

}  // namespace bulletin::search
