#pragma once
// Where a person's title ends and the name begins: "President of Ukraine Volodymyr Zelenskyy", "Minister for Trade
// Tan See Leng", "Speaker of the United States House of Representatives Nancy Pelosi". Used by the person rules.

#include <string>
#include <string_view>
#include <vector>

#include "extraction_state.hpp"

namespace bulletin::extract {

// How common a given name must be for "Given Surname did" (or a name after a title in a headline in capitals) to be
// read as a person without any other cue.
constexpr long kSubjectGivenNameCount = 500;
// How common a given name must be for a name the rules found saying or doing something ("Dmitry Peskov told
// reporters") to be kept against the tagger: any given name the lists hold more than rarely. The lists count
// American births, where the names of other cultures are rare ("Dmitry" 449, "Sergei" 352), and the tagger has
// seldom seen them.
constexpr long kSaidGivenNameCount = 100;
// A city this large names where a person is from rather than their surname ("Grace Fu" is no place, "Paul Devine"
// may be a small town's name and still a surname).
constexpr long kPlaceOfNotePopulation = 20000;

[[nodiscard]] bool isHonorific(std::string_view word);
// Whether token j is an engineer's "Eng." (or "Engr.") with its period, after a capitalised word and before a name
// of two words ("Deputy Minister Eng. Kumara Jayakody"): no name's word. Without the period ("Lim Eng Hock") or
// before no name ("Mr Tan Kim Eng. The meeting ...") it is one.
[[nodiscard]] bool engineerPrefix(const ExtractionState& state, const std::vector<Token>& tokens, std::size_t j);
// The cheap test first, inline: asked of every token, the call was most of the cost.
[[nodiscard]] inline bool mayBeEngineerPrefix(const Token& token) {
    return token.text.size() - 3 <= 1 && token.text[0] == 'E';
}

// An officer's number between a title and a name ("Police Constable 34567 Bandara", "Police Sergeant (45678)
// Herath"): two to six digits. The person rules read it back from the name, the agency rules forward from a title.
[[nodiscard]] inline bool isOfficerNumber(const Token& w) {
    return w.kind == TokenKind::Number && w.text.size() >= 2 && w.text.size() <= 6;
}
// A word of a person's name in a list or on a line of its own, where nothing else vouches for it: capitalised (in
// capitals only as initials with their periods, "W.M."), and no word of a body, a title, a building, a programme, a
// law, a month or a weekday, nor a function word.
[[nodiscard]] bool personNameWord(const ExtractionState& st, const Token& w);
// Longest title ending right before token i (allowing "Mr." with its period): its first token (i when none), and
// the title's text in `title`.
std::size_t titleBefore(const ExtractionState& st, const std::vector<Token>& t, std::size_t i, std::string& title);
// "the mayor of ...": a title in lower case right after "the" and before token `of`: its first token (`of` when none).
std::size_t lowerCaseTitleBefore(const ExtractionState& st, const std::vector<Token>& t, std::size_t of);
// Token `of` closes a capitalised title of one or two words ("Executive Director of", "Council Member of"): what
// follows is what the holder works for, and the title is no part of a body's name read back from there.
[[nodiscard]] bool titleEndsBeforeOf(const ExtractionState& st, const std::vector<Token>& t, std::size_t of);
// "Kremlin spokesman Dmitry Peskov": a title in lower case right before token i: its first token (i when none).
std::size_t lowerCaseTitleRightBefore(const ExtractionState& st, const std::vector<Token>& t, std::size_t i);
// A title, "of"/"for" and what it is of, right before token i: its first token (i when none) and the phrase.
std::size_t titleOfBefore(const ExtractionState& st, const std::vector<Token>& t, std::size_t i, std::string& title);
// The run before token `end` goes on with "of" and more capitals: a body's name, the person comes after it.
[[nodiscard]] bool bodyRunsOn(const ExtractionState& st, const std::vector<Token>& t, std::size_t end);
// The last words of [first, end) are a body's, a programme's or a law's, not a person's name.
[[nodiscard]] bool bodyWordsEnd(const ExtractionState& st, const std::vector<Token>& t, std::size_t first,
                                std::size_t end);
// The first token of the last two words of [first, end), an initial and its period counting with the word after.
[[nodiscard]] std::size_t lastTwoWords(const std::vector<Token>& t, std::size_t first, std::size_t end);
// The capitalised run [first, end) begins what a title is of, so a name can only be its last words.
[[nodiscard]] bool portfolioRun(const std::vector<Token>& t, std::size_t first, std::size_t end);
// "the Minister of Public Administration, Home Affairs, Provincial Councils and Local Government": [first, end) is
// one of the fields a person's title is of, in the list after "of" or "for", not a body's nor a person's name.
[[nodiscard]] bool titlePortfolioFields(const ExtractionState& st, const std::vector<Token>& t, std::size_t first,
                                        std::size_t end);
// "visited residents in Jurong West, Pasir Ris and Ang Mo Kio": token i is in a list of capitalised words after
// "in", "at", "near" or "across", a list of places whatever their words look like.
[[nodiscard]] bool inPlaceList(const std::vector<Token>& t, std::size_t i);
// A country, a region or a city of at least minPopulation people (5,000: a town; 20,000: a place of note, which
// may name where a person is from before the name but is rarely a surname).
[[nodiscard]] bool townOrLarger(const ExtractionState& st, std::string_view word, long minPopulation = 5000);
// Where the name starts in what a title is of and the name ("Turkey Recep Tayyip Erdogan").
[[nodiscard]] std::size_t nameAfterPlace(const ExtractionState& st, const std::vector<Token>& t, std::size_t first,
                                         std::size_t end);

}  // namespace bulletin::extract
