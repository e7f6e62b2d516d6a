#pragma once
// Looking into an Extraction from tests: the names of one type, an entity by name, the events as the evaluation
// matches them; and a release made of a text for an extractor.

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "extract/extractor.hpp"

namespace bulletin::test {

// The canonical names of the entities of one type, sorted.
inline std::vector<std::string> names(const Extraction& x, EntityType type) {
    std::vector<std::string> out;
    for (const auto& e : x.entities)
        if (e.type == type) out.push_back(e.name);
    std::sort(out.begin(), out.end());
    return out;
}

inline const Entity* entity(const Extraction& x, const std::string& name) {
    for (const auto& e : x.entities)
        if (e.name == name) return &e;
    return nullptr;
}

// The entity of the type one of whose mentions is written so ("QFELS" of "Quorvale FELS"), if any.
inline const Entity* entityWritten(const Extraction& x, EntityType type, const std::string& text) {
    for (const auto& e : x.entities)
        if (e.type == type &&
            std::any_of(e.mentions.begin(), e.mentions.end(), [&](const Mention& m) { return m.text == text; }))
            return &e;
    return nullptr;
}

// Whether an entity of the type goes by that canonical name.
inline bool has(const Extraction& x, EntityType type, const std::string& name) {
    const auto n = names(x, type);
    return std::find(n.begin(), n.end(), name) != n.end();
}

// "kind@date" of each event, as the evaluation matches them ("press_conference@2023-05-25", "meeting@-").
inline std::vector<std::string> eventKeys(const Extraction& x) {
    std::vector<std::string> out;
    for (const auto& m : x.meetings)
        out.push_back(std::string(toString(m.kind)) + "@" + (m.date ? m.date->iso() : "-"));
    return out;
}

// Whether one of the events has that "kind@date".
inline bool hasEvent(const Extraction& x, const std::string& key) {
    const auto keys = eventKeys(x);
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// A release of the given body, headline and publication date, through the extractor.
inline Extraction extractRelease(const extract::Extractor& extractor, const std::string& body, const std::string& title,
                                 std::optional<DateValue> published) {
    Document d;
    d.title = title;
    d.body = body;
    d.publicationDate = std::move(published);
    return extractor.extract(d);
}

// The same through the rules, the shipped tagger and the resolver together (Recognisers::Both).
inline Extraction extractWithBoth(const std::string& body, const std::string& title = "Press release",
                                  std::optional<DateValue> published = std::nullopt) {
    static const extract::Extractor extractor(extract::Gazetteer::shared(), extract::Recognisers::Both);
    return extractRelease(extractor, body, title, std::move(published));
}

// The same for a release dated by an ISO date ("2026-03-04").
inline Extraction extractDatedRelease(const std::string& body, const std::string& title, const std::string& published) {
    return extractWithBoth(body, title, DateValue::fromIso(published));
}

}  // namespace bulletin::test
