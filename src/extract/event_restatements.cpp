#include "event_restatements.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "event_triggers.hpp"

namespace bulletin::extract {

using event_detail::family;

// Events that restate another of the release: they join it and are dropped.
// - "news conference ... the conference will be held at": a bare "conference" on the day of a press conference is
//   that press conference.
// - "public meetings in January: January 10 at ..., January 17 at ...": a plural trigger dated with a month only
//   sums up the events of its family dated on days of that month.
// - "booth at the festival this weekend" in a headline, then "the festival this Sunday, May 4": an event dated with a
//   weekend (a Saturday and the Sunday after it) is the one of its family dated on either day.
void absorbRestatedEvents(std::vector<Meeting>& events) {
    // Indexes first: a hostile release may report thousands of events, and pairs of them would be quadratic.
    std::map<std::string, std::size_t> pressConferenceByDate;          // iso date -> event
    std::map<std::tuple<int, int, int>, std::size_t> dayEventByMonth;  // family, year, month -> event
    std::map<std::pair<int, std::string>, std::size_t> dayEventByDay;  // family, iso day -> event
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto& m = events[i];
        if (!m.date) continue;
        if (m.kind == MeetingKind::PressConference) pressConferenceByDate.emplace(m.date->iso(), i);
        if (!m.date->isRange() && m.date->start.day != 0) {
            dayEventByMonth.emplace(std::tuple{family(m.kind), m.date->start.year, m.date->start.month}, i);
            dayEventByDay.emplace(std::pair{family(m.kind), m.date->iso()}, i);
        }
    }
    std::vector<bool> absorbed(events.size(), false);
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto& m = events[i];
        if (!m.date) continue;
        const std::string trigger = lower(m.trigger.text);
        std::optional<std::size_t> target;
        if (m.kind == MeetingKind::Conference && trigger == "conference")
            if (auto it = pressConferenceByDate.find(m.date->iso()); it != pressConferenceByDate.end())
                target = it->second;
        const bool plural = !trigger.empty() && trigger.back() == 's' && trigger.find(' ') == std::string::npos;
        const bool monthOnly = !m.date->isRange() && m.date->start.day == 0 && m.date->start.month != 0;
        if (!target && plural && monthOnly)
            if (auto it = dayEventByMonth.find({family(m.kind), m.date->start.year, m.date->start.month});
                it != dayEventByMonth.end())
                target = it->second;
        const bool weekend = m.date->isRange() && m.date->start.day != 0 && m.date->end->day != 0 &&
                             m.date->start.weekday() == 5 && m.date->start.plusDays(1) == *m.date->end;
        if (!target && weekend)
            for (const CalendarDate& day : {m.date->start, *m.date->end})
                if (auto it = dayEventByDay.find({family(m.kind), day.iso()}); !target && it != dayEventByDay.end())
                    target = it->second;
        if (!target || *target == i) continue;
        auto& into = events[*target];
        for (const auto& a : m.agencies)
            if (std::find(into.agencies.begin(), into.agencies.end(), a) == into.agencies.end())
                into.agencies.push_back(a);
        for (const auto& p : m.people)
            if (std::find(into.people.begin(), into.people.end(), p) == into.people.end()) into.people.push_back(p);
        if (into.location.empty()) into.location = m.location;
        absorbed[i] = true;
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (absorbed[i]) continue;
        if (kept != i) events[kept] = std::move(events[i]);  // (never onto itself: that would empty it)
        ++kept;
    }
    events.resize(kept);
}

}  // namespace bulletin::extract
