#include <bit>

#include "ingest/simhash.hpp"
#include "support/test_support.hpp"

using namespace bulletin::ingest;

namespace {
const std::string kRelease =
    "The Director General of the National Counter Terrorism Centre met with the Regional Representative of the "
    "United Nations Office on Drugs and Crime to discuss projects that will be initiated within the next four "
    "years, the significance of these programs in building capacity of law enforcement agencies, and the need "
    "for benchmarks and measures of effectiveness to gauge the success of programs being implemented.";
}

TEST_CASE("lightly edited text keeps a close fingerprint, other text does not", "[simhash]") {
    std::string edited = kRelease;
    edited.replace(edited.find("four"), 4, "five");
    const auto a = simhash(kRelease);
    const auto b = simhash(edited);
    const auto c = simhash(
        "An Orange County jury convicted ten defendants today of conspiracy to disrupt a meeting "
        "and speech by the ambassador at the university campus, after a trial that lasted "
        "several weeks and heard from dozens of witnesses about the planned protest.");
    CHECK(std::popcount(a ^ b) <= 10);
    CHECK(std::popcount(a ^ c) > 10);
    CHECK(simhash("too short to fingerprint") == 0);
}
