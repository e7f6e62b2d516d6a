#include "extractor.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "agency_coordination.hpp"
#include "agency_short_form_merge.hpp"
#include "candidates.hpp"
#include "core/text.hpp"
#include "date_rules.hpp"
#include "described_bodies.hpp"
#include "extraction_state.hpp"
#include "lexicon.hpp"
#include "meeting_rules.hpp"
#include "place_line_after_date.hpp"

namespace bulletin::extract {

// The letterhead comes after the body so that offsets into the title and the body are those of the viewer's text.
std::string extractionText(const Document& doc) {
    std::string text = doc.title + "\n\n" + doc.body;
    if (!doc.letterhead.empty()) {
        text += "\n\n";
        text += doc.letterhead;
    }
    return text;
}

std::string canonicalKey(std::string_view name) {
    return text::foldForMatching(text::collapseWhitespace(name));
}

namespace {

// "MINISTRY OF FOREIGN AFFAIRS" (a letterhead, a sign-off) as lists show names: the release's own mixed-case form
// of it when it has one, else in title case with its connectors in lower case and acronyms kept ("US", "NHS").
std::string nameOutOfCapitals(const std::string& name, const std::set<std::string>& aliases) {
    const bool ascii =
        std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    const bool capitals = std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!ascii || !capitals) return name;
    std::vector<std::string> parts;
    for (std::size_t start = 0; start <= name.size();) {
        const std::size_t stop = std::min(name.find(' ', start), name.size());
        parts.push_back(name.substr(start, stop - start));
        start = stop + 1;
    }
    // (Three words or more with a head word among them: "OC GRIP", "ICE HSI" are acronyms side by side.)
    if (parts.size() < 3 ||
        std::none_of(parts.begin(), parts.end(), [](const std::string& w) { return isOrganisationHead(w); }))
        return name;
    const std::string key = canonicalKey(name);
    for (const auto& a : aliases)
        if (a != name && canonicalKey(a) == key &&
            std::any_of(a.begin(), a.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
            return a;
    static const std::set<std::string> kConnectors{"of", "and", "the", "for", "on", "in",  "at",
                                                   "to", "de",  "du",  "des", "la", "del", "against"};
    std::string out;
    for (auto word : parts) {
        const std::string lowered = text::toLowerAscii(word);
        const bool vowel = word.find_first_of("AEIOUY") != std::string::npos;
        const bool keep = word.size() <= 2 || !vowel || word.find_first_of(".&") != std::string::npos;
        if (kConnectors.count(lowered) && !out.empty())
            word = lowered;
        else if (!keep)
            word = titleCasedCapitals(word);
        if (!out.empty()) out += ' ';
        out += word;
    }
    return out;
}

// "Police Departments", "Town Councils", "Government Agencies", "Member States": words that say only what kind of
// body, before a head in the plural, name a class of bodies, none of the story.
bool namesClassOfBodies(std::string_view name) {
    std::vector<std::string_view> words;
    for (std::size_t at = 0; at < name.size();) {
        const std::size_t space = std::min(name.find(' ', at), name.size());
        words.emplace_back(name.substr(at, space - at));
        at = space + 1;
    }
    if (words.empty() || !(isPluralOrganisationHead(words.back()) || words.back() == "Stations")) return false;
    return std::all_of(words.begin(), words.end() - 1,
                       [](std::string_view w) { return lexicons::genericBodyModifiers().contains(w); });
}

Entity finish(DraftEntity&& d) {
    Entity e;
    e.type = d.type;
    e.name = d.type == EntityType::Agency ? nameOutOfCapitals(d.name, d.aliases) : std::move(d.name);
    e.key = canonicalKey(e.name);
    e.acronym = std::move(d.acronym);
    e.role = std::move(d.role);
    e.affiliation = std::move(d.affiliation);
    e.aliases.assign(d.aliases.begin(), d.aliases.end());
    if (!e.acronym.empty() && std::find(e.aliases.begin(), e.aliases.end(), e.acronym) == e.aliases.end())
        e.aliases.push_back(e.acronym);
    std::sort(d.mentions.begin(), d.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
    e.mentions = std::move(d.mentions);
    return e;
}

// A person's affiliation: the first agency named inside the role ("director general of the National Crime Agency").
void attachAffiliations(ExtractionState& st) {
    for (auto& person : st.entities()) {
        if (person.type != EntityType::Person || person.role.empty() || !person.affiliation.empty()) continue;
        for (const auto& agency : st.entities()) {
            if (agency.type != EntityType::Agency) continue;
            for (const auto& alias : agency.aliases)
                if (person.role.find(alias) != std::string::npos) person.affiliation = agency.name;
            if (!person.affiliation.empty()) break;
        }
    }
}

std::vector<Mention> findUnresolvedAcronyms(const ExtractionState& st) {
    std::vector<Mention> out;
    const auto& t = st.tokens();
    for (const auto& tok : t) {
        if (!tok.isWord() || !isAcronymLike(tok.text) || st.claimed(tok.begin, tok.end) || st.inHeadline(tok.begin))
            continue;
        const std::string acr(tok.text);
        if (acr.size() > 8 || st.placeAcronyms.count(acr) || st.gazetteer().isTitle(acr) || isRomanNumeral(acr) ||
            lexicons::commonAbbreviations().contains(acr) || st.gazetteer().place(acr))
            continue;
        out.push_back(Mention{Span{tok.begin, tok.end}, acr, "agency.acronym_archive"});
    }
    return out;
}

}  // namespace

std::function<Extraction(const Document&)> defaultAnalyzer() {
    static const Extractor extractor;
    return [](const Document& doc) { return extractor.extract(doc); };
}

Extractor::Extractor(const Gazetteer& gazetteer, Recognisers recognisers, const NameTagger* tagger)
    : gazetteer_(gazetteer), recognisers_(recognisers), tagger_(tagger) {}

namespace {

// The rule families, in order, over one document's state.
void runRules(ExtractionState& st, const Document& doc, std::string_view text, const Gazetteer& gazetteer) {
    findAcronymDefinitions(st);
    findAcronymAppositions(st);
    findAgencies(st);
    findServicesSharingPlace(st);
    findPeople(st);
    findPeopleAfterPluralTitles(st);
    findTitledNamesInCapitalHeadline(st);
    findSignOffPeople(st);
    findRoleNamedPeople(st);
    findObjectNamedPeople(st);
    findPlaces(st);
    if (doc.datelinePlace.empty()) findPlaceLineAfterDateLine(st);
    if (!doc.datelinePlace.empty() && !st.find(EntityType::Location, doc.datelinePlace)) {
        const auto* place = gazetteer.place(doc.datelinePlace);
        // The dateline opens a paragraph; the place may be named before it too (in a deck). It is found whatever
        // its case: "(SAINT PAUL) —" gave the title-cased "Saint Paul". ASCII lowering keeps the byte offsets.
        const std::string lowered = text::toLowerAscii(text);
        const std::string wanted = text::toLowerAscii(doc.datelinePlace);
        auto at = lowered.find(wanted, doc.title.size());
        for (auto p = at; p != std::string::npos; p = lowered.find(wanted, p + 1))
            if (p > 0 && text[p - 1] == '\n') {
                at = p;
                break;
            }
        const std::string name = place ? place->name : doc.datelinePlace;
        const auto comma = doc.datelinePlace.find(", ");
        if (at == std::string::npos) return;
        // "GENEVA/NEW YORK": a release issued from two places at once names both.
        if (const auto slash = doc.datelinePlace.find('/'); !place && slash != std::string::npos) {
            for (std::size_t from = 0; from < doc.datelinePlace.size();) {
                const std::size_t to = std::min(doc.datelinePlace.find('/', from), doc.datelinePlace.size());
                const std::string part = doc.datelinePlace.substr(from, to - from);
                if (!part.empty()) {
                    const auto* known = gazetteer.place(part);
                    st.addMention(EntityType::Location, known ? known->name : part, at + from, at + to,
                                  "place.dateline");
                }
                from = to + 1;
            }
            return;
        }
        if (place || comma == std::string::npos) {
            st.addMention(EntityType::Location, name, at, at + doc.datelinePlace.size(), "place.dateline");
            return;
        }
        // "ALBANY, NY", "Lyon, France": a city and its state or country, two places.
        const std::string city = doc.datelinePlace.substr(0, comma), region = doc.datelinePlace.substr(comma + 2);
        const auto* knownCity = gazetteer.place(city);
        st.addMention(EntityType::Location, knownCity ? knownCity->name : city, at, at + city.size(), "place.dateline");
        std::string regionName = region;
        const std::string_view bare = region.ends_with('.') ? std::string_view(region).substr(0, region.size() - 1)
                                                            : std::string_view(region);  // "Calif."
        if (const auto* known = gazetteer.place(bare))
            regionName = known->name;
        else if (const auto state = lexicons::usStateOfCode(bare))
            regionName = *state;
        const std::size_t regionAt = at + comma + 2;
        st.addMention(EntityType::Location, regionName, regionAt, regionAt + region.size(), "place.dateline");
    }
}

}  // namespace

// Places inside another name that count on their own ("Orange County" of "Orange County District Attorney"):
// a mention of the place, nested in the office's, when the office was kept.
static void addNestedPlaces(ExtractionState& st) {
    if (st.nestedPlaces.empty()) return;
    // Kept mentions by start: whether one holds a nested place is a search, not a scan.
    std::vector<Span> kept;
    for (const auto& e : st.entities())
        for (const auto& m : e.mentions) kept.push_back(m.span);
    std::sort(kept.begin(), kept.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    for (const auto& nested : st.nestedPlaces) {
        auto it = std::upper_bound(kept.begin(), kept.end(), nested.begin,
                                   [](std::size_t b, const Span& s) { return b < s.begin; });
        bool held = false;
        for (int back = 0; back < 4 && it != kept.begin() && !held; ++back) {
            --it;
            held = it->begin <= nested.begin && nested.end <= it->end;
        }
        if (!held) continue;
        auto index = st.find(EntityType::Location, nested.name);
        if (!index) {
            DraftEntity place;
            place.type = EntityType::Location;
            place.name = nested.name;
            auto entities = st.entities();
            entities.push_back(std::move(place));
            st.replaceEntities(std::move(entities));
            index = st.entities().size() - 1;
        }
        auto& e = st.entities()[*index];
        const std::string surface(st.slice(nested.begin, nested.end));
        e.mentions.push_back(Mention{Span{nested.begin, nested.end}, surface, "place.in_title", 0.8f});
        e.aliases.insert(surface);
        if (!st.inHeadline(nested.begin)) e.fromBody = true;
    }
}

// A name found only in the headline, where a title or a cue made it sure ("Meeting with Head of Mordovia Artyom
// Zdunov"), is the same name wherever the body writes it ("Artyom Zdunov briefed the President"), though no cue
// stands there: its occurrences in the body are its mentions. Names of two words or more, whole words, outside
// what other entities hold.
static void findHeadlineNamesInBody(ExtractionState& st) {
    const HeldSpans held(st);
    const std::string_view text = st.text();
    for (auto& e : st.entities()) {
        if (e.fromBody || e.mentions.empty() || e.name.find(' ') == std::string::npos) continue;
        // ("MEDIA ADVISORY": capitals are a label's, and a headline's capitals are no evidence of a name.)
        if (std::none_of(e.name.begin(), e.name.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
        std::vector<Mention> found;
        for (std::size_t at = text.find(e.name, st.bodyOffset()); at != std::string_view::npos;
             at = text.find(e.name, at + 1)) {
            const std::size_t end = at + e.name.size();
            if (!standsAsWords(text, at, end)) continue;
            if (held.overlaps(at, end)) continue;
            found.push_back(Mention{Span{at, end}, e.name, "link.headline_name", 0.8f});
        }
        if (found.empty()) continue;
        e.mentions.insert(e.mentions.end(), found.begin(), found.end());
        e.fromBody = true;
    }
}

// A country or a large city the headline names is a place of the release even when the body
// does not name it again ("Visit to Mongolia", "Telephone conversation with President of France Emmanuel Macron").
// Not any gazetteer place: in a headline in title case every word is capitalised, and "Grants", "Home" and "Jail"
// are towns somewhere too, "Unity" and "Sale" regions (orange_ca's headlines).
// A town the headline places its news in ("Suspect arrested with heroin in Wattala") is one too: a known place
// right after "in", "at" or "near".
static void keepHeadlinePlaces(ExtractionState& st) {
    constexpr long kLargeCity = 1000000;  // ("Sale" in "for Sale" is a town of 900,000 in Morocco too)
    constexpr long kTown = 20000;         // ("in Street", "IN CANYON": towns of 13,000 and 15,000 too)
    const auto& t = st.tokens();
    for (auto& e : st.entities()) {
        if (e.type != EntityType::Location || e.fromBody || e.mentions.empty()) continue;
        // ("Meeting with Governor of Kursk Region", "Visit to Primorye Territory": a name with its kind of place.)
        if (const auto space = e.name.rfind(' ');
            space != std::string::npos && lexicons::placeKinds().contains(e.name.substr(space + 1))) {
            e.fromBody = true;
            continue;
        }
        const auto* place = st.gazetteer().place(e.name);
        if (!place) continue;
        // ("... Wildfire Recovery in Los Angeles County": a region or a county of two words or more, which no
        // title-case word alone makes; in a headline in capitals, only where a preposition places the news in it,
        // "EXTRADITED FROM NEW MEXICO", not "CONTRA LA LIBERTAD DE ...".)
        const auto placedRegion = [&](const Mention& m) {
            const std::size_t k = tokenAt(t, m.span.begin);
            return !t[k].allCaps || (k > 0 && t[k - 1].isWord() && t[k - 1].sentence == t[k].sentence &&
                                     (isLocativePreposition(t[k - 1].text) || equalsLower(t[k - 1].text, "to") ||
                                      equalsLower(t[k - 1].text, "from")));
        };
        if (place->kind == PlaceKind::Region && !place->weak && e.name.find(' ') != std::string::npos &&
            std::any_of(e.mentions.begin(), e.mentions.end(), placedRegion)) {
            e.fromBody = true;
            continue;
        }
        // (A city may be known first as the region it heads: "Busan", "Moscow". Its population as a city counts.)
        const long cityPopulation = std::max(place->kind == PlaceKind::City ? place->population : 0L,
                                             st.gazetteer().largestCityPopulation(e.name));
        // (A city known first as a region is kept where it stands alone: in capitals, between small words or
        // punctuation, "VISIT TO MOSCOW"; not inside a longer name, "SANTIAGO MIDDLE SCHOOL", "JORGE MEDINA".)
        auto alone = [&](const Mention& m) {
            const std::size_t k = tokenAt(t, m.span.begin), end = tokenEndAt(t, m.span.end);
            if (!t[k].allCaps) return true;
            const auto small = [&](std::size_t n) {
                return !t[n].isWord() || t[n].sentence != t[k].sentence || isFunctionWord(t[n].text);
            };
            return (k == 0 || small(k - 1)) && (end >= t.size() || small(end));
        };
        const bool written = std::any_of(e.mentions.begin(), e.mentions.end(), alone);
        if (place->kind == PlaceKind::Country || (place->kind == PlaceKind::City && place->population >= kLargeCity) ||
            (cityPopulation >= kLargeCity && written)) {
            e.fromBody = true;
            continue;
        }
        if (cityPopulation < kTown) continue;
        for (const auto& m : e.mentions) {
            const std::size_t k = tokenAt(t, m.span.begin), end = tokenEndAt(t, m.span.end);
            // (Not in capitals, nor the start of a longer name: "AT CORONA DEL MAR HIGH SCHOOL".)
            const bool capitals = t[k].allCaps;
            const bool runsOn =
                end < t.size() && t[end].isWord() && t[end].capitalized && t[end].sentence == t[k].sentence;
            if (k > 0 && k < t.size() && !capitals && !runsOn && t[k - 1].isWord() &&
                t[k - 1].sentence == t[k].sentence && isLocativePreposition(t[k - 1].text)) {
                e.fromBody = true;
                break;
            }
        }
    }
}

std::unique_ptr<RuleView> ruleView(const Document& doc, const Gazetteer& gazetteer) {
    auto view = std::make_unique<RuleView>();
    view->text = extractionText(doc);
    view->bodyOffset = doc.title.size() + 2;
    ExtractionState st(view->text, view->bodyOffset, gazetteer);
    runRules(st, doc, view->text, gazetteer);
    view->tokens = st.tt();
    view->hints = hintTags(ruleCandidates(st), view->tokens.tokens.size());
    return view;
}

Extraction Extractor::extract(const Document& doc) const {
    const std::string text = extractionText(doc);
    ExtractionState st(text, doc.title.size() + 2, gazetteer_);
    runRules(st, doc, text, gazetteer_);
    if (tagger_ && recognisers_ != Recognisers::Rules) {
        // Every recogniser proposes, the resolver keeps the best of overlapping candidates, linking follows.
        auto candidates = ruleCandidates(st);
        const TaggerInput input{&st.tt(), doc.title.size() + 2, hintTags(candidates, st.tokens().size())};
        const TaggerOutput tagged = tagger_->tag(input, gazetteer_);
        auto fromTagger = taggerCandidates(tagged, st.tt());
        if (recognisers_ == Recognisers::Tagger) candidates.clear();
        candidates.insert(candidates.end(), std::make_move_iterator(fromTagger.begin()),
                          std::make_move_iterator(fromTagger.end()));
        linkCandidates(st, resolveCandidates(std::move(candidates), st, &tagged));
    }
    addNestedPlaces(st);
    findListedPeople(st);
    findListedOrganisations(st);
    findPartiesOfAgreements(st);
    findParenthesisedAffiliations(st);
    findOrganisationRepeats(st);
    linkProjectNames(st);
    findHeadlineNamesInBody(st);
    keepHeadlinePlaces(st);
    mergeShortAgencyForms(st.entities(), gazetteer_);
    mergeDescribedAppositions(st);
    attachAffiliations(st);

    Extraction out;
    out.unresolvedAcronyms = findUnresolvedAcronyms(st);
    out.dates = findDates(text, doc.title.size() + 2, doc.publicationDate);
    out.meetings = findMeetings(st, out.dates, doc.datelinePlace, doc.publicationDate);
    for (auto& d : st.entities()) {
        if (d.mentions.empty() || !d.fromBody) continue;  // merged away, or only in the headline
        if (d.type == EntityType::Agency && namesClassOfBodies(d.name)) continue;
        out.entities.push_back(finish(std::move(d)));
    }
    // A meeting's participants are entities of the document: one named only in the headline (left out above)
    // would otherwise be a participant nobody can look up (found by fuzz_meetings).
    auto emitted = [&](EntityType type, const std::string& name) {
        return std::any_of(out.entities.begin(), out.entities.end(),
                           [&](const Entity& e) { return e.type == type && e.name == name; });
    };
    for (auto& m : out.meetings) {
        std::erase_if(m.agencies, [&](const std::string& a) { return !emitted(EntityType::Agency, a); });
        std::erase_if(m.people, [&](const std::string& p) { return !emitted(EntityType::Person, p); });
    }
    return out;
}

}  // namespace bulletin::extract
