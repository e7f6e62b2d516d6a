#pragma once
// Word lists of the recognisers, kept as data (data/lexicons/<name>.txt or .tsv: one entry per line, '#' comments) so
// that they can be read and extended without touching code. Entries are compared case-insensitively.

#include <bitset>
#include <filesystem>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "flat_key_map.hpp"

namespace bulletin::extract {

class Lexicon final {
public:
    // The named list from the shipped data folder (found like the gazetteers); empty when the file is missing.
    [[nodiscard]] static const Lexicon& get(std::string_view name);
    [[nodiscard]] static Lexicon load(const std::filesystem::path& file);

    [[nodiscard]] bool contains(std::string_view entry) const;
    [[nodiscard]] const std::vector<std::string>& entries() const { return entries_; }  // as written, file order
    [[nodiscard]] std::size_t maxWords() const { return maxWords_; }

private:
    std::vector<std::string> entries_;
    // Where a word's first two letters and its length fall among kShapeSlots (case-insensitive).
    static constexpr std::size_t kShapeSlots = 4096;
    [[nodiscard]] static std::size_t shapeSlot(std::string_view word);

    FlatKeyMap<bool> folded_;          // the entries' lookup keys
    std::bitset<kShapeSlots> shapes_;  // the entries' shape slots: most words asked about fall in an empty one
    std::size_t maxWords_ = 0;
    std::bitset<256> firstBytes_;  // first bytes of the folded entries (ASCII words fold byte for byte)
    std::size_t minBytes_ = std::numeric_limits<std::size_t>::max(), maxBytes_ = 0;
};

// The recognisers' lists, each loaded once (data/lexicons/<name>).
namespace lexicons {
[[nodiscard]] const Lexicon& officeTitles();           // office_titles.txt
[[nodiscard]] const Lexicon& instrumentWords();        // instrument_words.txt
[[nodiscard]] const Lexicon& lawWords();               // law_words.txt
[[nodiscard]] const Lexicon& programmeWords();         // programme_words.txt
[[nodiscard]] const Lexicon& denominations();          // denominations.txt
[[nodiscard]] const Lexicon& buildingWords();          // building_words.txt
[[nodiscard]] const Lexicon& labelWords();             // label_words.txt
[[nodiscard]] const Lexicon& crimeWords();             // crime_words.txt
[[nodiscard]] const Lexicon& courtWords();             // court_words.txt
[[nodiscard]] const Lexicon& deliberativeBodies();     // deliberative_bodies.txt
[[nodiscard]] const Lexicon& eventTriggers();          // event_triggers.tsv
[[nodiscard]] const Lexicon& organisationHeads();      // organisation_heads.txt
[[nodiscard]] const Lexicon& connectors();             // connectors.txt
[[nodiscard]] const Lexicon& functionWords();          // function_words.txt
[[nodiscard]] const Lexicon& honorifics();             // honorifics.txt
[[nodiscard]] const Lexicon& nameParticles();          // name_particles.txt
[[nodiscard]] const Lexicon& speechVerbs();            // speech_verbs.txt
[[nodiscard]] const Lexicon& headlineVerbs();          // headline_verbs.txt
[[nodiscard]] const Lexicon& utilityServices();        // utility_services.txt
[[nodiscard]] const Lexicon& committeeFields();        // committee_fields.txt
[[nodiscard]] const Lexicon& relationNouns();          // relation_nouns.txt
[[nodiscard]] const Lexicon& memberNouns();            // member_nouns.txt
[[nodiscard]] const Lexicon& personNouns();            // person_nouns.txt
[[nodiscard]] const Lexicon& nationalBodyFields();     // national_body_fields.txt
[[nodiscard]] const Lexicon& portfolioWords();         // portfolio_words.txt
[[nodiscard]] const Lexicon& placeCues();              // place_cues.txt
[[nodiscard]] const Lexicon& geoSuffixes();            // geo_suffixes.txt
[[nodiscard]] const Lexicon& geoFeatures();            // geo_features.txt
[[nodiscard]] const Lexicon& geoPrefixes();            // geo_prefixes.txt
[[nodiscard]] const Lexicon& landmarkVenues();         // landmark_venues.txt
[[nodiscard]] const Lexicon& actionVerbs();            // action_verbs.txt
[[nodiscard]] const Lexicon& venueWords();             // venue_words.txt
[[nodiscard]] const Lexicon& companySuffixes();        // company_suffixes.txt
[[nodiscard]] const Lexicon& institutionNames();       // institution_names.txt
[[nodiscard]] const Lexicon& patronymicConnectors();   // patronymic_connectors.txt
[[nodiscard]] const Lexicon& financeWords();           // finance_words.txt
[[nodiscard]] const Lexicon& relativeDayWords();       // relative_day_words.txt
[[nodiscard]] const Lexicon& eastAsianSurnames();      // east_asian_surnames.txt
[[nodiscard]] const Lexicon& ambiguousAcronyms();      // ambiguous_acronyms.txt
[[nodiscard]] const Lexicon& wordAcronyms();           // word_acronyms.txt
[[nodiscard]] const Lexicon& commonAbbreviations();    // common_abbreviations.txt
[[nodiscard]] const Lexicon& capitalisedPlaceKinds();  // capitalised_place_kinds.txt
[[nodiscard]] const Lexicon& genericPlaceWords();      // generic_place_words.txt
[[nodiscard]] const Lexicon& placeholderNames();       // placeholder_names.txt
[[nodiscard]] const Lexicon& streetWords();            // street_words.txt
[[nodiscard]] const Lexicon& placeKinds();             // place_kinds.txt
[[nodiscard]] const Lexicon& settlementKinds();        // settlement_kinds.txt
[[nodiscard]] const Lexicon& postNominals();           // post_nominals.txt
[[nodiscard]] const Lexicon& personObjectVerbs();      // person_object_verbs.txt
[[nodiscard]] const Lexicon& placeKindCompounds();     // place_kind_compounds.txt
[[nodiscard]] const Lexicon& organisationKinds();      // organisation_kinds.txt
[[nodiscard]] const Lexicon& organisationKindNouns();  // organisation_kind_nouns.txt
[[nodiscard]] const Lexicon& unofficialOccasions();    // unofficial_occasions.txt
[[nodiscard]] const Lexicon& noGatheringOccurrences();  // no_gathering_occurrences.txt
[[nodiscard]] const Lexicon& venueCentreKinds();        // venue_centre_kinds.txt
[[nodiscard]] const Lexicon& roleNouns();              // role_nouns.txt
[[nodiscard]] const Lexicon& affiliationRoles();       // affiliation_roles.txt
[[nodiscard]] const Lexicon& commonWordEndings();      // common_word_endings.txt
[[nodiscard]] const Lexicon& rankWords();              // rank_words.txt
[[nodiscard]] const Lexicon& roadWords();              // road_words.txt
[[nodiscard]] const Lexicon& nonFamilyWords();         // non_family_words.txt
[[nodiscard]] const Lexicon& namedBuildingWords();     // named_building_words.txt
[[nodiscard]] const Lexicon& surnameEndings();         // surname_endings.txt
[[nodiscard]] const Lexicon& partyMembers();           // party_members.txt
[[nodiscard]] const Lexicon& stateQualifiedNouns();    // state_qualified_nouns.txt
[[nodiscard]] const Lexicon& decisionRecallWords();    // decision_recall_words.txt
[[nodiscard]] const Lexicon& adjectiveTitles();        // adjective_titles.txt
[[nodiscard]] const Lexicon& selfDescriptionWords();   // self_description_words.txt
[[nodiscard]] const Lexicon& selfDescriptionThings();  // self_description_things.txt
[[nodiscard]] const Lexicon& usStateCodes();           // us_state_codes.tsv
// "NY" -> "New York": a U.S. state's postal code (either case), as a dateline writes it after the city.
[[nodiscard]] std::optional<std::string> usStateOfCode(std::string_view code);
[[nodiscard]] const Lexicon& stateModifiers();         // state_modifiers.txt
[[nodiscard]] const Lexicon& stateWords();             // state_words.txt
[[nodiscard]] const Lexicon& genericBodyModifiers();   // generic_body_modifiers.txt
[[nodiscard]] const Lexicon& speechWords();            // speech_words.txt
[[nodiscard]] const Lexicon& occasionKinds();          // occasion_kinds.tsv
[[nodiscard]] const Lexicon& eventNameWords();         // event_name_words.txt
[[nodiscard]] const Lexicon& districtServices();       // district_services.txt
[[nodiscard]] const Lexicon& memberTitles();           // member_titles.txt
[[nodiscard]] const Lexicon& coordinatedModifiers();   // coordinated_modifiers.txt
}  // namespace lexicons

}  // namespace bulletin::extract
