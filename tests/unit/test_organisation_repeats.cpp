// An organisation a rule named, named again as written without the rule's cue (organisation_repeats.cpp), through
// the rules, the tagger and the resolver together. Texts and names invented for these tests.

#include "extract/extractor.hpp"
#include "support/extraction_checks.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
using test::has;

namespace {

Extraction run(const std::string& body) {
    return test::extractWithBoth(body, "Press release", DateValue::fromIso("2025-07-19"));
}

std::size_t mentionsOf(const Extraction& x, const std::string& name) {
    const Entity* e = test::entity(x, name);
    return e ? e->mentions.size() : 0;
}

}  // namespace

TEST_CASE("organisation repeats: a name an association's cue gave stands again without it", "[recognisers]") {
    const auto x =
        run("The Quorvale project thanks the French Quorvale association Quorvale France for its support. Quorvale "
            "France also organises events in Lyon every year, and the consulting company Velnora Works helps with "
            "travel. Velnora Works staff will be at the venue.");
    CHECK(has(x, EntityType::Agency, "Quorvale France"));
    CHECK(mentionsOf(x, "Quorvale France") == 2);
    CHECK(mentionsOf(x, "Velnora Works") == 2);
    // The country inside the name is no place of the release.
    CHECK_FALSE(has(x, EntityType::Location, "France"));
    CHECK(has(x, EntityType::Location, "Lyon"));
}

TEST_CASE("organisation repeats: the start of a longer name is no repeat", "[recognisers]") {
    const auto x =
        run("The consulting company Velnora Works advised the city. The Velnora Works Foundation, a separate charity, "
            "gave grants to schools in Lyon this spring and will do so again next year.");
    CHECK(mentionsOf(x, "Velnora Works") == 1);
}
