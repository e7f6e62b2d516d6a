#pragma once
// The date of an event from its own sentence: the date mention closest to the trigger, full or a range, one of the
// trigger's own clause first; a year alone only when said "in 2024" or in words and nothing finer is there.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "tokens.hpp"

namespace bulletin::extract {

[[nodiscard]] std::optional<DateValue> sentenceDate(const std::vector<DateMention>& dates, const Sentence& s,
                                                    std::size_t at, std::string_view text);

// True when the sentence frames itself by an event told before it, and so shares its day: "During the trip, he met
// local officials", "On the sidelines of the summit, the President held talks", "Following the talks, the leaders
// signed ...", "held a bilateral meeting on the sidelines".
[[nodiscard]] bool framedByEarlierEvent(const std::vector<Token>& tokens, const Sentence& s);

// The kind of event the frame names ("During the online meeting," -> a meeting; "During the visit," -> other);
// none when it names no kind ("on the sidelines", "During the event").
[[nodiscard]] std::optional<MeetingKind> framingOccasionKind(const std::vector<Token>& tokens, const Sentence& s);
// The occasion word of the frame in lower case ("After the meeting," -> "meeting"); empty when the frame names
// none ("During the event", "on the sidelines").
[[nodiscard]] std::string framingOccasionWord(const std::vector<Token>& tokens, const Sentence& s);

// True when the sentence opens by placing itself before or after what was told ("Earlier in the day", "Later",
// "Afterwards", "After the talks,"): a gathering it introduces is another of that day, not the one told before.
[[nodiscard]] bool toldInSequence(const std::vector<Token>& tokens, const Sentence& s);

// True when such a sentence keeps to the day told before ("Later", "Afterwards", "Earlier in the day"); a bare
// "Earlier" may be days before.
[[nodiscard]] bool sequenceKeepsDay(const std::vector<Token>& tokens, const Sentence& s);

// How many days after the event told before the sentence places itself when it opens by saying so ("The following
// day", "The next morning", "On the next day", "A day later", "Two days later"), or says
// anywhere that it is that day ("held the Dialogue on the same day", "That same day, ..."): 0; none when it does
// not.
[[nodiscard]] std::optional<int> daysAfterToldDay(const std::vector<Token>& tokens, const Sentence& s);

// The day the release's lead dated its first event, when that is a full day one to seven days before the
// publication date (a report further down with no time of its own tells of it: "met ... on 11 June" in a release
// of 12 June, then "The Ministers witnessed the signing ..."). Null when there is no such event.
[[nodiscard]] const Meeting* leadDay(const std::vector<Meeting>& events, std::size_t leadEndByte,
                                     const std::optional<DateValue>& publication);

}  // namespace bulletin::extract
