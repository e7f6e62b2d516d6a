#pragma once
// Events a release reports: meetings, trainings, workshops, conferences and summits, press conferences,
// announcements by named officials or agencies, official visits and signings. The kind comes from trigger words
// (data/lexicons/event_triggers.tsv), the date, place and participants from the event's own sentence. Crime
// narratives ("accused of meeting X in the desert") and court proceedings are not events.

#include <optional>
#include <vector>

#include "core/document.hpp"
#include "extraction_state.hpp"

namespace bulletin::extract {

[[nodiscard]] std::vector<Meeting> findMeetings(const ExtractionState& state, const std::vector<DateMention>& dates,
                                                const std::string& datelinePlace,
                                                const std::optional<DateValue>& publication);

}  // namespace bulletin::extract
