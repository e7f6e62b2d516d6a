#include "extraction_state.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "lexicon.hpp"

namespace bulletin::extract {

ExtractionState::ExtractionState(std::string_view text, std::size_t bodyOffset, const Gazetteer& gazetteer)
    : text_(text), bodyOffset_(bodyOffset), gazetteer_(gazetteer), tt_(tokenize(text)) {}

bool ExtractionState::claimed(std::size_t begin, std::size_t end) const {
    // A claimed span overlaps [begin, end) when it starts before `end` and ends after `begin`. The intervals are
    // disjoint and sorted, so their ends are sorted too: the last one starting before `end` decides.
    auto it = claims_.lower_bound(end);
    if (it == claims_.begin()) return false;
    --it;
    return begin < it->second;
}

void ExtractionState::claim(std::size_t begin, std::size_t end) {
    if (end <= begin) return;  // an empty span claims nothing (and overlaps nothing)
    // Merge with every interval it overlaps (touching ones stay apart: overlap is strict).
    auto it = claims_.lower_bound(begin);
    if (it != claims_.begin() && std::prev(it)->second > begin) --it;
    while (it != claims_.end() && it->first < end) {
        begin = std::min(begin, it->first);
        end = std::max(end, it->second);
        it = claims_.erase(it);
    }
    claims_.emplace(begin, end);
}

void ExtractionState::replaceEntities(std::vector<DraftEntity> entities) {
    entities_ = std::move(entities);
    byKey_.clear();
    claims_.clear();
    venueEnds_.clear();
    for (std::size_t i = 0; i < entities_.size(); ++i) {
        byKey_.emplace(std::pair{static_cast<int>(entities_[i].type), lookupKey(entities_[i].name)}, i);
        for (const auto& m : entities_[i].mentions) {
            claim(m.span.begin, m.span.end);
            if (m.rule == "place.venue") venueEnds_.insert(m.span.end);
        }
    }
}

std::optional<std::size_t> ExtractionState::find(EntityType type, const std::string& name) const {
    auto it = byKey_.find({static_cast<int>(type), lookupKey(name)});
    if (it == byKey_.end()) return std::nullopt;
    return it->second;
}

void ExtractionState::renameEntity(std::size_t index, const std::string& name) {
    auto& e = entities_.at(index);
    e.aliases.insert(e.name);
    e.name = name;
    byKey_[{static_cast<int>(e.type), lookupKey(name)}] = index;
}

std::optional<std::size_t> ExtractionState::findAgencyByAcronym(const std::string& acronym) const {
    for (std::size_t i = 0; i < entities_.size(); ++i)
        if (entities_[i].type == EntityType::Agency && entities_[i].acronym == acronym) return i;
    return std::nullopt;
}

std::size_t ExtractionState::addMention(EntityType type, const std::string& name, std::size_t begin, std::size_t end,
                                        const std::string& rule, const std::string& acronym) {
    std::optional<std::size_t> index = find(type, name);
    if (!index && type == EntityType::Agency && !acronym.empty()) index = findAgencyByAcronym(acronym);
    if (!index) {
        DraftEntity e;
        e.type = type;
        e.name = name;
        entities_.push_back(std::move(e));
        index = entities_.size() - 1;
        byKey_[{static_cast<int>(type), lookupKey(name)}] = *index;
    }
    DraftEntity& e = entities_[*index];
    if (!acronym.empty() && e.acronym.empty()) e.acronym = acronym;
    const std::string surface(slice(begin, end));
    e.mentions.push_back(Mention{Span{begin, end}, surface, rule});
    e.aliases.insert(surface);
    if (!inHeadline(begin)) e.fromBody = true;
    if (type == EntityType::Location && rule == "place.venue") venueEnds_.insert(end);
    claim(begin, end);
    return *index;
}

std::set<std::string_view, std::less<>> personNameWords(const ExtractionState& state) {
    std::set<std::string_view, std::less<>> out;
    for (const auto& e : state.entities()) {
        if (e.type != EntityType::Person) continue;
        for (std::size_t at = 0; at < e.name.size();) {
            const std::size_t stop = std::min(e.name.find(' ', at), e.name.size());
            out.insert(std::string_view(e.name).substr(at, stop - at));
            at = stop + 1;
        }
    }
    return out;
}

HeldSpans::HeldSpans(const ExtractionState& state) {
    for (const auto& e : state.entities())
        for (const auto& m : e.mentions) spans_.emplace_back(m.span.begin, m.span.end);
    std::sort(spans_.begin(), spans_.end());
}

bool HeldSpans::overlaps(std::size_t begin, std::size_t end) const {
    auto it = std::lower_bound(spans_.begin(), spans_.end(), std::pair{end, std::size_t{0}});
    while (it != spans_.begin()) {
        --it;
        if (it->second > begin) return true;
        if (begin - it->first > 200) break;  // mentions are short: one starting far before cannot reach
    }
    return false;
}

void absorb(DraftEntity& longer, DraftEntity& shorter) {
    longer.mentions.insert(longer.mentions.end(), shorter.mentions.begin(), shorter.mentions.end());
    longer.aliases.insert(shorter.aliases.begin(), shorter.aliases.end());
    longer.fromBody = longer.fromBody || shorter.fromBody;
    shorter.mentions.clear();
}

bool isPluralOrganisationHead(std::string_view word) {
    if (word.size() < 4 || word.back() != 's' || word.ends_with("ss")) return false;
    if (word == "States") return true;
    if (word.ends_with("ies")) return isOrganisationHead(std::string(word.substr(0, word.size() - 3)) + "y");
    return isOrganisationHead(word.substr(0, word.size() - 1));
}

bool isOrganisationHead(std::string_view word) {
    if (lexicons::organisationHeads().contains(word)) return true;
    // "Directorate-General": a compound whose first part is a head word is one.
    const auto hyphen = word.find('-');
    return hyphen != std::string_view::npos && hyphen > 0 &&
           lexicons::organisationHeads().contains(word.substr(0, hyphen));
}

bool endsBodyOrBuilding(std::string_view word) {
    return isOrganisationHead(word) || lexicons::buildingWords().contains(word) ||
           lexicons::venueWords().contains(word);
}

std::string nameInitials(std::string_view name) {
    std::string out;
    std::size_t at = 0;
    while (at < name.size()) {
        std::size_t stop = at;
        while (stop < name.size() && name[stop] != ' ' && name[stop] != ',') ++stop;
        const std::string_view word = name.substr(at, stop - at);
        if (!word.empty() && !equalsLower(word, "of") && !equalsLower(word, "the") && !equalsLower(word, "and") &&
            !equalsLower(word, "for") && word != "&")
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
        at = stop + 1;
    }
    return out;
}

bool isConnector(std::string_view word) {
    return lexicons::connectors().contains(word);
}

bool standsAsWords(std::string_view text, std::size_t at, std::size_t end) {
    const auto wordChar = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    return !(at > 0 && wordChar(text[at - 1])) && !(end < text.size() && wordChar(text[end]));
}

bool isFunctionWord(std::string_view word) {
    return lexicons::functionWords().contains(word);
}

bool isLocativePreposition(std::string_view word) {
    return inLowerList(word, std::array<std::string_view, 3>{"in", "at", "near"});
}

bool isCompassPoint(std::string_view w) {
    static constexpr std::array<std::string_view, 13> kPoints{
        "North",     "South",     "East",       "West",       "Central",    "Northeast", "Northwest",
        "Southeast", "Southwest", "North-East", "North-West", "South-East", "South-West"};
    return std::find(kPoints.begin(), kPoints.end(), w) != kPoints.end();
}

bool isCalendarWord(std::string_view w) {
    static constexpr std::array<std::string_view, 19> kWords{
        "january",   "february",  "march",   "april",    "may",      "june",   "july",
        "august",    "september", "october", "november", "december", "monday", "tuesday",
        "wednesday", "thursday",  "friday",  "saturday", "sunday"};
    return inLowerList(w, kWords);
}

// A numeral in the standard form ("XIV", "MCMXC"), not any word of its letters: "CID", "DIL" and "MCC" are names.
bool isRomanNumeral(std::string_view w) {
    if (w.empty()) return false;
    std::size_t at = 0;
    auto take = [&](std::string_view s) {
        if (w.substr(at, s.size()) != s) return false;
        at += s.size();
        return true;
    };
    // One decimal digit: 9 ("CM"), 4 ("CD"), or an optional 5 ("D") and up to three 1s ("C").
    auto digit = [&](std::string_view nine, std::string_view four, std::string_view five, char one) {
        if (take(nine) || take(four)) return;
        take(five);
        for (int n = 0; n < 3 && at < w.size() && w[at] == one; ++n) ++at;
    };
    for (int n = 0; n < 3 && at < w.size() && w[at] == 'M'; ++n) ++at;
    digit("CM", "CD", "D", 'C');
    digit("XC", "XL", "L", 'X');
    digit("IX", "IV", "V", 'I');
    return at == w.size();
}

bool isSpeechOrActionVerb(std::string_view w) {
    return lexicons::speechVerbs().contains(w) || lexicons::actionVerbs().contains(w);
}

bool isModalVerb(std::string_view w) {
    return inLowerList(w, kModalVerbs);
}

bool isSpeechOrActionVerbForm(std::string_view w, bool afterModal) {
    if (w.size() < 3 || w.size() > 24 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        return false;
    if (w == "has" || w == "does" || w == "was") return false;  // auxiliaries ("ha" + "d" is "had")
    // The forms whose past is not the base and "-ed" (of the lists' verbs; "have" is an auxiliary, and "has" one).
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 11> kIrregular{{{"hold", "held"},
                                                                                               {"meet", "met"},
                                                                                               {"lead", "led"},
                                                                                               {"speak", "spoke"},
                                                                                               {"take", "took"},
                                                                                               {"make", "made"},
                                                                                               {"give", "gave"},
                                                                                               {"send", "sent"},
                                                                                               {"write", "wrote"},
                                                                                               {"say", "said"},
                                                                                               {"tell", "told"}}};
    auto pastOf = [&](std::string_view base) {
        for (const auto& [b, past] : kIrregular)
            if (base == b) return isSpeechOrActionVerb(past);
        const std::string root(base);
        if (isSpeechOrActionVerb(root + "ed") || isSpeechOrActionVerb(root + "d")) return true;
        if (root.size() > 2 && root.back() == 'y' && isSpeechOrActionVerb(root.substr(0, root.size() - 1) + "ied"))
            return true;
        return isSpeechOrActionVerb(root + root.back() + "ed");  // "plan" -> "planned"
    };
    // Present: "launches", "holds", "carries".
    if (w.size() > 4 && w.ends_with("ies") && pastOf(std::string(w.substr(0, w.size() - 3)) + "y")) return true;
    if (w.size() > 3 && w.ends_with("es") && pastOf(w.substr(0, w.size() - 2))) return true;
    if (w.back() == 's' && !w.ends_with("ss") && pastOf(w.substr(0, w.size() - 1))) return true;
    return afterModal && pastOf(w);
}

bool isAcronymLike(std::string_view w) {
    if (w.size() < 2 || w.size() > 10) return false;
    int upper = 0;
    for (char c : w) {
        if (c >= 'A' && c <= 'Z')
            ++upper;
        else if (c >= 'a' && c <= 'z')
            return false;
        else if (!(c >= '0' && c <= '9') && c != '&' && c != '-')
            return false;
    }
    return upper >= 2;
}

bool ExtractionState::writtenInLowerCase(std::string_view word) const {
    if (!lowerCaseWords_) {
        lowerCaseWords_.emplace();
        for (const auto& w : tt_.tokens) {
            if (!w.isWord() || w.capitalized || w.allCaps) continue;
            if (std::none_of(w.text.begin(), w.text.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; })) {
                lowerCaseWords_->words.insert(w.text);
            } else {
                lowerCaseWords_->lowered.push_back(lower(w.text));
                lowerCaseWords_->words.insert(lowerCaseWords_->lowered.back());
            }
        }
    }
    return lowerCaseWords_->words.contains(lower(word));
}

}  // namespace bulletin::extract
