#pragma once
// The occasion a headline's speech was given at: "Speech by Minister Grace Fu at the Eco Gala Dinner",
// "Minister's Opening Remarks at the Launch of the Zero Waste Masterplan". A ministry's or a head of state's
// speeches are releases of their own, and the occasion is the event they report, though no word of the event
// triggers (a dinner, a carnival, an official opening) names it.

#include <optional>

#include "core/document.hpp"
#include "extraction_state.hpp"

namespace bulletin::extract {

struct SpeechOccasion final {
    MeetingKind kind = MeetingKind::Other;
    Mention name;  // the occasion's name in the headline
};

// The occasion named after "at" (or "during") in a headline that opens with, or names before it, a speech word
// (data/lexicons/speech_words.txt) and its speaker; nothing when the headline has no such occasion. (Headlines of
// a crime are left out by the caller, meeting_rules.cpp.)
[[nodiscard]] std::optional<SpeechOccasion> headlineSpeechOccasion(const ExtractionState& state);

}  // namespace bulletin::extract
