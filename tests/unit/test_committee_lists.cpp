// Committees listed under one plural head (committee_lists.cpp): one committee per field, fields that hold "and" of
// their own kept whole, the chamber that opens the list shared. Through the rules, the tagger and the resolver
// together. Texts invented for these tests; the committees' fields are real ones.

#include "extract/extractor.hpp"
#include "support/extraction_checks.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
using test::has;

namespace {

Extraction run(const std::string& body) {
    return test::extractWithBoth(body, "Senator introduces bill", DateValue::fromIso("2025-06-05"));
}

}  // namespace

TEST_CASE("committee lists: fields before the plural head share the chamber and keep their own and", "[recognisers]") {
    const auto x = run(
        "Senator Dana Velmar serves on the Senate Judiciary, Agriculture and Environment and Public Works Committees. "
        "She also sat on the Energy and Commerce and Ways and Means Committees.");
    CHECK(has(x, EntityType::Agency, "Senate Judiciary Committee"));
    CHECK(has(x, EntityType::Agency, "Senate Agriculture Committee"));
    CHECK(has(x, EntityType::Agency, "Senate Environment and Public Works Committee"));
    CHECK(has(x, EntityType::Agency, "Energy and Commerce Committee"));
    CHECK(has(x, EntityType::Agency, "Ways and Means Committee"));
    CHECK_FALSE(has(x, EntityType::Agency, "Environment Committee"));
    CHECK_FALSE(has(x, EntityType::Agency, "Means Committee"));
    CHECK_FALSE(has(x, EntityType::Agency, "Senate Judiciary"));
}

TEST_CASE("committee lists: two chambers share one field and a serial comma splits at commas only", "[recognisers]") {
    const auto x =
        run("On Tuesday, the Senate and Assembly Public Safety Committees will hear the bill. Rep. Orlen Quist is vice "
            "chair of the Housing Finance and Policy, Commerce Finance and Labor, and Public Safety and Corrections "
            "Finance committees.");
    CHECK(has(x, EntityType::Agency, "Senate Public Safety Committee"));
    CHECK(has(x, EntityType::Agency, "Assembly Public Safety Committee"));
    CHECK(has(x, EntityType::Agency, "Housing Finance and Policy Committee"));
    CHECK(has(x, EntityType::Agency, "Commerce Finance and Labor Committee"));
    CHECK(has(x, EntityType::Agency, "Public Safety and Corrections Finance Committee"));
    CHECK_FALSE(has(x, EntityType::Agency, "Senate"));
}

TEST_CASE("committee lists: fields after committees on each name a committee", "[recognisers]") {
    const auto x = run(
        "Velmar serves on the House Committees on Oversight and Appropriations, and the House Permanent Select "
        "Committee on Intelligence. Quist chairs the Senate Committees on Finance and on Rules and Administration.");
    CHECK(has(x, EntityType::Agency, "House Committee on Oversight"));
    CHECK(has(x, EntityType::Agency, "House Committee on Appropriations"));
    CHECK(has(x, EntityType::Agency, "House Permanent Select Committee on Intelligence"));
    CHECK(has(x, EntityType::Agency, "Senate Committee on Finance"));
    CHECK(has(x, EntityType::Agency, "Senate Committee on Rules and Administration"));
    CHECK_FALSE(has(x, EntityType::Agency, "Rules"));
}
