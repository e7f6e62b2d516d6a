#pragma once
// One-word institutions ("Congress", "the Taliban", "“The Senate must act now”") and parties named before "party" in
// lower case ("the ruling United Russia party"): names no head word or legal form tells, run with the company and
// venue rules (company_venue_rules.cpp) before the head-word rule.

#include "extraction_state.hpp"

namespace bulletin::extract {

void findInstitutions(ExtractionState& st);
void findPartiesBeforeLowerCaseParty(ExtractionState& st);

}  // namespace bulletin::extract
