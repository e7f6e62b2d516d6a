// The organisations a list names after what announces it (organisation_lists.cpp): the agents a bill is endorsed
// by after a colon, names with "the" inside them, and lists set out one name to a line. Through the rules, the
// tagger and the resolver together. Texts and names invented for these tests.

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

TEST_CASE("organisation lists: the agents after endorsed by and a colon, the inside their names", "[recognisers]") {
    const auto x =
        run("The Harbour Workers Act is endorsed by: Quorvane Citizen, Friends of the Velmar, Heal the Orlen and Move "
            "QV. It passed the committee last week with the support of both parties.");
    CHECK(has(x, EntityType::Agency, "Quorvane Citizen"));
    CHECK(has(x, EntityType::Agency, "Friends of the Velmar"));
    CHECK(has(x, EntityType::Agency, "Heal the Orlen"));
    CHECK(has(x, EntityType::Agency, "Move QV"));
    // (A unit "of the" body after it stays apart from it.)
    const auto y = run(
        "The case was a cooperative effort between the Harbour Protection Unit and the Criminal Inquiries Branch of "
        "the Department of Toxic Harbour Control, who will report in the spring.");
    CHECK(has(y, EntityType::Agency, "Criminal Inquiries Branch"));
    CHECK(has(y, EntityType::Agency, "Department of Toxic Harbour Control"));
}

TEST_CASE("organisation lists: a list set out one name to a line after its label", "[recognisers]") {
    const auto x =
        run("The bill is also supported by the following organizations:\n"
            "- Velmar Harbourkeeper\n"
            "- Heal the Orlen\n"
            "- Move QV\n"
            "\n"
            "It is endorsed by:\n"
            "Quorvane Citizen\n"
            "Friends of the Velmar\n"
            "\n"
            "The Senator said the bill will help the harbour's workers and their families.");
    CHECK(has(x, EntityType::Agency, "Velmar Harbourkeeper"));
    CHECK(has(x, EntityType::Agency, "Heal the Orlen"));
    CHECK(has(x, EntityType::Agency, "Move QV"));
    CHECK(has(x, EntityType::Agency, "Quorvane Citizen"));
    CHECK(has(x, EntityType::Agency, "Friends of the Velmar"));
    // (One line alone is no list: "organizations:" and a sentence on the next line.)
    const auto y =
        run("Here is what the bill does for organizations:\nHarbour Workers will get a raise this year, the Senator "
            "said.");
    CHECK_FALSE(has(y, EntityType::Agency, "Harbour Workers"));
}

TEST_CASE("organisation lists: an and the list goes on after and a numbered unit stay in their names",
          "[recognisers]") {
    const auto x = run(
        "The legislation is endorsed by the Velmar Housing Coalition, the Quorvane Center on Law and Poverty, Orlen "
        "Tenants United, the AFL-CIO, UNITE HERE Local 11, the Velmar Renters Union of Southern California, and the "
        "Harbour Legal Aid Society.");
    CHECK(has(x, EntityType::Agency, "Quorvane Center on Law and Poverty"));
    CHECK(has(x, EntityType::Agency, "AFL-CIO"));
    CHECK(has(x, EntityType::Agency, "UNITE HERE Local 11"));
    CHECK(has(x, EntityType::Agency, "Orlen Tenants United"));
    CHECK_FALSE(has(x, EntityType::Agency, "Poverty"));
    CHECK_FALSE(has(x, EntityType::Agency, "Quorvane Center on Law"));
}

TEST_CASE("organisation lists: an adverb opening the sentence before its comma names no body", "[recognisers]") {
    const auto x =
        run("Work went to Velmar Electrical Contractors (\"VEC\"). Later, Quorvex and VEC were paid. Separately, "
            "Orlenmark and VEC agreed.");
    CHECK(has(x, EntityType::Agency, "Quorvex"));
    CHECK_FALSE(has(x, EntityType::Agency, "Later"));
    CHECK_FALSE(has(x, EntityType::Agency, "Separately"));
}
