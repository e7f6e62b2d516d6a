// The whole extractor over any headline and body: meetings point at words of the text, and every participant
// is one of the document's entities.
#include <algorithm>

#include "extract/extractor.hpp"
#include "fuzz_support.hpp"

using namespace bulletin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto input = fuzz::asText(data, size);
    const auto cut = input.find('\n');
    Document doc;
    doc.title = std::string(input.substr(0, cut == std::string_view::npos ? 0 : cut));
    doc.body = std::string(cut == std::string_view::npos ? input : input.substr(cut + 1));
    static const extract::Extractor extractor(extract::Gazetteer::shared());
    const auto x = extractor.extract(doc);
    const auto textSize = extract::extractionText(doc).size();
    auto named = [&](EntityType type, const std::string& name) {
        return std::any_of(x.entities.begin(), x.entities.end(),
                           [&](const Entity& e) { return e.type == type && e.name == name; });
    };
    for (const auto& m : x.meetings) {
        fuzz::requireSpan(m.trigger.span.begin, m.trigger.span.end, textSize, "a meeting's trigger lies in the text");
        for (const auto& a : m.agencies) fuzz::require(named(EntityType::Agency, a), "a meeting's agency is an entity");
        for (const auto& p : m.people) fuzz::require(named(EntityType::Person, p), "a meeting's person is an entity");
    }
    for (const auto& e : x.entities)
        for (const auto& mention : e.mentions)
            fuzz::requireSpan(mention.span.begin, mention.span.end, textSize, "a mention lies in the text");
    return 0;
}
