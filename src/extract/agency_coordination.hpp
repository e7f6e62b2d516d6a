#pragma once
// Where a chain of capitalised words holds two or more names joined by "and", "&" or "for the" ("Federal Board of
// Revenue and Pakistan Customs", "Agency for Strategic Initiatives and the Russian Popular Front"), and where it is
// one name ("Department of Trade and Industry", "Senate Homeland Security and Governmental Affairs Committee").

#include <vector>

#include "agency_chains.hpp"

namespace bulletin::extract {

// The chain's parts, each one name (the chain itself when it is one).
[[nodiscard]] std::vector<Chain> splitOnAnd(const ExtractionState& st, const std::vector<Token>& t, Chain c);

// "the Sri Lanka Army, Navy and Air Force": services listed after a body named by a place and a head word share the
// place ("Sri Lanka Navy", "Sri Lanka Air Force"). Runs after findAgencies.
void findServicesSharingPlace(ExtractionState& st);

}  // namespace bulletin::extract
