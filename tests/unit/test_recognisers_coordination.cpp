// The rules, the tagger and the resolver together on bodies named side by side: where a list of a body's fields
// (its portfolios, what a committee is on) goes on past a comma or an "and", and where a second body starts. Texts
// and names invented for these tests.

#include "extract/extractor.hpp"
#include "support/extraction_checks.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
using test::has;

namespace {

Extraction run(const std::string& body, const std::string& title = "Press release") {
    return test::extractWithBoth(body, title, DateValue::fromIso("2024-03-02"));
}

}  // namespace

TEST_CASE("coordination: a committee's fields keep a word that is also a title", "[recognisers]") {
    const auto x =
        run("Reyes sits on the House Appropriations Subcommittee on Commerce, Justice and Science, and the "
            "Intelligence Committee. Justice Sarah Kline of the Velmar Supreme Court swore her in.");
    CHECK(has(x, EntityType::Agency, "House Appropriations Subcommittee on Commerce, Justice and Science"));
    CHECK(has(x, EntityType::Agency, "Intelligence Committee"));
    CHECK_FALSE(has(x, EntityType::Agency, "Science"));
    CHECK(has(x, EntityType::Person, "Sarah Kline"));
}

TEST_CASE("coordination: each ministry of a chain keeps its own list of portfolios", "[recognisers]") {
    const auto x =
        run("The Ministry of Public Administration, Provincial Councils and Local Government and the Ministry of "
            "Trade, Commerce and Food Security will act together.");
    CHECK(has(x, EntityType::Agency, "Ministry of Public Administration, Provincial Councils and Local Government"));
    CHECK(has(x, EntityType::Agency, "Ministry of Trade, Commerce and Food Security"));
    CHECK_FALSE(has(x, EntityType::Agency, "Local Government"));
}

TEST_CASE("coordination: a unit named after a ministry's field is a body of its own", "[recognisers]") {
    const auto x = run("The plan was drawn up by the Ministry of Health, Fire and Rescue Department and the army.");
    CHECK(has(x, EntityType::Agency, "Ministry of Health"));
    CHECK(has(x, EntityType::Agency, "Fire and Rescue Department"));
    CHECK_FALSE(has(x, EntityType::Agency, "Ministry of Health, Fire and Rescue Department"));
}

TEST_CASE("coordination: one word in a list before a place's body named in full is a body of its own",
          "[recognisers]") {
    const auto x =
        run("The grants go to the Velmar Unified School District, Quorvatech and Pasadena City College this year. "
            "Washington and Lee University also applied.");
    CHECK(has(x, EntityType::Agency, "Pasadena City College"));
    CHECK_FALSE(has(x, EntityType::Agency, "Quorvatech and Pasadena City College"));
    CHECK(has(x, EntityType::Agency, "Washington and Lee University"));
}

TEST_CASE("coordination: a body named with its country's adjective and later without it is one body", "[recognisers]") {
    const auto x = run("The Belarusian Defence Ministry reported the drills. Later the Defence Ministry said more.");
    CHECK(has(x, EntityType::Agency, "Belarusian Defence Ministry"));
    CHECK(test::names(x, EntityType::Agency).size() == 1);
    // (With a place's form beside it, the place's form takes the short one.)
    const auto y =
        run("Soldiers of the Armed Forces of Moldova held the line. The Romanian Armed Forces said the "
            "Armed Forces will hold.");
    CHECK(has(y, EntityType::Agency, "Armed Forces of Moldova"));
    CHECK(has(y, EntityType::Agency, "Romanian Armed Forces"));
    CHECK_FALSE(has(y, EntityType::Agency, "Armed Forces"));
}

TEST_CASE("coordination: a body's office after its possessive is a body of its own", "[recognisers]") {
    const auto x =
        run("Reyes asked the Department of Homeland Security's Office of Inspector General to review it. The Gang "
            "Unit of the Velmar County District Attorney's Office and the Government Analyst's Department agreed, "
            "as did the Ministry of Women's Affairs.");
    CHECK(has(x, EntityType::Agency, "Department of Homeland Security"));
    CHECK(has(x, EntityType::Agency, "Office of Inspector General"));
    CHECK(has(x, EntityType::Agency, "Gang Unit of the Velmar County District Attorney's Office"));
    CHECK(has(x, EntityType::Agency, "Government Analyst's Department"));
    CHECK(has(x, EntityType::Agency, "Ministry of Women's Affairs"));
    // ("of" and an acronym's possessive: whose authority is meant, no part of the court's name.)
    const auto y = run("Her advocacy before the U.S. Supreme Court of FDA's authority to regulate vapes paid off.");
    CHECK(has(y, EntityType::Agency, "U.S. Supreme Court"));
    CHECK_FALSE(has(y, EntityType::Agency, "U.S. Supreme Court of FDA"));
}

TEST_CASE("coordination: a town's police is its police station said shortly", "[recognisers]") {
    const auto x =
        run("They were arrested by officers of the Kovilgoda Police Station at Kelaniya. Further "
            "investigations are being conducted by the Kovilgoda Police.");
    CHECK(has(x, EntityType::Agency, "Kovilgoda Police Station"));
    CHECK(test::names(x, EntityType::Agency).size() == 1);
}

TEST_CASE("coordination: a country's government named by its adjective or its name of two words", "[recognisers]") {
    const auto x =
        run("The Sri Lankan government and the Singapore government signed the agreement, and the U.S. "
            "government welcomed it.");
    CHECK(has(x, EntityType::Agency, "Government of Sri Lanka"));
    CHECK(has(x, EntityType::Agency, "Government of Singapore"));
    CHECK(has(x, EntityType::Agency, "Government of United States"));
    CHECK_FALSE(has(x, EntityType::Agency, "Government of U.S. Virgin Islands"));
}
