#include "meeting_rules.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

#include "candidates.hpp"
#include "event_dates.hpp"
#include "event_layout.hpp"
#include "event_reports.hpp"
#include "event_restatements.hpp"
#include "event_sentence_facts.hpp"
#include "event_triggers.hpp"
#include "lexicon.hpp"
#include "person_titles.hpp"
#include "speech_occasions.hpp"

namespace bulletin::extract {

namespace {

using event_detail::besideAnotherEvent;
using event_detail::family;
using event_detail::fieldOfDefinedName;
using event_detail::Found;
using event_detail::headingGerund;
using event_detail::headlineEventDate;
using event_detail::inGerundHeading;
using event_detail::instructedEvent;
using event_detail::matchTrigger;
using event_detail::namedAsNext;
using event_detail::occurrenceTold;
using event_detail::pastReport;
using event_detail::placeFollowsWord;
using event_detail::plannedReport;
using event_detail::reportedKind;
using event_detail::reportsEvent;
using event_detail::SentenceFacts;
using event_detail::wordIs;

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
        bool planned = false;        // "will hold a workshop": still to come (an other occasion too)
        bool next = false;           // "the next meeting": one to come after those told
        bool instructed = false;     // "instructed the Minister to hold a meeting": to come, after the release's day

        bool anaphoric = false;   // "the meeting", "this visit": one named before
        bool framed = false;      // "During the trip, he met ...": on the day of the event told before
        bool beside = false;      // "on the sidelines of the SCO summit": an event of its own beside the day's
        bool introduced = false;  // "An awareness programme was held at ...": a new one, told with "a" or "an"
        bool sequel = false;      // "Earlier in the day, the President held a working meeting": another of the day
        std::string place;
        std::vector<std::string> agencies, people;
        Mention trigger;
    };
    std::vector<Report> reports;
    std::vector<std::pair<MeetingKind, Mention>> headlineReports;  // "Meeting with Governor ...", "Minister visits ..."
    SentenceFacts facts(st);
    std::size_t phraseEnd =
        0;  // the words of a phrase matched are not matched again ("conference" of "press conference")
    std::optional<DateValue> headlineDate;  // the date a headline's report is held on, when it says so
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].isWord() || i < phraseEnd) continue;
        const Found found = matchTrigger(t, i);
        if (!found.trigger) continue;
        phraseEnd = found.end;
        if (st.inHeadline(t[i].begin)) {
            // ("Decisions taken by the Cabinet of Ministers at its meeting held on 12.06.2023": a headline that dates
            // its event reports it like the body.)
            // (The headline's date may be the one the release is dated by, "at its meeting held on 2024-05-13":
            // then it dates the event as well, which no other event of the release's family may stand in for.)
            headlineDate = found.trigger->kind != MeetingKind::Announcement
                               ? headlineEventDate(dates, sentences[t[i].sentence], found.end, t)
                               : std::nullopt;
            const bool dated = headlineDate.has_value() ||
                               (found.trigger->kind != MeetingKind::Announcement &&
                                sentenceDate(eventDates, sentences[t[i].sentence], t[i].begin, st.text()).has_value());
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
        if (fieldOfDefinedName(st, t, i) || headingGerund(st, t, i) || inGerundHeading(st, t, i)) continue;
        // "Police Training College" names an agency; "Cultural Forum" names the event itself.
        if (st.claimed(t[i].begin, t[i].end)) {
            // ... and so does "Conference of the Parties" (the event's name starts with its kind).
            const bool lastWordOfName = found.end >= t.size() || !st.claimed(t[found.end].begin, t[found.end].end);
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
        r.date = st.inHeadline(t[i].begin) && headlineDate ? headlineDate
                                                           : sentenceDate(eventDates, own, t[i].begin, st.text());
        // ("are launching a public consultation from 5 June to 5 July": a span of days is how long what is announced
        // runs, not the day it is announced.)
        if (r.kind == MeetingKind::Announcement && r.date && r.date->isRange()) r.date.reset();
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
        r.instructed = instructedEvent(t, i);
        r.framed = !r.date && !r.anaphoric && framedByEarlierEvent(t, sentence) && !r.instructed;
        r.beside = besideAnotherEvent(t, i);
        // ("A special meeting", "an awareness programme", "a two-day workshop": the article a few words before.)
        for (std::size_t back = 1; back <= 3 && back <= i && t[i - back].sentence == t[i].sentence; ++back) {
            if (wordIs(t[i - back], {"a", "an"})) {
                r.introduced = true;
                break;
            }
            if (!t[i - back].isWord() && !t[i - back].isPunct('-')) break;
        }
        r.sequel = r.introduced && !r.anaphoric && toldInSequence(t, sentence);
        // (An event beside another with no date of its own is on that one's day: "The conversation took place before
        // the beginning of a meeting of European Union leaders".)
        if (r.beside && !r.date) r.framed = true;
        // ("launched the campaign at Punggol Park yesterday. The launch ceremony was attended by ...": the ceremony
        // of an event told before is on its day.)
        if (!r.date && i >= 2 && t[i].is("ceremony") && wordIs(t[i - 2], {"the"}) &&
            wordIs(t[i - 1], {"launch", "signing", "opening", "inauguration", "award", "awards", "handover"}))
            r.framed = true;
        for (std::size_t back = 1; back <= 2 && back <= i && t[i - back].sentence == t[i].sentence; ++back)
            if (wordIs(t[i - back], {"last", "previous", "next", "future", "upcoming", "coming", "past", "prior"}))
                r.otherOccasion = true;
        // "will hold a training workshop", "granted approval to sign the agreement", "intends to host a forum": an
        // event still to come, undated here, is not the day's news (nor is it the same event as another to come).
        // (The lead's or today's "will" is: a media advisory's "will hold a press conference" is that day's; but not
        // what a plan or an approval says is to come, "Approval was granted to conduct a training programme".)
        if (!r.date && !r.today && plannedReport(t, i, r.lead)) r.planned = r.otherOccasion = true;
        // "Registration for DebConf24 is now open", "Quorvix will sponsor the Velmar Cities Summit": a gathering
        // named in the lead with no word of its taking place is spoken of, not reported as the day's.
        if (!r.date && r.lead && !r.today && family(r.kind) == 0 && t[i].capitalized && !t[i].sentenceStart &&
            !occurrenceTold(t, sentence))
            r.otherOccasion = true;
        r.next = r.planned && namedAsNext(t, i);
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
        // (So does "also announced" further down with no time of its own, no word of another occasion and no
        // "recently": "Chairman Adam Klein, along with Board Members ..., also announced two other projects"; not
        // "USDA has also announced", what has been going on.)
        if (r.kind == MeetingKind::Announcement && !r.lead && !r.today && !ownDate && found.trigger->objects.empty() &&
            equalsLower(t[i].text, "announced") && i > 1 && t[i - 1].is("also") &&
            !wordIs(t[i - 2], {"has", "have", "had"}) && !r.otherOccasion && !facts.recalls(t[i].sentence) &&
            std::none_of(t.begin() + static_cast<std::ptrdiff_t>(sentence.firstToken),
                         t.begin() + static_cast<std::ptrdiff_t>(sentence.endToken), [](const Token& w) {
                             // ("He also announced through this meeting formal acceptance of the programme": said
                             // at the event told before, a part of it.)
                             return wordIs(w, {"recently", "then", "had", "meeting", "conference", "session", "remarks",
                                               "speech", "ceremony", "event", "forum", "summit", "hearing", "visit"});
                         }))
            r.sameDay = true;
        if (r.kind == MeetingKind::Announcement && !r.lead && !r.today && !ownDate && !r.sameDay) continue;
        // "released its report on January 23, 2014" further down recalls an earlier release; only "announced"
        // carries its own date that far from the lead.
        if (r.kind == MeetingKind::Announcement && !found.trigger->objects.empty() && !r.lead && !r.today) continue;
        // The place from the event's sentence; the participants from its paragraph (a release names who met
        // in the sentences around the verb: "The Director General welcomed Mr. Kapinos ...").
        // A place after "in", "at" or "to" is where the event was ("arrived in Russia"); else the sentence's first
        // place ("Chancellor of Germany" names where the guest comes from, not the venue, when another follows).
        // ("received the Ambassador of Japan to Sri Lanka ... at the Ministry in Colombo": "in" and "at" before "to".)
        std::string firstPlace, toPlace;
        const std::set<std::size_t>& personStarts = facts.personStarts(t[i].sentence);
        // ("met with Governor of the Tula Region Dmitry Milyaev", "the Prime Minister of Sweden, Ulf Kristersson":
        // the place a person's title is of, right before their name.)
        auto ofPersonTitle = [&](const Mention& m) {
            std::size_t before = tokenAt(t, m.span.begin);
            while (before > 0 && t[before - 1].is("the")) --before;
            if (before == 0 || !t[before - 1].is("of")) return false;
            std::size_t next = tokenAt(t, m.span.end);
            if (next < t.size() && t[next].isPunct(',')) ++next;
            return next < t.size() && personStarts.count(t[next].begin) > 0;
        };
        for (const auto index : facts.entities(t[i].sentence)) {
            const auto& e = st.entities()[index];
            if (e.type != EntityType::Location) continue;
            // ("Orange County District Attorney Tony Rackauckas announced": a place in the speaker's title is where
            // the office is, not where the event was.)
            const bool beyondTitles = std::any_of(e.mentions.begin(), e.mentions.end(), [&](const Mention& m) {
                return m.span.begin >= sentence.begin && m.span.end <= sentence.end && m.rule != "place.in_title" &&
                       !ofPersonTitle(m);
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
                if (before > 0 && t[before - 1].is("to") && toPlace.empty() && !ofPersonTitle(m)) toPlace = e.name;
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
    std::set<std::size_t> plannedEvents;  // where the triggers of events still to come, undated, begin
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
    // One event per kind family and date: a report joins the one of its family on that date, or opens it. (An event
    // beside which another took place is one of its own: "met ... on the sidelines of the summit" tells a meeting
    // and a summit.)
    std::set<std::size_t> besideEvents;  // where the triggers of those events begin
    auto isBeside = [&](const Meeting& m) { return besideEvents.count(m.trigger.span.begin) > 0; };
    auto openMarked = [&](const Report& r, const std::optional<DateValue>& date) {
        open(r, date);
        if (r.beside) besideEvents.insert(r.trigger.span.begin);
    };
    // (A report that introduces a gathering of another kind at another venue, "An awareness programme was held at
    // Ananda College" after the lead's meeting at the headquarters, is another event of that day; not a press
    // conference at which the day's announcement was made.)
    // (Nor one a sentence tells in sequence to the rest, "Earlier in the day, the President held a working meeting
    // with ...": an event of its own on that day.)
    auto another = [&](const Meeting& m, const Report& r) {
        if (r.sequel && family(r.kind) == 0 && !r.otherOccasion && m.trigger.span.begin < r.trigger.span.begin)
            return true;
        return r.introduced && !r.anaphoric && family(r.kind) == 0 && r.kind != m.kind && !r.place.empty() &&
               !m.location.empty() && r.place != m.location;
    };
    auto joinOrOpen = [&](const Report& r, const std::optional<DateValue>& date) {
        auto it = std::find_if(out.begin(), out.end(), [&](const Meeting& m) {
            return family(m.kind) == family(r.kind) && m.date == date && isBeside(m) == r.beside && !another(m, r);
        });
        // (... unless it is one of its kind told before: "took part in the summit. On the sidelines of the summit,
        // he met ..."; "a meeting of European Union leaders" introduces one.)
        if (it == out.end() && r.beside) {
            const std::size_t at = tokenAt(t, r.trigger.span.begin);
            const bool introduced = at > 0 && (t[at - 1].is("a") || t[at - 1].is("an"));
            if (!introduced)
                it = std::find_if(out.begin(), out.end(),
                                  [&](const Meeting& m) { return m.kind == r.kind && m.date == date; });
        }
        if (it != out.end())
            join(*it, r);
        else
            openMarked(r, date);
    };
    // Dated reports first.
    for (const auto& r : reports)
        if (r.date) joinOrOpen(r, r.date);
    // Undated reports tell more of an event already dated ("the meeting", "during the workshop"): the nearest
    // one before them of their family, else the first after. A family reported only undated is the release's
    // own news when told in its lead or "today" (dated with the publication date), else it stays undated.
    for (const auto& r : reports) {
        if (r.date) continue;
        // "Earlier in the day, the President held a working meeting with ...": another gathering of the day of the
        // event told before it (of no day told when a bare "Earlier" opens it: that may be days before).
        if (r.sequel && family(r.kind) == 0 && !r.otherOccasion) {
            const Meeting* before = nullptr;
            for (const auto& m : out)
                if (m.trigger.span.begin < r.trigger.span.begin &&
                    (!before || m.trigger.span.begin > before->trigger.span.begin))
                    before = &m;
            const auto& sentence = sentences[t[tokenAt(t, r.trigger.span.begin)].sentence];
            open(r, before && sequenceKeepsDay(t, sentence) ? before->date : std::nullopt);
            continue;
        }
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
                       lower(m.trigger.text) == lower(r.trigger.text) && !another(m, r);
            });
            if (it == out.end())
                it = std::find_if(out.begin(), out.end(), [&](const Meeting& m) {
                    return family(m.kind) == family(r.kind) && m.date == publication && isBeside(m) == r.beside &&
                           !another(m, r);
                });
            if (it != out.end())
                join(*it, r);
            else
                openMarked(r, publication);
            continue;
        }
        // Another occasion the report speaks of ("the outcomes of the CSTO summit in Astana", "since the last
        // meeting") is an event of its own, undated here: it tells nothing of the day's event, neither its venue
        // nor its participants.
        // (One such occasion told in two words of one sentence is one: "will hold a training workshop". An event
        // to come is the one of its kind the release dates elsewhere: "will conduct a public hearing ... The
        // meeting is scheduled for March 19".)
        if (r.otherOccasion) {
            const std::size_t sentence = t[tokenAt(t, r.trigger.span.begin)].sentence;
            auto it = std::find_if(out.begin(), out.end(), [&](const Meeting& m) {
                return !m.date && family(m.kind) == family(r.kind) &&
                       t[tokenAt(t, m.trigger.span.begin)].sentence == sentence;
            });
            // ("accelerate the next meeting of advisers" after "a meeting of advisers on January 26": the next one
            // is none the release has dated in the past or on its own day, nor is one someone was instructed to
            // hold, "instructed ... to hold a meeting" after "chaired a meeting today"; no other one to come is one
            // the release dates in the past.)
            if (r.planned && it == out.end())
                it = std::find_if(out.begin(), out.end(), [&](const Meeting& m) {
                    return m.date && m.kind == r.kind &&
                           !(publication && (r.next || r.instructed ? m.date->start <= publication->start
                                                                    : m.date->start < publication->start));
                });
            if (it != out.end()) {
                join(*it, r);
            } else {
                open(r, std::nullopt);
                if (r.planned) plannedEvents.insert(r.trigger.span.begin);
            }
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
            // ("Visit to Yakutia", "Talks in Velmarsk": the place the headline's event is to or in.)
            std::size_t placeAt = st.text().size();
            for (const auto& e : st.entities()) {
                if (e.type != EntityType::Location) continue;
                for (const auto& x : e.mentions)
                    if (st.inHeadline(x.span.begin) && x.span.begin > m.trigger.span.end && x.span.begin < placeAt &&
                        placeFollowsWord(st.text(), m.trigger.span.end, x.span.begin)) {
                        placeAt = x.span.begin;
                        m.location = e.name;
                    }
            }
            // (A headline event at a place the body tells a dated event at is dated with that event, whatever its
            // kind: "Visit to Tokyo" over "met ... in Tokyo on 28 August", "Talks in Velmarsk" over "talks in
            // Velmarsk on 3 May".)
            if (!m.location.empty())
                for (const auto& other : out)
                    if (other.location == m.location && other.date) {
                        m.date = other.date;
                        break;
                    }
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
    // 0.77 at the same recall). An event still to come that a release plans in so many words is kept ("will hold a
    // training workshop"; tuning part: events recall 0.75 -> 0.76 at the same precision).
    const std::size_t leadEndByte = leadEnd > 0 && leadEnd <= sentences.size() ? sentences[leadEnd - 1].end : 0;
    std::erase_if(out, [&](const Meeting& m) {
        return !m.date && m.trigger.span.begin >= leadEndByte && !plannedEvents.count(m.trigger.span.begin);
    });
    return out;
}

}  // namespace bulletin::extract
