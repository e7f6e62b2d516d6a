#include "meeting_rules.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

#include "candidates.hpp"
#include "event_dates.hpp"
#include "event_restatements.hpp"
#include "event_sentence_facts.hpp"
#include "event_triggers.hpp"
#include "lexicon.hpp"
#include "person_titles.hpp"
#include "speech_occasions.hpp"

namespace bulletin::extract {

namespace {

using event_detail::family;
using event_detail::Found;
using event_detail::matchTrigger;
using event_detail::SentenceFacts;
using event_detail::wordIs;

// The kind of the event a trigger reports: "the opening ceremony of the COP 26", "the Water Week Opening Ceremony":
// a conference's ceremony is part of the conference, not an event of its own.
// ("after a week of classes, a ceremony": a week is a conference only by its name.)
MeetingKind reportedKind(const std::vector<Token>& t, std::size_t i, const Found& found, const Sentence& s) {
    if (!equalsLower(t[i].text, "ceremony")) return found.trigger->kind;
    for (std::size_t k = s.firstToken; k < s.endToken; ++k)
        if (const Found other = matchTrigger(t, k);
            other.trigger && other.trigger->kind == MeetingKind::Conference &&
            (t[k].capitalized || !wordIs(t[k], {"week", "dialogue", "festival"})))
            return MeetingKind::Conference;
    return found.trigger->kind;
}

// A committee's or a board's hearing ("the Oversight Committee's hearing on", "a public hearing", "the Senate
// held hearings"), not a court's ("a sentencing hearing before Judge ..."), nor the sense ("hearing loss", "hard of
// hearing", "after hearing from residents").
bool reportsHearing(SentenceFacts& facts, const std::vector<Token>& t, std::size_t i) {
    const Token* prev = i > 0 && t[i - 1].sentence == t[i].sentence ? &t[i - 1] : nullptr;
    if (facts.court(t[i].sentence) || facts.crime(t[i].sentence)) {
        facts.courtHearingNamed = true;
        return false;
    }
    // "scheduled for a parole hearing ... At the hearing today, the Board ...": the hearing named before.
    if (facts.courtHearingNamed && prev &&
        (wordIs(*prev, {"the", "today", "that", "this"}) || prev->kind == TokenKind::Possessive))
        return false;
    if (!facts.deliberativeBody(t[i].sentence)) return false;
    const Token* next = i + 1 < t.size() && t[i + 1].sentence == t[i].sentence ? &t[i + 1] : nullptr;
    if (next && wordIs(*next, {"from", "aid", "aids", "loss", "impaired", "impairment", "the", "about", "that"}))
        return false;
    if (!prev) return false;
    return prev->capitalized || prev->kind == TokenKind::Possessive ||
           wordIs(*prev, {"a",         "the",       "this",          "its",           "their",        "his",
                          "her",       "our",       "public",        "congressional", "oversight",    "legislative",
                          "field",     "joint",     "virtual",       "budget",        "confirmation", "subcommittee",
                          "committee", "listening", "informational", "held",          "two",          "several"});
}

// "The Minister chaired a review meeting in Kochi. Later, he visited the Coast Guard headquarters": "he" or "she"
// right before the verb, after a sentence that names a person or a body, is that principal (not in a crime
// narrative: "Dana Reyes, 34, was arrested. She visited the bank ...").
bool pronounOfNamedActor(SentenceFacts& facts, const std::vector<Token>& t, std::size_t i) {
    if (i == 0 || t[i - 1].sentence != t[i].sentence || !wordIs(t[i - 1], {"he", "she"})) return false;
    const std::size_t s = t[i].sentence;
    return s > 0 && facts.namesActor(s - 1) && !facts.crime(s - 1) && !facts.court(s - 1) &&
           !facts.headlineTellsCrime();
}

// Whether the trigger word at i, in its sentence, reports an event.
bool reportsEvent(const ExtractionState& st, SentenceFacts& facts, std::size_t i, const Found& f) {
    const auto& t = st.tokens();
    const auto& s = st.tt().sentences[t[i].sentence];
    const std::string w = lower(t[i].text);
    const Token* next = f.end < t.size() && t[f.end].sentence == t[i].sentence ? &t[f.end] : nullptr;
    const Token* after = f.end + 1 < t.size() && t[f.end + 1].sentence == t[i].sentence ? &t[f.end + 1] : nullptr;
    const Token* prev = i > 0 && t[i - 1].sentence == t[i].sentence ? &t[i - 1] : nullptr;
    const MeetingKind kind = f.trigger->kind;
    if (kind == MeetingKind::Meeting || kind == MeetingKind::Training || kind == MeetingKind::Other)
        if (facts.crime(t[i].sentence)) return false;
    // "Zannitto met Jane Doe at a theme park ... During this initial meeting ...": under a headline of a crime or a
    // sentence, people meeting is the story's, unless a body takes part ("met with the Police Department").
    if ((w == "met" || w == "meet" || w == "meets" || w == "meeting" || w == "discussed") &&
        facts.headlineTellsCrime()) {
        const auto& named = facts.entities(t[i].sentence);
        if (std::none_of(named.begin(), named.end(),
                         [&](std::size_t e) { return st.entities()[e].type == EntityType::Agency; }))
            return false;
    }
    if (w == "met" || w == "meet" || w == "meets") {
        // "met the requirements", "to meet the demand": an object that is not a name.
        // ("met the tribal elders", "met a delegation of farmers", "met representatives of": people, unlike "the
        // requirements".)
        bool people = false;
        // (Not "he was met by law enforcement officials", "as long as certain criteria are met".)
        const bool passive = prev && wordIs(*prev, {"was", "were", "be", "been", "being", "is", "are"});
        if (passive && w == "met") return false;
        // (Nor someone a person met, told in a story: "a minor female he met online", "whom he met".)
        const Token* before = i > 1 && t[i - 2].sentence == t[i].sentence ? &t[i - 2] : nullptr;
        if (w == "met" && prev && before && wordIs(*prev, {"he", "she", "they", "i", "we"}) &&
            wordIs(*before, {"whom", "who", "female", "male", "man", "woman", "girl", "boy", "teen", "minor", "someone",
                             "person", "people", "victim", "friend"}))
            return false;
        for (std::size_t k = f.end; k < s.endToken && k < f.end + 4 && !people && !passive; ++k)
            people = t[k].isWord() &&
                     wordIs(t[k], {"elders",          "leaders",      "delegation", "delegations", "officials",
                                   "representatives", "members",      "families",   "students",    "ministers",
                                   "ambassadors",     "envoys",       "commanders", "chiefs",      "heads",
                                   "veterans",        "survivors",    "volunteers", "journalists", "staff",
                                   "counterpart",     "counterparts", "governor",   "mayor",       "ambassador",
                                   "envoy",           "minister",     "president",  "premier",     "commissioner",
                                   "chairman",        "chairperson",  "director",   "secretary",   "head",
                                   "commander",       "chief"});
        if (next &&
            wordIs(*next, {"the", "all", "its", "their", "our", "a", "an", "these", "those", "this", "his", "her",
                           "any", "every", "each", "both"}) &&
            !(after && after->capitalized) && !people)
            return false;
        // ("met the Ambassador of Japan": a title among the words after, above, makes them people; not "meet the
        // Hawks", a family in a crime's story, nor "met the Large Construction program".)
        if (next && next->isWord() && !next->capitalized && !people &&
            !wordIs(*next, {"with",       "in",      "on",        "at",     "virtually", "today",     "yesterday",
                            "separately", "jointly", "again",     "online", "remotely",  "privately", "informally",
                            "briefly",    "twice",   "earlier",   "later",  "here",      "there",     "to",
                            "last",       "this",    "regularly", "during"}))
            return false;
    }
    // "108 events were held, including 56 talks, 14 BoF sessions and 5 workshops": a count of a gathering's
    // parts, not an event of its own.
    const std::string_view lastWord = t[f.end - 1].text;
    if (prev && lastWord.size() > 2 && lastWord.back() == 's' && !lastWord.ends_with("ss") &&
        ((prev->kind == TokenKind::Number && prev->text.size() < 4) ||
         wordIs(*prev, {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds"})))
        return false;
    if (w == "meeting" && prev && wordIs(*prev, {"for", "of", "by", "in", "on", "from"}) && next &&
        wordIs(*next, {"a", "an", "the", "their", "its", "his", "her", "our", "these", "this", "all"}))
        return false;  // "for meeting a challenge": a gerund
    if (w == "training" && next &&
        wordIs(*next, {"camp", "camps", "ground", "grounds", "facility", "facilities", "college", "center", "centre",
                       "school", "academy", "materials"}))
        return false;
    // "the Harwick Climate Dialogue", "the Clean Seas Festival", "Singapore International Water Week": words that
    // name an event only at the end of its capitalised name (not "a dialogue with residents", "last week").
    if ((w == "dialogue" || w == "festival" || w == "week") && f.end == i + 1 &&
        !(t[i].capitalized && i > 0 && t[i - 1].capitalized && t[i - 1].isWord() && !t[i - 1].sentenceStart &&
          !isCalendarWord(t[i - 1].text)))
        return false;
    // (A developers' sprint, not the company "Sprint", nor a race.)
    if ((w == "sprint" || w == "sprints") && (t[i].capitalized || (prev && wordIs(*prev, {"a", "final", "last"}) &&
                                                                   !facts.namesActor(t[i].sentence, t[i].begin))))
        return false;
    if (w == "course" && ((prev && wordIs(*prev, {"of", "the"})) || (next && wordIs(*next, {"of"})))) return false;
    // "received Mr. ...", "received a delegation", "received the newly appointed Ambassador of Japan": a visitor;
    // not "received a call", "received the report".
    if (w == "received") {
        bool visitor = next && next->capitalized;
        if (next && wordIs(*next, {"a", "an", "the"}))
            for (std::size_t k = f.end + 1; k < s.endToken && k < f.end + 5 && !visitor; ++k)
                visitor = (t[k].isWord() && wordIs(t[k], {"delegation", "delegations"})) ||
                          (t[k].isWord() && t[k].capitalized && !wordIs(*next, {"a", "an"}) &&
                           wordIs(t[k], {"ambassador", "ambassadors", "envoy", "minister", "president", "governor",
                                         "chairman", "chairperson", "commissioner", "secretary-general",
                                         "director-general", "counterpart"}));
        if (!visitor) return false;
    }
    // ("The Minister toured the new facility", not "the couple toured the town".)
    if (w == "toured" && !facts.namesActorOrTitle(t[i].sentence, i)) return false;
    // A celebration, a parade or an inspection someone named takes part in ("The President participated in the
    // Independence Day celebration"), not a crime narrative's ("left a birthday celebration", under a headline of a
    // conviction).
    if ((w == "celebration" || w == "celebrations" || w == "parade" || w == "inspected") &&
        (!facts.namesActorOrTitle(t[i].sentence, i) || facts.headlineTellsCrime()))
        return false;
    if (w == "visit" || w == "visits" || w == "visited") {
        // "visit our website", "please visit www..."
        for (std::size_t k = f.end; k < s.endToken && k < f.end + 4; ++k)
            if (wordIs(t[k], {"website", "www", "link", "page", "site", "homepage", "http", "https"})) return false;
        if (!facts.namesActorOrTitle(t[i].sentence, i) && !pronounOfNamedActor(facts, t, i)) return false;
    }
    if ((w == "signed" || w == "signing") && !facts.signsDocument(t[i].sentence)) return false;
    // "The Minister discussed regional security with ...": someone named talks with someone ("the report discussed
    // the risks with care" is no meeting).
    if ((w == "discussed" || w == "discusses") && !facts.namesActor(t[i].sentence, t[i].begin)) return false;
    if ((w == "hearing" || w == "hearings") && !reportsHearing(facts, t, i)) return false;

    // "The Monetary Policy Committee decided to keep the rate unchanged": a body that deliberates makes its decision
    // known; it is named right before the verb. (Not a court's or a jury's decision, nor a person's.)
    if (w == "decided") {
        // ("the Committee decided", "The Monetary Committee at Tellimont decided": the body's name or its short
        // form, capitalised, just before.)
        if (facts.court(t[i].sentence) || facts.crime(t[i].sentence)) return false;
        bool body = false;
        for (std::size_t back = 1; back <= 4 && back <= i && t[i - back].sentence == t[i].sentence && !body; ++back) {
            const Token& b = t[i - back];
            body = b.isWord() && b.capitalized &&
                   (lexicons::deliberativeBodies().contains(b.text) || b.is("Cabinet") || b.is("Government"));
        }
        if (!body) return false;
    }
    if (kind == MeetingKind::Announcement && w != "decided") {
        // An announcement by someone named: "X today announced", "it was announced by X".
        if (!facts.namesActorOrTitle(t[i].sentence, i)) return false;
        // "continue expanding its holdings as announced in November": an earlier announcement recalled.
        if (prev && prev->is("as")) return false;
        if (prev && wordIs(*prev, {"previously", "recently", "already", "earlier"}) &&
            !facts.namesActor(t[i].sentence, t[i].begin))
            return false;
    }
    return true;
}

// The trigger is a verb in the past tense, telling what was done ("Mr Putin awarded ...", "visited", "held talks"),
// not a noun that may name any gathering ("meetings with stakeholders").
// A noun trigger counts when such a verb governs it ("addressed a training programme", "chaired the meeting",
// "witnessed the signing").
bool pastReport(const std::vector<Token>& t, std::size_t i) {
    if (wordIs(t[i], {"met", "held", "had", "visited", "signed", "received", "convened", "awarded", "presented",
                      "hosted", "spoke", "chaired"}))
        return true;
    for (std::size_t back = 1; back <= 3 && back <= i && t[i - back].sentence == t[i].sentence; ++back)
        if (wordIs(t[i - back], {"held", "attended", "addressed", "chaired", "hosted", "organised", "organized",
                                 "conducted", "opened", "convened", "joined", "witnessed"}))
            return true;
    // "made this statement to the media", "gave a press conference" (a noun after its determiner; not "were made to
    // meet again").
    if (i >= 2 && t[i - 2].sentence == t[i].sentence && wordIs(t[i - 2], {"made", "gave"}) &&
        wordIs(t[i - 1], {"a", "the", "an", "his", "her", "their", "its", "this"}))
        return true;
    // "the President said during a meeting with media representatives", "stated at the press conference": the
    // occasion of what was said.
    if (i >= 3 && t[i - 3].sentence == t[i].sentence && wordIs(t[i - 2], {"during", "at"}) &&
        wordIs(t[i - 1], {"a", "the", "an", "his", "her", "their", "its", "this"}) &&
        wordIs(t[i - 3], {"said", "stated", "noted", "stressed", "emphasized", "emphasised", "remarked", "declared"}))
        return true;
    // "thanked Karl Nehammer for his visit to Ukraine", "grateful for the meeting": the occasion the thanks are for
    // is the one under way.
    if (i >= 2 && t[i - 2].sentence == t[i].sentence && t[i - 2].is("for") &&
        wordIs(t[i - 1], {"the", "his", "her", "their", "this"}))
        for (std::size_t back = 3; back <= 8 && back <= i && t[i - back].sentence == t[i].sentence; ++back)
            if (wordIs(t[i - back], {"thanked", "thanks", "grateful", "gratitude", "thanking"})) return true;
    return false;
}

}  // namespace

std::vector<Meeting> findMeetings(const ExtractionState& st, const std::vector<DateMention>& dates,
                                  const std::string& datelinePlace, const std::optional<DateValue>& publication) {
    const auto& t = st.tokens();
    const auto& sentences = st.tt().sentences;
    // The lead: the first sentences of the body, where a news release reports the day's event.
    std::size_t firstBodySentence = 0;
    while (firstBodySentence < sentences.size() && st.inHeadline(sentences[firstBodySentence].begin))
        ++firstBodySentence;
    // The lead is the first two sentences of running text: the lines of a release's header ("PRESS RELEASE",
    // "For Immediate Release", the date) are sentences of a few words that come before it.
    std::size_t leadEnd = firstBodySentence;
    for (std::size_t running = 0; leadEnd < sentences.size() && running < 2; ++leadEnd) {
        std::size_t words = 0;
        for (std::size_t k = sentences[leadEnd].firstToken; k < sentences[leadEnd].endToken; ++k)
            if (t[k].isWord()) ++words;
        // (A letterhead of six words or more is a header line too: running text ends its sentences.)
        const Token& last = t[sentences[leadEnd].endToken - 1];
        const bool closed =
            last.kind == TokenKind::Punct && std::string_view(".!?\"”’)").find(last.text) != std::string_view::npos;
        if (words >= 6 && (closed || words >= 12)) ++running;
    }
    // Dates an event can carry: not the release's own date line or dateline (a publication date where it
    // stands), which dates the release rather than what it reports.
    std::vector<DateMention> eventDates;
    for (const auto& d : dates)
        if (d.role != DateRole::Publication) eventDates.push_back(d);
    // The date of a "WHEN:" line, and every "DATE:" line of a schedule.
    std::optional<DateValue> advisoryDate;
    std::vector<std::pair<std::size_t, DateValue>> scheduleDates;  // token of the label, date
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        if (!t[i].paragraphStart || !t[i + 1].isPunct(':') || !wordIs(t[i], {"when", "date"})) continue;
        // ("WHEN:" alone on its line: the date is on the next one.)
        std::size_t lineIndex = t[i].sentence;
        if (i + 2 >= t.size() || t[i + 2].paragraphStart) lineIndex = i + 2 < t.size() ? t[i + 2].sentence : lineIndex;
        const auto& line = sentences[lineIndex];
        for (const auto& d : dates)
            if (d.mention.span.begin >= line.begin && d.mention.span.end <= line.end && d.value.start.day != 0) {
                if (equalsLower(t[i].text, "when") && !advisoryDate)
                    advisoryDate = d.value;
                else if (equalsLower(t[i].text, "date"))
                    scheduleDates.emplace_back(i, d.value);
                break;
            }
    }

    // Every report of an event, with what its own sentence says.
    struct Report final {
        MeetingKind kind = MeetingKind::Meeting;
        std::optional<DateValue> date;
        bool lead = false, today = false;
        bool sameDay = false;        // told in the past tense with no time of its own: the day's news, further down
        bool otherOccasion = false;  // "since the last meeting", "at future meetings": not the day's news

        bool anaphoric = false;  // "the meeting", "this visit": one named before
        bool framed = false;     // "During the trip, he met ...": on the day of the event told before
        std::string place;
        std::vector<std::string> agencies, people;
        Mention trigger;
    };
    std::vector<Report> reports;
    std::vector<std::pair<MeetingKind, Mention>> headlineReports;  // "Meeting with Governor ...", "Minister visits ..."
    SentenceFacts facts(st);
    std::size_t phraseEnd =
        0;  // the words of a phrase matched are not matched again ("conference" of "press conference")
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].isWord() || i < phraseEnd) continue;
        const Found found = matchTrigger(t, i);
        if (!found.trigger) continue;
        phraseEnd = found.end;
        if (st.inHeadline(t[i].begin)) {
            // ("Decisions taken by the Cabinet of Ministers at its meeting held on 12.06.2023": a headline that dates
            // its event reports it like the body.)
            const bool dated = found.trigger->kind != MeetingKind::Announcement &&
                               sentenceDate(eventDates, sentences[t[i].sentence], t[i].begin, st.text()).has_value();
            if (!dated) {
                if (reportsEvent(st, facts, i, found))
                    headlineReports.emplace_back(
                        reportedKind(t, i, found, sentences[t[i].sentence]),
                        Mention{Span{t[i].begin, t[found.end - 1].end},
                                std::string(st.slice(t[i].begin, t[found.end - 1].end)), "meeting.headline"});
                continue;
            }
        }
        // "Minister of Education and Training Nguyen Kim Son": a capitalised kind inside what a title is of names a
        // portfolio, not an event.
        if (std::string of; t[i].capitalized && titleOfBefore(st, t, found.end, of) < i) continue;
        // "Police Training College" names an agency; "Cultural Forum" names the event itself.
        if (st.claimed(t[i].begin, t[i].end)) {
            // ... and so does "Conference of the Parties" (the event's name starts with its kind).
            const bool lastWordOfName = found.end >= t.size() || !st.claimed(t[found.end - 1].begin, t[found.end].end);
            const bool firstWordOfName = i == 0 || !st.claimed(t[i - 1].begin, t[i - 1].end);
            // ("the ASEAN Ministerial Meeting on the Environment": a meeting's name ends with the capitalised word.)
            const bool namedMeeting = found.trigger->kind == MeetingKind::Meeting && t[i].capitalized && lastWordOfName;
            if (!(lastWordOfName || firstWordOfName) ||
                (found.trigger->kind != MeetingKind::Conference && !namedMeeting))
                continue;
        }
        if (!reportsEvent(st, facts, i, found)) continue;
        const auto& sentence = sentences[t[i].sentence];
        Report r;
        r.kind = reportedKind(t, i, found, sentence);
        // What is announced has its own date ("announces that DebConf24 will take place ... from July 28 to
        // August 4"): an announcement's date stands before the clause it announces.
        Sentence own = sentence;
        if (r.kind == MeetingKind::Announcement)
            for (std::size_t k = found.end; k < t.size() && t[k].sentence == t[i].sentence; ++k)
                if (wordIs(t[k], {"that", "will"})) {
                    own.end = t[k].begin;
                    break;
                }
        r.date = sentenceDate(eventDates, own, t[i].begin, st.text());
        // A media advisory says when on its own line ("WHEN: Thursday, Nov. 2, 2017, at 1:00 p.m.").
        if (!r.date && advisoryDate) r.date = advisoryDate;
        r.lead = t[i].sentence < leadEnd;
        // ("the Conference of the Parties" names an event; "the conference" tells more of one named before.)
        // ("the signing of a memorandum" introduces what was signed: no signing told before.)
        const bool signingOf = wordIs(t[i], {"signing"}) && found.end < t.size() && t[found.end].is("of");
        // ("made this statement to the media": "this" points at the words quoted, not at an event told before.)
        const bool quotedStatement = wordIs(t[i], {"statement", "statements"});
        r.anaphoric = i > 0 && t[i - 1].sentence == t[i].sentence && !t[i].capitalized && !signingOf &&
                      !quotedStatement && wordIs(t[i - 1], {"the", "this", "that", "said"});
        r.today = facts.today(t[i].sentence);
        r.framed = !r.date && !r.anaphoric && framedByEarlierEvent(t, sentence);
        for (std::size_t back = 1; back <= 2 && back <= i && t[i - back].sentence == t[i].sentence; ++back)
            if (wordIs(t[i - back], {"last", "previous", "next", "future", "upcoming", "coming", "past", "prior"}))
                r.otherOccasion = true;
        // "discussed the outcomes of the CSTO summit in Astana", "preparations for the meeting": an event the day's
        // report speaks of, not the day's event (nor its venue).
        // (Not "the result of this meeting": the day's.)
        const bool thisOne = i > 0 && (t[i - 1].is("this") || t[i - 1].is("today"));
        for (std::size_t back = 2; back <= 5 && back <= i && !thisOne && t[i - back].sentence == t[i].sentence; ++back)
            if (t[i - back + 1].is("of") || t[i - back + 1].is("for"))
                if (wordIs(t[i - back],
                           {"outcome", "outcomes", "results", "result", "preparations", "preparation", "eve"}))
                    r.otherOccasion = true;
        r.sameDay = pastReport(t, i) && !facts.recalls(t[i].sentence) &&
                    std::none_of(dates.begin(), dates.end(), [&](const DateMention& d) {
                        return d.mention.span.begin >= sentence.begin && d.mention.span.end <= sentence.end;
                    });
        // An announcement counts when the release makes it (in its lead, or "today"), or when its sentence dates
        // it ("In January 2022 the Department of Justice announced ...").
        const bool ownDate = r.date && r.date != advisoryDate;
        // (A body's decision is the day's news wherever the release tells it: "Given the outlook, the Committee
        // decided to ...".)
        const bool decision = equalsLower(t[i].text, "decided");
        if (decision && !r.date && !facts.recalls(t[i].sentence)) r.today = true;
        if (r.kind == MeetingKind::Announcement && !r.lead && !r.today && !ownDate) continue;
        // "released its report on January 23, 2014" further down recalls an earlier release; only "announced"
        // carries its own date that far from the lead.
        if (r.kind == MeetingKind::Announcement && !found.trigger->objects.empty() && !r.lead && !r.today) continue;
        // The place from the event's sentence; the participants from its paragraph (a release names who met
        // in the sentences around the verb: "The Director General welcomed Mr. Kapinos ...").
        // A place after "in", "at" or "to" is where the event was ("arrived in Russia"); else the sentence's first
        // place ("Chancellor of Germany" names where the guest comes from, not the venue, when another follows).
        // ("received the Ambassador of Japan to Sri Lanka ... at the Ministry in Colombo": "in" and "at" before "to".)
        std::string firstPlace, toPlace;
        for (const auto index : facts.entities(t[i].sentence)) {
            const auto& e = st.entities()[index];
            if (e.type != EntityType::Location) continue;
            // ("Orange County District Attorney Tony Rackauckas announced": a place in the speaker's title is where
            // the office is, not where the event was.)
            const bool beyondTitles = std::any_of(e.mentions.begin(), e.mentions.end(), [&](const Mention& m) {
                return m.span.begin >= sentence.begin && m.span.end <= sentence.end && m.rule != "place.in_title";
            });
            if (firstPlace.empty() && beyondTitles) firstPlace = e.name;
            for (const auto& m : e.mentions) {
                if (m.span.begin < sentence.begin || m.span.end > sentence.end) continue;
                const std::size_t k = tokenAt(t, m.span.begin);
                std::size_t before = k;
                while (before > 0 && t[before - 1].is("the")) --before;
                if (before > 0 && (t[before - 1].is("in") || t[before - 1].is("at"))) {
                    if (r.place.empty()) r.place = e.name;
                    break;
                }
                if (before > 0 && t[before - 1].is("to") && toPlace.empty()) toPlace = e.name;
            }
            if (!r.place.empty()) break;
        }
        if (r.place.empty()) r.place = toPlace;
        // (A call has no venue in the countries its callers' titles name: "a telephone conversation with President
        // of Turkiye ...".)
        const std::string triggerWords = lower(st.slice(t[i].begin, t[found.end - 1].end));
        const bool remote = triggerWords.find("phone") != std::string::npos ||
                            triggerWords.find("video") != std::string::npos ||
                            triggerWords.find("call") != std::string::npos;
        if (r.place.empty() && !remote) r.place = firstPlace;
        for (const auto index : facts.paragraphEntities(t[i].sentence)) {
            const auto& e = st.entities()[index];
            if (e.type != EntityType::Location)
                (e.type == EntityType::Agency ? r.agencies : r.people).push_back(e.name);
        }
        const auto& last = t[found.end - 1];
        r.trigger = Mention{Span{t[i].begin, last.end}, std::string(st.slice(t[i].begin, last.end)), "meeting.trigger"};
        reports.push_back(std::move(r));
    }

    // "During the visit, the Minister also called on ... and visited ...": a sentence that frames itself by an event
    // named before tells more of it, in all its reports of that family. (Indexed: a hostile release may hold
    // hundreds of thousands of reports.)
    std::set<std::pair<int, std::size_t>> framing;  // (family, sentence) of the anaphoric reports
    for (const auto& r : reports)
        if (r.anaphoric) framing.emplace(family(r.kind), t[tokenAt(t, r.trigger.span.begin)].sentence);
    for (auto& r : reports)
        if (!r.anaphoric && !r.date)
            r.anaphoric = framing.count({family(r.kind), t[tokenAt(t, r.trigger.span.begin)].sentence}) > 0;
    std::vector<Meeting> out;
    auto join = [&](Meeting& m, const Report& r) {
        // A specific kind ("workshop") named for the event on its date wins over "meeting" or "met"; an undated
        // mention of training somewhere later does not make the meeting a training.
        // (Not "the conference" told of in passing: "The DebConf team met online on March 10th ... with staff of
        // the school that hosts the conference".)
        if (m.kind == MeetingKind::Meeting && r.kind != MeetingKind::Meeting && family(r.kind) == 0 && r.date &&
            r.date == m.date && !r.anaphoric)
            m.kind = r.kind;
        if (m.location.empty()) m.location = r.place;
        for (const auto& a : r.agencies)
            if (std::find(m.agencies.begin(), m.agencies.end(), a) == m.agencies.end()) m.agencies.push_back(a);
        for (const auto& p : r.people)
            if (std::find(m.people.begin(), m.people.end(), p) == m.people.end()) m.people.push_back(p);
    };
    auto open = [&](const Report& r, std::optional<DateValue> date) {
        Meeting m;
        m.kind = r.kind;
        m.date = std::move(date);
        m.trigger = r.trigger;
        join(m, r);
        out.push_back(std::move(m));
    };
    // One event per kind family and date: a report joins the one of its family on that date, or opens it.
    auto joinOrOpen = [&](const Report& r, const std::optional<DateValue>& date) {
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const Meeting& m) { return family(m.kind) == family(r.kind) && m.date == date; });
        if (it != out.end())
            join(*it, r);
        else
            open(r, date);
    };
    // Dated reports first.
    for (const auto& r : reports)
        if (r.date) joinOrOpen(r, r.date);
    // Undated reports tell more of an event already dated ("the meeting", "during the workshop"): the nearest
    // one before them of their family, else the first after. A family reported only undated is the release's
    // own news when told in its lead or "today" (dated with the publication date), else it stays undated.
    for (const auto& r : reports) {
        if (r.date) continue;
        // A sentence framed by the event told before it ("During the trip, he met ...") is on that event's day; so
        // is the lead's undated report of an event of the family the lead has just dated ("unveiled its plan on
        // Saturday. The Minister launched the plan at an event at ...").
        const std::size_t leadEndByte = leadEnd > 0 ? sentences[leadEnd - 1].end : 0;
        const bool goesOn = r.lead && !r.today && !r.anaphoric && !r.otherOccasion;
        if (r.framed || goesOn) {
            const Meeting* frame = nullptr;
            for (const auto& m : out)
                if (m.date && m.trigger.span.begin < r.trigger.span.begin &&
                    (r.framed || (family(m.kind) == family(r.kind) && m.trigger.span.begin < leadEndByte)) &&
                    (!frame || m.trigger.span.begin > frame->trigger.span.begin))
                    frame = &m;
            if (frame) {
                joinOrOpen(r, std::optional<DateValue>(frame->date));
                continue;
            }
        }
        // "met ... in Hanoi on 11 June" in a release of 12 June, then "The Ministers witnessed the signing ...": a
        // report further down, in the past tense with no time of its own, tells of the day the lead dated a few days
        // before the release, not of the release's own day.
        if (r.sameDay && !r.lead && !r.today && !r.anaphoric && !r.otherOccasion) {
            if (const Meeting* day = leadDay(out, leadEndByte, publication)) {
                joinOrOpen(r, std::optional<DateValue>(day->date));
                continue;
            }
        }
        // The lead's event is the release's news of the day: dated with the release, not joined to an event the
        // release goes on to recall ("had a phone conversation ... welcomed the meeting on January 26").
        // (Not "the meeting", which tells more of one already named: "On 18 March 2014 ... convened the meeting.
        // The meeting was held in Quetta".)
        // A deck and a lead telling one event in the same words ("organized an interagency training" twice, the
        // second time with its dates) are one event, though.
        if ((r.lead || r.today || r.sameDay) && publication && !r.anaphoric && !r.otherOccasion) {
            auto it = std::find_if(out.begin(), out.end(), [&](const Meeting& m) {
                return m.kind == r.kind && m.trigger.span.begin < leadEndByte &&
                       lower(m.trigger.text) == lower(r.trigger.text);
            });
            if (it == out.end())
                it = std::find_if(out.begin(), out.end(), [&](const Meeting& m) {
                    return family(m.kind) == family(r.kind) && m.date == publication;
                });
            if (it != out.end())
                join(*it, r);
            else
                open(r, publication);
            continue;
        }
        // Another occasion the report speaks of ("the outcomes of the CSTO summit in Astana", "since the last
        // meeting") is an event of its own, undated here: it tells nothing of the day's event, neither its venue
        // nor its participants.
        if (r.otherOccasion) {
            open(r, std::nullopt);
            continue;
        }
        // The same kind before the family ("met" joins the meeting rather than the upcoming workshop); the
        // nearest event told before the report, else the first told after it.
        Meeting* target = nullptr;
        for (const bool sameKind : {true, false}) {
            Meeting* before = nullptr;
            Meeting* after = nullptr;
            for (auto& m : out) {
                if (family(m.kind) != family(r.kind) || (sameKind && m.kind != r.kind)) continue;
                if (m.trigger.span.begin < r.trigger.span.begin) {
                    if (!before || m.trigger.span.begin > before->trigger.span.begin) before = &m;
                } else if (!after || m.trigger.span.begin < after->trigger.span.begin) {
                    after = &m;
                }
            }
            target = before ? before : after;
            if (target) break;
        }
        if (target) {
            join(*target, r);
            continue;
        }
        const std::optional<DateValue> date =
            publication && (r.lead || r.today) && !r.otherOccasion ? publication : std::nullopt;
        open(r, date);
    }
    std::sort(out.begin(), out.end(),
              [](const Meeting& a, const Meeting& b) { return a.trigger.span.begin < b.trigger.span.begin; });
    // A schedule ("DATE: Tuesday, January 10 ... WHERE: ...") lists one event of the kind told before it per date.
    for (const auto& scheduled : scheduleDates) {
        const std::size_t label = scheduled.first;
        const DateValue& date = scheduled.second;
        // ("Date: September 17, 2018" in a release's header dates the release, not a session of a schedule.)
        if (publication && date == *publication && t[label].sentence < leadEnd) continue;
        const Meeting* before = nullptr;
        for (const auto& m : out)
            if (m.trigger.span.begin < t[label].begin) before = &m;
        if (!before) continue;
        const bool known = std::any_of(out.begin(), out.end(), [&](const Meeting& m) { return m.date == date; });
        if (known) continue;
        Meeting m = *before;
        m.date = date;
        if (m.kind == MeetingKind::Announcement) m.kind = MeetingKind::Meeting;
        m.location.clear();
        out.push_back(std::move(m));
    }
    // A speech's occasion named in the headline with no word of the triggers ("Speech by ... at the Eco Gala Dinner"),
    // not under a headline of a crime ("CONSPIRACY TO DISRUPT A MEETING DURING SPEECH BY ... AT UCI").
    if (const auto occasion = facts.headlineTellsCrime() ? std::nullopt : headlineSpeechOccasion(st)) {
        const bool triggered = std::any_of(headlineReports.begin(), headlineReports.end(), [&](const auto& r) {
            return r.second.span.begin >= occasion->name.span.begin && r.second.span.end <= occasion->name.span.end;
        });
        if (!triggered) headlineReports.emplace_back(occasion->kind, occasion->name);
    }
    // A headline naming an event the body tells without a word for it ("Meeting with Head of Mordovia Artyom
    // Zdunov" over "Artyom Zdunov briefed the President on ..."): the release's event of the day, with the lead's
    // participants. Only for a family the body reports no event of (the body's own report is better dated).
    // (The lead's first sentence of running text, not the date line before it.)
    std::size_t leadSentence = leadEnd > firstBodySentence ? leadEnd - 1 : firstBodySentence;
    for (std::size_t s = firstBodySentence; s < leadEnd; ++s)
        if (sentences[s].endToken - sentences[s].firstToken >= 8) {
            leadSentence = s;
            break;
        }
    // Where a transcript begins ("Vladimir Putin: Colleagues, ..."): what its speakers recall ("I met with
    // residents last week") is not the body telling the headline's event.
    std::size_t transcriptStart = st.text().size();
    for (const auto& e : st.entities())
        for (const auto& m : e.mentions)
            if (m.rule == "person.speaker") transcriptStart = std::min(transcriptStart, m.span.begin);
    if (publication && leadSentence < sentences.size()) {
        for (const auto& report : headlineReports) {
            // (The pair's members by name: clang does not let a lambda capture a structured binding.)
            const MeetingKind kind = report.first;
            // (A speech's occasion is told only by an event of its day: "Last month, I visited ..." is another.)
            const bool occasion = report.second.rule == "meeting.speech_occasion";
            const bool told = std::any_of(out.begin(), out.end(), [&](const Meeting& m) {
                return family(m.kind) == family(kind) && (!occasion || m.date == publication) &&
                       (m.date == publication || m.trigger.span.begin < transcriptStart);
            });
            if (told) continue;
            Meeting m;
            m.kind = kind;
            m.date = publication;
            m.trigger = report.second;
            const auto take = [&](const DraftEntity& e) {
                if (e.type == EntityType::Location) return;
                auto& list = e.type == EntityType::Agency ? m.agencies : m.people;
                if (std::find(list.begin(), list.end(), e.name) == list.end()) list.push_back(e.name);
            };
            // Who the headline names ("Meeting with Governor of Tula Region Alexei Dyumin"), and the lead's
            // participants, except for a speech: the lead is its salutation.
            for (const auto& e : st.entities())
                if (std::any_of(e.mentions.begin(), e.mentions.end(),
                                [&](const Mention& x) { return st.inHeadline(x.span.begin); }))
                    take(e);
            if (!occasion)
                for (const auto index : facts.paragraphEntities(leadSentence)) take(st.entities()[index]);
            out.insert(out.begin(), std::move(m));
        }
    }
    absorbRestatedEvents(out);
    for (auto& m : out)
        if (m.location.empty() && m.date && publication && *m.date == *publication) m.location = datelinePlace;
    // An event without a date is kept when the lead tells it (the release's own news, "met ... on Thursday" with
    // no date to resolve the weekday against): further down, an undated mention is more often a recalled or a
    // generic one ("meetings with stakeholders") than an event of its own (tuning part: events precision 0.68 ->
    // 0.77 at the same recall).
    const std::size_t leadEndByte = leadEnd > 0 && leadEnd <= sentences.size() ? sentences[leadEnd - 1].end : 0;
    std::erase_if(out, [&](const Meeting& m) { return !m.date && m.trigger.span.begin >= leadEndByte; });
    return out;
}

}  // namespace bulletin::extract
