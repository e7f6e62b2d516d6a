#include "tagger_features.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "core/text.hpp"
#include "extraction_state.hpp"
#include "lexicon.hpp"
#include "word_facts.hpp"

namespace bulletin::extract {

std::uint64_t hashBytes(std::string_view bytes, std::uint64_t seed) {
    std::uint64_t h = seed;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

std::uint64_t mixHash(std::uint64_t a, std::uint64_t b) {
    // Combine as boost's hash_combine does, then spread the bits with the project's 64-bit finaliser.
    return text::mix64(a * 0x9E3779B97F4A7C15ull ^ (b + 0x632BE59BD9B4E019ull + (a << 6) + (a >> 2)));
}

namespace {

enum Template : std::uint64_t {
    kBias = 1,
    kWord,
    kWordPrev,
    kWordNext,
    kWordPrev2,
    kWordNext2,
    kShape,
    kShapePrev,
    kShapeNext,
    kShortShape,
    kPrefix3,
    kSuffix2,
    kSuffix3,
    kSuffix4,
    kFlags,
    kFlagsPrev,
    kFlagsNext,
    kLexicon,
    kLexiconPrev,
    kLexiconNext,
    kLexiconNext2,
    kGazetteer,
    kGazetteerPrev,
    kGazetteerNext,
    kRuleHint,
    kRuleHintPrev,
    kRuleHintNext,
    kPrevTag,
    kPrevTags,
    kPrevTagWord,
    kPrevTagShape,
    kPrevTagLexicon,
    kWordBigramPrev,
    kWordBigramNext,
    kPunctNext,
    kPunctPrev,
    kShapeTrigram,
    kRuleHintWord,
    kGazetteerRuleHint,
    kHeadNextWithin3,
    kAfterTitle,
    kAfterTitleShape
};

constexpr std::uint8_t kCapitalised = 1, kAllCaps = 2, kSentenceStart = 4, kParagraphStart = 8, kHeadline = 16,
                       kNumber = 32, kInitial = 64;
constexpr std::uint16_t kTitle = 4, kHonorific = 8, kHead = 16, kDemonym = 32, kFunction = 64, kNameWord = 128,
                        kFamilyName = 256;

// Lower-case words a capitalised run takes in: the connectors of names ("Court of Appeals for the Fifth Circuit")
// and the particles of people's names ("Ursula von der Leyen", "Mohamed bin Salman").
bool runConnector(std::string_view w) {
    return isConnector(w) || lexicons::nameParticles().contains(w);
}

std::uint8_t placeCode(const KnownPlace& p) {
    if (p.kind == PlaceKind::Country) return 1;
    if (p.kind == PlaceKind::Region) return p.weak ? 5 : 3;
    return p.population >= 100000 ? 7 : 9;
}

}  // namespace

TaggerFeatures::TaggerFeatures(const TaggerInput& input, const Gazetteer& gz) : input_(input) {
    const auto& t = input.text->tokens;
    const auto& s = input.text->text;
    info_.resize(t.size());
    zone_.assign(t.size(), false);
    // Only tokens near a capitalised word are ever read (the zone and its two neighbours either side, the
    // connectors it takes in): the others are not described at all, which is most of a release's words.
    constexpr std::size_t kReach = 5;
    std::vector<bool> needed(t.size(), false);
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].isWord() || !(t[i].capitalized || t[i].allCaps)) continue;
        for (std::size_t k = i >= kReach ? i - kReach : 0; k < t.size() && k <= i + kReach; ++k) needed[k] = true;
    }
    std::vector<std::size_t> titleEnds;  // the token after each title phrase
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!needed[i]) continue;
        const Token& tok = t[i];
        auto& in = info_[i];
        const WordFacts& f = wordFacts(tok.text, tok.capitalized, gz);
        in.lower = f.lower;
        in.shape = f.shape;
        in.shortShape = f.shortShape;
        in.prefix3 = f.prefix3;
        in.suffix2 = f.suffix2;
        in.suffix3 = f.suffix3;
        in.suffix4 = f.suffix4;
        if (tok.capitalized) in.flags |= kCapitalised;
        if (tok.allCaps) in.flags |= kAllCaps;
        if (tok.sentenceStart) in.flags |= kSentenceStart;
        if (tok.paragraphStart) in.flags |= kParagraphStart;
        if (tok.begin < input.bodyOffset) in.flags |= kHeadline;
        if (tok.kind == TokenKind::Number) in.flags |= kNumber;
        if (tok.isWord() && tok.text.size() == 1 && tok.capitalized && i + 1 < t.size() && t[i + 1].isPunct('.'))
            in.flags |= kInitial;
        zone_[i] = tok.isWord() && (tok.capitalized || tok.allCaps);
        if (!tok.isWord()) continue;
        const long given = tok.capitalized ? f.givenNameCount : -1;
        in.lexicon |= given < 0 ? 0 : given >= 100000 ? 3 : given >= 1000 ? 2 : 1;
        if (tok.capitalized && f.nameWord) in.lexicon |= kNameWord;
        if (tok.capitalized && f.mayStartTitle) {
            std::vector<std::string_view> words;
            for (std::size_t k = i; k < t.size() && words.size() < 5 && t[k].isWord(); ++k) words.push_back(t[k].text);
            if (const std::size_t n = gz.titleLength(words); n > 0) {
                in.lexicon |= kTitle;
                titleEnds.push_back(i + n);
            }
        }
        if (f.honorific) in.lexicon |= kHonorific;
        if (tok.capitalized && f.eastAsianSurname) in.lexicon |= kFamilyName;
        if (f.organisationHead) in.lexicon |= kHead;
        if (tok.capitalized && f.demonym) in.lexicon |= kDemonym;
        if (f.functionWord) in.lexicon |= kFunction;
    }
    // "Arnold & Porter", "Contributing 2 Combatants", "Ravindran S/O Muthusamy": an ampersand, a number or a
    // slash between single letters inside a capitalised run.
    for (std::size_t i = 1; i + 1 < t.size(); ++i) {
        if (zone_[i] || !zone_[i - 1] || !zone_[i + 1] || t[i].sentence != t[i + 1].sentence) continue;
        const bool amp = t[i].is("&");
        const bool number = t[i].kind == TokenKind::Number && t[i].text.size() <= 2;
        const bool slash = t[i].is("/") && t[i - 1].text.size() == 1 && t[i + 1].text.size() == 1;
        if (amp || number || slash) zone_[i] = true;
    }
    // The period of an initial or an honorific inside a name ("Collie F. Brown", "Mr. Kapinos").
    for (std::size_t i = 1; i + 1 < t.size(); ++i) {
        if (!t[i].isPunct('.') || !zone_[i - 1] || !zone_[i + 1] || t[i - 1].end != t[i].begin) continue;
        if ((info_[i - 1].flags & kInitial) || (info_[i - 1].lexicon & kHonorific)) zone_[i] = true;
    }
    // Connectors inside a capitalised run ("Court of Appeals for the Fifth Circuit").
    for (std::size_t i = 1; i + 1 < t.size(); ++i) {
        if (zone_[i] || !t[i].isWord() || t[i].capitalized || !runConnector(t[i].text) || !zone_[i - 1]) continue;
        std::size_t k = i + 1;
        while (k < t.size() && k < i + 3 && t[k].isWord() && !t[k].capitalized && runConnector(t[k].text)) ++k;
        if (k < t.size() && zone_[k] && t[k].sentence == t[i].sentence)
            for (std::size_t m = i; m < k; ++m) zone_[m] = true;
    }
    // Known places and agencies: the longest match starting at each capitalised token, as B/I codes.
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].isWord() || !t[i].capitalized) continue;
        // Tokens, not words: a place's name may hold punctuation ("Washington, D.C."), as in findPlaces.
        const WordFacts& facts = wordFacts(t[i].text, t[i].capitalized, gz);
        const std::size_t placeWords = facts.placeWords;
        const std::size_t placeTokens = placeWords > 1 ? 2 * placeWords : placeWords;
        const std::size_t agencyTokens = facts.agencyTokens;
        if (!placeTokens && !agencyTokens) continue;
        // Known names are capitalised words and connectors within a sentence: a span reaching past the first other
        // word cannot be one, and is not looked up (the lists are large; each lookup is a cache miss).
        std::size_t reach = 0;
        const std::size_t most = std::min(std::max(placeTokens, agencyTokens), t.size() - i);
        while (reach < most) {
            const Token& x = t[i + reach];
            if (x.sentence != t[i].sentence || (x.isWord() && !x.capitalized && !x.allCaps && !runConnector(x.text)))
                break;
            ++reach;
        }
        for (std::size_t n = reach; n > 0; --n) {
            const std::size_t last = i + n - 1;
            if (!t[last].isWord()) continue;
            const auto span = s.substr(t[i].begin, t[last].end - t[i].begin);
            std::uint8_t code = 0;
            if (n <= placeTokens)
                if (const auto* p = gz.placeFromKnownStart(span)) code = placeCode(*p);
            if (!code && n <= agencyTokens && gz.agencyByNameFromKnownStart(span)) code = 11;
            if (!code) continue;
            for (std::size_t k = i; k <= last; ++k)
                if (info_[k].gazetteer == 0) info_[k].gazetteer = static_cast<std::uint8_t>(k == i ? code : code + 1);
            break;
        }
    }
    // The period inside a known name ("St. Paul", "Washington, D.C."): the gazetteer's span takes it in.
    for (std::size_t i = 1; i + 1 < t.size(); ++i)
        if (!zone_[i] && t[i].isPunct('.') && zone_[i - 1] && zone_[i + 1] && info_[i].gazetteer != 0 &&
            info_[i + 1].gazetteer != 0 && t[i].sentence == t[i + 1].sentence)
            zone_[i] = true;
    // A name after a title ("President Macron") or after what a title is of ("President of Ukraine Volodymyr
    // Zelenskyy", "Minister of Economy Yulia Svyrydenko"): the title's last word is no cue by itself.
    for (const std::size_t after : titleEnds) {
        if (after >= t.size()) continue;
        if (info_[after].afterTitle == 0) info_[after].afterTitle = 1;
        std::size_t k = after;
        if (!t[k].is("of")) continue;
        ++k;
        if (k < t.size() && t[k].is("the")) ++k;
        std::size_t words = 0;
        while (k < t.size() && words < 4 && t[k].isWord() && t[k].capitalized && t[k].sentence == t[after].sentence) {
            ++k;
            ++words;
            if (info_[k - 1].gazetteer != 0 && k < t.size() && info_[k].gazetteer == 0)
                break;  // a known place ends here
        }
        if (words > 0 && words < 4 && k < t.size() && t[k].sentence == t[after].sentence) info_[k].afterTitle = 2;
    }
}

bool TaggerFeatures::segmentStart(std::size_t i) const {
    const auto& t = input_.text->tokens;
    return i == 0 || t[i].paragraphStart || t[i].sentence != t[i - 1].sentence;
}

void TaggerFeatures::features(std::size_t i, Tag previous, Tag beforePrevious, std::vector<std::uint64_t>& out) const {
    out.clear();
    const auto& t = input_.text->tokens;
    const std::size_t n = t.size();
    static const TokenInfo kEdge{hashBytes("<edge>"), hashBytes("<edge>"), hashBytes("<edge>"), 0, 0, 0, 0, 0, 0, 0, 0};
    auto at = [&](std::ptrdiff_t k) -> const TokenInfo& {
        return k < 0 || static_cast<std::size_t>(k) >= n ? kEdge : info_[static_cast<std::size_t>(k)];
    };
    const auto ii = static_cast<std::ptrdiff_t>(i);
    const TokenInfo& cur = info_[i];
    const TokenInfo& prev = at(ii - 1);
    const TokenInfo& next = at(ii + 1);
    auto add = [&](Template tpl, std::uint64_t value) { out.push_back(mixHash(tpl, value)); };
    auto hint = [&](std::ptrdiff_t k) -> std::uint64_t {
        return k < 0 || static_cast<std::size_t>(k) >= n
                   ? 99
                   : static_cast<std::uint64_t>(input_.ruleHints[static_cast<std::size_t>(k)]);
    };
    auto punct = [&](std::ptrdiff_t k) -> std::uint64_t {
        if (k < 0 || static_cast<std::size_t>(k) >= n) return 1;
        const Token& x = t[static_cast<std::size_t>(k)];
        return x.isWord() || x.kind == TokenKind::Number ? 2 : hashBytes(x.text);
    };
    const auto p = static_cast<std::uint64_t>(previous), pp = static_cast<std::uint64_t>(beforePrevious);

    add(kBias, 0);
    add(kWord, cur.lower);
    add(kWordPrev, prev.lower);
    add(kWordNext, next.lower);
    add(kWordPrev2, at(ii - 2).lower);
    add(kWordNext2, at(ii + 2).lower);
    add(kShape, cur.shape);
    add(kShapePrev, prev.shortShape);
    add(kShapeNext, next.shortShape);
    add(kShortShape, cur.shortShape);
    add(kShapeTrigram, mixHash(mixHash(prev.shortShape, cur.shortShape), next.shortShape));
    add(kPrefix3, cur.prefix3);
    add(kSuffix2, cur.suffix2);
    add(kSuffix3, cur.suffix3);
    add(kSuffix4, cur.suffix4);
    add(kFlags, cur.flags);
    add(kFlagsPrev, prev.flags);
    add(kFlagsNext, next.flags);
    add(kLexicon, cur.lexicon);
    add(kLexiconPrev, prev.lexicon);
    add(kLexiconNext, next.lexicon);
    add(kLexiconNext2, at(ii + 2).lexicon);
    add(kGazetteer, cur.gazetteer);
    add(kGazetteerPrev, prev.gazetteer);
    add(kGazetteerNext, next.gazetteer);
    add(kRuleHint, hint(ii));
    add(kRuleHintPrev, hint(ii - 1));
    add(kRuleHintNext, hint(ii + 1));
    add(kRuleHintWord, mixHash(hint(ii), cur.lower));
    add(kGazetteerRuleHint, mixHash(hint(ii), cur.gazetteer));
    add(kPunctNext, punct(ii + 1));
    add(kPunctPrev, punct(ii - 1));
    add(kWordBigramPrev, mixHash(prev.lower, cur.lower));
    add(kWordBigramNext, mixHash(cur.lower, next.lower));
    std::uint64_t headAhead = 0;
    for (std::ptrdiff_t k = 1; k <= 3; ++k)
        if (at(ii + k).lexicon & kHead) headAhead = static_cast<std::uint64_t>(k);
    add(kHeadNextWithin3, headAhead);
    add(kAfterTitle, cur.afterTitle);
    add(kAfterTitleShape, mixHash(cur.afterTitle, cur.shortShape));
    add(kPrevTag, p);
    add(kPrevTags, p * 16 + pp);
    add(kPrevTagWord, mixHash(p, cur.lower));
    add(kPrevTagShape, mixHash(p, cur.shortShape));
    add(kPrevTagLexicon, mixHash(p, cur.lexicon));
}

}  // namespace bulletin::extract
