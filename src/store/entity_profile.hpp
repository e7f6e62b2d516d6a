#pragma once
// Everything the archive knows about one person, agency or place, as the analyst sees it (corrections applied):
// the names it goes by, the roles and affiliations the releases give, the releases and meetings it appears in,
// and the entities named alongside it. An entity page shows it.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "entity_rows.hpp"

namespace bulletin::store {

struct NamedCount final {
    std::string name;
    std::int64_t documents = 0;  // releases naming both
    bool operator==(const NamedCount&) const = default;
};

// A person's role at an agency as one or more releases give it ("Director General" of "UNODC").
struct RoleRow final {
    std::string person;
    std::string role;
    std::string affiliation;
    std::int64_t documents = 0;
};

struct ProfileDocument final {
    std::int64_t id = 0;
    std::string title;
    std::string date;  // publication date, ISO or empty
};

struct EntityProfile final {
    std::int64_t id = 0;  // canonical id (after merges)
    EntityType type = EntityType::Person;
    std::string name;
    std::string acronym;
    std::vector<std::string> aliases;  // other names: extracted aliases, merged entities' names, analyst aliases
    std::int64_t documents = 0;
    std::int64_t mentions = 0;
    std::string firstDate, lastDate;  // publication dates of its earliest and latest release
    // People: their roles and affiliations. Agencies: the people the releases give as theirs.
    std::vector<RoleRow> roles;
    std::vector<NamedCount> people, agencies, locations;  // named in the same releases, most shared first
    std::int64_t meetingCount = 0;
    std::vector<MeetingRow> meetings;        // the newest `top` meetings it took part in (or, places, was held at)
    std::vector<ProfileDocument> releases;   // the newest `top` releases naming it
};


}  // namespace bulletin::store
