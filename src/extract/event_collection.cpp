#include "event_collection.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "candidates.hpp"
#include "event_dates.hpp"
#include "event_layout.hpp"
#include "event_reports.hpp"
#include "event_triggers.hpp"
#include "person_titles.hpp"

namespace bulletin::extract {

namespace {

// "89 events made up of Talks, Discussions, Workshops, and activities", "the programme includes talks, seminars and
// a fair": a plural kind of event listed with others names what there is of that kind, no one event.
bool listsKindsOfEvent(const std::vector<Token>& t, std::size_t i, std::size_t end) {
    if (end != i + 1 || i == 0 || t[i].text.size() < 4 || t[i].text.back() != 's') return false;
    if (!(t[i - 1].isPunct(',') ||
          event_detail::wordIs(t[i - 1], {"of", "includes", "include", "including", "featuring", "as"})))
        return false;
    // The next item: after a comma, "and" or "or" (or both), another kind of event, a plural or, in a list in
    // capitals, another capitalised word.
    std::size_t k = end;
    if (k < t.size() && t[k].isPunct(',')) ++k;
    const bool joined = k < t.size() && (t[k].is("and") || t[k].is("or"));
    if (joined) ++k;
    if (k == end || k >= t.size() || t[k].sentence != t[i].sentence || !t[k].isWord()) return false;
    if (joined && k + 1 < t.size() && event_detail::wordIs(t[k], {"a", "an"})) ++k;
    const Token& next = t[k];
    const bool plural = next.text.size() > 3 && next.text.back() == 's' && !next.text.ends_with("ss");
    return !isFunctionWord(next.text) &&
           (event_detail::matchTrigger(t, k).trigger != nullptr || plural || (t[i].capitalized && next.capitalized));
}

// The verb's plain form is a bill introduced only where it is done with others that day ("joined Senator X to
// introduce the Act") or in a headline's present tense ("Colleagues Introduce Bill"); "urged Congress to introduce",
// "plans to introduce", "will introduce", "voted to introduce" tell of an introduction asked for, wished or to come.
bool introductionDone(const std::vector<Token>& t, std::size_t i) {
    if (!event_detail::wordIs(t[i], {"introduce", "reintroduce"})) return true;
    if (i == 0 || t[i - 1].sentence != t[i].sentence) return t[i].capitalized;
    const Token& before = t[i - 1];
    if (t[i].capitalized)
        return !event_detail::wordIs(before, {"to", "will", "would", "could", "may", "might", "shall"});
    if (!before.is("to")) return false;
    constexpr std::size_t kReach = 14;
    for (std::size_t k = i - 1; k > 0 && i - 1 - k < kReach && t[k - 1].sentence == t[i].sentence; --k) {
        if (event_detail::wordIs(t[k - 1], {"joined", "joins", "joining", "teamed", "teams", "partnered", "partners"}))
            return true;
        // (What stands between says the joining is not the day's: "will join", "plans to join".)
        if (event_detail::wordIs(t[k - 1], {"will", "would", "plans", "planned", "intends", "hopes", "urged", "asked",
                                            "called", "sought", "seeks", "voted"}))
            return false;
    }
    return false;
}

using event_detail::besideAnotherEvent;
using event_detail::doneByVerb;
using event_detail::family;
using event_detail::fieldOfDefinedName;
using event_detail::Found;
using event_detail::headingGerund;
using event_detail::headlineEventDate;
using event_detail::inGerundHeading;
using event_detail::instructedEvent;
using event_detail::inUndatedNumberedHeading;
using event_detail::matchTrigger;
using event_detail::namedAsNext;
using event_detail::occurrenceTold;
using event_detail::pastReport;
using event_detail::plannedReport;
using event_detail::reportedKind;
using event_detail::reportsEvent;
using event_detail::SentenceFacts;
using event_detail::wordIs;

// "will also meet with", "will also tour the area and meet with": "will" and "also" side by side among the words before
// the trigger at i, in its sentence.
bool willAlsoBefore(const std::vector<Token>& t, std::size_t i) {
    for (std::size_t k = i; k >= 2 && i - k < 12 && t[k - 1].sentence == t[i].sentence; --k)
        if ((t[k - 2].is("will") && t[k - 1].is("also")) || (t[k - 2].is("also") && t[k - 1].is("will"))) return true;
    return false;
}

// The sentence before the one opening at token `first` tells what will be ("will hold a press conference").
bool futureBefore(const std::vector<Token>& t, std::size_t first) {
    if (first == 0) return false;
    for (std::size_t k = first; k > 0 && t[k - 1].sentence == t[first - 1].sentence; --k)
        if (t[k - 1].is("will")) return true;
    return false;
}

// The trigger at i is what someone does once: a verb of its own ("meet", "visit") or the object of one ("hold a
// meeting", "have a meeting with the media"), in a sentence with no word of a duty or a habit.
bool oneOccasionDone(const std::vector<Token>& t, std::size_t i, const Sentence& sentence) {
    const bool done = doneByVerb(t, i) || wordIs(t[i], {"meet", "visit", "tour"}) ||
                      (i >= 2 && wordIs(t[i - 2], {"have", "hold"}) && wordIs(t[i - 1], {"a", "an"}));
    if (!done) return false;
    for (std::size_t k = sentence.firstToken; k < sentence.endToken; ++k)
        if (wordIs(t[k], {"required", "once", "every", "regularly", "annually", "periodically", "must"})) return false;
    return true;
}

// A decision told as one taken before the release's day: "had decided", "previously decided", "decided last year".
bool decidedBefore(const std::vector<Token>& t, std::size_t i, const Sentence& sentence) {
    if (i > 0 && t[i - 1].is("had")) return true;
    for (std::size_t k = sentence.firstToken; k < sentence.endToken; ++k)
        if (t[k].isWord() && lexicons::decisionRecallWords().contains(t[k].text)) return true;
    return false;
}

// A gathering's kind in lower case right after the gathering trigger `found` (up to two lower-case words between, "the
// Russian Energy Week international forum"): a noun of a gathering, not a verb ("the Summit met").
bool kindAfterName(const std::vector<Token>& t, const Found& found) {
    if (family(found.trigger->kind) != 0) return false;
    const std::size_t sentence = t[found.end - 1].sentence;
    for (std::size_t k = found.end; k < t.size() && k <= found.end + 2 && t[k].sentence == sentence; ++k) {
        if (!t[k].isWord() || t[k].capitalized) return false;
        const Found next = matchTrigger(t, k);
        if (next.trigger)
            return family(next.trigger->kind) == 0 && next.end == k + 1 &&
                   !wordIs(t[k], {"met", "meet", "meets", "convened", "convene", "convenes", "received"});
        if (isFunctionWord(t[k].text)) return false;
    }
    return false;
}

}  // namespace

CollectedReports collectReports(const ExtractionState& st, SentenceFacts& facts, const std::vector<DateMention>& dates,
                                const std::vector<DateMention>& eventDates,
                                const std::optional<DateValue>& advisoryDate, std::size_t leadEnd) {
    const auto& t = st.tokens();
    const auto& sentences = st.tt().sentences;
    CollectedReports collected;
    auto& reports = collected.reports;
    // The words of the reports dated so far ("Resource Fair"): one lookup for a name told again, however many
    // reports a hostile release holds.
    std::set<std::string, std::less<>> datedTriggers;
    auto& headlineReports = collected.headline;
    // (The words of a phrase matched are not matched again: "conference" of "press conference".)
    std::size_t phraseEnd = 0;
    std::optional<DateValue> headlineDate;  // the date a headline's report is held on, when it says so
    // Whether a sentence tells a gathering taking place, asked once per sentence (a hostile lead of one endless
    // sentence with thousands of triggers would ask it of every word otherwise).
    std::map<std::size_t, bool> occurrenceIn;
    // ... and how many days after the event told before it a sentence places itself.
    std::map<std::size_t, std::optional<std::optional<int>>> daysAfterOf;
    auto toldTakingPlace = [&](const Sentence& sentence, std::size_t index) {
        const auto [at, added] = occurrenceIn.try_emplace(index, false);
        if (added) at->second = occurrenceTold(t, sentence);
        return at->second;
    };
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].isWord() || i < phraseEnd) continue;
        const Found found = matchTrigger(t, i);
        if (!found.trigger) continue;
        // ("required its hourly employees to sign non-competition agreements", "encourage every community to sign
        // onto this agreement": the bare verb reports a signing only as one to come, "will sign", "approval to sign".)
        if (equalsLower(t[i].text, "sign") && !plannedReport(t, i)) continue;
        if (!introductionDone(t, i)) continue;
        // ("the annual Police Sports Meet", "an athletics meet": a competition, told by what is done at it.)
        if (i > 0 && t[i - 1].isWord() && t[i - 1].sentence == t[i].sentence &&
            lexicons::unofficialOccasions().contains(st.slice(t[i - 1].begin, t[i].end)))
            continue;
        // "the Russian Energy Week international forum", "the Velmar Water Summit annual meeting": a gathering's name
        // and the kind of gathering it is, one event, told by the phrase's last word.
        if (t[i].capitalized && kindAfterName(t, found)) continue;
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
        if (fieldOfDefinedName(st, t, i) || headingGerund(st, t, i) || inGerundHeading(st, t, i) ||
            inUndatedNumberedHeading(st, t, i, dates))
            continue;
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
        if (!reportsEvent(st, facts, i, found) || listsKindsOfEvent(t, i, found.end)) continue;
        const auto& sentence = sentences[t[i].sentence];
        EventReport r;
        r.kind = reportedKind(t, i, found, sentence);
        // What is announced has its own date ("announces that DebConf24 will take place ... from July 28 to
        // August 4"; "decided to grant approval ... to host the Series in Colombo in 2027"): an announcement's date
        // stands before the clause it announces.
        Sentence own = sentence;
        if (r.kind == MeetingKind::Announcement)
            for (std::size_t k = found.end; k < t.size() && t[k].sentence == t[i].sentence; ++k)
                if (wordIs(t[k], {"that", "will"}) || (k == found.end && t[k].is("to"))) {
                    own.end = t[k].begin;
                    break;
                }
        r.date = st.inHeadline(t[i].begin) && headlineDate ? headlineDate
                                                           : sentenceDate(eventDates, own, t[i].begin, st.text());
        // ("are launching a public consultation from 5 June to 5 July": a span of days is how long what is announced
        // runs, not the day it is announced.)
        if (r.kind == MeetingKind::Announcement && r.date && r.date->isRange()) r.date.reset();
        // ("will participate in the World Expo 2027 in Osaka", "approved the participation on 2 December in Expo
        // 2030": a gathering named with its year is held in that year, whatever day of another year the sentence
        // tells.)
        if (r.kind != MeetingKind::Announcement)
            if (const auto year = event_detail::yearOfEventName(t, i, found.end);
                year && (!r.date || r.date->start.year != *year)) {
                r.yearOfName = !r.date;
                r.date = DateValue{CalendarDate{*year, 0, 0}, std::nullopt};
            }
        // A media advisory says when on its own line ("WHEN: Thursday, Nov. 2, 2017, at 1:00 p.m.").
        if (!r.date && advisoryDate) r.date = advisoryDate;
        r.lead = t[i].sentence < leadEnd;
        // ("the Conference of the Parties" names an event; "the conference" tells more of one named before.)
        // ("the signing of a memorandum" introduces what was signed: no signing told before.)
        const bool signingOf = wordIs(t[i], {"signing"}) && found.end < t.size() && t[found.end].is("of");
        // ("made this statement to the media": "this" points at the words quoted, not at an event told before.)
        const bool quotedStatement = wordIs(t[i], {"statement", "statements"});
        // ("attended the press briefing held at the Government Information Department": a participle and where, when
        // or by whom after the words introduces the event they name.)
        const bool introducedAfter =
            found.end + 1 < t.size() && t[found.end].sentence == t[i].sentence &&
            wordIs(t[found.end], {"held", "organised", "organized", "conducted", "hosted", "convened"}) &&
            wordIs(t[found.end + 1], {"at", "in", "on", "by", "under", "with"});
        r.anaphoric = i > 0 && t[i - 1].sentence == t[i].sentence && !t[i].capitalized && !signingOf &&
                      !quotedStatement && !introducedAfter && wordIs(t[i - 1], {"the", "this", "that", "said"});
        // ("... will participate in the Family Fun Day Health and Resource Fair on June 26. The Health and Resource
        // Fair offers ...": a gathering's name told again after "the" is the one told before.)
        if (!r.anaphoric && t[i].capitalized && !r.date) {
            std::size_t k = i;
            // (Over the name's capitalised words, and "and", "&" or "of" between two of them.)
            while (k > 0 && i - k < 6 && t[k - 1].sentence == t[i].sentence && t[k - 1].isWord()) {
                const bool joiner = (t[k - 1].is("and") || t[k - 1].is("&") || t[k - 1].is("of")) && k >= 2 &&
                                    t[k - 2].capitalized && t[k - 2].isWord() && !t[k - 2].sentenceStart;
                if (!joiner && (!t[k - 1].capitalized || t[k - 1].sentenceStart)) break;
                k -= joiner ? 2 : 1;
            }
            const bool definite = k > 0 && equalsLower(t[k - 1].text, "the");
            const std::string_view words = st.slice(t[i].begin, t[found.end - 1].end);
            r.anaphoric = definite && datedTriggers.contains(words);
        }
        r.today = facts.today(t[i].sentence);
        r.instructed = instructedEvent(t, i);
        r.framed = !r.date && !r.anaphoric && facts.framedByEarlierEvent(t[i].sentence) && !r.instructed;
        if (r.framed) {
            r.frameKind = framingOccasionKind(t, sentence);
            r.frameWord = framingOccasionWord(t, sentence);
        }
        r.beside = besideAnotherEvent(t, i);
        // ("A special meeting", "an awareness programme", "a two-day workshop": the article a few words before.)
        for (std::size_t back = 1; back <= 3 && back <= i && t[i - back].sentence == t[i].sentence; ++back) {
            if (wordIs(t[i - back], {"a", "an"})) {
                r.introduced = true;
                break;
            }
            if (!t[i - back].isWord() && !t[i - back].isPunct('-')) break;
        }
        r.inSequence = !r.anaphoric && toldInSequence(t, sentence);
        r.sequel = r.introduced && r.inSequence;
        // ("He also attended a business forum", "also took part in a roundtable": "also" a few words before.)
        for (std::size_t back = 1; back <= 4 && back <= i && t[i - back].sentence == t[i].sentence; ++back)
            if (t[i - back].is("also")) r.also = !r.anaphoric;
        if (!r.date && !r.anaphoric) {
            // (Once per sentence: its "on the same day" is looked for in the whole of it, and a hostile sentence
            // holds a trigger every few words.)
            auto& known = daysAfterOf[t[i].sentence];
            if (!known) known = daysAfterToldDay(t, sentence);
            r.daysAfter = *known;
        }
        // (An event beside another with no date of its own is on that one's day: "The conversation took place before
        // the beginning of a meeting of European Union leaders".)
        if (r.beside && !r.date) r.framed = true;
        // ("On Friday, the Senator will hold a press conference ... He will also tour the burn area and meet with
        // residents": what someone will also do is done on the occasion told before.)
        // (Not a duty or a habit: "will also be required to undergo training", "will meet at least once a year".)
        // (After an occasion to come, told with its day: "is expected to attend a forum. He will also address a
        // seminar" of a visit's programme stays undated.)
        if (!r.date && !r.anaphoric && willAlsoBefore(t, i) && oneOccasionDone(t, i, sentence) &&
            futureBefore(t, sentence.firstToken))
            r.framed = true;
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
        // ("The MoU will be signed between ...": in a lead that is no media advisory, the passive's "will" tells
        // what is to come, undated.)
        if (!r.date && !r.today && r.lead && i >= 2 && t[i - 1].is("be") && wordIs(t[i - 2], {"will", "shall"}) &&
            t[i - 2].sentence == t[i].sentence)
            r.planned = r.otherOccasion = true;
        // "Registration for DebConf24 is now open", "Quorvix will sponsor the Velmar Cities Summit": a gathering
        // named in the lead with no word of its taking place is spoken of, not reported as the day's.
        if (!r.date && r.lead && !r.today && !r.anaphoric && family(r.kind) == 0 && t[i].capitalized &&
            !t[i].sentenceStart && !toldTakingPlace(sentence, t[i].sentence))
            r.otherOccasion = true;
        r.next = r.planned && namedAsNext(t, i);
        // "discussed the outcomes of the CSTO summit in Astana", "preparations for the meeting": an event the day's
        // report speaks of, not the day's event (nor its venue).
        // (Not "the result of this meeting": the day's.)
        // (Nor "as a result of today's talks".)
        const bool thisOne = i > 0 && (t[i - 1].is("this") || t[i - 1].is("today") ||
                                       (i > 1 && t[i - 1].kind == TokenKind::Possessive && t[i - 2].is("today")));
        bool spokenOf = false;
        for (std::size_t back = 2; back <= 5 && back <= i && !thisOne && t[i - back].sentence == t[i].sentence; ++back)
            if (t[i - back + 1].is("of") || t[i - back + 1].is("for"))
                if (wordIs(t[i - back],
                           {"outcome", "outcomes", "results", "result", "preparations", "preparation", "eve"}))
                    spokenOf = r.otherOccasion = true;
        // ("Today we will discuss preparations for the BRICS summit": the day said is the day of the talk, not of the
        // occasion spoken of; "the outcomes of the summit held on 3 March" keeps its own day.)
        if (spokenOf && r.date && std::all_of(eventDates.begin(), eventDates.end(), [&](const DateMention& d) {
                return d.mention.span.begin < sentence.begin || d.mention.span.end > sentence.end ||
                       inLowerList(d.mention.text, std::array<std::string_view, 3>{"today", "yesterday", "tonight"});
            }))
            r.date.reset();
        r.sameDay = pastReport(t, i) && !facts.recalls(t[i].sentence) &&
                    std::none_of(dates.begin(), dates.end(), [&](const DateMention& d) {
                        return d.mention.span.begin >= sentence.begin && d.mention.span.end <= sentence.end;
                    });
        // An announcement counts when the release makes it (in its lead, or "today"), or when its sentence dates
        // it ("In January 2022 the Department of Justice announced ...").
        const bool ownDate = r.date && r.date != advisoryDate;
        // (A body's decision is the day's news wherever the release tells it: "Given the outlook, the Committee
        // decided to ...", "In light of the progress since the inception of the program, the Committee decided";
        // not one it had taken before, "had previously decided", "decided last year".)
        const bool decision = equalsLower(t[i].text, "decided");
        if (decision && !r.date && !decidedBefore(t, i, sentence)) r.today = true;
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
        // ("hosted a roundtable in San Diego in February and toured a project in Fresno": a verb joined by "and" has
        // its place after it; one before it is the first verb's, taken only when none follows.)
        const bool joinedVerb = i > 0 && t[i - 1].is("and") && t[i - 1].sentence == t[i].sentence;
        std::string earlierClausePlace;
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
                    if (joinedVerb && k < i) {
                        if (earlierClausePlace.empty()) earlierClausePlace = e.name;
                        continue;
                    }
                    if (r.place.empty()) r.place = e.name;
                    break;
                }
                if (before > 0 && t[before - 1].is("to") && toPlace.empty() && !ofPersonTitle(m)) toPlace = e.name;
            }
            if (!r.place.empty()) break;
        }
        if (r.place.empty()) r.place = earlierClausePlace;
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
        if (r.date) datedTriggers.insert(r.trigger.text);
        reports.push_back(std::move(r));
    }

    // "During the visit, the Minister also called on ... and visited ...": a sentence that frames itself by an event
    // named before tells more of it, in all its reports of that family. (Indexed: a hostile release may hold
    // hundreds of thousands of reports.) (Not one told in sequence to it, before or after it: "Before the meeting,
    // the President had a brief conversation with ...", which the rules join to it or not by who takes part.)
    std::set<std::pair<int, std::size_t>> framing;  // (family, sentence) of the anaphoric reports
    for (const auto& r : reports)
        if (r.anaphoric) framing.emplace(family(r.kind), t[tokenAt(t, r.trigger.span.begin)].sentence);
    for (auto& r : reports)
        if (!r.anaphoric && !r.date && !r.inSequence)
            r.anaphoric = framing.count({family(r.kind), t[tokenAt(t, r.trigger.span.begin)].sentence}) > 0;
    return collected;
}

}  // namespace bulletin::extract
