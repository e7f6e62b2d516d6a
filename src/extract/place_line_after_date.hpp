#pragma once
// The place a release was issued from, written alone on the line after its date line:
//   March 3, 2023, 15:30
//   Sochi
// (a president's office's manner). The ingest's dateline reader finds "Place, date" and "date (PLACE) —" in one
// paragraph; a lone line has no context that tells a place from a rubric ("Speeches", "Press Release"), so only a
// place the gazetteer knows well is taken here.

#include "extraction_state.hpp"

namespace bulletin::extract {

void findPlaceLineAfterDateLine(ExtractionState& st);

}  // namespace bulletin::extract
