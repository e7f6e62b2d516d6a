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
    bool capitalized = false;   // first letter upper case
    bool allCaps = false;       // two or more letters, all upper case ("UNODC", "SANTA")
    bool sentenceStart = false; // first token of a sentence
    bool paragraphStart = false;
    std::size_t sentence = 0;   // index of the sentence the token belongs to

    [[nodiscard]] bool isWord() const { return kind == TokenKind::Word; }
    [[nodiscard]] bool is(std::string_view s) const { return text == s; }
    [[nodiscard]] bool isPunct(char c) const { return kind == TokenKind::Punct && text.size() == 1 && text[0] == c; }
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

// Lower-case ASCII copy, for comparisons against word lists.
[[nodiscard]] std::string lower(std::string_view s);

}  // namespace bulletin::extract
