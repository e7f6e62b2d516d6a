#pragma once
// One rule family over arbitrary text: every mention it records lies inside the text, with a name and a rule.
#include "extract/extraction_state.hpp"
#include "extract/gazetteer.hpp"
#include "fuzz_support.hpp"

namespace bulletin::fuzz {

template <typename Rule>
int runRule(const std::uint8_t* data, std::size_t size, Rule rule) {
    const auto text = asText(data, size);
    // A headline offset inside the text, taken from the first byte, so both regions get exercised.
    const std::size_t bodyOffset = size ? data[0] % (size + 1) : 0;
    extract::ExtractionState st(text, bodyOffset, extract::Gazetteer::shared());
    extract::findAcronymDefinitions(st);
    rule(st);
    for (const auto& e : st.entities()) {
        require(!e.name.empty(), "an entity has a name");
        for (const auto& m : e.mentions) {
            requireSpan(m.span.begin, m.span.end, text.size(), "a mention lies inside the text");
            require(!m.rule.empty(), "a mention names its rule");
        }
    }
    return 0;
}

}  // namespace bulletin::fuzz
