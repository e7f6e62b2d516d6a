#pragma once
// Where an event's trigger stands in the layout of a release (its headline, a numbered decision's heading, a name a
// list of fields spells) and what the headline's own words say of the event: the event rules' (meeting_rules.cpp)
// tests of layout, apart from how events are reported, dated and joined.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "extraction_state.hpp"
#include "tokens.hpp"

namespace bulletin::extract::event_detail {

// The words between an event's trigger (ending at byte `from`) and a place (at `at`) are only "to" or "in": "Visit
// to Yakutia", "Talks in Velmarsk".
[[nodiscard]] bool placeFollowsWord(std::string_view text, std::size_t from, std::size_t at);

// "Training, Quality and Projects (TQP) Executive": a capitalised kind listed with other fields, spelt by the
// acronym after them, names a department, not an event.
[[nodiscard]] bool fieldOfDefinedName(const ExtractionState& state, const std::vector<Token>& tokens, std::size_t i);

// "01. Signing a Memorandum of Understanding ...": the gerund at i opens a heading (a line of its own, numbered or
// not, with no full stop) that names the matter the paragraph under it decides.
[[nodiscard]] bool headingGerund(const ExtractionState& state, const std::vector<Token>& tokens, std::size_t i);

// "06. Participating in the 29th Conference of the Parties": the trigger at i stands in such a heading.
[[nodiscard]] bool inGerundHeading(const ExtractionState& state, const std::vector<Token>& tokens, std::size_t i);

// "03. Agreements signed during the State Visit of the President to China": the trigger at i stands in a numbered
// heading (a line of its own with no full stop) that holds no date: the matter the paragraph under it decides, whose
// event that paragraph tells with its own dates.
[[nodiscard]] bool inUndatedNumberedHeading(const ExtractionState& state, const std::vector<Token>& tokens,
                                            std::size_t i, const std::vector<DateMention>& dates);

// "... at its meeting held on 2024-05-13": the day a headline says its event (the trigger ending at token
// `triggerEnd`) was held on, whatever role the date has.
[[nodiscard]] std::optional<DateValue> headlineEventDate(const std::vector<DateMention>& dates,
                                                         const Sentence& sentence, std::size_t triggerEnd,
                                                         const std::vector<Token>& tokens);

}  // namespace bulletin::extract::event_detail
