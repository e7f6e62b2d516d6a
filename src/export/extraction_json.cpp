#include "extraction_json.hpp"

#include <set>

#include "json.hpp"

namespace bulletin::exporting {

namespace {
std::string stringOrNull(const std::string& s) { return s.empty() ? "null" : jsonString(s); }
}  // namespace

std::string extractionJson(const Document& doc, const Extraction& x, const std::string& sourcePath) {
    std::string out = "{\n \"source\": {\"repo\": null, \"commit\": null, \"path\": " + jsonString(sourcePath) + "},\n";
    out += " \"title\": " + jsonString(doc.title) + ",\n";
    out += " \"publication_date\": " + (doc.publicationDate ? jsonString(doc.publicationDate->iso()) : "null") + ",\n";
    auto list = [&](EntityType type, auto&& render) {
        std::string s = "[";
        bool first = true;
        for (const auto& e : x.entities) {
            if (e.type != type) continue;
            s += first ? "\n  " : ",\n  ";
            s += render(e);
            first = false;
        }
        return s + (first ? "]" : "\n ]");
    };
    out += " \"people\": " + list(EntityType::Person, [](const Entity& e) {
        return "{\"name\": " + jsonString(e.name) + ", \"aliases\": " + jsonStringArray(e.aliases) +
               ", \"role\": " + stringOrNull(e.role) + ", \"affiliation\": " + stringOrNull(e.affiliation) + "}";
    }) + ",\n";
    out += " \"agencies\": " + list(EntityType::Agency, [](const Entity& e) {
        return "{\"name\": " + jsonString(e.name) + ", \"acronym\": " + stringOrNull(e.acronym) +
               ", \"aliases\": " + jsonStringArray(e.aliases) + "}";
    }) + ",\n";
    out += " \"locations\": " + list(EntityType::Location, [](const Entity& e) {
        return "{\"name\": " + jsonString(e.name) + ", \"aliases\": " + jsonStringArray(e.aliases) + "}";
    }) + ",\n";
    std::string dates = "[";
    std::set<std::string> seen;
    for (const auto& d : x.dates) {
        const std::string iso = d.value.iso();
        if (!seen.insert(iso).second) continue;
        dates += (seen.size() == 1 ? "\n  " : ",\n  ");
        dates += "{\"iso\": " + jsonString(iso) + ", \"text\": " + jsonString(d.mention.text) +
                 ", \"role\": " + jsonString(toString(d.role)) + "}";
    }
    out += " \"dates\": " + dates + (seen.empty() ? "]" : "\n ]") + ",\n";
    std::string meetings = "[";
    for (std::size_t i = 0; i < x.meetings.size(); ++i) {
        const auto& m = x.meetings[i];
        meetings += i ? ",\n  " : "\n  ";
        meetings += "{\"kind\": " + jsonString(toString(m.kind)) + ", \"date\": " +
                    (m.date ? jsonString(m.date->iso()) : "null") + ", \"location\": " + stringOrNull(m.location) +
                    ", \"agencies\": " + jsonStringArray(m.agencies) + ", \"people\": " + jsonStringArray(m.people) + "}";
    }
    out += " \"meetings\": " + meetings + (x.meetings.empty() ? "]" : "\n ]") + "\n}\n";
    return out;
}

}  // namespace bulletin::exporting
