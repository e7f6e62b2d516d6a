#pragma once
// Speakers' labels: the names that open a transcript's paragraphs before a colon ("Vladimir Putin: Good
// afternoon, colleagues."), told from a release's other labels ("Media Relations:", "WHO:").

#include <set>
#include <string_view>
#include <vector>

#include "extraction_state.hpp"

namespace bulletin::extract {

struct SpeakerLabels final {
    std::set<std::string_view> repeated;  // labels opening more than one paragraph, as the words before the colon
    // Someone known by a common given name takes the floor more than once: every name labelling a paragraph is then
    // a speaker's, however rare the given name ("Sergei Shoigu:", once).
    bool transcript = false;
};

[[nodiscard]] SpeakerLabels speakerLabels(const ExtractionState& st, const std::vector<Token>& t);

// In a transcript, whether the label of tokens [first, end) reads as a name rather than a heading.
[[nodiscard]] bool transcriptLabelIsName(const ExtractionState& st, const std::vector<Token>& t, std::size_t first,
                                         std::size_t end);

}  // namespace bulletin::extract
