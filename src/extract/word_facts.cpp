#include "word_facts.hpp"

#include <string>
#include <vector>

#include "extraction_state.hpp"
#include "lexicon.hpp"
#include "tagger_features.hpp"

namespace bulletin::extract {

namespace {

std::string shapeOf(std::string_view w, bool firstUpper) {
    std::string out;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const auto c = static_cast<unsigned char>(w[i]);
        char s;
        if (c >= 'A' && c <= 'Z')
            s = 'X';
        else if (c >= 'a' && c <= 'z')
            s = 'x';
        else if (c >= '0' && c <= '9')
            s = 'd';
        else if (c >= 0xC0)
            s = (i == 0 && firstUpper) ? 'X' : 'x';  // the lead byte of a non-ASCII letter
        else if (c >= 0x80)
            continue;  // continuation bytes
        else
            s = static_cast<char>(c);
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

// Open addressing over 64-bit hashes of the word (and its capitalisation): one probe into a flat array is what a
// cache hit costs, where a node-based map walked a bucket list and compared strings (a quarter of the tagger's
// time). Two different words sharing a 64-bit hash would share facts; at this table's size the chance is ~1e-9.
class Cache final {
public:
    const WordFacts& get(std::string_view word, bool capitalised, const Gazetteer& gazetteer) {
        if (gazetteer_ != &gazetteer || used_ * 4 >= kSlots * 3) {
            keys_.assign(kSlots, 0);
            facts_.resize(kSlots);
            used_ = 0;
            gazetteer_ = &gazetteer;
        }
        std::uint64_t key = hashBytes(word, capitalised ? 0x9E3779B97F4A7C15ull : 14695981039346656037ull);
        key = key == 0 ? 1 : key;  // 0 marks an empty slot
        for (std::size_t slot = static_cast<std::size_t>(mixHash(key, 0)) & (kSlots - 1);;
             slot = (slot + 1) & (kSlots - 1)) {
            if (keys_[slot] == key) return facts_[slot];
            if (keys_[slot] == 0) {
                keys_[slot] = key;
                facts_[slot] = compute(word, capitalised, gazetteer);
                ++used_;
                return facts_[slot];
            }
        }
    }

private:
    static constexpr std::size_t kSlots = std::size_t{1} << 17;  // about 11 MB a thread
    const Gazetteer* gazetteer_ = nullptr;
    std::vector<std::uint64_t> keys_;
    std::vector<WordFacts> facts_;
    std::size_t used_ = 0;
};

}  // namespace

const WordFacts& wordFacts(std::string_view word, bool capitalised, const Gazetteer& gazetteer) {
    thread_local Cache cache;
    return cache.get(word, capitalised, gazetteer);
}

}  // namespace bulletin::extract
