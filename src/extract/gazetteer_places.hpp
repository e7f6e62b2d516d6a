#pragma once
// Places the gazetteer knows, found in the running text where they count (see gazetteer_places.cpp).

#include "extraction_state.hpp"

namespace bulletin::extract {

// "the city of Pasadena", "residents of Kottawa": a place's kind, or its people, in lower case and "of" before token i.
[[nodiscard]] bool placeKindBeforeOf(const std::vector<Token>& t, std::size_t i);

// Countries, regions and large cities anywhere; smaller cities only with a cue; a country's formal name whole.
void placesFromGazetteer(ExtractionState& st);

}  // namespace bulletin::extract
