#include "tokens.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "core/date_scanner.hpp"

namespace bulletin::extract {

namespace {

UChar32 codePointAt(std::string_view s, std::size_t i, std::size_t& next) {
    int32_t j = static_cast<int32_t>(i);
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), j, static_cast<int32_t>(s.size()), c);
    next = static_cast<std::size_t>(j);
    return c;
}

// ICU's character classes, answered without a call for ASCII (nearly every character of a release; the same
// answers: White_Space in ASCII is tab to carriage return and the space).
bool asciiLetter(UChar32 c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isAlnum(UChar32 c) {
    return c < 0x80 ? asciiLetter(c) || (c >= '0' && c <= '9') : u_isalnum(c);
}
bool isAlpha(UChar32 c) {
    return c < 0x80 ? asciiLetter(c) : u_isalpha(c);
}
bool isUpper(UChar32 c) {
    return c < 0x80 ? c >= 'A' && c <= 'Z' : u_isupper(c);
}
bool isUpperOrTitle(UChar32 c) {
    return c < 0x80 ? c >= 'A' && c <= 'Z' : u_isupper(c) || u_istitle(c);
}
bool isWhiteSpace(UChar32 c) {
    return c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') : u_isUWhiteSpace(c);
}
bool isNonSpacingMark(UChar32 c) {
    return c >= 0x80 && u_charType(c) == U_NON_SPACING_MARK;
}

bool isApostrophe(std::string_view s, std::size_t i, std::size_t& len) {
    if (s[i] == '\'') return len = 1, true;
    if (s.compare(i, 3, "\xE2\x80\x99") == 0) return len = 3, true;
    return false;
}

// Whether two capitals or more (ASCII) start at `i` and end at a non-letter, non-digit or the text's end.
bool allCapsWordAt(std::string_view s, std::size_t i) {
    std::size_t j = i;
    while (j < s.size() && s[j] >= 'A' && s[j] <= 'Z') ++j;
    return j >= i + 2 && (j >= s.size() || !std::isalnum(static_cast<unsigned char>(s[j])));
}

// Abbreviations whose period does not end a sentence.
constexpr std::array<std::string_view, 50> kAbbreviations{
    "mr",  "mrs", "ms",  "dr",   "prof", "st",   "sr",   "jr",   "no",   "nos",  "vs",  "dept", "gen",
    "lt",  "col", "maj", "capt", "sgt",  "brig", "adm",  "cmdr", "supt", "insp", "cpl", "pvt",  "gov",
    "sen", "rep", "hon", "rev",  "jan",  "feb",  "mar",  "apr",  "jun",  "jul",  "aug", "sep",  "sept",
    "oct", "nov", "dec", "inc",  "ltd",  "co",   "corp", "etc",  "smt",  "mme",  "mlle"};

// Abbreviated U.S. state names, whose period ends no sentence when capitalised ("Rep. Adam Schiff (D-Calif.) and
// Sen. ..."); in lower case some are words that do ("became ill.").
constexpr std::array<std::string_view, 31> kStateAbbreviations{
    "ala", "ariz", "ark", "calif", "colo", "conn", "del",  "fla",  "ga", "ill",  "ind",
    "kan", "ky",   "la",  "md",    "mass", "mich", "minn", "miss", "mo", "mont", "neb",
    "nev", "okla", "ore", "pa",    "tenn", "tex",  "va",   "wash", "wis"};

// A number of one or two digits opening a line, a space, then a capitalised word of the same line that is no month.
bool numberedParagraph(const std::vector<Token>& toks, std::size_t k) {
    const Token& n = toks[k];
    if (!n.paragraphStart || n.kind != TokenKind::Number || n.text.size() > 2 || k + 1 >= toks.size()) return false;
    const Token& w = toks[k + 1];
    return !w.paragraphStart && w.begin > n.end && w.isWord() && w.capitalized && monthFromName(w.text) == 0;
}

// "Deputy Minister Eng. Kumara Jayakody", "Ven. Omalpe Sobitha Thero": an engineer's or a monk's title, abbreviated
// and capitalised, before a name of two capitalised words; not a name's last word closing its sentence, "Mr Tan Kim
// Eng. The Minister said" (a word that opens sentences after it).
bool prefixBeforeName(const std::vector<Token>& toks, std::size_t k) {
    static constexpr std::array<std::string_view, 24> kOpeners{
        "the",   "a",   "an",  "he",    "she", "it", "they", "we", "i",  "this", "that", "these",
        "those", "his", "her", "their", "our", "in", "on",   "at", "mr", "mrs",  "ms",   "dr"};
    if (k == 0 || k + 2 >= toks.size()) return false;
    const std::string_view w = toks[k - 1].text;
    if (w != "Eng" && w != "Engr" && w != "Ven") return false;
    const Token& a = toks[k + 1];
    const Token& b = toks[k + 2];
    return a.isWord() && a.capitalized && !a.paragraphStart && b.isWord() && b.capitalized && !b.paragraphStart &&
           !inLowerList(a.text, kOpeners);
}

bool isAbbreviation(std::string_view word) {
    // ("D-Calif", "R-Tex": a party and a state.)
    if (const auto dash = word.rfind('-'); dash != std::string_view::npos && dash + 1 < word.size())
        word.remove_prefix(dash + 1);
    if (inLowerList(word, kAbbreviations)) return true;
    if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z' && inLowerList(word, kStateAbbreviations)) return true;
    // ("joined by Reps. Ted Lieu and Judy Chu", "Sens. Alex Padilla and ...": titles in the plural, capitalised;
    // in lower case "sales reps." may end a sentence.)
    if (word == "Reps" || word == "Sens") return true;
    // Initials: "F", "U.S" (letters separated by periods)
    if (word.size() == 1) return true;
    return word.size() >= 3 && word[1] == '.';
}

}  // namespace

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

TokenizedText tokenize(std::string_view s) {
    TokenizedText out;
    out.text = s;
    auto& toks = out.tokens;
    bool paragraph = true;
    std::size_t newlines = 0;
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == '\n') {
            ++newlines;
            if (newlines >= 1) paragraph = true;
            ++i;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r') {
            ++i;
            continue;
        }
        std::size_t next = i + 1;
        const UChar32 cp = c < 0x80 ? static_cast<UChar32>(c) : codePointAt(s, i, next);
        if (cp == 0xA0 || isWhiteSpace(cp)) {
            i = next;
            continue;
        }
        newlines = 0;
        Token t;
        t.begin = i;
        t.paragraphStart = paragraph;
        paragraph = false;
        if (isAlnum(cp)) {
            // A word: letters and digits, with inner hyphens, apostrophes of names (O'Neil) and dotted initials.
            std::size_t j = i;
            int letters = 0, upper = 0;
            std::size_t firstEnd = 0;
            const bool firstUpper = isUpper(codePointAt(s, i, firstEnd));
            bool digitsOnly = true;
            while (j < s.size()) {
                std::size_t nj = j + 1;
                const unsigned char cj = static_cast<unsigned char>(s[j]);
                const UChar32 q = cj < 0x80 ? static_cast<UChar32>(cj) : codePointAt(s, j, nj);
                if (isAlnum(q) || isNonSpacingMark(q)) {
                    if (isAlpha(q)) {
                        ++letters;
                        digitsOnly = false;
                        if (isUpper(q)) ++upper;
                    }
                    j = nj;
                    continue;
                }
                std::size_t alen = 0;
                if ((q == '-' || q == 0x2010 || q == 0x2011) && nj < s.size() &&
                    u_isalnum(static_cast<unsigned char>(s[nj]) < 0x80 ? s[nj] : 'a')) {
                    j = nj;  // "Mohy-Eldeen", "Sub-Programme", "Officer-in-Charge"
                    continue;
                }
                if (isApostrophe(s, j, alen)) {
                    // "'s" after a word is a possessive token; "O'Neil", "O’Mara", "Sa’at", "D’Manor" keep their
                    // apostrophe; contractions ("don't", "we'll") end the word.
                    const std::size_t after = j + alen;
                    std::size_t tail = after;
                    while (tail < s.size() && std::isalpha(static_cast<unsigned char>(s[tail]))) ++tail;
                    const std::string rest = lower(s.substr(after, tail - after));
                    const bool contraction = rest == "s" || rest == "t" || rest == "re" || rest == "ve" ||
                                             rest == "ll" || rest == "d" || rest == "m";
                    if (!contraction && !rest.empty() && (letters == 1 || firstUpper)) {
                        j = after;
                        continue;
                    }
                    break;
                }
                // Dotted abbreviations: "U.S.", "D.C." (a letter, a period, a letter...)
                if (q == '.' && static_cast<std::size_t>(letters) == 1 + (j - i) / 2 && j + 1 < s.size() &&
                    std::isalpha(static_cast<unsigned char>(s[j + 1])) && (j + 2 >= s.size() || s[j + 2] == '.')) {
                    j += 1;
                    continue;
                }
                // "VEB.RF": capitals joined by a period with no space are one name, not a sentence's end and an
                // acronym of their own (not "the FBI.The", where a word follows).
                if (q == '.' && letters >= 2 && upper == letters && allCapsWordAt(s, j + 1)) {
                    j += 1;
                    continue;
                }
                break;
            }
            // "U.S.", "U.K.", "P.L.L.C.": a dotted abbreviation keeps its final period.
            if (j < s.size() && s[j] == '.' && j >= i + 3 && s[j - 2] == '.' &&
                static_cast<std::size_t>(letters) >= 2 &&
                (j + 1 >= s.size() || !std::isalnum(static_cast<unsigned char>(s[j + 1]))))
                ++j;
            t.end = j;
            t.text = s.substr(i, j - i);
            t.kind = digitsOnly ? TokenKind::Number : TokenKind::Word;
            std::size_t n0 = 0;
            const UChar32 first = codePointAt(s, i, n0);
            t.capitalized = isUpperOrTitle(first);
            t.allCaps = letters >= 2 && upper == letters;
            i = j;
            toks.push_back(t);
            // Possessive
            std::size_t alen = 0;
            if (i < s.size() && isApostrophe(s, i, alen)) {
                const std::size_t after = i + alen;
                if (after < s.size() && (s[after] == 's' || s[after] == 'S') &&
                    (after + 1 >= s.size() || !std::isalnum(static_cast<unsigned char>(s[after + 1])))) {
                    Token p;
                    p.kind = TokenKind::Possessive;
                    p.begin = i;
                    p.end = after + 1;
                    p.text = s.substr(i, p.end - i);
                    toks.push_back(p);
                    i = p.end;
                } else if (t.text.back() == 's' || t.text.back() == 'S') {
                    Token p;  // plural possessive: "Customs'"
                    p.kind = TokenKind::Possessive;
                    p.begin = i;
                    p.end = after;
                    p.text = s.substr(i, alen);
                    toks.push_back(p);
                    i = p.end;
                }
            }
            continue;
        }
        t.kind = TokenKind::Punct;
        t.end = next;
        t.text = s.substr(i, next - i);
        i = next;
        toks.push_back(t);
    }

    // Sentences: end at . ! ? (not after an abbreviation) followed by a capital, or at a paragraph break.
    std::size_t start = 0;
    auto close = [&](std::size_t end) {
        if (end <= start) return;
        out.sentences.push_back({start, end, toks[start].begin, toks[end - 1].end});
        start = end;
    };
    for (std::size_t k = 0; k < toks.size(); ++k) {
        if (k > start && toks[k].paragraphStart) close(k);
        // "3 In June, we will host ...": a speech's paragraph number is no word of the sentence it numbers (not a
        // date's day, "15 March 2025", nor a street number of three digits or more).
        if (k == start && numberedParagraph(toks, k)) {
            close(k + 1);
            continue;
        }
        const Token& t = toks[k];
        if (t.kind != TokenKind::Punct) continue;
        const bool terminal = t.text == "." || t.text == "!" || t.text == "?";
        if (!terminal) continue;
        if (t.text == "." && k > 0 && toks[k - 1].isWord() && toks[k - 1].end == t.begin &&
            (isAbbreviation(toks[k - 1].text) || prefixBeforeName(toks, k)) &&
            !(k + 1 < toks.size() && toks[k + 1].paragraphStart))
            continue;
        // "09.05.2022", "7.25 percent": a period between digits.
        if (t.text == "." && k > 0 && k + 1 < toks.size() && toks[k - 1].kind == TokenKind::Number &&
            toks[k + 1].kind == TokenKind::Number && toks[k - 1].end == t.begin && toks[k + 1].begin == t.end)
            continue;
        // A sentence starts with a capital: "approx. five", "etc. and", "(D-Calif.) and" go on.
        std::size_t nextWord = k + 1;
        while (nextWord < toks.size() && !toks[nextWord].paragraphStart && toks[nextWord].isPunct(')')) ++nextWord;
        if (t.text == "." && nextWord < toks.size() && !toks[nextWord].paragraphStart && toks[nextWord].isWord() &&
            !toks[nextWord].capitalized && std::islower(static_cast<unsigned char>(toks[nextWord].text[0])))
            continue;
        std::size_t n = k + 1;
        while (n < toks.size() && toks[n].kind == TokenKind::Punct &&
               (toks[n].text == "\"" || toks[n].text == "\xE2\x80\x9D" || toks[n].text == "'" ||
                toks[n].text == "\xE2\x80\x99" || toks[n].text == ")"))
            ++n;
        close(n);
        k = n - 1;
    }
    close(toks.size());
    for (std::size_t si = 0; si < out.sentences.size(); ++si) {
        const auto& sent = out.sentences[si];
        for (std::size_t k = sent.firstToken; k < sent.endToken; ++k) toks[k].sentence = si;
        if (sent.firstToken < toks.size()) toks[sent.firstToken].sentenceStart = true;
    }
    return out;
}

std::size_t afterPartyAffiliation(const std::vector<Token>& t, std::size_t k) {
    if (k + 2 >= t.size() || !t[k].isPunct('(') || !isPartyAffiliation(t[k + 1].text)) return k;
    for (std::size_t end = k + 2; end < t.size() && end < k + 8 && t[end].sentence == t[k].sentence; ++end)
        if (t[end].isPunct(')')) return end + 1;
    return k;
}

std::size_t quotedNameEnd(const std::vector<Token>& t, std::size_t open, std::size_t mostWords) {
    if (open + 4 >= t.size() || !t[open].isPunct('(') || !isDoubleQuote(t[open + 1].text)) return 0;
    std::size_t close = open + 2;
    while (close < t.size() && close < open + 2 + mostWords && t[close].isWord() && t[close].capitalized) ++close;
    if (close == open + 2 || close + 1 >= t.size() || !isDoubleQuote(t[close].text) || !t[close + 1].isPunct(')'))
        return 0;
    return close;
}

bool isPartyAffiliation(std::string_view word) {
    return word.size() > 2 && (word[0] == 'D' || word[0] == 'R' || word[0] == 'I') && word[1] == '-' &&
           word[2] >= 'A' && word[2] <= 'Z';
}

}  // namespace bulletin::extract
