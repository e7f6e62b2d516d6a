#pragma once
// Events a release reports: kind from trigger words, date and place from the trigger's sentence.

#include <vector>

#include "core/document.hpp"
#include "extraction_state.hpp"

namespace bulletin::extract {

[[nodiscard]] std::vector<Meeting> findMeetings(const ExtractionState& state, const std::vector<DateMention>& dates,
                                                const std::string& datelinePlace);

}  // namespace bulletin::extract
