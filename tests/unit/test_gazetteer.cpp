#include <algorithm>

#include "extract/gazetteer.hpp"
#include "support/test_support.hpp"

using namespace bulletin::extract;

namespace {
const Gazetteer& gazetteer() {
    static const Gazetteer g = Gazetteer::load({std::filesystem::path(BULLETIN_SOURCE_DIR) / "data" / "gazetteers"});
    return g;
}
}  // namespace

TEST_CASE("countries come from ICU, with common short forms", "[gazetteer]") {
    REQUIRE(gazetteer().place("Maldives"));
    CHECK(gazetteer().place("Maldives")->kind == PlaceKind::Country);
    CHECK(gazetteer().place("UK")->name == "United Kingdom");
    CHECK(gazetteer().place("sri lanka")->name == "Sri Lanka");
}

TEST_CASE("cities and their regions come from the GeoNames export", "[gazetteer]") {
    REQUIRE(gazetteer().place("Quetta"));
    CHECK(gazetteer().place("Quetta")->kind == PlaceKind::City);
    CHECK(gazetteer().place("Quetta")->population > 500000);
    CHECK(gazetteer().place("Balochistan")->kind == PlaceKind::Region);
    CHECK(gazetteer().place("California")->kind == PlaceKind::Region);
    CHECK_FALSE(gazetteer().place("South"));  // generic state names are not places
}

TEST_CASE("cities by their short forms, kept as the cities they stand for", "[gazetteer]") {
    REQUIRE(gazetteer().place("L.A."));
    CHECK(gazetteer().place("L.A.")->name == "Los Angeles");
    CHECK(gazetteer().place("L.A.")->kind == PlaceKind::City);
    CHECK(gazetteer().place("L.A.")->population > 1000000);
    REQUIRE(gazetteer().place("NYC"));
    CHECK(gazetteer().place("NYC")->name == "New York City");
    REQUIRE(gazetteer().place("D.C."));
    CHECK(gazetteer().place("D.C.")->name == "Washington, D.C.");
    // (A code as written only, and no place's key: "la" is a word.)
    REQUIRE(gazetteer().cityByCode("LA"));
    CHECK(gazetteer().cityByCode("LA")->name == "Los Angeles");
    CHECK_FALSE(gazetteer().cityByCode("La"));
}

TEST_CASE("Singapore's planning areas, which GeoNames gives no population, are regions", "[gazetteer]") {
    for (const char* area : {"Bedok", "Tuas", "Punggol", "Ang Mo Kio", "Pulau Ubin"}) {
        REQUIRE(gazetteer().place(area));
        CHECK(gazetteer().place(area)->kind == PlaceKind::Region);
    }
    CHECK(gazetteer().place("AMK")->name == "Ang Mo Kio");
    CHECK_FALSE(gazetteer().place("Orchard"));  // a common word too
}

TEST_CASE("regions of the world that diplomacy names, by their common forms", "[gazetteer]") {
    for (const char* region : {"South Caucasus", "North Caucasus", "Western Balkans", "Indo-Pacific", "Far East",
                               "Eastern Mediterranean", "Eurasia", "Maghreb", "Transcaucasia"}) {
        REQUIRE(gazetteer().place(region));
        CHECK(gazetteer().place(region)->kind == PlaceKind::Region);
    }
    CHECK(gazetteer().place("Transcaucasia")->name == "South Caucasus");
    CHECK_FALSE(gazetteer().place("Americas"));  // ("Fiestas de Las Americas", "Americas most wanted")
}

TEST_CASE("agencies by name, alias and acronym", "[gazetteer]") {
    REQUIRE(gazetteer().agencyByAcronym("UNODC"));
    CHECK(gazetteer().agencyByAcronym("UNODC")->name == "United Nations Office on Drugs and Crime");
    CHECK(gazetteer().agencyByName("anti-narcotics force")->name == "Anti Narcotics Force");
    CHECK(gazetteer().agencyByName("Bureau of International Narcotics & Law Enforcement Affairs")->acronym == "INL");
    // A state agency better known by its short name than its full one.
    REQUIRE(gazetteer().agencyByName("Cal Fire"));
    CHECK(gazetteer().agencyByName("CAL FIRE")->name == "California Department of Forestry and Fire Protection");
    // State companies and services known by a short name without a head word.
    for (const char* name : {"Sber", "Rosstat", "Rospotrebnadzor", "SBS Transit", "Lanka IOC", "Litro Gas",
                             "U.S. Conference of Mayors", "National Conference of State Legislatures"})
        CHECK(gazetteer().agencyByName(name));
    CHECK(gazetteer().agencyByName("Sber")->name == "Sberbank");
}

TEST_CASE("countries by their own names too, not where that is a word or a name in English", "[gazetteer]") {
    REQUIRE(gazetteer().place("Deutschland"));
    CHECK(gazetteer().place("Deutschland")->name == "Germany");
    REQUIRE(gazetteer().place("Türkiye"));
    CHECK(gazetteer().place("Türkiye")->name == "Turkey");
    CHECK_FALSE(gazetteer().place("Island"));
    CHECK_FALSE(gazetteer().place("Gaana"));
}

TEST_CASE("titles and demonyms", "[gazetteer]") {
    CHECK(gazetteer().titleLength({"Special", "Agent", "in", "Charge", "John"}) == 4);
    CHECK(gazetteer().titleLength({"Brigadier", "General", "Zakariyya"}) == 2);
    CHECK(gazetteer().titleLength({"Zakariyya"}) == 0);
    CHECK(gazetteer().countryOfDemonym("Pakistani") == "Pakistan");
}

TEST_CASE("initials written together start a title only when a title starts with them as written", "[gazetteer]") {
    CHECK(gazetteer().mayStartTitle("H.E."));
    CHECK(gazetteer().mayStartTitle("U.S."));
    CHECK_FALSE(gazetteer().mayStartTitle("H.M."));
    CHECK_FALSE(gazetteer().mayStartTitle("H.K."));
    CHECK(gazetteer().mayStartTitle("Minister"));
}

TEST_CASE("regions known in English by names the ISO list spells otherwise", "[gazetteer]") {
    for (const char* name : {"Crimea", "Donbas", "Donbass", "Yakutia", "Kuzbass", "Siberia", "South Ossetia"}) {
        INFO(name);
        REQUIRE(gazetteer().place(name));
        CHECK(gazetteer().place(name)->kind == PlaceKind::Region);
    }
    CHECK(gazetteer().place("Donbass")->name == "Donbas");
    CHECK_FALSE(gazetteer().place("Java"));  // a programming language as often as an island
    // A county by its short form ("LA County"); "LA" alone is Louisiana's code as often as the city.
    REQUIRE(gazetteer().place("LA County"));
    CHECK(gazetteer().place("LA County")->name == "Los Angeles County");
    CHECK_FALSE(gazetteer().place("LA"));
}

TEST_CASE("two given names joined by a hyphen are one, as common as the rarer part", "[gazetteer]") {
    const long jean = gazetteer().givenNameCount("Jean");
    const long pierre = gazetteer().givenNameCount("Pierre");
    REQUIRE(jean > 0);
    REQUIRE(pierre > 0);
    CHECK(gazetteer().givenNameCount("Jean-Pierre") == std::min(jean, pierre));
    CHECK(gazetteer().givenNameCount("Jean-Quorvaltz") == -1);
    CHECK(gazetteer().givenNameCount("Jean-Pierre-Paul") == -1);
    CHECK(gazetteer().givenNameCount("-Pierre") == -1);
}

TEST_CASE("a given name written with a mark the list writes plain is found; a two-letter one is not", "[gazetteer]") {
    CHECK(gazetteer().givenNameCount("Raphaël") == gazetteer().givenNameCount("Raphael"));
    CHECK(gazetteer().givenNameCount("Raphaël") > 0);
    CHECK(gazetteer().givenNameCount("Zoë") > 0);
    CHECK(gazetteer().givenNameCount("Ly") > 0);
    CHECK(gazetteer().givenNameCount("Lý") == -1);
}

TEST_CASE("a large place spelled as another transliteration is the same place", "[gazetteer]") {
    const auto& g = gazetteer();
    REQUIRE(g.place("Odessa"));
    REQUIRE(g.place("Odesa"));
    CHECK(g.place("Odesa")->name == g.place("Odessa")->name);
    REQUIRE(g.place("Zaporizhzhia"));
    CHECK(g.place("Zaporizhzhia")->name.starts_with("Zaporizh"));  // the city's or its region's name
    CHECK(g.placeWordsFrom("Odesa") >= 1);
    // (Not a word that is a given name as written, nor a spelling the rules leave alone.)
    CHECK((g.place("Larisa") == nullptr || g.place("Larisa")->name != "Larissa"));
    CHECK((g.place("Changi") == nullptr || g.place("Changi")->name != "Changyi"));
    CHECK(g.place("Qzxwvy") == nullptr);
}

TEST_CASE("a country's name before one of an agency's listed names qualifies each of them", "[gazetteer]") {
    // The list writes "U.S. Department of the Treasury" and "Treasury Department"; releases write both mixed.
    REQUIRE(gazetteer().agencyByName("U.S. Treasury Department"));
    CHECK(gazetteer().agencyByName("U.S. Treasury Department")->name == "Department of the Treasury");
    REQUIRE(gazetteer().agencyByName("United States Justice Department"));
    CHECK(gazetteer().agencyByName("United States Justice Department")->name == "Department of Justice");
    CHECK_FALSE(gazetteer().agencyByName("U.S. United States Department of Justice"));  // never twice qualified
}
