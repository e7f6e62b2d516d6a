#pragma once
// Agencies the gazetteer knows by name: in a capitalised chain, written with a comma or an asterisk, and a known
// body's national chapter ("Transparency International Sri Lanka").

#include <vector>

#include "agency_chains.hpp"
#include "extraction_state.hpp"

namespace bulletin::extract {

// Known names written with a comma or an asterisk ("the United Nations Educational, Scientific and Cultural
// Organization", "scientists from A*STAR"), as the gazetteer writes them, between word boundaries.
void punctuatedKnownAgencies(ExtractionState& state);
// Known agency names in a chain, longest first from each word; only those holding "and" or "&" when `joinedOnly`.
void knownAgencies(ExtractionState& state, const std::vector<Token>& tokens, Chain chain, bool joinedOnly);

// "Debian France", "Velmar Ukraine": the first word of a body the release names (in two words or more) and a country
// closing it, the body's national chapter, where the country stands right after the word.
void releasesBodiesChapters(ExtractionState& state, const std::vector<Token>& tokens);

// Whether tokens [begin, end) are a known body's name and a country's closing it: a national chapter ("Greenpeace
// India"), a name complete before an "and".
[[nodiscard]] bool namesKnownChapter(const ExtractionState& state, const std::vector<Token>& tokens, std::size_t begin,
                                     std::size_t end);

}  // namespace bulletin::extract
