// The gazetteer read from its files: curated lists, the generated open-data tables, the user's own additions.
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unordered_set>

#include "core/text.hpp"
#include "gazetteer.hpp"
#include "gazetteer_keys.hpp"
#include "tokens.hpp"

namespace fs = std::filesystem;

namespace bulletin::extract {

namespace {

std::vector<std::string> splitTabs(const std::string& line) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const auto tab = line.find('\t', start);
        out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos) break;
        start = tab + 1;
    }
    return out;
}

std::vector<std::string> splitBars(const std::string& s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        const auto bar = s.find('|', start);
        auto part =
            std::string(text::trim(s.substr(start, bar == std::string::npos ? std::string::npos : bar - start)));
        if (!part.empty()) out.push_back(part);
        if (bar == std::string::npos) break;
        start = bar + 1;
    }
    return out;
}

template <typename F>
void forEachLine(const fs::path& file, F&& f) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        f(line);
    }
}

// "Sindh Province" -> "Sindh", "Cusco Region" -> "Cusco".
std::string stripAdministrativeSuffix(const std::string& full) {
    // "Republic of Altai (Gorno-Altaysk)": the alternative name in parentheses is no part of the name.
    std::string s = full.substr(0, full.find(" ("));
    // "Republic of Tatarstan" is called "Tatarstan" (the prefix of Russia's republics; a country's own "Republic of"
    // is in the countries' list, not here).
    if (text::startsWith(s, "Republic of ") && s.size() > 14) return s.substr(12);
    for (std::string_view suffix : {" Province", " Region", " Governorate", " Division", " District", " State",
                                    " Oblast", " Prefecture", " Department", " Municipality", " County"}) {
        if (text::endsWith(s, suffix) && s.size() > suffix.size() + 2) return s.substr(0, s.size() - suffix.size());
    }
    return s;
}

// State names in GeoNames that are ordinary words ("South", "Central", "Capital").
bool isGenericRegionWord(const std::string& s) {
    static const std::unordered_set<std::string> kGeneric{
        "north",     "south",      "east",       "west",       "central",    "northern",        "southern",
        "eastern",   "western",    "capital",    "centre",     "center",     "coast",           "islands",
        "federal",   "north-east", "north-west", "south-east", "south-west", "northeast",       "northwest",
        "southeast", "southwest",  "upper",      "lower",      "interior",   "national capital"};
    return kGeneric.count(text::foldCase(s)) > 0;
}

// A country's name before one of an agency's names is a name of it before each of its names: "U.S. Department of
// the Treasury" beside "Treasury Department" gives "U.S. Treasury Department" (as releases write it), not only the
// form the list spells out. (The qualifier is taken from the list's own names, so no body of another country gains
// it.)
std::vector<std::string> nationallyQualifiedNames(const std::vector<std::string>& names) {
    std::vector<std::string> qualifiers;
    for (const auto& qualified : names)
        for (const auto& name : names)
            if (qualified.size() > name.size() + 1 && text::endsWith(qualified, " " + name)) {
                std::string qualifier = qualified.substr(0, qualified.size() - name.size() - 1);
                if (std::find(qualifiers.begin(), qualifiers.end(), qualifier) == qualifiers.end())
                    qualifiers.push_back(std::move(qualifier));
            }
    // (Not before a name already qualified: "United States Department of Justice" gains no "U.S.".)
    const auto qualifiedAlready = [&](const std::string& name) {
        return std::any_of(qualifiers.begin(), qualifiers.end(),
                           [&](const std::string& q) { return text::startsWith(name, q + " "); });
    };
    std::vector<std::string> out;
    for (const auto& qualifier : qualifiers)
        for (const auto& name : names) {
            std::string qualified = qualifier + " " + name;
            if (qualifiedAlready(name) || std::find(names.begin(), names.end(), qualified) != names.end()) continue;
            out.push_back(std::move(qualified));
        }
    return out;
}

}  // namespace

void Gazetteer::loadAgencies(const fs::path& file) {
    forEachLine(file, [&](const std::string& line) {
        const auto cols = splitTabs(line);
        if (cols[0].empty()) return;
        const std::size_t index = agencies_.size();
        agencies_.push_back({cols[0], cols.size() > 1 ? std::string(text::trim(cols[1])) : std::string()});
        addAgencyName(cols[0], index);
        if (!agencies_.back().acronym.empty()) agencyByAcronym_[agencies_.back().acronym] = index;
        auto keepIfPunctuated = [&](const std::string& written) {
            if (written.find_first_of(",*") != std::string::npos) punctuatedAgencyNames_.push_back({written, index});
        };
        keepIfPunctuated(cols[0]);
        keepIfPunctuated(agencies_.back().acronym);
        std::vector<std::string> names{cols[0]};
        if (cols.size() > 2)
            for (const auto& alias : splitBars(cols[2])) {
                addAgencyName(alias, index);
                keepIfPunctuated(alias);
                names.push_back(alias);
            }
        for (const auto& qualified : nationallyQualifiedNames(names)) addAgencyName(qualified, index);
    });
}

void Gazetteer::loadRegions(const fs::path& file) {
    forEachLine(file, [&](const std::string& line) {
        const auto cols = splitTabs(line);
        if (cols[0].empty()) return;
        const KnownPlace region{cols[0], PlaceKind::Region, 0};
        addPlace(cols[0], region);
        if (cols.size() > 1)
            for (const auto& alias : splitBars(cols[1])) addPlace(alias, region);
    });
}

void Gazetteer::loadCities(const fs::path& file) {
    forEachLine(file, [&](const std::string& line) {
        const auto cols = splitTabs(line);
        if (cols.size() < 5 || cols[0].empty()) return;
        const long population = std::atol(cols[4].c_str());
        addPlace(cols[0], {cols[0], PlaceKind::City, population});
        // The city's state or province is a region.
        if (!cols[1].empty() && cols[1] != cols[0]) {
            const std::string region = stripAdministrativeSuffix(cols[1]);
            if (isGenericRegionWord(region)) return;
            addPlace(region, {region, PlaceKind::Region, 0});
        }
    });
}

void Gazetteer::loadGeonamesPlaces(const fs::path& file) {
    forEachLine(file, [&](const std::string& line) {
        const auto cols = splitTabs(line);
        if (cols.size() < 3 || cols[0].empty()) return;
        addPlace(cols[0], {cols[0], PlaceKind::City, std::atol(cols[2].c_str())});
    });
}

void Gazetteer::loadWorldRegions(const fs::path& file) {
    forEachLine(file, [&](const std::string& line) {
        const auto cols = splitTabs(line);
        if (cols.empty() || cols[0].empty()) return;
        const std::string region = stripAdministrativeSuffix(cols[0]);
        if (isGenericRegionWord(region)) return;
        addPlace(cols[0], {cols[0], PlaceKind::Region, 0, true});
        if (region != cols[0]) addPlace(region, {region, PlaceKind::Region, 0, true});
    });
}

void Gazetteer::loadCityAliases(const fs::path& file) {
    forEachLine(file, [&](const std::string& line) {
        const auto cols = splitTabs(line);
        if (cols.size() < 2 || cols[0].empty()) return;
        const KnownPlace* city = place(cols[0]);
        if (!city || city->kind != PlaceKind::City) return;  // (a city the lists hold, under its own name)
        const KnownPlace known = *city;
        for (const auto& alias : splitBars(cols[1])) addPlace(alias, known);
        if (cols.size() > 2)
            for (const auto& code : splitBars(cols[2])) cityCodes_.emplace(code, known);
    });
}

void Gazetteer::loadUsCounties(const fs::path& file) {
    forEachLine(file, [&](const std::string& line) {
        const auto cols = splitTabs(line);
        if (cols.empty() || cols[0].empty()) return;
        // "Orange County" says what it is; a bare "Orange" does not, and is not added.
        addPlace(cols[0], {cols[0], PlaceKind::Region, 0, false});
    });
}

void Gazetteer::loadGivenNames(const fs::path& file) {
    forEachLine(file, [&](const std::string& line) {
        const auto cols = splitTabs(line);
        if (cols.empty() || cols[0].empty()) return;
        givenNames_.insert(lookupKey(cols[0]), cols.size() > 1 ? std::atol(cols[1].c_str()) : 0, true);
    });
}

void Gazetteer::loadNameWords(const fs::path& file) {
    forEachLine(file, [&](const std::string& line) {
        const auto w = text::trim(line);
        if (!w.empty()) nameWords_.insert(lookupKey(w), true);
    });
}

// "Brig. Gen." is written with a period after each abbreviated word, and the period is a token of its own, so the
// key keeps the words only: "brig gen". A dotted abbreviation is one token with its periods ("U.S. Attorney", "H.E.")
// and keeps them.
static std::string withoutAbbreviationPeriods(std::string_view title) {
    std::string out;
    std::size_t start = 0;
    while (start < title.size()) {
        std::size_t end = title.find(' ', start);
        if (end == std::string_view::npos) end = title.size();
        std::string_view word = title.substr(start, end - start);
        if (word.size() > 1 && word.back() == '.' && word.find('.') == word.size() - 1) word.remove_suffix(1);
        if (!word.empty()) {
            if (!out.empty()) out += ' ';
            out += word;
        }
        start = end + 1;
    }
    return out;
}

void Gazetteer::loadTitles(const fs::path& file) {
    forEachLine(file, [&](const std::string& line) {
        const std::string_view raw = text::trim(line);
        const auto t = withoutAbbreviationPeriods(raw);
        if (t.empty()) return;
        const std::string key = lookupKey(t);
        titles_.insert(key, true);
        if (const auto first = raw.substr(0, raw.find(' ')); initialsWrittenTogether(first))
            initialsTitleStarts_.insert(lookupKey(first), true);  // (keys are lower case)
        // (Counted in the key: a phrase of n words whose key is a title's has at least n words in its key.)
        auto& most = titleFirst_.insert(firstWordKey(key), 0);
        most = static_cast<std::uint8_t>(std::max<std::size_t>(most, std::min<std::size_t>(255, wordCount(key))));
        maxTitleWords_ = std::max(maxTitleWords_, wordCount(t));
    });
}

void Gazetteer::loadDemonyms(const fs::path& file, bool override) {
    forEachLine(file, [&](const std::string& line) {
        const auto cols = splitTabs(line);
        if (cols.size() < 2) return;
        demonyms_.insert(lookupKey(cols[0]), cols[1], override);
    });
}

Gazetteer Gazetteer::load(const std::vector<fs::path>& folders) {
    Gazetteer g;
    g.addCountriesFromIcu();
    for (const auto& folder : folders) {
        std::error_code ec;
        if (!fs::is_directory(folder, ec)) continue;
        if (fs::exists(folder / "agencies.tsv")) g.loadAgencies(folder / "agencies.tsv");
        if (fs::exists(folder / "regions.tsv")) g.loadRegions(folder / "regions.tsv");
        if (fs::exists(folder / "cities.tsv")) g.loadCities(folder / "cities.tsv");
        if (fs::exists(folder / "titles.txt")) g.loadTitles(folder / "titles.txt");
        if (fs::exists(folder / "demonyms.tsv")) g.loadDemonyms(folder / "demonyms.tsv", true);
        // Generated from open data packages (scripts/update-gazetteers); curated files above win on conflicts.
        if (fs::exists(folder / "world_demonyms.tsv")) g.loadDemonyms(folder / "world_demonyms.tsv", false);
        if (fs::exists(folder / "us_counties.tsv")) g.loadUsCounties(folder / "us_counties.tsv");
        if (fs::exists(folder / "world_regions.tsv")) g.loadWorldRegions(folder / "world_regions.tsv");
        if (fs::exists(folder / "geonames_places.tsv")) g.loadGeonamesPlaces(folder / "geonames_places.tsv");
        if (fs::exists(folder / "city_aliases.tsv")) g.loadCityAliases(folder / "city_aliases.tsv");
        if (fs::exists(folder / "given_names.tsv")) g.loadGivenNames(folder / "given_names.tsv");
        if (fs::exists(folder / "name_words.txt")) g.loadNameWords(folder / "name_words.txt");
    }
    g.addSpellings();
    return g;
}

std::vector<fs::path> Gazetteer::defaultFolders() {
    std::vector<fs::path> out;
    if (const char* env = std::getenv("BULLETIN_DATA_DIR"); env && *env) {
        out.emplace_back(fs::path(env) / "gazetteers");
    } else {
        std::error_code ec;
        const auto exe = fs::read_symlink("/proc/self/exe", ec);
        const fs::path installed = exe.parent_path().parent_path() / "share" / "bulletin" / "gazetteers";
        if (!ec && fs::is_directory(installed, ec))
            out.push_back(installed);
        else
            out.emplace_back(fs::path(BULLETIN_SOURCE_DATA_DIR) / "gazetteers");
    }
    // The user's own additions.
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        out.emplace_back(fs::path(xdg) / "Bulletin" / "gazetteers");
    else if (const char* home = std::getenv("HOME"); home && *home)
        out.emplace_back(fs::path(home) / ".local" / "share" / "Bulletin" / "gazetteers");
    return out;
}

const Gazetteer& Gazetteer::shared() {
    static const Gazetteer g = load(defaultFolders());
    return g;
}

}  // namespace bulletin::extract
