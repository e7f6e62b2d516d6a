#pragma once
// The people the person rules found, added as entities, and every later mention of them: a surname alone ("Mr
// Putin"), the same first and last name ("Felix Brito" for "Felix Jacobo Brito"), a known given name before a
// surname found first ("Vladimir Putin" after "Mr Putin").

#include <string>
#include <vector>

#include "extraction_state.hpp"

namespace bulletin::extract {

// A person's name the rules found.
struct NameCandidate final {
    std::size_t first, end;  // token range of the name
    std::string rule;
    std::string role;
    std::size_t mentionFirst;  // including the title, for the mention span
};

// Adds the names found (full names first, so that a surname alone links to one of them), then links every other
// occurrence of a known full name or surname in the document (headline included).
void addPeopleWithLaterMentions(ExtractionState& state, std::vector<NameCandidate> found);

}  // namespace bulletin::extract
