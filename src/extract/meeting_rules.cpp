#include "meeting_rules.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>
#include <tuple>
#include <unordered_set>

#include "candidates.hpp"
#include "event_collection.hpp"
#include "event_dates.hpp"
#include "event_layout.hpp"
#include "event_reports.hpp"
#include "event_restatements.hpp"
#include "event_sentence_facts.hpp"
#include "lexicon.hpp"
#include "speech_occasions.hpp"

namespace bulletin::extract {

namespace {

using event_detail::family;
using event_detail::placeFollowsWord;
using event_detail::SentenceFacts;
using event_detail::wordIs;

// The lead: the first sentences of the body, where a news release reports the day's event. Returns the first
// sentence of the body and one past the lead's last.
std::pair<std::size_t, std::size_t> leadSentences(const ExtractionState& st) {
    const auto& t = st.tokens();
    const auto& sentences = st.tt().sentences;
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
    return {firstBodySentence, leadEnd};
}

// The date of a media advisory's "WHEN:" line, and every "DATE:" line of a schedule.
struct AdvisoryDates final {
    std::optional<DateValue> when;
    std::vector<std::pair<std::size_t, DateValue>> schedule;  // token of the label, date
};

AdvisoryDates advisoryDates(const ExtractionState& st, const std::vector<DateMention>& dates) {
    const auto& t = st.tokens();
    const auto& sentences = st.tt().sentences;
    AdvisoryDates out;
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        if (!t[i].paragraphStart || !t[i + 1].isPunct(':') || !wordIs(t[i], {"when", "date"})) continue;
        // ("WHEN:" alone on its line: the date is on the next one.)
        std::size_t lineIndex = t[i].sentence;
        if (i + 2 >= t.size() || t[i + 2].paragraphStart) lineIndex = i + 2 < t.size() ? t[i + 2].sentence : lineIndex;
        const auto& line = sentences[lineIndex];
        for (const auto& d : dates)
            if (d.mention.span.begin >= line.begin && d.mention.span.end <= line.end && d.value.start.day != 0) {
                if (equalsLower(t[i].text, "when") && !out.when)
                    out.when = d.value;
                else if (equalsLower(t[i].text, "date"))
                    out.schedule.emplace_back(i, d.value);
                break;
            }
    }
    return out;
}

// A schedule ("DATE: Tuesday, January 10 ... WHERE: ...") lists one event of the kind told before it per date.
void addScheduledSessions(const std::vector<Token>& t,
                          const std::vector<std::pair<std::size_t, DateValue>>& scheduleDates, std::size_t leadEnd,
                          const std::optional<DateValue>& publication, std::vector<Meeting>& out) {
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
}

// The events a headline names ("Meeting with Head of Mordovia Artyom Zdunov", "Speech by ... at the Eco Gala
// Dinner") that the body tells no event of that family for: the release's events of the day.
void addHeadlineEvents(const ExtractionState& st, SentenceFacts& facts,
                       std::vector<std::pair<MeetingKind, Mention>> headlineReports, std::size_t firstBodySentence,
                       std::size_t leadEnd, const std::optional<DateValue>& publication, std::vector<Meeting>& out) {
    const auto& sentences = st.tt().sentences;
    // A speech's occasion named in the headline with no word of the triggers ("Speech by ... at the Eco Gala Dinner"),
    // not under a headline of a crime ("CONSPIRACY TO DISRUPT A MEETING DURING SPEECH BY ... AT UCI").
    const auto speechOccasion = facts.headlineTellsCrime() ? std::nullopt : headlineSpeechOccasion(st);
    if (const auto& occasion = speechOccasion) {
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
            // ("Speech by ... at the Singapore International Water Week Opening Ceremony" over "Welcome to the 10th
            // Singapore International Water Week": the body names the occasion of the speech without a date; the
            // speech, and so the occasion, is of the release's day.)
            if (speechOccasion)
                for (auto& m : out)
                    if (!m.date && family(m.kind) == family(kind) && m.trigger.span.begin < transcriptStart &&
                        m.trigger.text == report.second.text)
                        m.date = publication;
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
}

}  // namespace

std::vector<Meeting> findMeetings(const ExtractionState& st, const std::vector<DateMention>& dates,
                                  const std::string& datelinePlace, const std::optional<DateValue>& publication) {
    const auto& t = st.tokens();
    const auto& sentences = st.tt().sentences;
    // (Named, not a structured binding: clang does not let a lambda capture one.)
    const auto lead = leadSentences(st);
    const std::size_t firstBodySentence = lead.first, leadEnd = lead.second;
    // Dates an event can carry: not the release's own date line or dateline (a publication date where it
    // stands), which dates the release rather than what it reports.
    std::vector<DateMention> eventDates;
    for (const auto& d : dates)
        if (d.role != DateRole::Publication) eventDates.push_back(d);
    const AdvisoryDates advisory = advisoryDates(st, dates);
    const std::optional<DateValue>& advisoryDate = advisory.when;
    const auto& scheduleDates = advisory.schedule;

    SentenceFacts facts(st);
    CollectedReports collected = collectReports(st, facts, dates, eventDates, advisoryDate, leadEnd);
    auto& reports = collected.reports;
    auto& headlineReports = collected.headline;
    std::vector<Meeting> out;
    std::set<std::size_t> plannedEvents;  // where the triggers of events still to come, undated, begin
    // Each event's agencies and people as sets, beside `out` (which only grows until every report has joined): a
    // release naming thousands of people joins each report's to its event without a search through the list.
    std::vector<std::pair<std::unordered_set<std::string>, std::unordered_set<std::string>>> named;
    // ... and the sentences of its reports (a few at most: a sentence naming dozens is a list, and a hostile release
    // one endless sentence).
    constexpr std::size_t kMostSentencePeople = 24;
    std::vector<std::vector<std::size_t>> sentencesOf;
    auto sentenceOf = [&](const EventReport& r) { return t[tokenAt(t, r.trigger.span.begin)].sentence; };
    // Whether a sentence tells a time to come ("will", "shall", "would"), asked once per sentence (a hostile
    // release's one endless sentence holds a report every few words).
    std::map<std::size_t, bool> toComeIn;
    auto toldToCome = [&](std::size_t s) {
        const auto [at, added] = toComeIn.try_emplace(s, false);
        if (added)
            at->second = std::any_of(t.begin() + static_cast<long>(sentences[s].firstToken),
                                     t.begin() + static_cast<long>(sentences[s].endToken), [](const Token& w) {
                                         return w.isWord() && wordIs(w, {"will", "shall", "would"});
                                     });
        return at->second;
    };
    // Whether the report's sentence names a person none of these sentences names.
    auto namesSomeoneNew = [&](const EventReport& r, const std::vector<std::size_t>& seenIn) {
        const std::size_t ownSentence = sentenceOf(r);
        const auto& own = facts.entities(ownSentence);
        if (own.size() > kMostSentencePeople || seenIn.size() > kMostSentencePeople) return false;
        for (const auto e : own) {
            if (st.entities()[e].type != EntityType::Person) continue;
            // (Not the report's own sentence, told of the event by its frame: "Before the meeting, the President had
            // a brief conversation with ...".)
            const bool seen = std::any_of(seenIn.begin(), seenIn.end(), [&](std::size_t s) {
                if (s == ownSentence) return false;
                const auto& there = facts.entities(s);
                return std::find(there.begin(), there.end(), e) != there.end();
            });
            if (!seen) return true;
        }
        return false;
    };
    auto join = [&](Meeting& m, const EventReport& r) {
        auto& told = sentencesOf[static_cast<std::size_t>(&m - out.data())];
        if (told.size() <= kMostSentencePeople && (told.empty() || told.back() != sentenceOf(r)))
            told.push_back(sentenceOf(r));
        auto& [agencies, people] = named[static_cast<std::size_t>(&m - out.data())];
        // A specific kind ("workshop") named for the event on its date wins over "meeting" or "met"; an undated
        // mention of training somewhere later does not make the meeting a training.
        // (Not "the conference" told of in passing: "The DebConf team met online on March 10th ... with staff of
        // the school that hosts the conference".)
        if (m.kind == MeetingKind::Meeting && r.kind != MeetingKind::Meeting && family(r.kind) == 0 && r.date &&
            r.date == m.date && !r.anaphoric)
            m.kind = r.kind;
        if (m.location.empty()) m.location = r.place;
        for (const auto& a : r.agencies)
            if (agencies.insert(a).second) m.agencies.push_back(a);
        for (const auto& p : r.people)
            if (people.insert(p).second) m.people.push_back(p);
    };
    auto open = [&](const EventReport& r, std::optional<DateValue> date) {
        Meeting m;
        m.kind = r.kind;
        m.date = std::move(date);
        m.trigger = r.trigger;
        out.push_back(std::move(m));
        named.emplace_back();
        sentencesOf.emplace_back();
        join(out.back(), r);
    };
    // One event per kind family and date: a report joins the one of its family on that date, or opens it. (An event
    // beside which another took place is one of its own: "met ... on the sidelines of the summit" tells a meeting
    // and a summit.)
    std::set<std::size_t> besideEvents;  // where the triggers of those events begin
    auto isBeside = [&](const Meeting& m) { return besideEvents.count(m.trigger.span.begin) > 0; };
    auto openMarked = [&](const EventReport& r, const std::optional<DateValue>& date) {
        open(r, date);
        if (r.beside) besideEvents.insert(r.trigger.span.begin);
    };
    // (A report that introduces a gathering of another kind at another venue, "An awareness programme was held at
    // Ananda College" after the lead's meeting at the headquarters, is another event of that day; not a press
    // conference at which the day's announcement was made.)
    // (Nor one a sentence tells in sequence to the rest, "Earlier in the day, the President held a working meeting
    // with ...": an event of its own on that day.)
    auto another = [&](const Meeting& m, const EventReport& r) {
        if (r.sequel && family(r.kind) == 0 && !r.otherOccasion && m.trigger.span.begin < r.trigger.span.begin)
            return true;
        if (r.anaphoric || family(r.kind) != 0) return false;
        // ("Vladimir Putin also met with Governor ... Dmitry Milyaev" after his meeting with another governor: a
        // gathering told with "also" and someone its event's sentences did not name is another of the day's.)
        // (So is one told in sequence to it, "Later that day, Vladimir Putin met with Head of Tatarstan ...".)
        if ((r.also || r.inSequence) && family(m.kind) == 0 &&
            namesSomeoneNew(r, sentencesOf[static_cast<std::size_t>(&m - out.data())]))
            return true;
        if (!r.introduced || r.kind == m.kind) return false;
        // ("He also attended a business forum" after his meeting with the Prime Minister: another of the day's.)
        if (r.also) return true;
        return !r.place.empty() && !m.location.empty() && r.place != m.location;
    };
    auto joinOrOpen = [&](const EventReport& r, const std::optional<DateValue>& date) {
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
        if (r.date && !r.yearOfName) joinOrOpen(r, r.date);
    // ("The conference came to a close on Saturday 24 July 2027 ... DebConf27 was a success": a gathering dated
    // only by the year in its name, told as done, is the one of its family the release dates on a day of that
    // year; not one to come, "He will attend FOSDEM 2027", though "would not have been possible" is done.)
    // (Asked once per sentence, as toldToCome is.)
    std::map<std::size_t, bool> comingIn;
    auto toComeAtAll = [&](std::size_t s) {
        const auto [at, added] = comingIn.try_emplace(s, false);
        if (!added) return at->second;
        for (std::size_t k = sentences[s].firstToken; k < sentences[s].endToken && !at->second; ++k) {
            if (!t[k].isWord() || !wordIs(t[k], {"will", "shall", "would"})) continue;
            const bool pastCounterfactual = t[k].is("would") && k + 2 < sentences[s].endToken &&
                                            (t[k + 1].is("have") || (t[k + 1].is("not") && t[k + 2].is("have")));
            at->second = !pastCounterfactual;
        }
        return at->second;
    };
    for (const auto& r : reports) {
        if (!r.yearOfName) continue;
        const int year = r.date->start.year;
        auto it = r.otherOccasion || toComeAtAll(sentenceOf(r))
                      ? out.end()
                      : std::find_if(out.begin(), out.end(), [&](const Meeting& m) {
                            return family(m.kind) == family(r.kind) && m.date && m.date->start.day != 0 &&
                                   m.date->start.year == year && (!m.date->end || m.date->end->year == year);
                        });
        if (it != out.end())
            join(*it, r);
        else
            joinOrOpen(r, r.date);
    }
    // Undated reports tell more of an event already dated ("the meeting", "during the workshop"): the nearest
    // one before them of their family, else the first after. A family reported only undated is the release's
    // own news when told in its lead or "today" (dated with the publication date), else it stays undated.
    for (const auto& r : reports) {
        if (r.date) continue;
        // "On 3 March the Minister arrived in Tokyo. The following day he met the Prime Minister": days after the
        // day of the event told before it, when that is one day.
        if (r.daysAfter) {
            // (The event told before the sentence: "The next morning, he held talks ... and visited a factory".)
            const std::size_t sentenceBegin =
                t[sentences[t[tokenAt(t, r.trigger.span.begin)].sentence].firstToken].begin;
            const Meeting* before = nullptr;
            for (const auto& m : out)
                if (m.trigger.span.begin < sentenceBegin &&
                    (!before || m.trigger.span.begin > before->trigger.span.begin))
                    before = &m;
            if (before && before->date && !before->date->end && before->date->start.day != 0) {
                joinOrOpen(r, DateValue{before->date->start.plusDays(*r.daysAfter), std::nullopt});
                continue;
            }
        }
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
            // ("During the online meeting, its participants exchanged views" after a mention of commemorations to be
            // held next year: the frame is the last event of the kind it names, when one was told.)
            // ("After the meeting, the President had a brief conversation with ..." after a speech's "yesterday I
            // met" and "next week we will hold a meeting": the last event told by the frame's own word, and none
            // still to come for what has been done.)
            const auto toldAs = [&](const Meeting& m) {
                const std::string_view trigger = m.trigger.text, word = r.frameWord;
                return trigger.size() >= word.size() &&
                       equalsLower(trigger.substr(trigger.size() - word.size()), word) &&
                       (trigger.size() == word.size() || trigger[trigger.size() - word.size() - 1] == ' ');
            };
            // (Only a frame by an occasion's word, its sentence telling no time to come: "After the meeting, he
            // will ..." may well follow one announced.)
            const bool doneReport = !r.frameWord.empty() && !r.planned && !r.instructed && !toldToCome(sentenceOf(r));
            const auto toCome = [&](const Meeting& m) {
                return doneReport && publication && m.date->firstDay() > publication->lastDay();
            };
            const Meeting* frame = nullptr;
            enum class Frame { Word, Kind, Any };
            for (const Frame by : {Frame::Word, Frame::Kind, Frame::Any}) {
                if (by == Frame::Word && !(r.framed && !r.frameWord.empty())) continue;
                if (by == Frame::Kind && !(r.framed && r.frameKind)) continue;
                for (const auto& m : out)
                    if (m.date && m.trigger.span.begin < r.trigger.span.begin &&
                        (r.framed || (family(m.kind) == family(r.kind) && m.trigger.span.begin < leadEndByte)) &&
                        (by != Frame::Kind || family(m.kind) == family(*r.frameKind)) &&
                        (by != Frame::Word || toldAs(m)) && !toCome(m) &&
                        (!frame || m.trigger.span.begin > frame->trigger.span.begin))
                        frame = &m;
                if (frame) break;
            }
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
    addScheduledSessions(t, scheduleDates, leadEnd, publication, out);
    addHeadlineEvents(st, facts, std::move(headlineReports), firstBodySentence, leadEnd, publication, out);
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
