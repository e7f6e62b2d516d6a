#include "document.hpp"

#include <array>
#include <utility>

namespace bulletin {

const char* toString(EntityType type) {
    switch (type) {
        case EntityType::Person: return "person";
        case EntityType::Agency: return "agency";
        case EntityType::Location: return "location";
    }
    return "unknown";
}

std::optional<EntityType> entityTypeFromString(std::string_view name) {
    if (name == "person") return EntityType::Person;
    if (name == "agency") return EntityType::Agency;
    if (name == "location") return EntityType::Location;
    return std::nullopt;
}

const char* toString(DateRole role) {
    switch (role) {
        case DateRole::Publication: return "publication";
        case DateRole::Event: return "event";
        case DateRole::Other: return "other";
    }
    return "other";
}

namespace {
constexpr std::array<std::pair<MeetingKind, const char*>, 7> kKindNames{{
    {MeetingKind::Meeting, "meeting"},
    {MeetingKind::Training, "training"},
    {MeetingKind::Workshop, "workshop"},
    {MeetingKind::Conference, "conference"},
    {MeetingKind::PressConference, "press_conference"},
    {MeetingKind::Announcement, "announcement"},
    {MeetingKind::Other, "other"},
}};
}  // namespace

const char* toString(MeetingKind kind) {
    for (const auto& [k, name] : kKindNames)
        if (k == kind) return name;
    return "other";
}

std::optional<MeetingKind> meetingKindFromString(std::string_view text) {
    for (const auto& [k, name] : kKindNames)
        if (text == name) return k;
    return std::nullopt;
}

}  // namespace bulletin
