#include "candidates.hpp"

#include "lexicon.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace bulletin::extract {

namespace {


// Index of the token that starts at or after byte `offset`.
std::size_t tokenAt(const std::vector<Token>& t, std::size_t offset) {
    return static_cast<std::size_t>(
        std::lower_bound(t.begin(), t.end(), offset, [](const Token& x, std::size_t o) { return x.begin < o; }) -
        t.begin());
}

// Index one past the last token that ends at or before byte `offset`.
std::size_t tokenEndAt(const std::vector<Token>& t, std::size_t offset) {
    return static_cast<std::size_t>(
        std::upper_bound(t.begin(), t.end(), offset, [](std::size_t o, const Token& x) { return o < x.end; }) -
        t.begin());
}

// The tokens of a candidate that carry the name: leading titles, honorifics and their periods are skipped
// ("Brigadier General Zakariyya Mansoor", "Mr. Kapinos").
std::size_t nameStart(const ExtractionState& st, const Candidate& c) {
    const auto& t = st.tokens();
    std::size_t i = c.firstToken;
    while (i < c.endToken) {
        if (t[i].isPunct('.') || !t[i].isWord()) {
            ++i;
            continue;
        }
        std::vector<std::string_view> words;
        for (std::size_t k = i; k < c.endToken && words.size() < 5 && t[k].isWord(); ++k) words.push_back(t[k].text);
        const std::size_t n = st.gazetteer().titleLength(words);
        if (n == 0 || i + n >= c.endToken) break;
        i += n;
    }
    return std::min(i, c.endToken - 1);
}

}  // namespace

float rulePrior(std::string_view rule) {
    static const std::map<std::string_view, float> kPriors{
        {"agency.acronym_definition", 0.95f}, {"agency.gazetteer", 0.9f},       {"agency.acronym", 0.85f},
        {"agency.ministry_list", 0.85f},      {"agency.demonym_government", 0.9f}, {"agency.country_office", 0.8f},
        {"agency.head_word", 0.75f},          {"person.honorific", 0.9f},       {"person.title", 0.85f},
        {"person.age", 0.85f},                {"person.apposition", 0.8f},      {"person.speech", 0.75f},
        {"person.relation_apposition", 0.7f}, {"person.coreference", 0.75f},    {"place.dateline", 0.9f},
        {"place.gazetteer", 0.8f},            {"place.headquarters", 0.8f},    {"agency.title_office", 0.9f},
        {"place.venue", 0.8f},                {"agency.company", 0.92f}, {"agency.before_title", 0.9f},        {"agency.institution", 0.85f}};
    const auto it = kPriors.find(rule);
    return it == kPriors.end() ? 0.7f : it->second;
}

std::vector<Candidate> ruleCandidates(const ExtractionState& st) {
    std::vector<Candidate> out;
    const auto& t = st.tokens();
    for (std::size_t e = 0; e < st.entities().size(); ++e) {
        const auto& entity = st.entities()[e];
        for (const auto& m : entity.mentions) {
            Candidate c;
            c.begin = m.span.begin;
            c.end = m.span.end;
            c.firstToken = tokenAt(t, c.begin);
            c.endToken = tokenEndAt(t, c.end);
            if (c.firstToken >= c.endToken) continue;
            c.type = entity.type;
            c.source = m.rule;
            c.score = rulePrior(m.rule);
            c.ruleEntity = e;
            // A person's mention starts at the title ("District Attorney Todd Spitzer"); the candidate is the
            // name, so that the office in the title ("Orange County District Attorney") does not compete with it.
            c.titleBegin = c.begin;
            if (c.type == EntityType::Person) {
                c.firstToken = nameStart(st, c);
                c.begin = t[c.firstToken].begin;
            }
            out.push_back(std::move(c));
        }
    }
    return out;
}

std::vector<Tag> hintTags(const std::vector<Candidate>& candidates, std::size_t tokenCount) {
    std::vector<Tag> hints(tokenCount, Tag::O);
    for (const auto& c : candidates)
        for (std::size_t k = c.firstToken; k < c.endToken && k < tokenCount; ++k)
            hints[k] = k == c.firstToken ? beginOf(c.type) : insideOf(c.type);
    return hints;
}

std::vector<Candidate> taggerCandidates(const TaggerOutput& tagged, const TokenizedText& text) {
    std::vector<Candidate> out;
    for (const auto& s : tagged.spans) {
        Candidate c;
        c.firstToken = s.firstToken;
        c.endToken = s.endToken;
        c.begin = text.tokens[s.firstToken].begin;
        c.end = text.tokens[s.endToken - 1].end;
        c.type = s.type;
        c.score = s.score;
        c.source = "tagger";
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<Candidate> resolveCandidates(std::vector<Candidate> candidates, const ExtractionState& st,
                                         const TaggerOutput* tagged) {
    constexpr float kRuleWeight = 0.5f, kAgencyRuleWeight = 0.7f, kThreshold = 0.5f, kSureRule = 0.9f;
    const auto& t = st.tokens();
    extendPatronymicNames(candidates, st);
    if (tagged) {
        // The head-word rule takes whole capitalised runs; where the tagger is sure a word at either end is not
        // part of the name ("Asking the Supreme Court", "... Board of Supervisors Unanimously Votes", "Anaheim
        // Police Deputy"), the span is trimmed.
        for (auto& c : candidates) {
            if (c.source != "agency.head_word" && c.source != "agency.before_title") continue;
            // The long form of an acronym the release defines is a name as it stands.
            const std::string surface(st.slice(c.begin, c.end));
            if (std::any_of(st.definedAcronyms.begin(), st.definedAcronyms.end(),
                            [&](const auto& d) { return d.second == surface; }))
                continue;
            // So is a name the gazetteer knows ("Bureau of International Narcotics and Law Enforcement Affairs").
            if (st.gazetteer().agencyByName(surface)) continue;
            auto foreign = [&](std::size_t k, bool leading) {
                const Tag tag = tagged->tags[k];
                const float o = tagged->probabilities[k][0];
                if (!t[k].capitalized && !t[k].allCaps) return true;  // a connector left at the edge
                // The head word that made the rule's name ends it ("ISAF Joint Command"), whatever the tagger says.
                if (!leading && k + 1 == c.endToken && isOrganisationHead(t[k].text)) return false;
                if (typeOf(tag) == EntityType::Person) return true;
                // At the start only a sentence's first word ("Asking the Supreme Court") is dropped for being no
                // name: "National" in "DG National Forensic Agency" is the tagger's doubt, not the rule's error.
                // A known place after the head belongs to the name ("Police Training College Balochistan").
                if (!leading && st.gazetteer().place(t[k].text)) return false;
                if (o >= 0.95f && (!leading || t[k].sentenceStart)) return true;
                return !leading && isBegin(tag) && typeOf(tag) != EntityType::Location;  // a new name starts inside
            };
            std::size_t a = c.firstToken, b = c.endToken;
            while (a < b && foreign(a, true)) ++a;
            while (b > a && foreign(b - 1, false)) --b;
            if (a >= b || (b == a + 1 && isOrganisationHead(t[a].text))) {
                c.score = -1;
                continue;
            }
            if (a != c.firstToken || b != c.endToken) {
                c.firstToken = a;
                c.endToken = b;
                c.begin = t[a].begin;
                c.end = t[b - 1].end;
                c.ruleEntity.reset();  // another span: linking finds or makes its entity
                c.source = "agency.head_word+tagger";
            }
        }
        for (auto& c : candidates) {
            if (c.source == "tagger") continue;
            // The tagger's belief that the name tokens are part of some name: it can veto a rule's false find,
            // but a different reading of the type or of the boundaries is not held against the rule.
            // Over the name's capitalised words: connectors and a possessive "'s" are outside the tagger's zone.
            const std::size_t from = c.type == EntityType::Person ? nameStart(st, c) : c.firstToken;
            float support = 0;
            std::size_t words = 0;
            for (std::size_t k = from; k < c.endToken; ++k) {
                if (!t[k].capitalized && !t[k].allCaps) continue;
                support += 1 - tagged->probabilities[k][0];
                ++words;
            }
            support = words ? support / static_cast<float>(words) : 0.0f;
            // Rules that are sure of what they found (an acronym's definition, a dateline, a known name) are
            // not second-guessed; the others are weighed with the tagger.
            // An organisation's rule (a head word, a legal form) is weighed more: the tagger is weakest on
            // organisations of publishers it never saw (leave-one-publisher-out, organisations F1 0.839 -> 0.846);
            // at this weight it still ranks overlapping readings but no longer vetoes a head-word name.
            const float w = c.type == EntityType::Agency ? kAgencyRuleWeight : kRuleWeight;
            if (c.score < kSureRule) c.score = w * c.score + (1 - w) * support;
        }
    }
    // One capitalised word is a person only when a full name of the document holds it ("Kapinos" of "Sergey
    // Kapinos") or a title or an honorific stands before it ("President Obama", "Mr. Kapinos"): otherwise it is
    // more often a place or a word ("Karachi", "Minnesotans", "Charity").
    std::set<std::string> nameWords;
    for (const auto& c : candidates) {
        if (c.type != EntityType::Person || c.score < 0) continue;
        // The name after its title: "Chief Commissioner Islamabad" holds no name at all.
        const std::size_t from = nameStart(st, c);
        std::size_t words = 0;
        for (std::size_t k = from; k < c.endToken; ++k) words += t[k].isWord() && t[k].capitalized;
        if (words < 2) continue;
        std::vector<std::string_view> all;
        for (std::size_t k = from; k < c.endToken; ++k)
            if (t[k].isWord()) all.push_back(t[k].text);
        if (st.gazetteer().titleLength(all) == all.size()) continue;  // "Home Secretary" is a title, not a name
        for (const auto w : all) {
            // A country inside a mis-read name ("Mr ... Pakistan") does not make it a surname.
            const auto* place = st.gazetteer().place(w);
            if (place && place->kind == PlaceKind::Country) continue;
            nameWords.insert(lookupKey(w));
        }
    }
    for (auto& c : candidates) {
        if (c.source != "tagger" || c.type != EntityType::Person) continue;
        const std::size_t start = nameStart(st, c);
        if (start + 1 != c.endToken || start != c.firstToken) continue;  // several words, or a title before
        if (nameWords.count(lookupKey(t[start].text))) continue;
        if (!titleBeforeToken(st, start).empty()) continue;
        if (start >= 2 && t[start - 1].isPunct('.') &&
            inLowerList(t[start - 2].text, std::array<std::string_view, 5>{"mr", "mrs", "ms", "dr", "prof"}))
            continue;
        c.score = -1;
    }
    // One word of a person's full name found elsewhere as a place or an organisation is the person again
    // ("Supervisor Shawn Nelson ... Nelson said": Nelson is a region of New Zealand too).
    for (auto& c : candidates) {
        if (c.type == EntityType::Person || c.endToken != c.firstToken + 1) continue;
        if (!nameWords.count(lookupKey(t[c.firstToken].text)) || t[c.firstToken].allCaps) continue;
        if (c.source == "tagger") c.type = EntityType::Person;
        else if (c.source == "place.gazetteer") c.score = -1;
    }
    // A title before an organisation's name is not part of it ("IG Islamabad Police").
    for (auto& c : candidates) {
        if (c.source != "tagger" || c.type != EntityType::Agency) continue;
        std::vector<std::string_view> words;
        for (std::size_t k = c.firstToken; k < c.endToken && words.size() < 5 && t[k].isWord(); ++k)
            words.push_back(t[k].text);
        const std::size_t n = st.gazetteer().titleLength(words);
        if (n > 0 && c.firstToken + n < c.endToken && t[c.firstToken + n].kind != TokenKind::Possessive) {
            c.firstToken += n;
            c.begin = t[c.firstToken].begin;
        }
    }
    // The tagger's type, repaired by what the words say: a name ending in a building word is a place ("Cambridge
    // Towers"), a person's name does not end in an organisation head word, a known place alone is a place, a
    // venue label's value is a place ("WHERE: Department of Revenue"), and a law's acronym is no agency.
    for (auto& c : candidates) {
        if (c.source != "tagger") continue;
        std::size_t last = c.endToken - 1;
        while (last > c.firstToken && !t[last].isWord()) --last;
        const auto lastWord = t[last].text;
        const auto surface = st.slice(c.begin, c.end);
        if (c.type == EntityType::Person && lexicons::buildingWords().contains(lastWord)) c.type = EntityType::Location;
        else if (c.type == EntityType::Person && isOrganisationHead(lastWord)) c.type = EntityType::Agency;
        else if (c.type == EntityType::Agency && lexicons::venueWords().contains(lastWord) &&
                 c.endToken - c.firstToken >= 2)
            c.type = EntityType::Location;
        // One word that is a known place and no given name is the place ("the meeting in Islamabad"); a surname
        // that is also a place ("Nelson") was settled above by the person's full name.
        // ("Chief Commissioner Islamabad": after the title, only the place is left.)
        if (c.type == EntityType::Person) {
            const std::size_t from = nameStart(st, c);
            const std::string_view word = t[from].text;
            const auto* place = from + 1 == c.endToken && st.gazetteer().givenNameCount(word) <= 0
                                    ? st.gazetteer().place(word)
                                    : nullptr;
            if (place && (place->kind != PlaceKind::City || place->population >= 100000)) {
                c.type = EntityType::Location;
                c.firstToken = from;
                c.begin = t[from].begin;
            }
        }
        // A name the gazetteer knows as an organisation is one ("Pakistan Customs").
        if (c.type != EntityType::Agency && st.gazetteer().agencyByName(surface)) c.type = EntityType::Agency;
        if (c.type == EntityType::Agency) {
            const auto* place = st.gazetteer().place(surface);
            if (place && !place->weak && !st.gazetteer().agencyByName(surface) && !st.gazetteer().agencyByAcronym(surface))
                c.type = EntityType::Location;
            if (st.instrumentAcronyms.count(std::string(surface)) || lexicons::lawWords().contains(lastWord) ||
                lexicons::programmeWords().contains(lastWord))
                c.score = -1;
        }
        std::size_t k = c.firstToken;
        if (k >= 2 && t[k - 1].isPunct(':') && lexicons::labelWords().contains(t[k - 2].text))
            c.type = EntityType::Location;
    }
    // The tagger's spans that are only a title or a generic head word ("Secretary", "Mr", "Group") name nobody.
    for (auto& c : candidates) {
        if (c.source != "tagger") continue;
        std::vector<std::string_view> words;
        for (std::size_t k = c.firstToken; k < c.endToken && t[k].isWord(); ++k) words.push_back(t[k].text);
        const bool onlyTitle = words.size() == c.endToken - c.firstToken && st.gazetteer().titleLength(words) == words.size();
        const bool honorific = c.endToken - c.firstToken <= 2 &&
                               inLowerList(t[c.firstToken].text, std::array<std::string_view, 8>{
                                                                    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir"});
        const bool genericHead = c.endToken - c.firstToken == 1 && isOrganisationHead(t[c.firstToken].text);
        // "Tomorrow", "Wednesday" from a media advisory's WHEN line name no one and no place.
        const bool calendar = c.endToken - c.firstToken == 1 &&
                              (isCalendarWord(t[c.firstToken].text) || lexicons::relativeDayWords().contains(t[c.firstToken].text));
        // "Follow Us": a short word in mixed case is no abbreviation of a place or an organisation.
        const bool shortWord = c.endToken - c.firstToken == 1 && c.type != EntityType::Person &&
                               !t[c.firstToken].allCaps && t[c.firstToken].text.size() <= 3 &&
                               !(c.endToken < t.size() && t[c.endToken].isPunct('.') &&
                                 t[c.endToken].begin == t[c.firstToken].end);
        // "WHEN: Tomorrow, Thursday": a label is not part of a name.
        bool label = false;
        for (std::size_t k = c.firstToken; k < c.endToken && !label; ++k) label = t[k].isPunct(':');
        // "MEDIA ADVISORY", "SCHOOL": capitals of a headline or a label that hold no name.
        bool shouted = c.type == EntityType::Person;
        for (std::size_t k = c.firstToken; k < c.endToken && shouted; ++k)
            shouted = !t[k].isWord() || (t[k].allCaps && st.gazetteer().givenNameCount(t[k].text) <= 0 &&
                                         !st.gazetteer().isNameWord(t[k].text));
        if (onlyTitle || honorific || genericHead || calendar || shortWord || label || shouted) c.score = -1;
    }
    // "Jane Doe" stands for someone unnamed, whoever found it.
    for (auto& c : candidates)
        if (c.type == EntityType::Person && lexicons::placeholderNames().contains(st.slice(t[nameStart(st, c)].begin, c.end)))
            c.score = -1;
    // Indexes by start, so that what lies inside what is found in O(log n): a hostile release may hold hundreds
    // of thousands of candidates.
    std::vector<std::size_t> rules, fromTagger;
    for (std::size_t i = 0; i < candidates.size(); ++i)
        (candidates[i].source == "tagger" ? fromTagger : rules).push_back(i);
    auto byBegin = [&](std::size_t a, std::size_t b) { return candidates[a].begin < candidates[b].begin; };
    std::sort(rules.begin(), rules.end(), byBegin);
    std::sort(fromTagger.begin(), fromTagger.end(), byBegin);
    // Two or more of the tagger's names of one type inside one rule span, joined by "and", "&" or a comma, are a
    // list the rule read as one name ("Fairview Health Services and Sanford Health").
    for (const auto ri : rules) {
        auto& r = candidates[ri];
        if (r.score < kThreshold) continue;
        // A name the gazetteer knows whole is one name, commas and all ("Washington, D.C.").
        if (r.source == "place.gazetteer" || r.source == "agency.gazetteer") continue;
        std::vector<const Candidate*> inside;
        auto it = std::lower_bound(fromTagger.begin(), fromTagger.end(), r.begin,
                                   [&](std::size_t i, std::size_t b) { return candidates[i].begin < b; });
        for (; it != fromTagger.end() && candidates[*it].begin < r.end && inside.size() < 2; ++it) {
            const auto& c = candidates[*it];
            if (c.score >= kThreshold && c.type == r.type && c.end <= r.end) inside.push_back(&c);
        }
        if (inside.size() < 2) continue;
        bool list = false;
        for (std::size_t k = inside[0]->endToken; k < inside[1]->firstToken; ++k)
            if (t[k].is("and") || t[k].is("&") || t[k].isPunct(',')) list = true;
        // "Fairview Health Services and Sanford Health" lists two; "Gang Reduction and Intervention Partnership"
        // joins two words under one head: a list when the first part is a whole name (ends in a head word).
        const bool firstWhole = isOrganisationHead(t[inside[0]->endToken - 1].text) || r.type != EntityType::Agency;
        if (list && firstWhole) r.score = -1;
    }
    // Two or more rule names of one type inside one tagger span, joined by "and", "&" or a comma, are a list the
    // tagger read as one name ("Anti Narcotics Force and Federal Investigation Agency").
    for (const auto ci : fromTagger) {
        auto& c = candidates[ci];
        if (c.score < kThreshold) continue;
        std::vector<const Candidate*> inside;
        auto it = std::lower_bound(rules.begin(), rules.end(), c.begin,
                                   [&](std::size_t i, std::size_t b) { return candidates[i].begin < b; });
        for (; it != rules.end() && candidates[*it].begin < c.end && inside.size() < 2; ++it) {
            const auto& r = candidates[*it];
            if (r.score >= kThreshold && r.type == c.type && r.end <= c.end) inside.push_back(&r);
        }
        if (inside.size() < 2) continue;
        for (std::size_t k = inside[0]->endToken; k < inside[1]->firstToken; ++k)
            if (t[k].is("and") || t[k].is("&") || t[k].isPunct(',')) {
                c.score = -1;
                break;
            }
    }
    // A tagger span inside a rule's span is a reading of the same words: the rule knows the whole name
    // ("Nations Office" inside "United Nations Office on Drugs and Crime", "Pakistan" inside "UNODC Pakistan").
    for (const auto ci : fromTagger) {
        auto& c = candidates[ci];
        if (c.score < 0) continue;
        auto it = std::upper_bound(rules.begin(), rules.end(), c.begin,
                                   [&](std::size_t b, std::size_t i) { return b < candidates[i].begin; });
        // The few rule spans starting at or before it (rule spans hardly overlap one another).
        for (int back = 0; back < 4 && it != rules.begin(); ++back) {
            --it;
            auto& r = candidates[*it];
            if (r.score >= kThreshold && r.begin <= c.begin && c.end <= r.end) {
                if (r.type == c.type) r.score = std::max(r.score, c.score);
                c.score = -1;
                break;
            }
        }
    }
    // A person the rules found after a title, inside a longer person span of the tagger that ends with it: the
    // tagger took what the title is of for part of the name ("French Republic Emmanuel Macron").
    for (const auto ri : rules) {
        const auto& r = candidates[ri];
        if (r.type != EntityType::Person || r.source != "person.title" || r.score < kThreshold) continue;
        auto it = std::lower_bound(fromTagger.begin(), fromTagger.end(), r.begin,
                                   [&](std::size_t i, std::size_t b) { return candidates[i].begin < b; });
        for (int back = 0; back < 3 && it != fromTagger.begin(); ++back) {
            --it;
            auto& c = candidates[*it];
            if (c.type == EntityType::Person && c.begin < r.begin && c.end == r.end) c.score = -1;
        }
    }
    // A name only the tagger proposes must be surer when it is an organisation or a place: on publishers left out of
    // its training, its organisations alone cost more precision than they bring recall, and its places a little
    // (leave-one-publisher-out on the tuning part, mean overall F1: 0.821 with one threshold for all, 0.842 with
    // these; organisations 0.72 -> 0.79, places 0.82 -> 0.84; people are best at the common threshold).
    constexpr float kTaggerAloneAgency = 0.95f, kTaggerAlonePlace = 0.85f;
    std::erase_if(candidates, [&](const Candidate& c) {
        if (c.score < kThreshold) return true;
        if (c.source != "tagger") return false;
        return (c.type == EntityType::Agency && c.score < kTaggerAloneAgency) ||
               (c.type == EntityType::Location && c.score < kTaggerAlonePlace);
    });
    // Best first; on equal scores the longer span, then the earlier one (deterministic).
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.score != b.score) return a.score > b.score;
        if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
        return a.begin < b.begin;
    });
    // Kept spans as disjoint intervals begin -> end: an overlap test is one map search.
    std::map<std::size_t, std::size_t> taken;
    auto overlapsTaken = [&](const Candidate& c) {
        auto it = taken.lower_bound(c.end);
        if (it == taken.begin()) return false;
        --it;
        return c.begin < it->second;
    };
    std::vector<Candidate> kept;
    for (auto& c : candidates) {
        if (overlapsTaken(c)) continue;
        taken.emplace(c.begin, c.end);
        kept.push_back(std::move(c));
    }
    std::sort(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
    return kept;
}

namespace {

std::string cleanSurface(std::string_view s) {
    std::string out(s);
    while (!out.empty() && (out.back() == ',' || out.back() == ' ' || out.back() == ':' ||
                            (out.back() == '.' && !(out.size() >= 3 && out[out.size() - 3] == '.'))))
        out.pop_back();
    return out;
}

// The start of a candidate or a byte offset, for searches over candidates sorted by start.
std::size_t beginOf(const Candidate& c) { return c.begin; }
std::size_t beginOf(std::size_t offset) { return offset; }

std::vector<std::string> keyWords(const std::string& name) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : lookupKey(name)) {
        if (c == ' ') {
            if (!cur.empty()) out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

// Initials of a name's capitalised words ("Islamic Movement of Uzbekistan" -> "IMU").
std::string initials(const std::string& name) {
    std::string out;
    bool start = true;
    for (char c : name) {
        if (c == ' ' || c == '-') {
            start = true;
            continue;
        }
        if (start && c >= 'A' && c <= 'Z') out += c;
        start = false;
    }
    return out;
}

// Words a place or organisation name may end with and still be the same name said shortly ("D'Manor" for
// "D'Manor Condominium", "Bonwin" for "Bonwin Pte Ltd").
bool shortFormTail(const std::string& w) {
    static constexpr std::array<std::string_view, 16> kTail{
        "pte", "ltd", "ltd.", "inc", "inc.", "llc", "limited", "corp", "corporation", "plc", "p.l.l.c.",
        "condominium", "apartments", "estate", "mansion", "complex"};
    return std::find(kTail.begin(), kTail.end(), w) != kTail.end();
}

// A "(“Appollo”)" or "(Yazid)" right after a name defines a short name for it.
std::optional<std::string> parenthesisedAlias(std::string_view text, std::size_t end) {
    std::size_t i = end;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size() || text[i] != '(') return std::nullopt;
    const auto close = text.find(')', i);
    if (close == std::string_view::npos || close - i > 40) return std::nullopt;
    std::string inner(text.substr(i + 1, close - i - 1));
    for (std::string_view q : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\"", "\xE2\x80\x98", "\xE2\x80\x99"}) {
        std::size_t at;
        while ((at = inner.find(q)) != std::string::npos) inner.erase(at, q.size());
    }
    while (!inner.empty() && inner.back() == ' ') inner.pop_back();
    while (!inner.empty() && inner.front() == ' ') inner.erase(0, 1);
    if (inner.empty() || !(inner[0] >= 'A' && inner[0] <= 'Z') || inner.find(' ') != std::string::npos) return std::nullopt;
    return inner;
}

// The document's entities by the parts of their names the linker asks about, so that linking stays linear in
// the number of mentions (a hostile release may hold hundreds of thousands).
struct NameIndex final {
    std::map<std::string, std::set<std::size_t>> personsByWord;      // any word of a full name
    std::map<std::string, std::set<std::size_t>> personsByEnds;      // "first|last" of a full name
    std::map<std::string, std::set<std::size_t>> personsByLast;      // last word of a full name
    std::map<std::string, std::set<std::size_t>> singleNamePersons;  // a one-word name
    std::map<std::pair<int, std::string>, std::size_t> byInitials;
    std::map<std::pair<int, std::string>, std::set<std::size_t>> byFirstWord;

    void add(const std::vector<DraftEntity>& entities, std::size_t e) {
        const auto& x = entities[e];
        const auto words = keyWords(x.name);
        if (words.empty()) return;
        if (x.type == EntityType::Person) {
            if (words.size() == 1) {
                singleNamePersons[words[0]].insert(e);
                return;
            }
            for (const auto& w : words) personsByWord[w].insert(e);
            personsByEnds[words.front() + '|' + words.back()].insert(e);
            personsByLast[words.back()].insert(e);
            return;
        }
        byInitials.emplace(std::pair{static_cast<int>(x.type), initials(x.name)}, e);
        byFirstWord[{static_cast<int>(x.type), words[0]}].insert(e);
    }
};

}  // namespace

// "Helmand" beside "Helmand province": one place named both ways, unless the bare name is a city of its own
// ("Ghazni" the city beside "Ghazni province").
void mergeBarePlacesIntoKinds(std::vector<DraftEntity>& entities, const ExtractionState& st) {
    std::map<std::string, std::size_t> bare;  // folded name -> location entity
    for (std::size_t e = 0; e < entities.size(); ++e)
        if (entities[e].type == EntityType::Location && !entities[e].mentions.empty())
            bare.emplace(lookupKey(entities[e].name), e);
    for (std::size_t e = 0; e < entities.size(); ++e) {
        auto& kind = entities[e];
        if (kind.type != EntityType::Location || kind.mentions.empty()) continue;
        const auto space = kind.name.rfind(' ');
        if (space == std::string::npos || !lexicons::geoSuffixes().contains(kind.name.substr(space + 1))) continue;
        const std::string base = kind.name.substr(0, space);
        const auto it = bare.find(lookupKey(base));
        if (it == bare.end() || it->second == e) continue;
        if (const auto* place = st.gazetteer().place(base); place && place->kind == PlaceKind::City) continue;
        auto& other = entities[it->second];
        for (auto& m : other.mentions) kind.mentions.push_back(std::move(m));
        kind.aliases.insert(other.aliases.begin(), other.aliases.end());
        kind.fromBody = kind.fromBody || other.fromBody;
        other.mentions.clear();
    }
}

void linkCandidates(ExtractionState& st, const std::vector<Candidate>& keptIn) {
    std::vector<DraftEntity> entities = st.entities();
    for (auto& e : entities) {
        e.mentions.clear();
        e.aliases.clear();
        e.fromBody = false;
    }
    const auto& t = st.tokens();
    const std::string_view text = st.text();
    std::vector<Candidate> kept = keptIn;
    // "Ghazni province", "Khod valley": a place followed by what kind of place it is.
    for (auto& c : kept) {
        if (c.type != EntityType::Location || c.endToken >= t.size()) continue;
        const Token& next = t[c.endToken];
        // (kept is sorted by start: whether a mention starts at the suffix is one search)
        const bool taken = std::binary_search(keptIn.begin(), keptIn.end(), next.begin, [](const auto& a, const auto& b) {
            return beginOf(a) < beginOf(b);
        });
        if (next.isWord() && !next.capitalized && lexicons::geoSuffixes().contains(next.text) && !taken) {
            c.end = next.end;
            c.endToken += 1;
            c.ruleEntity.reset();  // a province is another entity than the city of the same name
        }
    }
    auto attach = [&](std::size_t e, const Candidate& c, std::string surface) {
        auto& entity = entities[e];
        entity.mentions.push_back(Mention{Span{c.begin, c.end}, surface, c.source, c.score});
        entity.aliases.insert(std::move(surface));
        if (!st.inHeadline(c.begin)) entity.fromBody = true;
    };
    std::map<std::string, std::size_t> definedAliases;  // "Appollo" -> entity
    auto noteAlias = [&](const Candidate& c, std::size_t e) {
        if (auto alias = parenthesisedAlias(text, c.end)) definedAliases.emplace(lookupKey(*alias), e);
    };
    // Rule candidates first: they bring the entities the tagger's mentions link to. A person's mention takes
    // back its title ("Brigadier General Zakariyya Mansoor", "BG Mansoor") unless another kept mention holds it
    // (the office of "Orange County District Attorney Todd Spitzer").
    for (std::size_t k = 0; k < kept.size(); ++k) {
        Candidate c = kept[k];
        if (!c.ruleEntity) continue;
        if (c.type == EntityType::Person && c.titleBegin < c.begin && (k == 0 || kept[k - 1].end <= c.titleBegin)) {
            c.begin = c.titleBegin;
            c.firstToken = tokenAt(t, c.begin);
        }
        attach(*c.ruleEntity, c, std::string(st.slice(c.begin, c.end)));
        noteAlias(c, *c.ruleEntity);
    }
    // Every name, acronym and alias of the entities by folded key, kept up to date as mentions attach: asked
    // for every candidate, folding them again each time was the linker's main cost.
    std::map<std::pair<int, std::string>, std::size_t> byKey;
    auto index = [&](std::size_t e, const std::string& name) {
        byKey.emplace(std::pair{static_cast<int>(entities[e].type), lookupKey(name)}, e);
    };
    for (std::size_t e = 0; e < entities.size(); ++e) {
        index(e, entities[e].name);
        if (!entities[e].acronym.empty()) index(e, entities[e].acronym);
        for (const auto& a : entities[e].aliases) index(e, a);
    }
    auto findEntity = [&](EntityType type, const std::string& surface) -> std::optional<std::size_t> {
        const auto it = byKey.find({static_cast<int>(type), lookupKey(surface)});
        if (it == byKey.end()) return std::nullopt;
        return it->second;
    };
    NameIndex names;
    for (std::size_t e = 0; e < entities.size(); ++e)
        if (!entities[e].mentions.empty()) names.add(entities, e);
    // The tagger's candidates, longest first, so that "Kapinos" finds "Sergey Kapinos" already there.
    std::vector<const Candidate*> fromTagger;
    for (const auto& c : kept)
        if (!c.ruleEntity) fromTagger.push_back(&c);
    std::stable_sort(fromTagger.begin(), fromTagger.end(), [](const Candidate* a, const Candidate* b) {
        return a->endToken - a->firstToken > b->endToken - b->firstToken;
    });
    for (const Candidate* cp : fromTagger) {
        const Candidate& c = *cp;
        // A person's title or honorific is not part of the name.
        Candidate m = c;
        if (c.type == EntityType::Person) {
            const std::size_t start = nameStart(st, c);
            m.firstToken = start;
            m.begin = t[start].begin;
        }
        std::string surface = cleanSurface(st.slice(m.begin, m.end));
        if (surface.empty()) continue;
        std::optional<std::size_t> e = findEntity(c.type, surface);
        const auto words = keyWords(surface);
        if (!e) {
            if (auto it = definedAliases.find(lookupKey(surface)); it != definedAliases.end() &&
                                                                    entities[it->second].type == c.type)
                e = it->second;
        }
        if (!e && c.type == EntityType::Person) {
            // One word of a person's full name ("Kapinos", "Yazid"), or the same first and last names
            // ("Adam I. Klein" for "Adam Klein"): the person of the document named so, when only one is.
            const std::set<std::size_t>* matches = nullptr;
            if (words.size() == 1) {
                if (auto it = names.personsByWord.find(words[0]); it != names.personsByWord.end()) matches = &it->second;
            } else if (words.size() >= 2) {
                if (auto it = names.personsByEnds.find(words.front() + '|' + words.back()); it != names.personsByEnds.end())
                    matches = &it->second;
            }
            if (matches && matches->size() == 1) e = *matches->begin();
            // "Sean O'Mara" found after the rules' "O'Mara", "AG Ellison" for "Keith Ellison": the same surname.
            if (!e && words.size() >= 2) {
                std::set<std::size_t> found;
                if (auto it = names.singleNamePersons.find(words.back()); it != names.singleNamePersons.end())
                    found.insert(it->second.begin(), it->second.end());
                if (words.size() == 2 && t[m.firstToken].allCaps)
                    if (auto it = names.personsByLast.find(words.back()); it != names.personsByLast.end())
                        found.insert(it->second.begin(), it->second.end());
                if (found.size() == 1) {
                    e = *found.begin();
                    if (keyWords(entities[*e].name).size() == 1) {
                        entities[*e].name = surface;
                        names.add(entities, *e);
                    }
                }
            }
        }
        if (!e && (c.type == EntityType::Agency || c.type == EntityType::Location)) {
            const bool acronym = isAcronymLike(surface);
            // "IMU" for "Islamic Movement of Uzbekistan", "AIC" for "Aljunied Industrial Complex".
            if (acronym)
                if (auto it = names.byInitials.find({static_cast<int>(c.type), surface}); it != names.byInitials.end())
                    e = it->second;
            // "Bonwin" for "Bonwin Pte Ltd", "SeaHill" for "SeaHill Condominium".
            if (!acronym && !words.empty())
                if (auto it = names.byFirstWord.find({static_cast<int>(c.type), words[0]}); it != names.byFirstWord.end())
                    for (const auto k : it->second) {
                        const auto full = keyWords(entities[k].name);
                        if (words.size() < full.size() && std::equal(words.begin(), words.end(), full.begin()) &&
                            std::all_of(full.begin() + static_cast<long>(words.size()), full.end(), shortFormTail)) {
                            e = k;
                            break;
                        }
                    }
            if (e && acronym && c.type == EntityType::Agency && entities[*e].acronym.empty()) entities[*e].acronym = surface;
        }
        if (!e && c.type == EntityType::Agency) {
            if (auto it = st.definedAcronyms.find(surface); it != st.definedAcronyms.end()) e = findEntity(c.type, it->second);
        }
        if (!e) {
            DraftEntity d;
            d.type = c.type;
            d.name = surface;
            if (c.type == EntityType::Location) {
                // "State of Minnesota", "Republic of South Ossetia": the place itself.
                for (std::string_view prefix : {"State of ", "Republic of ", "the ", "The "})
                    if (d.name.rfind(prefix, 0) == 0 && st.gazetteer().place(d.name.substr(prefix.size())))
                        d.name = d.name.substr(prefix.size());
                if (const auto* place = st.gazetteer().place(d.name)) d.name = place->name;
            }
            if (c.type == EntityType::Agency) {
                if (const auto* known = st.gazetteer().agencyByName(surface)) {
                    d.name = known->name;
                    d.acronym = known->acronym;
                } else if (const auto* byAcronym = st.gazetteer().agencyByAcronym(surface)) {
                    d.name = byAcronym->name;
                    d.acronym = byAcronym->acronym;
                }
            }
            if (c.type == EntityType::Person && m.firstToken > 0) d.role = titleBeforeToken(st, m.firstToken);
            if (auto again = findEntity(c.type, d.name)) {
                e = again;
            } else {
                entities.push_back(std::move(d));
                e = entities.size() - 1;
            }
        }
        const bool first = entities[*e].mentions.empty();
        attach(*e, m, surface);
        if (first) names.add(entities, *e);
        index(*e, surface);
        index(*e, entities[*e].name);
        if (!entities[*e].acronym.empty()) index(*e, entities[*e].acronym);
        noteAlias(m, *e);
    }
    mergeBarePlacesIntoKinds(entities, st);
    // Kept rule candidates whose span grew ("Ghazni" + "province") were detached from their entity above.
    st.replaceEntities(std::move(entities));
}

}  // namespace bulletin::extract
