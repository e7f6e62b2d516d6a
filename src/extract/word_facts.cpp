#include "word_facts.hpp"

#include <string>
#include <unordered_map>

#include "extraction_state.hpp"
#include "lexicon.hpp"
#include "tagger_features.hpp"

namespace bulletin::extract {

namespace {

// Bounded: a hostile corpus of random words must not grow it without end (about 150 bytes an entry).
constexpr std::size_t kMaxCachedWords = 200000;

std::string shapeOf(std::string_view w, bool firstUpper) {
    std::string out;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const auto c = static_cast<unsigned char>(w[i]);
        char s;
        if (c >= 'A' && c <= 'Z') s = 'X';
        else if (c >= 'a' && c <= 'z') s = 'x';
        else if (c >= '0' && c <= '9') s = 'd';
        else if (c >= 0xC0) s = (i == 0 && firstUpper) ? 'X' : 'x';  // the lead byte of a non-ASCII letter
        else if (c >= 0x80) continue;                                // continuation bytes
        else s = static_cast<char>(c);
        // Runs longer than four are cut: "Xxxxxxxxx" and "Xxxxx" share a shape.
        if (out.size() >= 4 && out[out.size() - 1] == s && out[out.size() - 2] == s && out[out.size() - 3] == s &&
            out[out.size() - 4] == s)
            continue;
        out += s;
    }
    return out;
}

std::string shortShapeOf(const std::string& shape) {
    std::string out;
    for (char c : shape)
        if (out.empty() || out.back() != c) out += c;
    return out;
}

// The first `n` or last `n` characters (UTF-8 aware at the edges: a cut never splits a character).
std::string_view prefix(std::string_view w, std::size_t n) {
    std::size_t i = 0, chars = 0;
    while (i < w.size() && chars < n) {
        ++i;
        while (i < w.size() && (static_cast<unsigned char>(w[i]) & 0xC0) == 0x80) ++i;
        ++chars;
    }
    return w.substr(0, i);
}
std::string_view suffix(std::string_view w, std::size_t n) {
    std::size_t i = w.size(), chars = 0;
    while (i > 0 && chars < n) {
        --i;
        while (i > 0 && (static_cast<unsigned char>(w[i]) & 0xC0) == 0x80) --i;
        ++chars;
    }
    return w.substr(i);
}

WordFacts compute(std::string_view word, bool capitalised, const Gazetteer& gz) {
    WordFacts f;
    std::string low(word);
    for (char& c : low)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    f.lower = hashBytes(low);
    const std::string shape = shapeOf(word, capitalised);
    f.shape = hashBytes(shape);
    f.shortShape = hashBytes(shortShapeOf(shape));
    f.prefix3 = hashBytes(prefix(low, 3));
    f.suffix2 = hashBytes(suffix(low, 2));
    f.suffix3 = hashBytes(suffix(low, 3));
    f.suffix4 = hashBytes(suffix(low, 4));
    f.givenNameCount = gz.givenNameCount(word);
    f.placeWords = static_cast<std::uint8_t>(std::min<std::size_t>(255, gz.placeWordsFrom(word)));
    f.agencyTokens = static_cast<std::uint8_t>(std::min<std::size_t>(255, gz.agencyTokensFrom(word)));
    f.nameWord = gz.isNameWord(word);
    f.mayStartTitle = gz.mayStartTitle(word);
    f.honorific = lexicons::honorifics().contains(word);
    f.eastAsianSurname = lexicons::eastAsianSurnames().contains(word);
    f.organisationHead = isOrganisationHead(word);
    f.demonym = gz.countryOfDemonym(word).has_value();
    f.functionWord = isFunctionWord(word);
    f.runConnector = isConnector(word) || lexicons::nameParticles().contains(word);
    return f;
}

struct Cache final {
    const Gazetteer* gazetteer = nullptr;
    std::unordered_map<std::string, WordFacts> facts;
    std::string key;
};

}  // namespace

const WordFacts& wordFacts(std::string_view word, bool capitalised, const Gazetteer& gazetteer) {
    thread_local Cache cache;
    if (cache.gazetteer != &gazetteer || cache.facts.size() >= kMaxCachedWords) {
        cache.facts.clear();
        cache.gazetteer = &gazetteer;
    }
    cache.key.assign(1, capitalised ? '\x01' : '\x00');
    cache.key.append(word);
    if (auto it = cache.facts.find(cache.key); it != cache.facts.end()) return it->second;
    return cache.facts.emplace(cache.key, compute(word, capitalised, gazetteer)).first->second;
}

}  // namespace bulletin::extract
