#pragma once
// The words that report an event (data/lexicons/event_triggers.tsv: "held talks", "press conference", "introduced
// ... act|bill") and the names of conferences made of a word and "Conf" or "Con" ("DebConf24", "PyCon 2024"),
// matched on the token layer. What a match means in its sentence is for meeting_rules.cpp to decide.

#include <cstddef>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "tokens.hpp"

namespace bulletin::extract::event_detail {

struct Trigger final {
    std::vector<std::string> words;  // lower case
    // "introduced ... act|bill": one of these words must follow within a few words of the same sentence.
    std::vector<std::string> objects;
    MeetingKind kind = MeetingKind::Meeting;
};

struct Found final {
    const Trigger* trigger = nullptr;
    std::size_t end = 0;  // token after the phrase
};

// The longest trigger starting at token i, or none.
[[nodiscard]] Found matchTrigger(const std::vector<Token>& t, std::size_t i);

// The family scoring compares kinds in: gatherings (meeting, training, workshop, conference), media
// (press conference, announcement), other.
[[nodiscard]] int family(MeetingKind k);

}  // namespace bulletin::extract::event_detail
