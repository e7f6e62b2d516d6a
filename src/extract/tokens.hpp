#pragma once
// Word tokens with byte offsets and the flags the extraction rules read: capitalisation, sentence starts,
// possessives ("Pakistan's" -> "Pakistan" + "'s"), abbreviations with their period ("Mr.", "F.", "U.S.").

#include <string>
#include <string_view>
#include <vector>

namespace bulletin::extract {

enum class TokenKind { Word, Number, Punct, Possessive };

struct Token final {
    TokenKind kind = TokenKind::Word;
    std::size_t begin = 0, end = 0;  // byte offsets in the text
    std::string_view text;
    bool capitalized = false;    // first letter upper case
    bool allCaps = false;        // two or more letters, all upper case ("UNODC", "SANTA")
    bool sentenceStart = false;  // first token of a sentence
    bool paragraphStart = false;
    std::size_t sentence = 0;  // index of the sentence the token belongs to

    [[nodiscard]] bool isWord() const { return kind == TokenKind::Word; }
    [[nodiscard]] bool is(std::string_view s) const { return text == s; }
    [[nodiscard]] bool isPunct(char c) const { return kind == TokenKind::Punct && text.size() == 1 && text[0] == c; }
    // A word that may stand inside a name of a body, a firm or a venue: capitalised, or a number ("7-Eleven", "C2C").
    [[nodiscard]] bool capitalisedOrNumber() const { return (isWord() && capitalized) || kind == TokenKind::Number; }
};

struct Sentence final {
    std::size_t firstToken = 0, endToken = 0;  // [first, end)
    std::size_t begin = 0, end = 0;            // byte offsets
};

struct TokenizedText final {
    std::string_view text;
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
};

[[nodiscard]] TokenizedText tokenize(std::string_view text);

// A double quotation mark, straight or curly, as a token ("(“QFELS”)", "(\"Costa\")").
[[nodiscard]] inline bool isDoubleQuote(std::string_view w) {
    return w == "\"" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D";
}

// "(“QFELS”)", "(\"EZ Aviation\")": a short name in quotes in brackets opening at token `open`, of one to `mostWords`
// capitalised words. Returns the closing quote's token (the words are [open + 2, that)), or 0 when there is none.
[[nodiscard]] std::size_t quotedNameEnd(const std::vector<Token>& tokens, std::size_t open, std::size_t mostWords);

// A legislator's party and state or district as written after the name: "D-Calif", "R-Texas", "D-Los" of
// "(D-Los Angeles)".
[[nodiscard]] bool isPartyAffiliation(std::string_view word);

// The token after a parenthesised party affiliation opening at token k ("(D-Calif.)", "(R-San Diego)"), or k.
[[nodiscard]] std::size_t afterPartyAffiliation(const std::vector<Token>& tokens, std::size_t k);

// Lower-case ASCII copy, for comparisons against word lists.
[[nodiscard]] std::string lower(std::string_view s);

// `word` equals `lowerWord` (given in lower case) ignoring ASCII case. No copy: the rules ask this of every token.
[[nodiscard]] constexpr bool equalsLower(std::string_view word, std::string_view lowerWord) {
    if (word.size() != lowerWord.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        char c = word[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != lowerWord[i]) return false;
    }
    return true;
}

// `word` is one of `lowerWords` (a list of lower-case words) ignoring ASCII case.
template <typename List>
[[nodiscard]] constexpr bool inLowerList(std::string_view word, const List& lowerWords) {
    for (std::string_view w : lowerWords)
        if (equalsLower(word, w)) return true;
    return false;
}

// "W.M.", "K.B.M.": a person's initials written together, each capital letter with its period.
[[nodiscard]] constexpr bool initialsWrittenTogether(std::string_view w) {
    if (w.size() < 4 || w.size() % 2 != 0) return false;
    for (std::size_t k = 0; k < w.size(); k += 2)
        if (w[k] < 'A' || w[k] > 'Z' || w[k + 1] != '.') return false;
    return true;
}

// A word written in capitals as a name shows it: "RACKAUCKAS" -> "Rackauckas", "O'NEILL" -> "O'Neill", "AL-SAYED"
// -> "Al-Sayed" (ASCII letters; others kept).
[[nodiscard]] inline std::string titleCasedCapitals(std::string_view word) {
    std::string out(word);
    for (std::size_t k = 1; k < out.size(); ++k)
        if (out[k] >= 'A' && out[k] <= 'Z' && out[k - 1] != '-' && out[k - 1] != '\'')
            out[k] = static_cast<char>(out[k] - 'A' + 'a');
    return out;
}

}  // namespace bulletin::extract
