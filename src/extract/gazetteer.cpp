#include "gazetteer.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <fstream>
#include <mutex>

#include "core/text.hpp"
#include "gazetteer_keys.hpp"
#include "tokens.hpp"

namespace fs = std::filesystem;

namespace bulletin::extract {

// The lookup key of the first word of a phrase, cheaply (ASCII lower-casing; ICU only for other scripts).
namespace {
// A phrase whose key is its ASCII lower-casing: one space between words, no "&", no curly apostrophe, nothing
// outside ASCII. Nearly every phrase the rules look up is one, and lower-casing it needs no ICU and no allocation.
bool isPlainAscii(std::string_view s) {
    if (s.empty() || s.front() == ' ' || s.back() == ' ') return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80 || c == '&' || c < 0x20 || (c == ' ' && s[i + 1] == ' ')) return false;
    }
    return true;
}

void lowerAsciiInto(std::string_view s, std::string& out) {
    out.assign(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

// Lookups run for every capitalised word of every release, on every worker. A plain ASCII phrase is asked as
// written (the maps lower its capitals); any other is folded into a buffer each thread reuses.
// The first word of a key, for the prefilters: its leading run of letters and digits ("st" for "St. Petersburg",
// "washington" for "Washington, D.C."). A phrase that starts at a token begins with that token's run, so checking
// the token alone is exact for every phrase starting there (see mayStartPlace).
bool endsFirstWord(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
}

std::string_view queryKey(std::string_view s, bool firstWordOnly) {
    if (firstWordOnly) {
        std::size_t b = 0;
        while (b < s.size() && endsFirstWord(s[b])) ++b;
        std::size_t e = b;
        bool ascii = true;
        for (; e < s.size() && !endsFirstWord(s[e]); ++e) ascii = ascii && static_cast<unsigned char>(s[e]) < 0x80;
        s = s.substr(b, e - b);
        // (A first word holds no space, "&" or control character, which end it: ASCII, it is plain.)
        if (ascii && !s.empty()) return s;
    } else if (isPlainAscii(s)) {
        return s;
    }
    thread_local std::string buffer;
    buffer = lookupKey(s);
    if (firstWordOnly) {
        std::size_t e = 0;
        while (e < buffer.size() && !endsFirstWord(buffer[e])) ++e;
        buffer.resize(e);
    }
    return buffer;
}
}  // namespace

namespace {

// The index of a key's first three letters ("y" read as "i", which the replacements may make it), for the filter
// that turns most words away after three letters.
std::size_t spellingPrefix(std::string_view key) {
    std::size_t index = 0;
    for (std::size_t i = 0; i < 3; ++i)
        index = index * 26 + static_cast<std::size_t>((key[i] == 'y' ? 'i' : key[i]) - 'a');
    return index;
}

// A one-word name spelled the way transliterations differ undone: lower case, apostrophes dropped, "zhzh" and
// doubled letters single, "ya", "yu" as "ia", "iu" ("yi" is left: "Changi" is no spelling of Changyi). Written into
// `out`; false for a word this leaves alone (not ASCII letters, or shorter than five). This runs for every word no
// place is spelled as: `out` is a buffer the caller reuses, and the replacements run in place.
bool translitKey(std::string_view word, std::string& out, const std::vector<bool>* prefixes = nullptr) {
    out.clear();
    if (word.size() < 5) return false;
    for (const char c : word) {
        if (c == '\'') continue;
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
        const char lower = flat_key_detail::lowerAscii(c);
        if (!out.empty() && out.back() == lower) continue;  // doubled letters
        out.push_back(lower);
        if (prefixes && out.size() == 3 && !(*prefixes)[spellingPrefix(out)]) return false;
    }
    // (Each replacement is no longer than what it replaces: one pass, writing behind the reading position.)
    std::size_t w = 0;
    for (std::size_t r = 0; r < out.size();) {
        if (out.compare(r, 4, "zhzh") == 0) {
            out[w++] = 'z';
            out[w++] = 'h';
            r += 4;
        } else if (out[r] == 'y' && r + 1 < out.size() && (out[r + 1] == 'a' || out[r + 1] == 'u')) {
            out[w++] = 'i';
            out[w++] = out[r + 1];
            r += 2;
        } else {
            out[w++] = out[r++];
        }
    }
    out.resize(w);
    return true;
}

}  // namespace

std::size_t wordCount(std::string_view s) {
    std::size_t n = 1;
    for (char c : s) n += c == ' ';
    return n;
}

std::string firstWordKey(std::string_view s) {
    std::string key(queryKey(s, true));
    for (char& c : key) c = flat_key_detail::lowerAscii(c);
    return key;
}

std::string lookupKey(std::string_view s) {
    if (isPlainAscii(s)) {
        std::string out;
        lowerAsciiInto(s, out);
        return out;
    }
    std::string folded = text::foldCase(text::collapseWhitespace(s));
    std::string out;
    out.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size(); ++i) {
        if (folded[i] == '&') {
            if (!out.empty() && out.back() != ' ') out += ' ';
            out += "and";
            if (i + 1 < folded.size() && folded[i + 1] != ' ') out += ' ';
        } else if (folded.compare(i, 3, "\xE2\x80\x99") == 0) {
            out += '\'';
            i += 2;
        } else {
            out += folded[i];
        }
    }
    return out;
}

const KnownPlace* Gazetteer::cityByCode(std::string_view code) const {
    const auto it = cityCodes_.find(std::string(code));
    return it == cityCodes_.end() ? nullptr : &it->second;
}

void Gazetteer::addPlace(const std::string& alias, const KnownPlace& place) {
    // "St. Paul", "Mt. Vernon", "Ft. Worth": the short forms a release writes for the gazetteer's full ones (and
    // without the period, as British and Russian releases write them: "St Petersburg").
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kShortForms{
        {{"Saint ", "St. "}, {"Mount ", "Mt. "}, {"Fort ", "Ft. "}, {"Saint ", "St "}, {"Mount ", "Mt "}}};
    for (const auto& [full, shortForm] : kShortForms)
        if (alias.size() > full.size() && alias.compare(0, full.size(), full) == 0)
            addPlaceKey(std::string(shortForm) + alias.substr(full.size()), place);
    addPlaceKey(alias, place);
}

void Gazetteer::addPlaceKey(const std::string& alias, const KnownPlace& place) {
    const auto key = lookupKey(alias);
    if (key.empty()) return;
    // (Only towns of some size: the map would otherwise hold every village of the world lists.)
    if (place.kind == PlaceKind::City && place.population >= 10000) {
        long& largest = cityPopulation_.insert(key, 0);
        largest = std::max(largest, place.population);
    }
    // Countries beat regions beat cities; among cities the most populous wins.
    if (const KnownPlace* known = places_.find(key)) {
        // Weak regions (world lists) rank between cities and the curated regions.
        const auto rank = [](const KnownPlace& p) {
            return p.kind == PlaceKind::Country ? 6 : p.kind == PlaceKind::Region ? (p.weak ? 3 : 4) : 2;
        };
        if (rank(*known) > rank(place)) return;
        if (rank(*known) == rank(place) && known->population >= place.population) return;
    }
    places_.insert(key, place, true);
    auto& most = placeFirst_.insert(firstWordKey(key), 0);
    most = static_cast<std::uint8_t>(std::max<std::size_t>(most, std::min<std::size_t>(255, wordCount(alias))));
    maxPlaceWords_ = std::max(maxPlaceWords_, wordCount(alias));
}

void Gazetteer::addCountriesFromIcu() {
    int32_t count = 0;
    const char* const* codes = icu::Locale::getISOCountries();
    for (; codes[count]; ++count) {
        const icu::Locale locale("", codes[count]);
        icu::UnicodeString display;
        locale.getDisplayCountry(icu::Locale::getEnglish(), display);
        std::string name;
        display.toUTF8String(name);
        if (name.empty() || name == codes[count]) continue;
        // "Myanmar (Burma)" -> "Myanmar" (+ "Burma"); "Congo - Kinshasa" keeps its ICU form as an alias only.
        std::string canonical = name;
        std::vector<std::string> aliases{name};
        // ICU's "Congo - Kinshasa" and "Hong Kong SAR China" are names nobody writes: these keep their own.
        static const std::unordered_map<std::string_view, const char*> kWritten{
            {"CD", "Democratic Republic of the Congo"},
            {"CG", "Republic of the Congo"},
            {"HK", "Hong Kong"},
            {"MO", "Macao"},
            {"PS", "Palestine"}};
        if (const auto written = kWritten.find(codes[count]); written != kWritten.end()) canonical = written->second;
        if (canonical != name) aliases.push_back(canonical);
        // "Trinidad & Tobago", "São Tomé & Príncipe": as releases write them, with "and".
        if (const auto amp = name.find(" & "); amp != std::string::npos)
            aliases.push_back(name.substr(0, amp) + " and " + name.substr(amp + 3));
        if (const auto paren = name.find(" ("); paren != std::string::npos) {
            canonical = name.substr(0, paren);
            aliases.push_back(canonical);
            aliases.push_back(name.substr(paren + 2, name.size() - paren - 3));
        }
        // The country's own name in its likeliest language ("Deutschland", "España", "Türkiye"): a chapter's name
        // holds it ("Wikimedia Deutschland"), and releases quote it.
        icu::Locale native = icu::Locale::createFromName((std::string("und_") + codes[count]).c_str());
        UErrorCode status = U_ZERO_ERROR;
        native.addLikelySubtags(status);
        if (U_SUCCESS(status) && std::string_view(native.getLanguage()) != "en") {
            icu::UnicodeString own;
            locale.getDisplayCountry(icu::Locale(native.getLanguage()), own);
            std::string ownName;
            own.toUTF8String(ownName);
            // (One word; not a people's name or a word in English text more often than the country: Mauritius's
            // "Moris", Ghana's "Gaana", Niger's "Nijar"; Iceland's "Ísland", which reads as "Island" without its
            // accent.)
            static constexpr std::array<std::string_view, 4> kOftenOther{"Moris", "Gaana", "Nijar", "Ísland"};
            if (!ownName.empty() && ownName != codes[count] && ownName != name &&
                ownName.find(' ') == std::string::npos &&
                std::find(kOftenOther.begin(), kOftenOther.end(), ownName) == kOftenOther.end())
                aliases.push_back(ownName);
        }
        countryByCode_[codes[count]] = canonical;
        for (const auto& a : aliases) addCountryName(a, canonical);
    }
    // Common short forms ICU does not list.
    const std::pair<const char*, const char*> extra[] = {
        {"UK", "United Kingdom"},
        {"U.K.", "United Kingdom"},
        {"Britain", "United Kingdom"},
        {"Great Britain", "United Kingdom"},
        {"US", "United States"},
        {"U.S.", "United States"},
        {"USA", "United States"},
        {"U.S.A.", "United States"},
        {"United States of America", "United States"},
        {"America", "United States"},
        {"UAE", "United Arab Emirates"},
        {"Burma", "Myanmar"},
        {"Ivory Coast", "Côte d’Ivoire"},
        {"Russian Federation", "Russia"},
        {"Republic of Korea", "South Korea"},
        {"Holland", "Netherlands"},
        {"Czech Republic", "Czechia"},
        {"Türkiye", "Turkey"},
        // The United Nations' forms, which foreign ministries and UN bodies write.
        {"Viet Nam", "Vietnam"},
        {"Lao PDR", "Laos"},
        {"Lao People's Democratic Republic", "Laos"},
        {"Democratic People's Republic of Korea", "North Korea"},
        {"DPRK", "North Korea"},
        {"Syrian Arab Republic", "Syria"},
        {"Islamic Republic of Iran", "Iran"},
        {"Republic of Moldova", "Moldova"},
        {"United Republic of Tanzania", "Tanzania"},
        {"Côte d'Ivoire", "Côte d’Ivoire"},
        {"Brunei Darussalam", "Brunei"},
        {"Cabo Verde", "Cape Verde"},
        {"People's Republic of China", "China"},
        {"United Kingdom of Great Britain and Northern Ireland", "United Kingdom"},
        {"Democratic Republic of Congo", "Democratic Republic of the Congo"},
        {"DR Congo", "Democratic Republic of the Congo"},
        {"DRC", "Democratic Republic of the Congo"},
        {"State of Palestine", "Palestine"},
        {"Hong Kong SAR", "Hong Kong"},
        {"Macao SAR", "Macao"},
        {"Macau", "Macao"},
        {"Republic of Türkiye", "Turkey"}};
    for (const auto& [alias, name] : extra) addCountryName(alias, name);
}

void Gazetteer::addCountryName(const std::string& alias, const std::string& country) {
    addPlace(alias, {country, PlaceKind::Country, 0});
    // "Sao Tome and Principe", "Cote d'Ivoire", "Turkiye": written without their accents too (lookups ignore case).
    const std::string folded = text::foldForMatching(alias);
    if (folded != text::toLowerAscii(alias)) addPlace(folded, {country, PlaceKind::Country, 0});
}

void Gazetteer::addAgencyName(const std::string& alias, std::size_t index) {
    const auto key = lookupKey(alias);
    if (key.empty()) return;
    agencyByName_.insert(key, index);
    // In tokens, as the rules walk a release ("U.S. Department of Justice" is 7): "&" -> "and" adds none.
    auto& most = agencyFirst_.insert(firstWordKey(key), 0);
    most = static_cast<std::uint8_t>(
        std::max<std::size_t>(most, std::min<std::size_t>(255, tokenize(alias).tokens.size())));
}

long Gazetteer::givenNameCount(std::string_view word) const {
    const long* count = givenNames_.find(queryKey(word, false));
    if (count) return *count;
    // "Raphaël", "Zoë", "Michał": a Latin letter with a mark the list writes plain ("Raphael"). (Only words with
    // such a letter pay for the folding.)
    if (std::any_of(word.begin(), word.end(), [](char c) {
            const auto b = static_cast<unsigned char>(c);
            return b >= 0xC3 && b <= 0xC5;
        })) {
        const std::string plain = text::foldForMatching(word);
        // (Not a two-letter word: "Lý", "Lê" are as often a title's or a family's.)
        if (plain.size() >= 3 && isPlainAscii(plain))
            if (const long* folded = givenNames_.find(plain)) return *folded;
    }
    // "Jean-Pierre", "Anne-Marie": two given names joined by a hyphen are one, as common as the rarer part.
    const auto hyphen = word.find('-');
    if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= word.size() ||
        word.find('-', hyphen + 1) != std::string_view::npos)
        return -1;
    const long* first = givenNames_.find(queryKey(word.substr(0, hyphen), false));
    const long* second = givenNames_.find(queryKey(word.substr(hyphen + 1), false));
    return first && second ? std::min(*first, *second) : -1;
}

bool Gazetteer::isNameWord(std::string_view word) const {
    return nameWords_.contains(queryKey(word, false));
}

bool Gazetteer::mayStartPlace(std::string_view word) const {
    return placeFirst_.contains(queryKey(word, true)) || placeBySpelling(queryKey(word, true));
}

std::size_t Gazetteer::placeWordsFrom(std::string_view word) const {
    const std::uint8_t* most = placeFirst_.find(queryKey(word, true));
    if (most) return *most;
    return placeBySpelling(queryKey(word, true)) ? 1 : 0;
}

bool Gazetteer::mayStartAgency(std::string_view word) const {
    return agencyFirst_.contains(queryKey(word, true));
}

std::size_t Gazetteer::agencyTokensFrom(std::string_view word) const {
    const std::uint8_t* most = agencyFirst_.find(queryKey(word, true));
    return most ? *most : 0;
}

bool Gazetteer::mayStartTitle(std::string_view word) const {
    // Initials written together ("H.M.", "W.A.") start a title only when a title starts with them as written ("H.E.",
    // "U.S. Attorney"): the first word's key ends at a period, so "H.M." would be read as "H", as "H.E." is.
    if (initialsWrittenTogether(word)) return initialsTitleStarts_.contains(word);
    return titleFirst_.contains(queryKey(word, true));
}

const KnownAgency* Gazetteer::agencyByName(std::string_view name) const {
    if (!agencyFirst_.contains(queryKey(name, true))) return nullptr;
    return agencyByNameFromKnownStart(name);
}

const KnownAgency* Gazetteer::agencyByNameFromKnownStart(std::string_view name) const {
    const std::size_t* index = agencyByName_.find(queryKey(name, false));
    return index ? &agencies_[*index] : nullptr;
}

const KnownAgency* Gazetteer::agencyByAcronym(std::string_view acronym) const {
    auto it = agencyByAcronym_.find(std::string(acronym));
    return it == agencyByAcronym_.end() ? nullptr : &agencies_[it->second];
}

const KnownPlace* Gazetteer::place(std::string_view name) const {
    if (!placeFirst_.contains(queryKey(name, true))) return placeBySpelling(name);
    return placeFromKnownStart(name);
}

const KnownPlace* Gazetteer::placeBySpelling(std::string_view word) const {
    if (placesBySpelling_.empty()) return nullptr;
    thread_local std::string key;
    if (word.find(' ') != std::string_view::npos || !translitKey(word, key, &spellingPrefixes_)) return nullptr;
    const KnownPlace* place = placesBySpelling_.find(key);
    if (!place) return nullptr;
    // (Not a word that is someone's name as written: "Larisa" is no spelling of Larissa in "Larisa Galadza".) The
    // word is copied first: it may be a view of queryKey's buffer, which folding it again would overwrite.
    const std::string written(word);
    const std::string_view folded = queryKey(written, false);
    return givenNames_.contains(folded) || nameWords_.contains(folded) ? nullptr : place;
}

void Gazetteer::addSpellings() {
    spellingPrefixes_.assign(26 * 26 * 26, false);
    // Large places only (countries, curated regions, cities of 50,000 or more): a village's name spelled loosely
    // matches too many words. A spelling two places share stays with the larger.
    for (const auto& [key, place] : places_.entries()) {
        if (key.find(' ') != std::string::npos || place.weak ||
            (place.kind == PlaceKind::City && place.population < 50000))
            continue;
        std::string spelling;
        if (!translitKey(key, spelling)) continue;
        if (const KnownPlace* known = placesBySpelling_.find(spelling);
            known && (known->kind != PlaceKind::City || known->population >= place.population))
            continue;
        placesBySpelling_.insert(spelling, place, true);
        if (spelling.size() >= 3) spellingPrefixes_[spellingPrefix(spelling)] = true;
    }
}

long Gazetteer::largestCityPopulation(std::string_view name) const {
    const long* population = cityPopulation_.find(queryKey(name, false));
    return population ? *population : 0;
}

const KnownPlace* Gazetteer::placeFromKnownStart(std::string_view name) const {
    if (const KnownPlace* known = places_.find(queryKey(name, false))) return known;
    return placeBySpelling(name);
}

std::size_t Gazetteer::titleLength(const std::vector<std::string_view>& words) const {
    if (words.empty()) return 0;
    const std::uint8_t* most = titleFirst_.find(queryKey(words[0], true));
    if (!most) return 0;
    std::string phrase;
    for (std::size_t n = std::min({maxTitleWords_, words.size(), std::size_t{*most}}); n > 0; --n) {
        phrase.clear();
        for (std::size_t i = 0; i < n; ++i) {
            if (i) phrase += ' ';
            phrase += words[i];
        }
        if (titles_.contains(queryKey(phrase, false))) return n;
    }
    return 0;
}

bool Gazetteer::isTitle(std::string_view phrase) const {
    return titleFirst_.contains(queryKey(phrase, true)) && titles_.contains(queryKey(phrase, false));
}

std::optional<std::string> Gazetteer::countryOfDemonym(std::string_view adjective) const {
    const std::string* country = demonyms_.find(queryKey(adjective, false));
    if (!country) return std::nullopt;
    return *country;
}

}  // namespace bulletin::extract
