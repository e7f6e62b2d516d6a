#include "lexicon.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>

#include "gazetteer.hpp"

namespace fs = std::filesystem;

namespace bulletin::extract {

std::size_t Lexicon::shapeSlot(std::string_view word) {
    const auto low = [](char c) {
        return static_cast<std::size_t>(static_cast<unsigned char>(flat_key_detail::lowerAscii(c)));
    };
    const std::size_t second = word.size() > 1 ? low(word[1]) : 0;
    return (low(word[0]) * 131 + second * 17 + word.size()) % kShapeSlots;
}

Lexicon Lexicon::load(const fs::path& file) {
    Lexicon l;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.pop_back();
        std::size_t start = 0;
        while (start < line.size() && (line[start] == ' ' || line[start] == '\t')) ++start;
        line = line.substr(start);
        if (line.empty() || line[0] == '#') continue;
        const std::string key = lookupKey(line);
        l.folded_.insert(key, true);
        if (!key.empty()) {
            l.shapes_.set(shapeSlot(key));
            l.firstBytes_.set(static_cast<unsigned char>(key[0]));
        }
        l.minBytes_ = std::min(l.minBytes_, key.size());
        l.maxBytes_ = std::max(l.maxBytes_, key.size());
        std::size_t words = 1;
        for (char c : line) words += c == ' ';
        l.maxWords_ = std::max(l.maxWords_, words);
        l.entries_.push_back(std::move(line));
    }
    return l;
}

bool Lexicon::contains(std::string_view entry) const {
    // Most words asked about are not listed: a length or first-letter mismatch answers without hashing.
    if (entry.empty() || folded_.empty()) return false;
    const auto first = static_cast<unsigned char>(entry[0]);
    if (first < 0x80) {
        const auto lowered = static_cast<unsigned char>(flat_key_detail::lowerAscii(static_cast<char>(first)));
        if (!firstBytes_.test(lowered) || entry.size() < minBytes_ || entry.size() > maxBytes_) return false;
    }
    // Plain ASCII words (nearly every word asked about) are asked as written: the map lowers their capitals. Their
    // first two letters and length must be an entry's (a key of an ASCII word is the word lowered).
    if (entry.size() <= 64 &&
        std::all_of(entry.begin(), entry.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return shapes_.test(shapeSlot(entry)) && folded_.contains(entry);
    return folded_.contains(lookupKey(entry));
}

const Lexicon& Lexicon::get(std::string_view name) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<Lexicon>, std::less<>> loaded;
    const std::lock_guard lock(mutex);
    if (auto it = loaded.find(name); it != loaded.end()) return *it->second;
    auto lexicon = std::make_unique<Lexicon>();
    // The lexicons live beside the shipped gazetteers (data/lexicons next to data/gazetteers).
    for (const auto& folder : Gazetteer::defaultFolders()) {
        std::error_code ec;
        for (const char* extension : {".txt", ".tsv"}) {
            const fs::path file = folder.parent_path() / "lexicons" / (std::string(name) + extension);
            if (fs::exists(file, ec)) {
                *lexicon = load(file);
                break;
            }
        }
        if (!lexicon->entries().empty()) break;
    }
    return *loaded.emplace(std::string(name), std::move(lexicon)).first->second;
}

namespace lexicons {
// Function-local statics: Lexicon::get takes a lock, and these are asked of every token.
const Lexicon& officeTitles() {
    static const Lexicon& l = Lexicon::get("office_titles");
    return l;
}
const Lexicon& instrumentWords() {
    static const Lexicon& l = Lexicon::get("instrument_words");
    return l;
}
const Lexicon& lawWords() {
    static const Lexicon& l = Lexicon::get("law_words");
    return l;
}
const Lexicon& denominations() {
    static const Lexicon& l = Lexicon::get("denominations");
    return l;
}

const Lexicon& programmeWords() {
    static const Lexicon& l = Lexicon::get("programme_words");
    return l;
}
const Lexicon& buildingWords() {
    static const Lexicon& l = Lexicon::get("building_words");
    return l;
}
const Lexicon& labelWords() {
    static const Lexicon& l = Lexicon::get("label_words");
    return l;
}
const Lexicon& crimeWords() {
    static const Lexicon& l = Lexicon::get("crime_words");
    return l;
}
const Lexicon& courtWords() {
    static const Lexicon& l = Lexicon::get("court_words");
    return l;
}
const Lexicon& deliberativeBodies() {
    static const Lexicon& l = Lexicon::get("deliberative_bodies");
    return l;
}
const Lexicon& eventTriggers() {
    static const Lexicon& l = Lexicon::get("event_triggers");
    return l;
}
const Lexicon& organisationHeads() {
    static const Lexicon& l = Lexicon::get("organisation_heads");
    return l;
}
const Lexicon& connectors() {
    static const Lexicon& l = Lexicon::get("connectors");
    return l;
}
const Lexicon& functionWords() {
    static const Lexicon& l = Lexicon::get("function_words");
    return l;
}
const Lexicon& honorifics() {
    static const Lexicon& l = Lexicon::get("honorifics");
    return l;
}
const Lexicon& nameParticles() {
    static const Lexicon& l = Lexicon::get("name_particles");
    return l;
}
const Lexicon& speechVerbs() {
    static const Lexicon& l = Lexicon::get("speech_verbs");
    return l;
}
const Lexicon& utilityServices() {
    static const Lexicon& l = Lexicon::get("utility_services");
    return l;
}
const Lexicon& committeeFields() {
    static const Lexicon& l = Lexicon::get("committee_fields");
    return l;
}
const Lexicon& headlineVerbs() {
    static const Lexicon& l = Lexicon::get("headline_verbs");
    return l;
}
const Lexicon& nationalBodyFields() {
    static const Lexicon& l = Lexicon::get("national_body_fields");
    return l;
}
const Lexicon& portfolioWords() {
    static const Lexicon& l = Lexicon::get("portfolio_words");
    return l;
}
const Lexicon& personNouns() {
    static const Lexicon& l = Lexicon::get("person_nouns");
    return l;
}
const Lexicon& memberNouns() {
    static const Lexicon& l = Lexicon::get("member_nouns");
    return l;
}
const Lexicon& relationNouns() {
    static const Lexicon& l = Lexicon::get("relation_nouns");
    return l;
}
const Lexicon& placeCues() {
    static const Lexicon& l = Lexicon::get("place_cues");
    return l;
}
const Lexicon& geoSuffixes() {
    static const Lexicon& l = Lexicon::get("geo_suffixes");
    return l;
}
const Lexicon& geoFeatures() {
    static const Lexicon& l = Lexicon::get("geo_features");
    return l;
}
const Lexicon& geoPrefixes() {
    static const Lexicon& l = Lexicon::get("geo_prefixes");
    return l;
}
const Lexicon& landmarkVenues() {
    static const Lexicon& l = Lexicon::get("landmark_venues");
    return l;
}
const Lexicon& actionVerbs() {
    static const Lexicon& l = Lexicon::get("action_verbs");
    return l;
}
const Lexicon& venueWords() {
    static const Lexicon& l = Lexicon::get("venue_words");
    return l;
}
const Lexicon& companySuffixes() {
    static const Lexicon& l = Lexicon::get("company_suffixes");
    return l;
}
const Lexicon& institutionNames() {
    static const Lexicon& l = Lexicon::get("institution_names");
    return l;
}
const Lexicon& relativeDayWords() {
    static const Lexicon& l = Lexicon::get("relative_day_words");
    return l;
}
const Lexicon& eastAsianSurnames() {
    static const Lexicon& l = Lexicon::get("east_asian_surnames");
    return l;
}
const Lexicon& ambiguousAcronyms() {
    static const Lexicon& l = Lexicon::get("ambiguous_acronyms");
    return l;
}
const Lexicon& wordAcronyms() {
    static const Lexicon& l = Lexicon::get("word_acronyms");
    return l;
}
const Lexicon& commonAbbreviations() {
    static const Lexicon& l = Lexicon::get("common_abbreviations");
    return l;
}
const Lexicon& genericPlaceWords() {
    static const Lexicon& l = Lexicon::get("generic_place_words");
    return l;
}
const Lexicon& capitalisedPlaceKinds() {
    static const Lexicon& l = Lexicon::get("capitalised_place_kinds");
    return l;
}
const Lexicon& placeholderNames() {
    static const Lexicon& l = Lexicon::get("placeholder_names");
    return l;
}
const Lexicon& streetWords() {
    static const Lexicon& l = Lexicon::get("street_words");
    return l;
}
const Lexicon& personObjectVerbs() {
    static const Lexicon& l = Lexicon::get("person_object_verbs");
    return l;
}
const Lexicon& postNominals() {
    static const Lexicon& l = Lexicon::get("post_nominals");
    return l;
}
const Lexicon& settlementKinds() {
    static const Lexicon& l = Lexicon::get("settlement_kinds");
    return l;
}
const Lexicon& placeKinds() {
    static const Lexicon& l = Lexicon::get("place_kinds");
    return l;
}
const Lexicon& placeKindCompounds() {
    static const Lexicon& l = Lexicon::get("place_kind_compounds");
    return l;
}
const Lexicon& organisationKinds() {
    static const Lexicon& l = Lexicon::get("organisation_kinds");
    return l;
}
const Lexicon& organisationKindNouns() {
    static const Lexicon& l = Lexicon::get("organisation_kind_nouns");
    return l;
}
const Lexicon& stateQualifiedNouns() {
    static const Lexicon& l = Lexicon::get("state_qualified_nouns");
    return l;
}
const Lexicon& decisionRecallWords() {
    static const Lexicon& l = Lexicon::get("decision_recall_words");
    return l;
}
const Lexicon& adjectiveTitles() {
    static const Lexicon& l = Lexicon::get("adjective_titles");
    return l;
}
const Lexicon& roleNouns() {
    static const Lexicon& l = Lexicon::get("role_nouns");
    return l;
}
const Lexicon& affiliationRoles() {
    static const Lexicon& l = Lexicon::get("affiliation_roles");
    return l;
}

const Lexicon& commonWordEndings() {
    static const Lexicon& l = Lexicon::get("common_word_endings");
    return l;
}
const Lexicon& rankWords() {
    static const Lexicon& l = Lexicon::get("rank_words");
    return l;
}
const Lexicon& roadWords() {
    static const Lexicon& l = Lexicon::get("road_words");
    return l;
}
const Lexicon& nonFamilyWords() {
    static const Lexicon& l = Lexicon::get("non_family_words");
    return l;
}
const Lexicon& surnameEndings() {
    static const Lexicon& l = Lexicon::get("surname_endings");
    return l;
}
const Lexicon& namedBuildingWords() {
    static const Lexicon& l = Lexicon::get("named_building_words");
    return l;
}
const Lexicon& partyMembers() {
    static const Lexicon& l = Lexicon::get("party_members");
    return l;
}
const Lexicon& unofficialOccasions() {
    static const Lexicon& l = Lexicon::get("unofficial_occasions");
    return l;
}
const Lexicon& venueCentreKinds() {
    static const Lexicon& l = Lexicon::get("venue_centre_kinds");
    return l;
}
const Lexicon& noGatheringOccurrences() {
    static const Lexicon& l = Lexicon::get("no_gathering_occurrences");
    return l;
}
const Lexicon& selfDescriptionWords() {
    static const Lexicon& l = Lexicon::get("self_description_words");
    return l;
}
const Lexicon& selfDescriptionThings() {
    static const Lexicon& l = Lexicon::get("self_description_things");
    return l;
}
const Lexicon& usStateCodes() {
    static const Lexicon& l = Lexicon::get("us_state_codes");
    return l;
}
std::optional<std::string> usStateOfCode(std::string_view code) {
    if (code.size() != 2) return std::nullopt;
    const std::string upper{static_cast<char>(std::toupper(static_cast<unsigned char>(code[0]))),
                            static_cast<char>(std::toupper(static_cast<unsigned char>(code[1])))};
    for (const auto& entry : usStateCodes().entries())
        if (entry.size() > 3 && entry.compare(0, 2, upper) == 0 && entry[2] == '\t') return entry.substr(3);
    return std::nullopt;
}
const Lexicon& stateModifiers() {
    static const Lexicon& l = Lexicon::get("state_modifiers");
    return l;
}
const Lexicon& genericBodyModifiers() {
    static const Lexicon& l = Lexicon::get("generic_body_modifiers");
    return l;
}
const Lexicon& stateWords() {
    static const Lexicon& l = Lexicon::get("state_words");
    return l;
}
const Lexicon& speechWords() {
    static const Lexicon& l = Lexicon::get("speech_words");
    return l;
}
const Lexicon& occasionKinds() {
    static const Lexicon& l = Lexicon::get("occasion_kinds");
    return l;
}
const Lexicon& eventNameWords() {
    static const Lexicon& l = Lexicon::get("event_name_words");
    return l;
}
const Lexicon& memberTitles() {
    static const Lexicon& l = Lexicon::get("member_titles");
    return l;
}
const Lexicon& coordinatedModifiers() {
    static const Lexicon& l = Lexicon::get("coordinated_modifiers");
    return l;
}
const Lexicon& districtServices() {
    static const Lexicon& l = Lexicon::get("district_services");
    return l;
}
const Lexicon& patronymicConnectors() {
    static const Lexicon& l = Lexicon::get("patronymic_connectors");
    return l;
}
const Lexicon& financeWords() {
    static const Lexicon& l = Lexicon::get("finance_words");
    return l;
}
}  // namespace lexicons

}  // namespace bulletin::extract
