#pragma once
// What the words around a capitalised chain say of it (agency_chain_checks.cpp), for the chain rules.

#include <string_view>
#include <vector>

#include "agency_chains.hpp"
#include "extraction_state.hpp"

namespace bulletin::extract {

// A noun of someone who works at a place: "a fellow at", "a nurse at", "researchers at" (the place is their
// employer, a body, not a venue).
[[nodiscard]] bool worksAtNoun(std::string_view word);
// Whether a known place of one to three words starts at token i, before `end`; `after` is then one past it.
[[nodiscard]] bool isPlaceToken(const ExtractionState& state, const std::vector<Token>& tokens, std::size_t i,
                                std::size_t end, std::size_t& after);
// "the Velmar County Chiefs of Police Association", "the Joint Chiefs of Staff": token k is the chain's "of" after a
// qualified plural of a title, no member of a body nor a name ("Officers of the ...", "Jane Myers of the ..."); the
// name holds both sides of the "of".
[[nodiscard]] bool membersBeforeOf(const ExtractionState& state, const std::vector<Token>& tokens, std::size_t first,
                                   std::size_t k);
// "Friends of the River Alliance": the one word before "of the" at token k opens the name, where "Anna McIntire of
// the Homicide Unit" does not.
[[nodiscard]] bool wordOpensNameBeforeOf(const std::vector<Token>& tokens, std::size_t first, std::size_t k);
// Where the chain's name starts after the titles and names of people leading it ("IG Islamabad Police").
[[nodiscard]] std::size_t skipLeadingTitles(const ExtractionState& state, const std::vector<Token>& tokens,
                                            Chain chain);
// "the Anti-Corruption Unit of Police Headquarters": token k is the chain's "of" after a head word, before a
// headquarters named for a body, which is a place; the body ends before the "of".
[[nodiscard]] bool unitOfHeadquarters(const ExtractionState& state, const std::vector<Token>& tokens, Chain chain,
                                      std::size_t k);
// "the Secretariat of the Council of Europe for Ukraine's European integration": token k is the chain's "for" or
// "on" before a place closing the chain with a possessive, which owns what follows; the body ends before it.
[[nodiscard]] bool aimBeforePossessor(const ExtractionState& state, const std::vector<Token>& tokens, Chain chain,
                                      std::size_t k);
// A programme's or a project's word: "programme", "plan", "project", "pilot".
[[nodiscard]] bool projectWord(const Token& token);
// "a loan from the Export-Import Bank of Korea for the Colombo water project": token k is the chain's "for" or "on"
// after a head word, before the capitalised words that open a project's name written partly in lower case (a place
// modifying "water project"); the body ends before it.
[[nodiscard]] bool aimAtProject(const ExtractionState& state, const std::vector<Token>& tokens, Chain chain,
                                std::size_t k);
// "the aggression of the Russian Federation against Ukraine", "a petition of the Superior Court against the Board of
// Parole Hearings": token k is the chain's lower-case "against" after a head word, before a known place or another
// body; the body ends before it ("the Committee against Torture" keeps what it is against).
[[nodiscard]] bool againstNamed(const ExtractionState& state, const std::vector<Token>& tokens, Chain chain,
                                std::size_t k);
// The chain split where againstNamed holds: "the Superior Court against the Board of Parole Hearings" is two
// chains, each read on its own (the article after "against" left out).
[[nodiscard]] std::vector<Chain> splitOnAgainst(const ExtractionState& state, const std::vector<Token>& tokens,
                                                Chain chain);
// "a Toyota Camry", "his 2006 Toyota Prius", "a Toyota sedan", "a Samsung phone": token i of st.tokens(), a company
// the gazetteer knows by that one word, names its product (a vehicle, a phone, an aircraft), not the company acting;
// not when the word after it goes on with the company's longer name ("a JPMorgan Chase bank").
[[nodiscard]] bool namesKnownCompanysProduct(const ExtractionState& state, std::size_t i);
// When token i of the chain names a known company's product, claims the make and its model, one product's name and
// no place's ("a Toyota Tacoma"), and says so.
bool claimProduct(ExtractionState& state, Chain chain, std::size_t i);
// Whether the chain names a law, a treaty or another instrument rather than a body.
[[nodiscard]] bool namesInstrument(const std::vector<Token>& tokens, Chain chain);
// Whether [begin, end) stands where a venue is named ("at", "in", "where:", after a courtroom's number, before a town).
[[nodiscard]] bool venueContext(const ExtractionState& state, const std::vector<Token>& tokens, std::size_t begin,
                                std::size_t end);
// Whether the byte offset lies inside a quotation of the text.
[[nodiscard]] bool insideQuotation(std::string_view text, std::size_t offset);
// Whether the line holding the byte offset is written in title case (a headline or a heading).
[[nodiscard]] bool titleCaseLine(std::string_view text, std::size_t offset);
// [first, end) is one to three capitalised words ending in a natural feature's word: "Russky Island", "Lake Tana".
[[nodiscard]] bool featureNamed(const std::vector<Token>& tokens, std::size_t first, std::size_t end);

}  // namespace bulletin::extract
