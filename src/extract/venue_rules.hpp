#pragma once
// Venues named by their form or where something happens (see venue_rules.cpp). Run by
// findCompaniesVenuesAndInstitutions, before the head-word rule.

#include "extraction_state.hpp"

namespace bulletin::extract {

// "Grandview Terrace Apartments", "the Kandy Police Station" (the body where its people act or work there).
void findVenues(ExtractionState& st);
// "held at the Glendale Central Library", "at Tustin High School", "at Knott's Berry Farm".
void findVenuesAfterAt(ExtractionState& st);
// "at the Cathedral of Christ the Saviour", "the Lady Ridgeway Hospital for Children".
void findVenuesOfOrFor(ExtractionState& st);
// "the Higher School of Economics": an institution, or the venue where something is held at it.
void findSchoolsOfFields(ExtractionState& st);
// "Kelvo Heritage Centre @ 247 Whitley Road".
void findVenuesBeforeAddress(ExtractionState& st);

}  // namespace bulletin::extract
