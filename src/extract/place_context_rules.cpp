// Places told by what happened there rather than by a gazetteer (see place_context_rules.hpp).

#include "place_context_rules.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "candidates.hpp"
#include "lexicon.hpp"

namespace bulletin::extract {

namespace {

// A capitalised word that may be (part of) a town's name: no word of a calendar, a title, a body, a building or a
// venue, no compass point, function word or placeholder.
bool mayBeTownWord(const Gazetteer& gz, const Token& w) {
    return w.isWord() && w.capitalized && !isCalendarWord(w.text) && !isFunctionWord(w.text) &&
           !isOrganisationHead(w.text) && !gz.mayStartTitle(w.text) && !lexicons::buildingWords().contains(w.text) &&
           !lexicons::venueWords().contains(w.text) && !isCompassPoint(w.text) &&
           !lexicons::placeholderNames().contains(w.text);
}

}  // namespace

// "a resident of Kottawa", "natives of Galle": what the place is of a person's home.
bool residenceNoun(const Token& w) {
    return w.isWord() && !w.capitalized &&
           inLowerList(w.text, std::array<std::string_view, 6>{"resident", "residents", "native", "natives",
                                                               "outskirts", "suburbs"});
}

// "arrested in Nittambuwa", "raids conducted in Kesbewa and Piliyandala", "killed at Deniyaya on Monday": the
// capitalised names after a report's verb of where something happened, "in" or "at", and before the sentence goes
// on, towns the gazetteer may not know (it holds places of 1,000 people or more). Not a longer name ("arrested in
// the Kandy Police area" is the police's), nor a name the gazetteer or another rule already placed.
void placesAfterReportVerbs(ExtractionState& st) {
    // A weapon's or a vehicle's model, written with digits ("a T-56 firearm").
    auto modelName = [](std::string_view w) {
        return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    // (Not "shot at", "stabbed at": a target, often a person.)
    // ("shot dead at Meegahawatta", "found dead in ...".)
    // ("raids were carried out in Kotahena", "cases were reported in Vemora", "rescued in Galle".)
    // ("lives in Kirulapana", "was born in Kolonnawa": where someone lives or was born.)
    // ("a complaint lodged at the police station in Akkaraipattu", "admitted to the hospital in Ampara", "drowned
    // in the lagoon in Pottuvil": where a report was made, a victim treated or a death took place.)
    // ("collided with a lorry at Warakapola", "crashed near ...": where a road accident happened.)
    // ("taken into custody along with a T-56 firearm in Embilipitiya", "stabbed to death in Moratuwa", "explosives
    // were discovered in Mullaitivu", "a fire broke out at a factory in Biyagama".)
    static constexpr std::array<std::string_view, 41> kVerbs{
        "arrested",    "apprehended", "nabbed",   "detained",     "raided",       "seized",    "recovered",
        "found",       "killed",      "injured",  "died",         "occurred",     "conducted", "located",
        "situated",    "stationed",   "residing", "living",       "dead",         "carried",   "reported",
        "intercepted", "rescued",     "deployed", "lives",        "resides",      "reside",    "born",
        "lodged",      "admitted",    "drowned",  "hospitalised", "hospitalized", "collided",  "crashed",
        "overturned",  "custody",     "death",    "discovered",   "detected",     "broke"};
    static constexpr std::array<std::string_view, 6> kFled{"fled", "escaped", "headed", "heading", "fleeing", "sped"};
    // ("shot dead at Kudawella in Tangalle": a village and the town it lies in, the town after "in".)
    // ("killed ... at Ahangama around 8.30 p.m.": the hour after the place.)
    static constexpr std::array<std::string_view, 18> kAfter{"on",        "by",    "with", "while", "after",  "during",
                                                             "yesterday", "today", "area", "areas", "last",   "this",
                                                             "when",      "where", "in",   "near",  "around", "about"};
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    std::vector<Span> agencySpans;  // by start
    for (const auto& e : st.entities())
        if (e.type == EntityType::Agency)
            for (const auto& m : e.mentions) agencySpans.push_back(m.span);
    std::sort(agencySpans.begin(), agencySpans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    auto inAgency = [&](std::size_t at) {
        auto it = std::upper_bound(agencySpans.begin(), agencySpans.end(), at,
                                   [](std::size_t b, const Span& s) { return b < s.begin; });
        return it != agencySpans.begin() && std::prev(it)->begin <= at && at < std::prev(it)->end;
    };
    auto nameWord = [&](const Token& w) {
        return mayBeTownWord(gz, w) && !(w.allCaps && w.text.size() > 1) &&
               // ("Russian-occupied Mariupol": an adjective.)
               !(w.text.find('-') != std::string_view::npos && w.text.find('-') + 1 < w.text.size() &&
                 std::islower(static_cast<unsigned char>(w.text[w.text.find('-') + 1])));
    };
    // Where something was held or opened, or is based: "opened in Tampines", "took place in Kochi"; only after "in"
    // ("held at Google" names a host, not a town).
    static constexpr std::array<std::string_view, 6> kInVerbs{"held",  "opened",        "launched",
                                                              "based", "headquartered", "place"};
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        if (!t[i].isWord() || t[i].capitalized) continue;
        const bool inOnly = inLowerList(t[i].text, kInVerbs) && !(t[i].is("place") && (i == 0 || !t[i - 1].is("took")));
        // ("the suspects fled towards Horana": where those who got away went.)
        const bool fled = inLowerList(t[i].text, kFled) && (t[i + 1].is("towards") || t[i + 1].is("toward"));
        if (!inOnly && !fled && !inLowerList(t[i].text, kVerbs)) continue;
        // ("arrested two suspects in Kesbewa", "arrested two suspects with 120 grams of heroin in Kesbewa": a few
        // lower-case words or numbers between.)
        std::size_t at = i + 1;
        // ("arrested two suspects near Wariyapola": near a town is as much a place of the report.)
        // ("found in a paddy field in Mahiyanganaya": past a place in lower case, to the town's "in".)
        for (int tries = 0; tries < 2 && !fled; ++tries) {
            // ("an accident on the Colombo-Kandy road at Nittambuwa": a road named for towns, in lower case after
            // them, is walked past too; so is one with a word before its kind, "the Kandy-Colombo main road".)
            auto roadName = [&](std::size_t k) {
                auto roadWord = [&](std::size_t m) {
                    return m < t.size() && t[m].isWord() && !t[m].capitalized &&
                           lexicons::streetWords().contains(t[m].text);
                };
                return t[k].isWord() && t[k].capitalized && k + 1 < t.size() &&
                       (roadWord(k + 1) || (t[k + 1].isWord() && !t[k + 1].capitalized && roadWord(k + 2)));
            };
            // ("found floating in the Kelani River near Kaduwela": past a river or a lake named before the town.)
            auto featureName = [&](std::size_t k) {
                return t[k].isWord() && t[k].capitalized && !t[k].allCaps && k + 1 < t.size() && t[k + 1].isWord() &&
                       t[k + 1].capitalized && t[k + 1].sentence == t[k].sentence &&
                       lexicons::geoFeatures().contains(t[k + 1].text);
            };
            while (at < t.size() && at < i + 10 && t[at].sentence == t[i].sentence && !t[at].is("in") &&
                   !t[at].is("at") && !t[at].is("near")) {
                if (featureName(at)) {
                    at += 2;
                } else if (t[at].isWord() && t[at].capitalized && inAgency(t[at].begin)) {
                    // ("arrested by officers of the Bandaragama Police in Raigama": past a body read already.)
                    ++at;
                } else if ((t[at].isWord() && (!t[at].capitalized || modelName(t[at].text))) ||
                           t[at].kind == TokenKind::Number || roadName(at)) {
                    ++at;
                } else {
                    break;
                }
            }
            if (at + 1 >= t.size() || !(t[at].is("in") || t[at].is("at") || t[at].is("near")) ||
                (t[at + 1].isWord() && t[at + 1].capitalized))
                break;
            ++at;
        }
        if (at + 1 >= t.size() || !(fled || t[at].is("in") || ((t[at].is("at") || t[at].is("near")) && !inOnly)) ||
            t[at].sentence != t[i].sentence)
            continue;
        std::vector<std::pair<std::size_t, std::size_t>> names;
        std::size_t k = at + 1;
        bool afterAnd = false;
        while (k < t.size() && t[k].sentence == t[i].sentence) {
            std::size_t end = k;
            while (end < t.size() && end < k + 2 && nameWord(t[end]) && t[end].sentence == t[i].sentence) ++end;
            if (end == k) break;
            // What follows must end the name: punctuation, "and" and another name, or a word of when or by whom.
            // (A name after "and" that does not end so takes the one before it along: "bailing out in Cypress and
            // Lomax and Darnell were arrested", where "and" joins people.)
            // ("arrested in Kotahena at 7 p.m.": "at" and the hour end the name too.)
            const bool atHour =
                end + 1 < t.size() && t[end].is("at") &&
                (t[end + 1].kind == TokenKind::Number || t[end + 1].is("about") || t[end + 1].is("around"));
            if (end < t.size() && t[end].sentence == t[i].sentence && t[end].isWord() &&
                (t[end].capitalized || !inLowerList(t[end].text, kAfter)) && !t[end].is("and") && !atHour) {
                if (afterAnd && !names.empty()) names.pop_back();
                break;
            }
            // ("near the complex in Santa Ana and Jane Doe 1": a numbered person after "and", not a second town.)
            if (afterAnd && end < t.size() && t[end].kind == TokenKind::Number && t[end].sentence == t[i].sentence)
                break;
            afterAnd = end < t.size() && t[end].is("and");
            // Not an owner ("found in Haugen's apartment"), nor an abbreviation ("living in Ft. Huachuca", "Mo.").
            if (end < t.size() && t[end].kind == TokenKind::Possessive) break;
            if (end - k == 1 && t[k].text.size() < 4) break;
            if (end + 1 < t.size() && t[end].isPunct('.') && t[end].begin == t[end - 1].end && t[end + 1].isWord() &&
                t[end + 1].capitalized && t[end + 1].sentence == t[i].sentence)
                break;
            names.emplace_back(k, end);
            if (end < t.size() && t[end].isPunct(',') && end + 1 < t.size() && t[end + 1].isWord() &&
                t[end + 1].capitalized && t[end + 1].sentence == t[i].sentence) {
                k = end + 1;
            } else if (end < t.size() && t[end].is("and") && end + 1 < t.size() && nameWord(t[end + 1])) {
                k = end + 1;
            } else {
                break;
            }
        }
        for (const auto& [first, end] : names) {
            const std::size_t begin = t[first].begin, stop = t[end - 1].end;
            if (st.claimed(begin, stop)) continue;
            const std::string_view name = st.slice(begin, stop);
            // A given name or a family name alone is more often a person's ("found at Smith's home" aside).
            if (end - first == 1 && gz.givenNameCount(name) >= 500) continue;
            // (Nor a language or a people: "found the ledgers in Spanish".)
            if (end - first == 1 && gz.countryOfDemonym(name)) continue;
            const auto* known = gz.place(name);
            st.addMention(EntityType::Location, known ? known->name : std::string(name), begin, stop,
                          "place.report_locative");
        }
    }
}

namespace {

// The capitalised words from token `end` on, within its sentence, close with a word `closes` accepts that ends the
// run (five words before it at most, each one `inside` accepts, at least `minWords` of them).
template <typename Inside, typename Closes>
bool runClosedBy(const std::vector<Token>& t, std::size_t end, std::size_t minWords, Inside inside, Closes closes) {
    if (end == 0 || end >= t.size()) return false;
    const std::size_t sentence = t[end - 1].sentence;
    std::size_t k = end;
    while (k < t.size() && k < end + 5 && t[k].isWord() && inside(t[k]) && t[k].sentence == sentence && !closes(t[k]))
        ++k;
    if (!(k >= end + minWords && k < t.size() && t[k].isWord() && t[k].capitalized && t[k].sentence == sentence &&
          closes(t[k])))
        return false;
    // (The closing word ends the name: not "Local Law Enforcement Leaders", "Supervisor Bill Campbell", "Treaty
    // Organization".)
    return k + 1 >= t.size() || t[k + 1].sentence != sentence || !(t[k + 1].isWord() && t[k + 1].capitalized);
}

}  // namespace

bool opensLawName(const std::vector<Token>& t, std::size_t end) {
    return runClosedBy(
        t, end, 1, [](const Token& w) { return w.capitalized || w.allCaps; },
        [](const Token& w) { return lexicons::lawWords().contains(w.text); });
}

bool opensInstrumentName(const std::vector<Token>& t, std::size_t end) {
    return runClosedBy(
        t, end, 0, [](const Token& w) { return w.capitalized && !w.allCaps; },
        [](const Token& w) { return lexicons::lawWords().contains(w.text) || w.is("Charter") || w.is("Regulation"); });
}

std::size_t townBeforeComma(const std::vector<Token>& t, std::size_t i, std::size_t maxWords) {
    if (i < 3 || !t[i - 1].isPunct(',')) return 0;
    std::size_t first = i - 1;
    while (first > 0 && i - 1 - first < maxWords && t[first - 1].isWord() && t[first - 1].capitalized &&
           !t[first - 1].allCaps && t[first - 1].sentence == t[i].sentence)
        --first;
    if (first == i - 1 || first == 0 || t[first].sentenceStart) return 0;
    const Token& cue = t[first - 1];
    return cue.isWord() && !cue.capitalized && cue.sentence == t[i].sentence && isLocativePreposition(cue.text) ? first
                                                                                                                : 0;
}

// "in Ahangama, Galle", "in a paddy field in Kovalpitiya, Kurunegala": a town nobody lists, after "in", "at" or
// "near" and before a comma and the known district or city it lies in, is a place too.
void townsBeforeTheirDistrict(ExtractionState& st) {
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    for (std::size_t i = 3; i < t.size(); ++i) {
        if (!t[i - 1].isPunct(',') || !t[i].isWord() || !t[i].capitalized || t[i].allCaps) continue;
        const auto* district = gz.place(t[i].text);
        if (!district || district->weak) continue;
        // (The district ends there: "Galle," or "Galle." or "Galle on Monday", not "Galle Face Hotel".)
        if (i + 1 < t.size() && t[i + 1].isWord() && t[i + 1].capitalized && t[i + 1].sentence == t[i].sentence)
            continue;
        const std::size_t first = townBeforeComma(t, i, 2);
        if (first == 0) continue;
        const std::size_t begin = t[first].begin, end = t[i - 2].end;
        if (st.claimed(begin, end)) continue;
        bool nameLike = true;
        for (std::size_t k = first; k + 1 < i; ++k)
            nameLike = nameLike && t[k].text.size() >= 3 && !isCalendarWord(t[k].text) && !isFunctionWord(t[k].text) &&
                       !isOrganisationHead(t[k].text) && !gz.mayStartTitle(t[k].text) &&
                       !lexicons::buildingWords().contains(t[k].text) && !lexicons::venueWords().contains(t[k].text) &&
                       gz.givenNameCount(t[k].text) < 1000;
        if (!nameLike) continue;
        const auto* known = gz.place(st.slice(begin, end));
        st.addMention(EntityType::Location, known ? known->name : std::string(st.slice(begin, end)), begin, end,
                      "place.town_of_district");
    }
}

// "Minister Grace Fu visited the Tuas Nexus", "toured the Marina Barrage", "a visit to the Ridgeview Landfill": a
// name after "the" that a visit is paid to is a site, a place (a venue, in the annotation's words). Not a body
// ("visited the Ministry of Health": its head word says so, and a body acts elsewhere), a title ("visited the
// President") or a known organisation; nor without "the" ("visited Google", "visited Acme" are firms as often).
bool visitingVerb(std::string_view word) {
    return inLowerList(word, std::array<std::string_view, 4>{"visited", "toured", "visiting", "touring"});
}

void sitesVisited(ExtractionState& st) {
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        if (!t[i].isWord() || t[i].capitalized) continue;
        std::size_t k = i + 1;
        if (visitingVerb(t[i].text)) {
        } else if (inLowerList(t[i].text, std::array<std::string_view, 4>{"visit", "visits", "tour", "tours"}) &&
                   (t[k].is("to") || t[k].is("of"))) {
            ++k;
        } else {
            continue;
        }
        if (k >= t.size() || !t[k].is("the") || t[k].sentence != t[i].sentence) continue;
        const std::size_t first = ++k;
        std::size_t end = first;
        while (
            end < t.size() && end - first < 5 && t[end].sentence == t[i].sentence &&
            ((t[end].isWord() && t[end].capitalized && !isFunctionWord(t[end].text)) ||
             (t[end].is("of") && end > first && end + 1 < t.size() && t[end + 1].isWord() && t[end + 1].capitalized)))
            ++end;
        if (end == first || (end < t.size() && t[end].isWord() && t[end].capitalized)) continue;
        // (What ends the name: punctuation, or a word of the sentence's frame, "on", "and", "where"; not a noun the
        // name describes, "the Vlasenko family", "the Acme plant", nor a possessive.)
        if (end < t.size() && t[end].sentence == t[i].sentence &&
            (t[end].kind == TokenKind::Possessive || (t[end].isWord() && !isFunctionWord(t[end].text))))
            continue;
        bool body = gz.mayStartTitle(t[first].text) || (end - first == 1 && t[first].text.size() < 4);
        for (std::size_t m = first; m < end && !body; ++m)
            body = isOrganisationHead(t[m].text) || isCalendarWord(t[m].text) || t[m].allCaps;
        if (body) continue;
        const std::size_t begin = t[first].begin, stop = t[end - 1].end;
        if (st.claimed(begin, stop)) continue;
        const std::string_view name = st.slice(begin, stop);
        if (gz.agencyByName(name) || gz.countryOfDemonym(name)) continue;
        const auto* known = gz.place(name);
        st.addMention(EntityType::Location, known ? known->name : std::string(name), begin, stop, "place.visited");
    }
}

namespace {

// A town's name: one or two capitalised words (not in capitals) that end where it does, no word of a title, a body,
// a building, a calendar or a common given name, nor anything another rule has read.
std::size_t townEnd(const ExtractionState& st, std::size_t k, std::size_t sentence) {
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    std::size_t end = k;
    while (end < t.size() && end < k + 2 && t[end].sentence == sentence && mayBeTownWord(gz, t[end]) &&
           !t[end].allCaps && t[end].text.size() >= 3)
        ++end;
    if (end == k) return k;
    // (It ends there: punctuation, the sentence's end, or a lower-case word that goes on with the sentence; not
    // "from Velmar Harbour Board".)
    static constexpr std::array<std::string_view, 24> kGoesOn{
        "on",  "in",    "at",     "and",  "or",    "was",   "were",  "is", "are", "has",       "have",  "had",
        "for", "after", "before", "when", "while", "where", "which", "by", "via", "yesterday", "today", "to"};
    if (end < t.size() && t[end].sentence == sentence && t[end].kind != TokenKind::Punct &&
        !(t[end].isWord() && !t[end].capitalized && inLowerList(t[end].text, kGoesOn))) {
        // (A verb may follow, "to Anamaduwa met with an accident"; not a noun in the plural or after an adjective,
        // "European countries", "Sri Lankan fishermen".)
        const std::string_view last = t[end - 1].text;
        const bool adjective = last.ends_with("an") || last.ends_with("ese") || last.ends_with("ish");
        if (!t[end].isWord() || t[end].capitalized || t[end].allCaps || t[end].text.ends_with("s") || adjective)
            return k;
    }
    if (st.claimed(t[k].begin, t[end - 1].end)) return k;
    if (end - k == 1 && (gz.givenNameCount(t[k].text) >= 500 || gz.countryOfDemonym(t[k].text))) return k;
    // (Nor a holiday, "a suspect from Christmas Eve, 1990", nor an anonymous victim, "between Ellis and Jane Doe".)
    if (equalsLower(t[end - 1].text, "eve") || equalsLower(t[end - 1].text, "day") ||
        lexicons::placeholderNames().contains(st.slice(t[k].begin, t[end - 1].end)))
        return k;
    return end;
}

}  // namespace

void placesOfRoutesAndOrigins(ExtractionState& st) {
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    auto knownTown = [&](std::size_t k, std::size_t sentence) -> std::size_t {
        // A place the gazetteer knows, not a weak reading ("Nelson"), ending where it does.
        std::size_t end = k;
        while (end < t.size() && end < k + 3 && t[end].sentence == sentence && t[end].isWord() && t[end].capitalized)
            ++end;
        if (end == k) return k;
        const auto* place = gz.place(st.slice(t[k].begin, t[end - 1].end));
        return place && !place->weak ? end : k;
    };
    // (Neither end a word of a person's name: "the money went from Gan to Liaw", "between Ellis and ...".)
    // (Read only when a route or an origin is found: most releases name none.)
    std::optional<std::set<std::string_view, std::less<>>> nameWords;
    // (... nor a short name the release gives someone, "Zhu Shirong (“Zhu”)", before the tagger has read them.)
    auto personal = [&](std::size_t first, std::size_t end) {
        if (!nameWords) nameWords = personNameWords(st);
        for (std::size_t k = first; k < end; ++k)
            if (nameWords->count(t[k].text)) return true;
        const std::string name(st.slice(t[first].begin, t[end - 1].end));
        return st.text().find("\"" + name + "\"") != std::string_view::npos ||
               st.text().find("“" + name + "”") != std::string_view::npos;
    };
    auto add = [&](std::size_t first, std::size_t end) {
        const std::size_t begin = t[first].begin, stop = t[end - 1].end;
        const auto* known = gz.place(st.slice(begin, stop));
        st.addMention(EntityType::Location, known ? known->name : std::string(st.slice(begin, stop)), begin, stop,
                      "place.route");
    };
    static constexpr std::array<std::string_view, 16> kPeople{
        "man",     "men",      "woman",    "women",     "youth", "youths", "person",    "persons",
        "suspect", "suspects", "resident", "residents", "boy",   "girl",   "villagers", "family"};
    for (std::size_t i = 0; i + 3 < t.size(); ++i) {
        if (!t[i].isWord() || t[i].capitalized) continue;
        const std::size_t sentence = t[i].sentence;
        // "travelling from Puttalam to Anamaduwa", "the road between Kurunegala and Maho": the other end of a route
        // whose one end is a known town is a town too.
        const bool from = t[i].is("from"), between = t[i].is("between");
        if (from || between) {
            const std::size_t a = i + 1;
            const std::size_t aTown = townEnd(st, a, sentence), aKnown = knownTown(a, sentence);
            const std::size_t aEnd = std::max(aTown, aKnown);
            if (aEnd == a || aEnd + 1 >= t.size() || t[aEnd].sentence != sentence || !t[aEnd].is(from ? "to" : "and"))
                continue;
            const std::size_t b = aEnd + 1;
            const std::size_t bTown = townEnd(st, b, sentence), bKnown = knownTown(b, sentence);
            const std::size_t bEnd = std::max(bTown, bKnown);
            if (bEnd == b) continue;
            // (Nor streets: "between Birch and Ross streets".)
            if (bEnd < t.size() && t[bEnd].isWord() && t[bEnd].sentence == sentence) {
                std::string_view next = t[bEnd].text;
                if (next.size() > 3 && next.back() == 's') next.remove_suffix(1);
                if (lexicons::streetWords().contains(next)) continue;
            }
            if (personal(a, aEnd) || personal(b, bEnd)) continue;
            const bool aIsKnown = aKnown == aEnd, bIsKnown = bKnown == bEnd;
            if (aIsKnown && !bIsKnown && bTown == bEnd) add(b, bEnd);
            if (bIsKnown && !aIsKnown && aTown == aEnd) add(a, aEnd);
            continue;
        }
        // "another man from Maho", "two youths from Hiriyala": where people come from.
        if (t[i + 1].is("from") && t[i + 1].sentence == sentence && inLowerList(t[i].text, kPeople)) {
            const std::size_t end = townEnd(st, i + 2, sentence);
            if (end > i + 2 && !personal(i + 2, end)) add(i + 2, end);
        }
    }
}

void townsOfRoadNames(ExtractionState& st) {
    const auto& t = st.tokens();
    // A road's or a railway's word after the two ends (a road's number and "main" may stand between).
    auto roadAt = [&](std::size_t k, std::size_t sentence) {
        for (std::size_t n = 0; n < 3 && k < t.size() && t[k].sentence == sentence; ++n, ++k) {
            const std::string_view w = t[k].text;
            if (t[k].isWord() && inLowerList(w, std::array<std::string_view, 6>{"road", "highway", "expressway",
                                                                                "railway", "route", "motorway"}))
                return true;
            const bool number = w.size() >= 2 && w.size() <= 4 && std::isupper(static_cast<unsigned char>(w[0])) &&
                                std::all_of(w.begin() + 1, w.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (!number && !inLowerList(w, std::array<std::string_view, 4>{"main", "old", "new", "trunk"}))
                return false;
        }
        return false;
    };
    auto known = [&](std::string_view w) {
        const auto* place = st.gazetteer().place(w);
        return place && !place->weak;
    };
    // An end: one capitalised word of three letters or more, no common given name (unless a town the gazetteer
    // knows: "Kandy"), no word of a title or a body.
    auto end = [&](std::string_view w) {
        const auto letter = [](char c) { return static_cast<unsigned char>(c) >= 0x80 || std::isalpha(c) != 0; };
        return w.size() >= 3 && std::isupper(static_cast<unsigned char>(w[0])) &&
               std::all_of(w.begin(), w.end(), letter) && (st.gazetteer().givenNameCount(w) < 1000 || known(w)) &&
               !st.gazetteer().mayStartTitle(w) && !isOrganisationHead(w) && !lexicons::streetWords().contains(w) &&
               !isCalendarWord(w);
    };
    auto add = [&](std::size_t begin, std::size_t stop) {
        if (st.claimed(begin, stop)) return;
        const std::string_view name = st.slice(begin, stop);
        const auto* place = st.gazetteer().place(name);
        st.addMention(EntityType::Location, place ? place->name : std::string(name), begin, stop, "place.road_end");
    };
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].isWord() || !t[i].capitalized || t[i].allCaps) continue;
        // ("the Colombo-Kandy road", one token, is left alone: a mention is made of whole tokens.)
        // "the Ruwanwella - Yatiyantota road": a dash between the two words.
        if (i + 3 < t.size() && (t[i + 1].isPunct('-') || t[i + 1].text == "\xE2\x80\x93") && t[i + 2].isWord() &&
            t[i + 2].capitalized && !t[i + 2].allCaps && t[i + 2].sentence == t[i].sentence && end(t[i].text) &&
            end(t[i + 2].text) && roadAt(i + 3, t[i].sentence) &&
            !(i > 0 && t[i - 1].isWord() && t[i - 1].capitalized && t[i - 1].sentence == t[i].sentence)) {
            add(t[i].begin, t[i].end);
            add(t[i + 2].begin, t[i + 2].end);
            i += 2;
        }
    }
}

// "Thalawa Police are conducting investigations into a shooting in Thalawa", "In Kebithigollewa, a suspect was
// arrested": a town's police is its station, so a town whose police the release names ("<Town> Police", "<Town>
// Police Station") is a place wherever it stands alone after "in", "at", "near", "from", "of" or "to", with or
// without a verb of a report before it (placesAfterReportVerbs reads those it can). Towns the gazetteer may not know
// (it holds places of 1,000 people or more). Not a word that says whose police without naming a town ("State
// Police", "Transit Police").
void townsOfTheReleasesPolice(ExtractionState& st) {
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    const auto townWord = [&](const Token& w) {
        return mayBeTownWord(gz, w) && !w.allCaps && !lexicons::genericBodyModifiers().contains(w.text) &&
               !lexicons::stateModifiers().contains(w.text) && !gz.countryOfDemonym(w.text);
    };
    // The towns, as written: the one or two words an agency's mention opens with before "Police".
    std::set<std::string, std::less<>> towns;
    for (const auto& e : st.entities()) {
        if (e.type != EntityType::Agency) continue;
        for (const auto& m : e.mentions) {
            const std::size_t i = tokenAt(t, m.span.begin);
            for (std::size_t n = 1; n <= 2; ++n) {
                const std::size_t police = i + n;
                if (police >= t.size() || t[police].begin >= m.span.end || !t[police].is("Police")) continue;
                bool allTown = true;
                for (std::size_t k = i; k < police; ++k) allTown = allTown && townWord(t[k]);
                // (One word of four letters at least, and no common given name: "Kent Police" aside.)
                if (!allTown || (n == 1 && (t[i].text.size() < 4 || gz.givenNameCount(t[i].text) >= 500))) break;
                towns.emplace(st.slice(t[i].begin, t[police - 1].end));
                break;
            }
        }
    }
    if (towns.empty()) return;
    static constexpr std::array<std::string_view, 6> kBefore{"in", "at", "near", "from", "of", "to"};
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (!t[i].isWord() || !t[i].capitalized || !inLowerList(t[i - 1].text, kBefore) ||
            t[i - 1].sentence != t[i].sentence)
            continue;
        // ("in" opening the sentence is written "In".)
        if (t[i - 1].capitalized && !t[i - 1].sentenceStart) continue;
        // (Not the last words of a name "of" them: "the Los Angeles Angels of Anaheim".)
        if (t[i - 1].is("of") && i >= 2 && t[i - 2].isWord() && t[i - 2].capitalized) continue;
        for (std::size_t n = 2; n >= 1; --n) {
            const std::size_t end = i + n;
            if (end > t.size() || t[end - 1].sentence != t[i].sentence) continue;
            // (Alone: no capitalised word or possessive goes on with the name, "in Thalawa Police area" is the
            // police's.)
            if (end < t.size() && t[end].sentence == t[i].sentence &&
                ((t[end].isWord() && t[end].capitalized) || t[end].kind == TokenKind::Possessive))
                continue;
            const std::string_view name = st.slice(t[i].begin, t[end - 1].end);
            if (!towns.contains(name) || st.claimed(t[i].begin, t[end - 1].end)) continue;
            const auto* known = gz.place(name);
            st.addMention(EntityType::Location, known ? known->name : std::string(name), t[i].begin, t[end - 1].end,
                          "place.police_town");
            i = end - 1;
            break;
        }
    }
}

}  // namespace bulletin::extract
