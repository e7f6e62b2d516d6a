#pragma once
// The features the name tagger reads for one token, over the shared token layer: the word and its neighbours,
// word shapes, affixes, capitalisation and position, gazetteer and lexicon membership (given names, name words,
// places, known agencies, titles, organisation head words, nationality adjectives) and what the rule recognisers
// proposed there. Features are 64-bit hashes, so nothing is allocated per token.

#include <cstdint>
#include <vector>

#include "gazetteer.hpp"
#include "tag_labels.hpp"
#include "tokens.hpp"

namespace bulletin::extract {

// What one document gives the tagger: its tokens, where the headline ends, and the rules' proposals as tags.
struct TaggerInput final {
    const TokenizedText* text = nullptr;
    std::size_t bodyOffset = 0;  // bytes before this are the headline
    std::vector<Tag> ruleHints;  // one per token (Tag::O where no rule proposed anything)
};

class TaggerFeatures final {
public:
    TaggerFeatures(const TaggerInput& input, const Gazetteer& gazetteer);

    // Tokens the tagger labels: capitalised words and the connectors between them ("Ministry of Foreign Affairs");
    // every other token is outside any name.
    [[nodiscard]] const std::vector<bool>& zone() const { return zone_; }
    // A name never runs across a sentence or paragraph break: decoding starts afresh (previous tag O) here.
    [[nodiscard]] bool segmentStart(std::size_t i) const;
    // The features of token i given the two previous tags; `out` is cleared first.
    void features(std::size_t i, Tag previous, Tag beforePrevious, std::vector<std::uint64_t>& out) const;

private:
    struct TokenInfo final {
        std::uint64_t lower = 0, shape = 0, shortShape = 0, prefix3 = 0, suffix3 = 0, suffix2 = 0, suffix4 = 0;
        std::uint8_t flags = 0;       // capitalised, all caps, sentence start, paragraph start, headline, number
        std::uint16_t lexicon = 0;    // given-name frequency bucket, name word, title, honorific, head word, demonym
        std::uint8_t gazetteer = 0;   // B/I of a known place (by kind) or known agency spanning the token
        std::uint8_t afterTitle = 0;  // a title ends right before: 1 "President", 2 "President of Ukraine"
    };
    std::vector<TokenInfo> info_;
    std::vector<bool> zone_;
    const TaggerInput& input_;
};

// 64-bit FNV-1a over bytes; the tagger's feature hashing (stable across platforms: the model file depends on it).
[[nodiscard]] std::uint64_t hashBytes(std::string_view bytes, std::uint64_t seed = 14695981039346656037ull);
[[nodiscard]] std::uint64_t mixHash(std::uint64_t a, std::uint64_t b);

}  // namespace bulletin::extract
