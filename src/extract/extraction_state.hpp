#pragma once
// Working state of one document's extraction: the tokens, the entities found so far, and the spans already
// claimed (an agency's span is not searched again for places or people: no nesting).

#include <array>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/document.hpp"
#include "gazetteer.hpp"
#include "tokens.hpp"

namespace bulletin::extract {

struct DraftEntity final {
    EntityType type = EntityType::Person;
    std::string name;
    std::string acronym;
    std::string role;
    std::string affiliation;
    std::vector<Mention> mentions;
    std::set<std::string> aliases;  // surface forms as written
    bool fromBody = false;          // seen outside the headline
};

// `longer` takes in every mention and alias of `shorter`, which is left empty (merged away).
void absorb(DraftEntity& longer, DraftEntity& shorter);

class ExtractionState final {
public:
    ExtractionState(std::string_view text, std::size_t bodyOffset, const Gazetteer& gazetteer);

    [[nodiscard]] const TokenizedText& tt() const { return tt_; }
    [[nodiscard]] const std::vector<Token>& tokens() const { return tt_.tokens; }
    [[nodiscard]] std::string_view text() const { return text_; }
    [[nodiscard]] const Gazetteer& gazetteer() const { return gazetteer_; }
    [[nodiscard]] std::string_view slice(std::size_t begin, std::size_t end) const {
        return text_.substr(begin, end - begin);
    }
    [[nodiscard]] bool inHeadline(std::size_t offset) const { return offset < bodyOffset_; }
    // Whether a line break lies between token a and the later token b.
    [[nodiscard]] bool lineBreakBetween(std::size_t a, std::size_t b) const {
        const auto& t = tt_.tokens;
        return text_.substr(t[a].end, t[b].begin - t[a].end).find('\n') != std::string_view::npos;
    }
    [[nodiscard]] std::size_t bodyOffset() const { return bodyOffset_; }

    [[nodiscard]] bool claimed(std::size_t begin, std::size_t end) const;
    void claim(std::size_t begin, std::size_t end);

    // Adds a mention to the entity of this type and key, creating it when new; returns its index.
    std::size_t addMention(EntityType type, const std::string& name, std::size_t begin, std::size_t end,
                           const std::string& rule, const std::string& acronym = {});
    [[nodiscard]] std::optional<std::size_t> find(EntityType type, const std::string& name) const;
    // Gives an entity a fuller name ("Putin" -> "Vladimir Putin"); its old name stays an alias and still finds it.
    void renameEntity(std::size_t index, const std::string& name);
    [[nodiscard]] std::optional<std::size_t> findAgencyByAcronym(const std::string& acronym) const;
    // Whether a venue's mention ("place.venue") ends at this byte offset: a name listed right after one is a venue
    // too. An index, not a pass over the entities: a hostile release may list thousands of venues.
    [[nodiscard]] bool venueEndsAt(std::size_t offset) const { return venueEnds_.contains(offset); }

    std::vector<DraftEntity>& entities() { return entities_; }
    // After the resolver: these entities and their mentions replace what the rules found; the claimed spans
    // become the kept mentions.
    void replaceEntities(std::vector<DraftEntity> entities);
    [[nodiscard]] const std::vector<DraftEntity>& entities() const { return entities_; }

    // Acronyms defined in this document ("Full Name (ACR)"), acronym -> full name.
    std::map<std::string, std::string> definedAcronyms;
    // Place acronyms ("Khyber Pakhtunkhwa (KP)"): never agencies.
    std::set<std::string> placeAcronyms;
    // Acronyms of laws, programmes and other things ("Affordable Care Act (ACA)", "Official Cash Rate (OCR)"): never
    // agencies.
    std::set<std::string> instrumentAcronyms;
    // Places inside another name that still count on their own (the place of a title office: "Orange County" in
    // "Orange County District Attorney"), added after resolution because they nest in another mention.
    struct NestedPlace final {
        std::size_t begin = 0, end = 0;
        std::string name;
    };
    std::vector<NestedPlace> nestedPlaces;

    // The answer to a per-token question that depends only on the token, its neighbours and the gazetteer (and on
    // the bodies found before the question is first asked), computed on first use: the person rules ask "can this
    // token be part of a name?" of the same token several times.
    template <typename Compute>
    bool tokenFlag(const Token& token, Compute compute) const {
        if (flags_.empty()) flags_.assign(tt_.tokens.size(), kUnknown);
        auto& f = flags_[static_cast<std::size_t>(&token - tt_.tokens.data())];
        if (f == kUnknown) f = compute() ? 1 : 0;
        return f == 1;
    }

    // Whether the release writes `word` in lower case somewhere ("day" of "the day after", "time" of "Time &
    // Place"; ASCII capitals compared as lower case). The set of such words is built on the first question.
    [[nodiscard]] bool writtenInLowerCase(std::string_view word) const;

private:
    std::string_view text_;
    std::size_t bodyOffset_;
    const Gazetteer& gazetteer_;
    TokenizedText tt_;
    std::vector<DraftEntity> entities_;
    std::map<std::pair<int, std::string>, std::size_t> byKey_;
    // The union of claimed spans, as disjoint intervals begin -> end. Asking "is this span claimed?" once per
    // candidate against a plain list was quadratic: a hostile 1 MB text took seconds, 20 MB would take an hour.
    std::map<std::size_t, std::size_t> claims_;
    std::set<std::size_t> venueEnds_;
    static constexpr signed char kUnknown = -1;
    mutable std::vector<signed char> flags_;
    struct LowerCaseWords final {
        std::unordered_set<std::string_view> words;  // views of the text, nearly all
        std::deque<std::string> lowered;             // words with a capital inside ("iPhone"), lowered
    };
    mutable std::optional<LowerCaseWords> lowerCaseWords_;
};

// Every word of the names of the people found so far (a family name may come first: "Zhu Shirong"), as views of
// the entities' names: rules that must not read a person told of by one word ("an agreement with Yeo", "from Gan to
// Liaw") as a body or a place ask it.
[[nodiscard]] std::set<std::string_view, std::less<>> personNameWords(const ExtractionState& state);

// The spans the entities' mentions hold, for asking whether a new mention would overlap one: rules that run after
// the resolver (whose spans are not claimed) keep to what nobody holds.
class HeldSpans final {
public:
    explicit HeldSpans(const ExtractionState& state);
    [[nodiscard]] bool overlaps(std::size_t begin, std::size_t end) const;

private:
    std::vector<std::pair<std::size_t, std::size_t>> spans_;  // sorted by start
};

// Rule families, run in this order by the Extractor.
void findAcronymDefinitions(ExtractionState& state);
// "PUB, Singapore's National Water Agency": an acronym and, in apposition, the body it is.
void findAcronymAppositions(ExtractionState& state);
void findAgencies(ExtractionState& state);
// Companies by their legal form, venues by their last word, one-word institutions (before the head-word rule).
void findCompaniesVenuesAndInstitutions(ExtractionState& state);
// "admitted to the Embilipitiya Base Hospital": a hospital or clinic where someone was taken, treated or died (a
// place).
void findCareVenues(ExtractionState& state);
void findPeople(ExtractionState& state);
// "Ministers Bimal Rathnayake, Anura Karunathilake and Sunil Handunnetti": the names a plural title lists (a rule).
void findPeopleAfterPluralTitles(ExtractionState& state);
// "STATEMENT FROM DISTRICT ATTORNEY TONY RACKAUCKAS ON ...": in a headline set in capitals, where case tells nothing,
// a title, a known given name and one more word before a connector or the headline's end name a person (title-cased).
void findTitledNamesInCapitalHeadline(ExtractionState& state);
// The name on a line of its own under "Signed" or over the signer's title, closing a release (a rule).
void findSignOffPeople(ExtractionState& state);
// One-word names told by their role: "Murach, a Taliban leader, was killed" (role_named_people.cpp).
void findRoleNamedPeople(ExtractionState& state);
// Names of two or three words after a verb done to a person: "thanks Cyril Brulebois for" (object_named_people.cpp).
void findObjectNamedPeople(ExtractionState& state);
void findPlaces(ExtractionState& state);
// After every recogniser and the linking: "Vladimir Putin and Xi Jinping" (a full name joined to a person's).
void findListedPeople(ExtractionState& state);
// "companies, including Philips, Unilever and Van Oord": the names a kind of organisation announces (a rule).
void findKindLists(ExtractionState& state);
void findDescribedOrganisations(ExtractionState& state);
// After the linking: "Royal Bank of Canada, Scotiabank and Desjardins" (names listed with a known organisation).
void findListedOrganisations(ExtractionState& state);
// The other party of an agreement or a partnership ("signed agreements with Quorvex"), once people are known.
void findPartiesOfAgreements(ExtractionState& state);
// After the linking: "Jameel Jaffer (ACLU)", a person's organisation in parentheses after the name (a rule).
void findParenthesisedAffiliations(ExtractionState& state);
// After every rule of organisations: a name a rule gave, standing again as written ("Debian France ... Debian France").
void findOrganisationRepeats(ExtractionState& state);
// "Debian thanks ..." after "the Debian project": a project's name alone, acting, is the project.
void linkProjectNames(ExtractionState& state);
// The organisation named by tokens [first, end) is of or for a field ("Ministry of Public Health"), not of a place
// ("Royal Bank of Canada"): single words listed after it are more of that field.
[[nodiscard]] bool namedOfField(const ExtractionState& state, std::size_t first, std::size_t end);

// The title right before token i ("Deputy District Attorney" before "Ed Grubaugh"), or empty.
[[nodiscard]] std::string titleBeforeToken(const ExtractionState& state, std::size_t i);

// Word lists shared by the rules.
[[nodiscard]] bool isSpeechOrActionVerb(std::string_view word);
[[nodiscard]] bool isOrganisationHead(std::string_view word);
// "Councils", "Agencies", "States": bodies of one kind, named in the plural.
[[nodiscard]] bool isPluralOrganisationHead(std::string_view word);
// A word that ends the name of a body, a building or a venue ("Department", "Memorial", "Center", "Landfill"): a
// person's name before it is whom the name is after, and a name ending in it is no person's.
[[nodiscard]] bool endsBodyOrBuilding(std::string_view word);
// "BPD" of "Baltimore Police Department", "QSO" of "Quorvale Statistics Office": the first letters, in capitals, of
// a name's words but "of", "the", "and", "for" and "&" (the letters an acronym of the name spells).
[[nodiscard]] std::string nameInitials(std::string_view name);
[[nodiscard]] bool isConnector(std::string_view word);
[[nodiscard]] bool isFunctionWord(std::string_view word);
// Whether text[at, end) stands as whole words: no ASCII letter or digit right before or after it (a curly quote or
// apostrophe around it is no letter: "“A*STAR”", "Volodymyr Zelenskyy’s").
[[nodiscard]] bool standsAsWords(std::string_view text, std::size_t at, std::size_t end);
// "in", "at", "near" in any case: the prepositions that say where something is, before a place's name.
[[nodiscard]] bool isLocativePreposition(std::string_view word);
[[nodiscard]] bool isAcronymLike(std::string_view word);
[[nodiscard]] bool isRomanNumeral(std::string_view word);
// Whether a name ending before token `v` says or does something there ("Proxmox announced", "Freexian has
// sponsored", "the NEA will install"): a speech or action verb in lower case in the name's sentence, past up to
// `maxSkipped` of `skippable` (auxiliaries and adverbs, lower case) with a word after them.
// A speech or action verb in another form than the lists': its present ("launches", "holds"), or after a modal
// ("will launch", "would hold") its base form.
[[nodiscard]] bool isSpeechOrActionVerbForm(std::string_view word, bool afterModal);
inline constexpr std::array<std::string_view, 8> kModalVerbs{"will", "would", "shall", "should",
                                                             "can",  "could", "may",   "must"};
[[nodiscard]] bool isModalVerb(std::string_view word);  // one of kModalVerbs, in any case
template <typename Words>
[[nodiscard]] bool actsAt(const std::vector<Token>& t, std::size_t v, std::size_t sentence, const Words& skippable,
                          int maxSkipped) {
    bool afterModal = false;
    for (int skipped = 0;
         skipped < maxSkipped && v + 1 < t.size() && t[v].isWord() && inLowerList(t[v].text, skippable); ++skipped) {
        afterModal = afterModal || isModalVerb(t[v].text);
        ++v;
    }
    return v < t.size() && t[v].isWord() && !t[v].capitalized && t[v].sentence == sentence &&
           (isSpeechOrActionVerb(t[v].text) || isSpeechOrActionVerbForm(t[v].text, afterModal));
}
// Month and weekday names ("March", "Thursday"): neither names nor places.
[[nodiscard]] bool isCalendarWord(std::string_view word);
// "North", "Central", "South-East": a compass point, capitalised as in names ("Regional Command North").
[[nodiscard]] bool isCompassPoint(std::string_view word);

}  // namespace bulletin::extract
