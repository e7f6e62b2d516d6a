// The short names a release gives in quotes in brackets, as Singapore's and India's releases do: an acronym in
// quotes defines a body's (acronym_rules.cpp), a firm's short name in words stands for the firm wherever it stands
// again (company_short_forms.cpp), and a person's is no body in a list (organisation_lists.cpp). Texts and names
// invented for these tests.

#include "extract/extractor.hpp"
#include "support/extraction_checks.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
using test::has;

namespace {

Extraction run(const std::string& body) {
    return test::extractWithBoth(body, "Five charged with corruption", DateValue::fromIso("2025-06-05"));
}

const Entity* agencyWith(const Extraction& x, const std::string& alias) {
    return test::entityWritten(x, EntityType::Agency, alias);
}

}  // namespace

TEST_CASE("quoted short names: an acronym in quotes defines the body named before it", "[recognisers]") {
    const auto x =
        run("Tan, a Yard Manager of Quorvale FELS (“QFELS”), and Lim, an Operations Manager of Tomek’s Tyre Pte Ltd "
            "(“TT”), were charged. QFELS and TT paid the bribes at the Velmar Cantonment Complex (“VCC”).");
    CHECK(has(x, EntityType::Agency, "Quorvale FELS"));
    CHECK(has(x, EntityType::Agency, "Tomek’s Tyre Pte Ltd"));
    CHECK_FALSE(has(x, EntityType::Agency, "Yard Manager of Quorvale FELS"));
    CHECK_FALSE(has(x, EntityType::Agency, "Tyre Pte Ltd"));
    REQUIRE(agencyWith(x, "QFELS"));
    CHECK(agencyWith(x, "QFELS")->name == "Quorvale FELS");
    // (A building's acronym leaves the building a place.)
    CHECK_FALSE(has(x, EntityType::Agency, "Velmar Cantonment Complex"));
}

TEST_CASE("quoted short names: a firm's short name in words stands for the firm", "[recognisers]") {
    const auto x =
        run("Tan was a Manager of Costa Velmar Pte Ltd (“Costa”) and a Director of Quorra Aviation and Ports Pte Ltd "
            "(“QA Aviation”). He advanced the interests of Costa and QA Aviation with Orlenmark.");
    REQUIRE(agencyWith(x, "Costa"));
    CHECK(agencyWith(x, "Costa")->name == "Costa Velmar Pte Ltd");
    REQUIRE(agencyWith(x, "QA Aviation"));
    CHECK(agencyWith(x, "QA Aviation")->name == "Quorra Aviation and Ports Pte Ltd");
}

TEST_CASE("quoted short names: a person's short name in a list of firms is no firm", "[recognisers]") {
    // (Through the rules alone: the list rule is what is asked here.)
    static const extract::Extractor rules(extract::Gazetteer::shared(), extract::Recognisers::Rules);
    const auto x = test::extractRelease(
        rules,
        "Lim, an employee of Wartvane Singapore Pte Ltd (“Wartvane”), conspired with Ismar Bin Sadik (“Ismar”) to "
        "cheat Wartvane. He concealed from Wartvane that Orlenmark, Wartvane and Ismar had dealings.",
        "Five charged with corruption", DateValue::fromIso("2025-06-05"));
    CHECK(has(x, EntityType::Agency, "Orlenmark"));
    CHECK_FALSE(has(x, EntityType::Agency, "Ismar"));
}
