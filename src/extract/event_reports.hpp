#pragma once
// Whether a trigger word reports an event in its sentence, and of what kind: the tests the event rules
// (meeting_rules.cpp) put every trigger through, apart from how events are then dated, placed and joined.

#include <cstddef>
#include <vector>

#include "core/document.hpp"
#include "event_sentence_facts.hpp"
#include "event_triggers.hpp"
#include "extraction_state.hpp"
#include "tokens.hpp"

namespace bulletin::extract::event_detail {

// The kind of the event the trigger at i reports: "the opening ceremony of the COP 26" is the conference's.
[[nodiscard]] MeetingKind reportedKind(const std::vector<Token>& tokens, std::size_t i, const Found& found,
                                       const Sentence& sentence);

// Whether the trigger word at i, in its sentence, reports an event (not "met the requirements", a crime story's
// meeting, a court's hearing, a count of a gathering's parts, ...).
[[nodiscard]] bool reportsEvent(const ExtractionState& state, SentenceFacts& facts, std::size_t i, const Found& found);

// The trigger is a verb in the past tense telling what was done, or a noun such a verb governs ("held talks",
// "chaired the meeting", "said during a meeting with media representatives").
[[nodiscard]] bool pastReport(const std::vector<Token>& tokens, std::size_t i);

// The trigger reports an event still to come: the verb that will do it after a modal ("will hold a workshop", "shall
// sign") or after a plan or an approval to do it ("granted approval to sign the agreement", "plans to visit").
// `decidedOnly`: only a plan or an approval (or "the next ..."), not a modal: in a release's lead, "will hold a press
// conference" is a media advisory's event of the day, "granted approval to conduct a training programme" is not.
[[nodiscard]] bool plannedReport(const std::vector<Token>& tokens, std::size_t i, bool decidedOnly = false);
// Whether the trigger at i is done by a verb of doing an event before it ("hold a training workshop", "sign the
// agreement", "take part in the summit"), or is that verb.
[[nodiscard]] bool doneByVerb(const std::vector<Token>& tokens, std::size_t i);

// True when the trigger at token i is what someone was told or asked to hold ("instructed the Interior Minister ...
// to hold a meeting"): an event still to come, whatever the sentence is framed by.
[[nodiscard]] bool instructedEvent(const std::vector<Token>& tokens, std::size_t i);

// The sentence tells of a gathering taking place, being attended or held ("spoke at", "was held", "opens", "took
// place", "during the Forum", "participation in the Summit"), not only names one ("Registration for DebConf24 is now
// open").
[[nodiscard]] bool occurrenceTold(const std::vector<Token>& tokens, const Sentence& s);

// The trigger at i is named as the next of its kind: "next", "upcoming" or "forthcoming" right before it.
[[nodiscard]] bool namedAsNext(const std::vector<Token>& tokens, std::size_t i);

// The trigger names a gathering another event took place beside: "met on the sidelines of the SCO summit", "the
// conversation took place before the beginning of a meeting of European Union leaders". Two events of one day, not
// two reports of one.
[[nodiscard]] bool besideAnotherEvent(const std::vector<Token>& tokens, std::size_t i);

}  // namespace bulletin::extract::event_detail
