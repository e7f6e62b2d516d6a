#pragma once
// Places told by what happened there rather than by a gazetteer: "arrested in Nittambuwa", "opened in Tampines",
// "in Ahangama, Galle". Towns nobody lists, found by the words around them; called by findPlaces.

#include "extraction_state.hpp"

namespace bulletin::extract {

// The capitalised names after a report's verb of where something happened, "in" or "at".
void placesAfterReportVerbs(ExtractionState& st);
// A town after "in", "at" or "near" and before a comma and the known district or city it lies in.
void townsBeforeTheirDistrict(ExtractionState& st);

}  // namespace bulletin::extract
