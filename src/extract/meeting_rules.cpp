#include "meeting_rules.hpp"

#include <array>

namespace bulletin::extract {

namespace {

struct Trigger final {
    std::string_view word;
    MeetingKind kind;
};

constexpr std::array<Trigger, 24> kTriggers{{
    {"meeting", MeetingKind::Meeting},       {"meetings", MeetingKind::Meeting},     {"met", MeetingKind::Meeting},
    {"meets", MeetingKind::Meeting},         {"talks", MeetingKind::Meeting},        {"convened", MeetingKind::Meeting},
    {"training", MeetingKind::Training},     {"trainings", MeetingKind::Training},   {"course", MeetingKind::Training},
    {"workshop", MeetingKind::Workshop},     {"workshops", MeetingKind::Workshop},   {"seminar", MeetingKind::Workshop},
    {"webinar", MeetingKind::Workshop},      {"conference", MeetingKind::Conference},
    {"summit", MeetingKind::Conference},     {"symposium", MeetingKind::Conference}, {"forum", MeetingKind::Conference},
    {"dialogue", MeetingKind::Meeting},      {"consultation", MeetingKind::Meeting}, {"roundtable", MeetingKind::Meeting},
    {"briefing", MeetingKind::PressConference}, {"announcement", MeetingKind::Announcement},
    {"ceremony", MeetingKind::Other},        {"visit", MeetingKind::Meeting},
}};

int family(MeetingKind k) {
    switch (k) {
        case MeetingKind::Meeting:
        case MeetingKind::Training:
        case MeetingKind::Workshop:
        case MeetingKind::Conference: return 0;
        case MeetingKind::PressConference:
        case MeetingKind::Announcement: return 1;
        case MeetingKind::Other: return 2;
    }
    return 2;
}

}  // namespace

std::vector<Meeting> findMeetings(const ExtractionState& st, const std::vector<DateMention>& dates,
                                  const std::string& datelinePlace) {
    const auto& t = st.tokens();
    std::vector<std::string> agencies, people;
    for (const auto& e : st.entities()) {
        if (e.type == EntityType::Agency) agencies.push_back(e.name);
        if (e.type == EntityType::Person) people.push_back(e.name);
    }
    std::vector<Meeting> out;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].isWord() || st.inHeadline(t[i].begin)) continue;
        const Trigger* trigger = nullptr;
        for (const auto& tr : kTriggers)
            if (equalsLower(t[i].text, tr.word)) trigger = &tr;
        if (!trigger) continue;
        const std::string w = lower(t[i].text);
        // "Police Training College" names an agency, not an event.
        if (st.claimed(t[i].begin, t[i].end)) continue;
        MeetingKind kind = trigger->kind;
        if (w == "conference" && i > 0 && (equalsLower(t[i - 1].text, "press") || equalsLower(t[i - 1].text, "news")))
            kind = MeetingKind::PressConference;
        if (w == "briefing" && !(i > 0 && (equalsLower(t[i - 1].text, "press") || equalsLower(t[i - 1].text, "media"))))
            continue;
        const auto& sentence = st.tt().sentences[t[i].sentence];
        std::optional<DateValue> date;
        for (const auto& d : dates)
            if (d.role == DateRole::Event && d.mention.span.begin >= sentence.begin &&
                d.mention.span.end <= sentence.end && d.value.start.day != 0) {
                date = d.value;
                break;
            }
        std::string place;
        for (const auto& e : st.entities()) {
            if (e.type != EntityType::Location) continue;
            for (const auto& m : e.mentions)
                if (m.span.begin >= sentence.begin && m.span.end <= sentence.end && place.empty()) place = e.name;
        }
        // One meeting per kind family and date: a dated report joins the meeting of that date, or the first
        // undated one of its family; an undated report joins the first meeting of its family.
        Meeting* target = nullptr;
        for (auto& m : out)
            if (!target && family(m.kind) == family(kind) && date && m.date == date) target = &m;
        for (auto& m : out)
            if (!target && family(m.kind) == family(kind) && (!date || !m.date)) target = &m;
        if (!target) {
            Meeting m;
            m.kind = kind;
            m.trigger = Mention{Span{t[i].begin, t[i].end}, std::string(t[i].text), "meeting.trigger"};
            m.agencies = agencies;
            m.people = people;
            out.push_back(std::move(m));
            target = &out.back();
        }
        if (date && !target->date) target->date = date;
        // A specific kind ("workshop") named in the sentence that dates the event wins over "meeting" or "met".
        if (date && target->date == date && target->kind == MeetingKind::Meeting && kind != MeetingKind::Meeting &&
            family(kind) == 0)
            target->kind = kind;
        if (target->location.empty()) target->location = place;
    }
    for (auto& m : out)
        if (m.location.empty()) m.location = datelinePlace;
    return out;
}

}  // namespace bulletin::extract
