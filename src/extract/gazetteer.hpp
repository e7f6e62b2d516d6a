#pragma once
// Names Bulletin knows: agencies (with acronyms), countries (from ICU's locale data), regions, cities (GeoNames),
// person titles and nationality adjectives. Loaded from data/gazetteers/ and from the user's own folder.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "flat_key_map.hpp"

namespace bulletin::extract {

struct KnownAgency final {
    std::string name;
    std::string acronym;
};

enum class PlaceKind { Country, Region, City };

struct KnownPlace final {
    std::string name;  // canonical ("United Kingdom" for "UK")
    PlaceKind kind = PlaceKind::City;
    long population = 0;
    // From a world-wide list whose names are often other words too ("Central", "Victoria"): counts only where the
    // text says it is a place, like a small city, and never stops a word from being a name.
    bool weak = false;
};

class Gazetteer final {
public:
    // Reads every known file found in the folders, in order (later folders add to earlier ones).
    [[nodiscard]] static Gazetteer load(const std::vector<std::filesystem::path>& folders);
    // The shipped data (BULLETIN_DATA_DIR, the install prefix or the source tree) plus the user's folder.
    [[nodiscard]] static const Gazetteer& shared();
    [[nodiscard]] static std::vector<std::filesystem::path> defaultFolders();

    [[nodiscard]] const KnownAgency* agencyByName(std::string_view name) const;
    [[nodiscard]] const KnownAgency* agencyByAcronym(std::string_view acronym) const;
    [[nodiscard]] const KnownPlace* place(std::string_view name) const;
    // A city by a code in capitals, as written ("LA"): no place() key, since the word is other words too ("la").
    [[nodiscard]] const KnownPlace* cityByCode(std::string_view code) const;
    // The population of the largest city of this name, 0 when none is known: place() answers with the region or
    // country a name also stands for ("Sumy" the city beside Sumy Oblast), and this says the city exists too.
    [[nodiscard]] long largestCityPopulation(std::string_view name) const;
    // False when no known place (agency) name starts with this word: the rules skip most words with one lookup.
    [[nodiscard]] bool mayStartPlace(std::string_view word) const;
    // The most words of a known place that starts with this word (0: none does).
    [[nodiscard]] std::size_t placeWordsFrom(std::string_view word) const;
    [[nodiscard]] bool mayStartAgency(std::string_view word) const;
    // The most tokens of a known agency name that starts with this word (0: none does).
    [[nodiscard]] std::size_t agencyTokensFrom(std::string_view word) const;
    // place() and agencyByName() for a name whose first word is known to start one (placeWordsFrom() or
    // agencyTokensFrom() said so): the rules try several lengths from one word and check it once.
    [[nodiscard]] const KnownPlace* placeFromKnownStart(std::string_view name) const;
    [[nodiscard]] const KnownAgency* agencyByNameFromKnownStart(std::string_view name) const;
    [[nodiscard]] bool mayStartTitle(std::string_view word) const;
    // Length in words of the longest title starting the word list, 0 if none (case-insensitive).
    [[nodiscard]] std::size_t titleLength(const std::vector<std::string_view>& words) const;
    [[nodiscard]] bool isTitle(std::string_view phrase) const;
    [[nodiscard]] std::optional<std::string> countryOfDemonym(std::string_view adjective) const;
    // How many people carried this given name (U.S. births 1880-2016); 0 for a listed name without a count, -1
    // when the word is not a known given name. Case-insensitive.
    [[nodiscard]] long givenNameCount(std::string_view word) const;
    // The word is someone's first or last name somewhere ("Nelson", "Flores", "Van").
    [[nodiscard]] bool isNameWord(std::string_view word) const;
    [[nodiscard]] std::size_t maxPlaceWords() const { return maxPlaceWords_; }
    [[nodiscard]] std::size_t agencyCount() const { return agencies_.size(); }
    // Known agency names and acronyms written with a comma or an asterisk ("Agency for Science, Technology and
    // Research", "A*STAR"): the rules' runs of capitalised words break there, so they are looked for as written.
    struct WrittenName final {
        std::string text;
        std::size_t agency;  // index for agencyAt()
    };
    [[nodiscard]] const std::vector<WrittenName>& punctuatedAgencyNames() const { return punctuatedAgencyNames_; }
    [[nodiscard]] const KnownAgency& agencyAt(std::size_t index) const { return agencies_[index]; }
    [[nodiscard]] std::size_t placeCount() const { return places_.size(); }

private:
    void addCountriesFromIcu();
    // A country's name as written, and without its accents when it has any.
    void addCountryName(const std::string& alias, const std::string& country);
    void loadAgencies(const std::filesystem::path& file);
    void loadRegions(const std::filesystem::path& file);
    void loadCities(const std::filesystem::path& file);
    void loadTitles(const std::filesystem::path& file);
    void loadDemonyms(const std::filesystem::path& file, bool override);
    void loadGeonamesPlaces(const std::filesystem::path& file);
    void loadWorldRegions(const std::filesystem::path& file);
    void loadUsCounties(const std::filesystem::path& file);
    // "L.A.", "NYC": short forms of cities loaded before, and codes in capitals, "LA" (city_aliases.tsv).
    void loadCityAliases(const std::filesystem::path& file);
    void loadGivenNames(const std::filesystem::path& file);
    void loadNameWords(const std::filesystem::path& file);
    void addPlace(const std::string& alias, const KnownPlace& place);
    void addPlaceKey(const std::string& alias, const KnownPlace& place);
    void addAgencyName(const std::string& alias, std::size_t index);

    std::vector<KnownAgency> agencies_;
    std::vector<WrittenName> punctuatedAgencyNames_;
    FlatKeyMap<std::size_t> agencyByName_;                          // folded name -> index
    std::unordered_map<std::string, std::size_t> agencyByAcronym_;  // exact acronym -> index
    FlatKeyMap<KnownPlace> places_;                                 // folded name -> place
    // One-word names of large places by their spelling key (translitKey): "Zaporizhzhia", "Zaporizhzhya" and
    // "Zaporizhia", "Odesa" and "Odessa" are one city. Asked only when the spelling as written is unknown.
    FlatKeyMap<KnownPlace> placesBySpelling_;
    std::vector<bool> spellingPrefixes_;  // the first three letters of some spelling key (see spellingPrefix)
    [[nodiscard]] const KnownPlace* placeBySpelling(std::string_view word) const;
    void addSpellings();
    FlatKeyMap<long> cityPopulation_;  // folded name -> largest city's population
    std::unordered_map<std::string, KnownPlace> cityCodes_;  // exact capitals -> city (city_aliases.tsv)
    std::unordered_map<std::string, std::string> countryByCode_;
    FlatKeyMap<bool> titles_;           // folded
    FlatKeyMap<std::string> demonyms_;  // folded adjective -> country
    FlatKeyMap<long> givenNames_;       // folded -> count
    FlatKeyMap<bool> nameWords_;        // folded
    // First words of every known name: most capitalised words start none, and checking this first spares the
    // folding of a whole phrase. Each maps to the most words a name starting with it has.
    FlatKeyMap<std::uint8_t> titleFirst_;   // title -> the most words of its key
    FlatKeyMap<bool> initialsTitleStarts_;  // initials written together that start a title, as written ("U.S.")
    // First word of every known agency name -> the most tokens a name starting with it has.
    FlatKeyMap<std::uint8_t> agencyFirst_;
    // First word of every known place -> the most words a place starting with it has ("san" -> 4): the rules try
    // only as many words as can match (world lists hold names of ten words).
    FlatKeyMap<std::uint8_t> placeFirst_;
    std::size_t maxTitleWords_ = 1;
    std::size_t maxPlaceWords_ = 1;
};

// Key used for gazetteer lookups: case folded, diacritics kept, "&" as "and", runs of spaces collapsed.
[[nodiscard]] std::string lookupKey(std::string_view text);

}  // namespace bulletin::extract
