// The places rules over any text (see fuzz_rules.hpp for the properties checked).
#include "fuzz_rules.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return bulletin::fuzz::runRule(data, size, [](bulletin::extract::ExtractionState& st) { bulletin::extract::findPlaces(st); });
}
