#pragma once
// The words of a person's name and what stands around it (person_name_words.cpp), for the person rules.

#include <string>
#include <string_view>
#include <vector>

#include "extraction_state.hpp"

namespace bulletin::extract {

// Whether the token may be a word of a person's name: capitalised, no head word, function or calendar word, title,
// post-nominal or party's role, no country or region unless a common given name opens a name with it.
[[nodiscard]] bool nameToken(const ExtractionState& state, const Token& token);
// One past the last token of the name starting at i, of at most `maxWords` words (particles and initials within).
[[nodiscard]] std::size_t nameEnd(const ExtractionState& state, const std::vector<Token>& tokens, std::size_t i,
                                  std::size_t maxWords = 5);
// "Dilrukshi", "Wanniarachchi", "Putin": a capitalised word of letters alone that ends like no English common word
// does (data/lexicons/common_word_endings.txt), a surname where no list of names has it and a cue says it is one.
[[nodiscard]] bool unlistedSurnameShape(std::string_view word);
// "Krasnikov", "Matviyenko": a capitalised word of five letters or more ending as family names do in cultures the
// name lists hold few names of (data/lexicons/surname_endings.txt). Evidence beside a cue, never proof alone.
[[nodiscard]] bool surnameEndingShape(std::string_view word);
// "El-Sayed", "Abdel-Rahman", "Ji-hoon": two or three parts joined by hyphens, each a capital or a lower-case letter
// then lower-case letters, the first capitalised: a name's shape no name list need hold.
[[nodiscard]] bool hyphenatedNameShape(std::string_view word);
// "Ji-hoon", "Seo-yeon": a given name written the Korean way, a hyphenated name with no capital after its first
// letter (not "El-Sayed"), which no place's name is shaped like.
[[nodiscard]] bool koreanGivenNameShape(std::string_view word);
// One past the closing bracket of an age in brackets at `open` ("(42)", "(35 years)": two digits, not led by 0), as
// police reports give one after a name; `open` itself when there is none.
[[nodiscard]] std::size_t afterBracketedAge(const std::vector<Token>& tokens, std::size_t open);
// The name's text without a trailing comma or space.
[[nodiscard]] std::string cleanName(std::string_view text);
// A people's or a union's adjective that may open a role ("the Dutch Foreign Minister").
[[nodiscard]] bool roleAdjective(const ExtractionState& state, const Token& word);
// The role an apposition after the comma at `comma` gives, or empty: ", the director general of the NCA,".
[[nodiscard]] std::string appositionRole(const ExtractionState& state, const std::vector<Token>& tokens,
                                         std::size_t comma);

}  // namespace bulletin::extract
