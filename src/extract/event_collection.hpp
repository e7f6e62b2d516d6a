#pragma once
// Every report of an event in a release, with what its own sentence says of it (its kind, date, tense, place and
// participants): what findMeetings (meeting_rules.cpp) assembles events from.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/document.hpp"
#include "event_sentence_facts.hpp"
#include "extraction_state.hpp"

namespace bulletin::extract {

// A report of an event: a trigger and what its own sentence says of it.
struct EventReport final {
    MeetingKind kind = MeetingKind::Meeting;
    std::optional<DateValue> date;
    bool lead = false, today = false;
    bool sameDay = false;        // told in the past tense with no time of its own: the day's news, further down
    bool otherOccasion = false;  // "since the last meeting", "at future meetings": not the day's news
    bool planned = false;        // "will hold a workshop": still to come (an other occasion too)
    bool next = false;           // "the next meeting": one to come after those told
    bool instructed = false;     // "instructed the Minister to hold a meeting": to come, after the release's day
    bool yearOfName = false;     // dated only by the year in its name ("DebConf27 was a success")

    bool anaphoric = false;   // "the meeting", "this visit": one named before
    bool framed = false;      // "During the trip, he met ...": on the day of the event told before
    std::optional<MeetingKind> frameKind;  // the kind the frame names ("During the online meeting": a meeting)
    std::string frameWord;                 // the frame's occasion word, lower case ("After the meeting": "meeting")
    bool beside = false;      // "on the sidelines of the SCO summit": an event of its own beside the day's
    bool introduced = false;  // "An awareness programme was held at ...": a new one, told with "a" or "an"
    bool sequel = false;      // "Earlier in the day, the President held a working meeting": another of the day
    bool inSequence = false;  // "Later that day, the President met ...": told after or before another, however named
    bool also = false;        // "He also met ...", "also attended a business forum": another of the occasions told
    // "The following day, he met ...": that many days after the event told before ("on the same day": none).
    std::optional<int> daysAfter;
    std::string place;
    std::vector<std::string> agencies, people;
    Mention trigger;
};

// The reports of a release's body and headline, in text order. (A headline's report that its own line does not
// date is kept apart: findMeetings adds it only where the body tells no event of its family.)
struct CollectedReports final {
    std::vector<EventReport> reports;
    std::vector<std::pair<MeetingKind, Mention>> headline;  // "Meeting with Governor ...", "Minister visits ..."
};

// `dates`: every date of the release; `eventDates`: those an event may carry; `advisoryDate`: a "WHEN:" line's;
// `leadEnd`: one past the lead's last sentence.
[[nodiscard]] CollectedReports collectReports(const ExtractionState& st, event_detail::SentenceFacts& facts,
                                              const std::vector<DateMention>& dates,
                                              const std::vector<DateMention>& eventDates,
                                              const std::optional<DateValue>& advisoryDate, std::size_t leadEnd);

}  // namespace bulletin::extract
