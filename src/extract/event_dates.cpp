#include "event_dates.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "event_sentence_facts.hpp"
#include "lexicon.hpp"
#include "tokens.hpp"

namespace bulletin::extract {

// How far a date in another clause of the sentence counts as being, beyond its distance in bytes.
namespace {
constexpr std::size_t kOtherClause = 100000;

// The word right before byte `at`, past spaces ("in" of "in 2024", "the" of "the November 7, 2021 attack").
std::string_view wordBefore(std::string_view text, std::size_t at) {
    std::size_t end = at;
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
    return text.substr(begin, end - begin);
}

// "the November 7, 2021 attack", "announced a May 31, 2019 public forum": the date stands after a determiner and
// before a lower-case word, and the trigger at `at` is not a few words on.
bool attributiveToOther(std::string_view text, const Span& date, std::size_t at) {
    const std::string_view determiner = wordBefore(text, date.begin);
    static constexpr std::array<std::string_view, 4> kDeterminers{"the", "a", "its", "their"};
    if (!inLowerList(determiner, kDeterminers)) return false;
    std::size_t next = date.end;
    if (next >= text.size() || text[next] != ' ') return false;
    ++next;
    // (The trigger a few words on is the date's noun: "the 3 June bilateral meeting", "the May 5 annual summit".)
    if (at >= next && at - next <= 30 && text.substr(next, at - next).find_first_of(",;.") == std::string_view::npos)
        return false;
    if (next >= text.size() || !std::islower(static_cast<unsigned char>(text[next]))) return false;
    // (A noun, not "from the 11-13 of July in Maldives".)
    std::size_t wordEnd = next;
    while (wordEnd < text.size() && std::isalpha(static_cast<unsigned char>(text[wordEnd]))) ++wordEnd;
    return !lexicons::functionWords().contains(text.substr(next, wordEnd - next));
}

}  // namespace

// A date of the event's sentence: the one closest to the trigger, full or a range (a bare year is too vague).
std::optional<DateValue> sentenceDate(const std::vector<DateMention>& dates, const Sentence& s, std::size_t at,
                                      std::string_view text) {
    std::optional<DateValue> best, year;
    std::vector<DateValue> dated;  // every day or span of days the sentence may date the event with
    std::size_t bestDistance = std::string::npos, yearDistance = std::string::npos;
    for (const auto& d : dates) {
        if (d.mention.span.begin < s.begin || d.mention.span.end > s.end) continue;
        std::size_t distance = d.mention.span.begin > at ? d.mention.span.begin - at : at - d.mention.span.begin;
        // A date in another clause of the sentence is another event's ("a public consultation from 1 June to 30
        // June, and we will organise a dialogue session ... in July"): taken only when the event's own has none.
        {
            const std::size_t from = std::min(d.mention.span.end, at), to = std::max(d.mention.span.begin, at);
            const std::string_view between = from < to ? text.substr(from, to - from) : std::string_view{};
            // ("hosted a roundtable in San Diego in February and toured a project in Fresno on March 3": a verb joined
            // by "and" after a date starts its own clause; the date before it is the first verb's.)
            const bool joinedVerbAfter = d.mention.span.end <= at && between.ends_with(" and ");
            if (between.find(", and ") != std::string_view::npos || between.find(", but ") != std::string_view::npos ||
                between.find("; ") != std::string_view::npos || joinedVerbAfter)
                distance += kOtherClause;
        }
        // "to provide an update regarding the November 7, 2021 attack": a date before another noun than the
        // trigger dates that noun's event (not "the June 3 meeting", the trigger's).
        if (d.value.start.month != 0 && attributiveToOther(text, d.mention.span, at)) continue;
        // "proposals for organising the school year starting from September 1", "effective July 1": when something
        // starts, not when the event was.
        {
            std::string_view word = wordBefore(text, d.mention.span.begin);
            // (The word before "from", however many spaces stand between.)
            if (equalsLower(word, "from")) word = wordBefore(text, static_cast<std::size_t>(word.data() - text.data()));
            if (equalsLower(word, "starting") || equalsLower(word, "beginning") || equalsLower(word, "effective"))
                continue;
        }
        if (d.value.start.month == 0) {
            // "in 2024", "during 2023": not "since 2019", nor "the 1994 cold case".
            const std::string_view word = wordBefore(text, d.mention.span.begin);
            // ("scheduled for early 2026", "in late 2024": a part of the year says when as "in" does.)
            const bool in = equalsLower(word, "in") || equalsLower(word, "early") || equalsLower(word, "late") ||
                            equalsLower(word, "mid");
            const bool during = equalsLower(word, "during");  // ("In 2023, ... met")
            // ("spring this year", "next year": a year said in words dates its sentence's event wherever it stands.)
            const bool inWords = !d.mention.text.empty() && !(d.mention.text[0] >= '0' && d.mention.text[0] <= '9');
            // ("this year's Climate Action Forum" names an edition, not when: the forum is the day's.)
            const std::string_view after = text.substr(d.mention.span.end, 4);
            if (after.starts_with("'s") || after.starts_with("\xE2\x80\x99s")) continue;
            if (!d.value.isRange() && (in || during || inWords) && distance < yearDistance)
                year = d.value, yearDistance = distance;
            continue;
        }
        if (distance < bestDistance) best = d.value, bestDistance = distance;
        dated.push_back(d.value);
    }
    // ("will host the meeting this week from 19 to 20 February": the days inside the nearest span say it finer.)
    if (best && best->isRange() && best->start.day != 0) {
        const DateValue span = *best;
        auto days = [](const DateValue& v) { return v.lastDay().daysSinceEpoch() - v.firstDay().daysSinceEpoch(); };
        for (const auto& v : dated)
            if (v.start.day != 0 && (!v.end || v.end->day != 0) && v.firstDay() >= span.firstDay() &&
                v.lastDay() <= span.lastDay() && days(v) < days(*best))
                best = v;
    }
    // A year alone dates an event only when the sentence has nothing finer: "the next round ... in Oslo in 2024".
    return best ? best : year;
}

bool toldInSequence(const std::vector<Token>& t, const Sentence& s) {
    const std::size_t k = s.firstToken;
    if (k >= s.endToken || !t[k].isWord()) return false;
    if (event_detail::wordIs(t[k], {"earlier", "later", "afterwards", "afterward", "subsequently"})) return true;
    // ("After the meeting, ...", "Following the talks, ...", "Before the meeting, ..."; not "After the war" nor
    // "After a year".)
    return event_detail::wordIs(t[k], {"after", "following", "before"}) && framedByEarlierEvent(t, s);
}

bool sequenceKeepsDay(const std::vector<Token>& t, const Sentence& s) {
    const std::size_t k = s.firstToken;
    if (k >= s.endToken || !event_detail::wordIs(t[k], {"earlier"})) return true;
    auto word = [&](std::size_t n, std::initializer_list<std::string_view> words) {
        return n < s.endToken && event_detail::wordIs(t[n], words);
    };
    return word(k + 1, {"today"}) || (word(k + 1, {"in", "on"}) && word(k + 2, {"the"}) && word(k + 3, {"day"})) ||
           (word(k + 1, {"that", "the"}) && word(k + 2, {"day", "morning", "afternoon"})) ||
           (word(k + 1, {"in"}) && word(k + 2, {"the"}) && word(k + 3, {"morning", "afternoon"}));
}

std::optional<int> daysAfterToldDay(const std::vector<Token>& t, const Sentence& s) {
    auto word = [&](std::size_t k, std::initializer_list<std::string_view> words) {
        return k < s.endToken && event_detail::wordIs(t[k], words);
    };
    // "on the same day", "that same day", "on that day": wherever the sentence says it, unless what follows says
    // which day ("on the same day as the summit", "on that day in 1945", "on the day of the vote").
    for (std::size_t k = s.firstToken; k + 1 < s.endToken; ++k) {
        if (!word(k, {"the", "that"})) continue;
        const std::size_t d = word(k + 1, {"same"}) ? k + 2 : k + 1;
        if (!word(d, {"day"}) || (d == k + 1 && !word(k, {"that"}))) continue;  // "the day" alone says none
        const bool opens = k == s.firstToken || (k == s.firstToken + 1 && word(s.firstToken, {"on"}));
        if (!opens && !(k > s.firstToken && word(k - 1, {"on"}))) continue;
        if (word(d + 1, {"as", "of", "in", "last", "next", "when", "that", "before", "after"})) continue;
        return 0;
    }
    std::size_t k = s.firstToken;
    if (word(k, {"on"})) ++k;
    // "The following day", "The next morning"; not "the day after the summit" (the summit's day is told by it).
    if (word(k, {"the"}) && word(k + 1, {"following", "next"}) && word(k + 2, {"day", "morning", "afternoon"}) &&
        !word(k + 3, {"of", "after", "before"}))
        return 1;
    // "A day later", "Two days later", "3 days later".
    static constexpr std::array<std::string_view, 7> kCounts{"two", "three", "four", "five", "six", "seven", "eight"};
    int days = 0;
    if (word(k, {"a", "one"}) && word(k + 1, {"day"})) days = 1;
    for (std::size_t n = 0; n < kCounts.size() && days == 0; ++n)
        if (word(k, {kCounts[n]}) && word(k + 1, {"days"})) days = static_cast<int>(n) + 2;
    if (days == 0 && k < s.endToken && t[k].kind == TokenKind::Number && t[k].text.size() == 1 && word(k + 1, {"days"}))
        days = t[k].text[0] - '0';
    if (days > 0 && word(k + 2, {"later"})) return days;
    return std::nullopt;
}

namespace {

// The occasions a sentence can frame itself by (not "During the year", "After the war"), with the kind of event
// each is.
constexpr std::array<std::pair<std::string_view, MeetingKind>, 20> kOccasions{{
    {"trip", MeetingKind::Other},
    {"visit", MeetingKind::Other},
    {"talks", MeetingKind::Meeting},
    {"meeting", MeetingKind::Meeting},
    {"conversation", MeetingKind::Meeting},
    {"call", MeetingKind::Meeting},
    {"summit", MeetingKind::Conference},
    {"forum", MeetingKind::Conference},
    {"event", MeetingKind::Other},
    {"ceremony", MeetingKind::Other},
    {"session", MeetingKind::Meeting},
    {"negotiations", MeetingKind::Meeting},
    {"consultations", MeetingKind::Meeting},
    {"discussion", MeetingKind::Meeting},
    {"tour", MeetingKind::Other},
    {"visits", MeetingKind::Other},
    {"meetings", MeetingKind::Meeting},
    {"discussions", MeetingKind::Meeting},
    {"conference", MeetingKind::Conference},
    {"exchange", MeetingKind::Meeting},
}};

// The occasion word of a sentence's opening frame ("During the working trip," -> "trip"); npos when it opens with
// none. "on the sidelines" anywhere frames it too, with no word of its own (`sidelines`).
std::size_t framingOccasion(const std::vector<Token>& t, const Sentence& s, bool& sidelines) {
    auto word = [&](std::size_t k, std::initializer_list<std::string_view> words) {
        return k < s.endToken && event_detail::wordIs(t[k], words);
    };
    sidelines = false;
    // "on the sidelines" anywhere: of the event told before, or of the one it names.
    for (std::size_t k = s.firstToken; k + 2 < s.endToken; ++k)
        if (word(k, {"on"}) && word(k + 1, {"the"}) && word(k + 2, {"sidelines", "margins"})) {
            sidelines = true;
            return std::string::npos;
        }
    std::size_t k = s.firstToken;
    // "Several memoranda were signed during the visit.": the frame closing the sentence, its occasion the last word.
    // (Not what is still to come: "Meetings with business circles are also planned during the visit.")
    for (std::size_t d = std::max(s.firstToken + 2, s.endToken > 5 ? s.endToken - 5 : 0); d + 2 < s.endToken; ++d) {
        if (!word(d, {"during"}) || !word(d + 1, {"the", "this", "that", "his", "her", "their", "its"})) continue;
        std::size_t last = s.endToken;
        while (last > d + 2 && !t[last - 1].isWord()) --last;
        std::size_t occasionAt = std::string::npos;
        for (const auto& [occasion, kind] : kOccasions)
            if (last > d + 2 && equalsLower(t[last - 1].text, occasion)) occasionAt = last - 1;
        if (occasionAt == std::string::npos) continue;
        bool toCome = false;
        for (std::size_t m = s.firstToken; m < d && !toCome; ++m)
            toCome = word(m, {"will", "shall", "planned", "expected", "scheduled", "intends", "plans"});
        if (!toCome) return occasionAt;
    }
    if (word(k, {"during", "following", "after", "before", "amid"})) {
        ++k;
    } else if ((word(k, {"in", "within"}) && word(k + 1, {"the"}) && word(k + 2, {"course", "framework"}) &&
                word(k + 3, {"of"})) ||
               (word(k, {"as"}) && word(k + 1, {"part"}) && word(k + 2, {"of"}))) {
        k += word(k, {"as"}) ? 3 : 4;
    } else {
        return std::string::npos;
    }
    if (!word(k, {"the", "this", "that", "his", "her", "their", "its"})) return std::string::npos;
    // "During the working trip", "After the bilateral talks": the occasion within a few words, before a comma.
    for (std::size_t n = k + 1; n < s.endToken && n <= k + 4; ++n) {
        if (t[n].isPunct(',')) break;
        if (!t[n].isWord()) continue;
        for (const auto& [occasion, kind] : kOccasions)
            if (equalsLower(t[n].text, occasion)) return n;
    }
    return std::string::npos;
}

}  // namespace

bool framedByEarlierEvent(const std::vector<Token>& t, const Sentence& s) {
    bool sidelines = false;
    return framingOccasion(t, s, sidelines) != std::string::npos || sidelines;
}

std::optional<MeetingKind> framingOccasionKind(const std::vector<Token>& t, const Sentence& s) {
    bool sidelines = false;
    const std::size_t n = framingOccasion(t, s, sidelines);
    if (n == std::string::npos) return std::nullopt;
    // ("During the event": any kind.)
    if (equalsLower(t[n].text, "event")) return std::nullopt;
    for (const auto& [occasion, kind] : kOccasions)
        if (equalsLower(t[n].text, occasion)) return kind;
    return std::nullopt;
}

std::string framingOccasionWord(const std::vector<Token>& t, const Sentence& s) {
    bool sidelines = false;
    const std::size_t n = framingOccasion(t, s, sidelines);
    if (n == std::string::npos || equalsLower(t[n].text, "event")) return {};
    return lower(t[n].text);
}

const Meeting* leadDay(const std::vector<Meeting>& events, std::size_t leadEndByte,
                       const std::optional<DateValue>& publication) {
    if (!publication || publication->isRange() || publication->start.day == 0) return nullptr;
    const Meeting* first = nullptr;
    for (const auto& m : events)
        if (m.date && m.trigger.span.begin < leadEndByte &&
            (!first || m.trigger.span.begin < first->trigger.span.begin))
            first = &m;
    if (!first || first->date->isRange() || first->date->start.day == 0) return nullptr;
    const long before = publication->start.daysSinceEpoch() - first->date->start.daysSinceEpoch();
    return before >= 1 && before <= 7 ? first : nullptr;
}

}  // namespace bulletin::extract
