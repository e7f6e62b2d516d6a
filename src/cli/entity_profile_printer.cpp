#include "entity_profile_printer.hpp"

#include <cstdio>

namespace bulletin::cli {

namespace {
void heading(const char* title, std::size_t shown, std::int64_t total = -1) {
    if (total > static_cast<std::int64_t>(shown)) std::printf("\n%s (%zu of %lld):\n", title, shown, static_cast<long long>(total));
    else std::printf("\n%s (%zu):\n", title, shown);
}

void printCounts(const char* title, const std::vector<store::NamedCount>& list) {
    if (list.empty()) return;
    heading(title, list.size());
    for (const auto& n : list) std::printf("  %-48s %lld\n", n.name.c_str(), static_cast<long long>(n.documents));
}

std::string joined(const std::vector<std::string>& list) {
    std::string out;
    for (const auto& s : list) out += (out.empty() ? "" : "; ") + s;
    return out;
}
}  // namespace

void printEntityProfile(const store::EntityProfile& p) {
    std::printf("%s (%s)\n", p.name.c_str(), toString(p.type));
    if (!p.aliases.empty()) std::printf("also: %s\n", joined(p.aliases).c_str());
    std::printf("%lld release%s, %lld mention%s", static_cast<long long>(p.documents), p.documents == 1 ? "" : "s",
                static_cast<long long>(p.mentions), p.mentions == 1 ? "" : "s");
    if (!p.firstDate.empty()) std::printf(", %s to %s", p.firstDate.c_str(), p.lastDate.c_str());
    std::printf("\n");
    if (!p.roles.empty()) {
        heading(p.type == EntityType::Agency ? "People" : "Roles", p.roles.size());
        for (const auto& r : p.roles) {
            const std::string who = p.type == EntityType::Agency ? r.person + ": " : std::string();
            std::printf("  %s%s%s%s  (%lld)\n", who.c_str(), r.role.c_str(), r.affiliation.empty() ? "" : ", ",
                        r.affiliation.c_str(), static_cast<long long>(r.documents));
        }
    }
    printCounts("Named with people", p.people);
    printCounts("Named with agencies", p.agencies);
    printCounts("Named with places", p.locations);
    if (p.meetingCount > 0) {
        heading("Meetings", p.meetings.size(), p.meetingCount);
        for (const auto& m : p.meetings)
            std::printf("  %-22s %-10s %s\n", m.date.empty() ? "(undated)" : m.date.c_str(), m.kind.c_str(),
                        m.location.c_str());
    }
    heading("Releases", p.releases.size(), p.documents);
    for (const auto& d : p.releases)
        std::printf("  %-10s %s\n", d.date.empty() ? "(undated)" : d.date.c_str(), d.title.c_str());
}

}  // namespace bulletin::cli
