#pragma once
// The words that report an event (data/lexicons/event_triggers.tsv: "held talks", "press conference", "introduced
// ... act|bill") and the names of conferences made of a word and "Conf" or "Con" ("DebConf24", "PyCon 2024"),
// matched on the token layer. What a match means in its sentence is for meeting_rules.cpp to decide.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
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

// The kind a word of an occasion's name says ("Launch" an announcement, "Debate" a sitting:
// data/lexicons/occasion_kinds.tsv), or none.
[[nodiscard]] std::optional<MeetingKind> occasionKindOf(std::string_view word);

// The kind an occasion's name [first, end) says by one of its words; Other when none does ("the Lantern Festival",
// "a Gala Dinner").
[[nodiscard]] MeetingKind occasionKind(const std::vector<Token>& t, std::size_t first, std::size_t end);

// "the World Expo 2027", "Expo 2030", "DebConf27": the year a gathering's name holds, right after its trigger word
// [i, end) (or the name's words after it) or run into a conference's name, or before a kind in lower case ("the
// DebConf27 conference"); none when the name holds no year.
[[nodiscard]] std::optional<int> yearOfEventName(const std::vector<Token>& t, std::size_t i, std::size_t end);

// The family scoring compares kinds in: gatherings (meeting, training, workshop, conference), media
// (press conference, announcement), other.
[[nodiscard]] int family(MeetingKind k);

}  // namespace bulletin::extract::event_detail
