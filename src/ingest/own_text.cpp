#include "own_text.hpp"

#include <algorithm>
#include <array>

#include "core/text.hpp"

namespace bulletin::ingest {

namespace {

constexpr std::size_t kRunningTextWords = 8;  // a paragraph this long reads as text, not a tag or a link
constexpr std::size_t kShortBodyWords = 25;   // more words than this in all are text, however they are cut
constexpr std::size_t kSentenceWords = 3;     // a sentence this long is text ("The meeting is cancelled.")

bool endsSentence(std::string_view paragraph) {
    while (!paragraph.empty() && paragraph.back() == ' ') paragraph.remove_suffix(1);
    return !paragraph.empty() && (paragraph.back() == '.' || paragraph.back() == '!' || paragraph.back() == '?');
}

// Thai, Chinese, Japanese: scripts that write no spaces between words; ten characters of them are a sentence.
bool unspacedText(std::string_view paragraph) {
    std::size_t characters = 0, ascii = 0;
    for (const char c : paragraph) {
        const auto u = static_cast<unsigned char>(c);
        if ((u & 0xC0) != 0x80) ++characters;
        if (u < 0x80) ++ascii;
    }
    return characters >= 10 && ascii * 2 < characters;  // mostly letters of those scripts
}

// "Please click on link to view release.": what a page says of a link, not what the release says.
bool linkLabel(std::string_view paragraph) {
    const std::string lowered = text::toLowerAscii(paragraph);
    return lowered.find("click") != std::string::npos || lowered.find("tap here") != std::string::npos;
}

// The headline tells the news as a sentence, in sentence case ("President Vladimir Putin held a telephone
// conversation with ..."): two words or more in lower case beyond the short ones a title-case headline leaves in
// lower case ("Felon Was Arrested And Charged", "Campaign against Driving Under the Influence").
bool toldAsSentence(std::string_view headline) {
    static constexpr std::array<std::string_view, 12> kTitleCaseLower{
        "with", "from", "into", "over", "upon", "against", "about", "after", "under", "than", "that", "this"};
    std::size_t lowerWords = 0;
    std::size_t i = 0;
    while (i < headline.size()) {
        while (i < headline.size() && (headline[i] == ' ' || headline[i] == ',')) ++i;
        const std::size_t start = i;
        while (i < headline.size() && headline[i] != ' ' && headline[i] != ',') ++i;
        const std::string_view word = headline.substr(start, i - start);
        if (word.size() >= 4 && word[0] >= 'a' && word[0] <= 'z' &&
            std::find(kTitleCaseLower.begin(), kTitleCaseLower.end(), word) == kTitleCaseLower.end())
            ++lowerWords;
    }
    return lowerWords >= 2;
}

// "WHEN: Monday, March 3, 2025, 10:30 AM": a media advisory's labelled line; an advisory may be made of such lines
// alone.
bool advisoryLine(std::string_view paragraph) {
    static constexpr std::array<std::string_view, 5> kLabels{"what:", "when:", "where:", "who:", "why:"};
    const std::string lowered = text::toLowerAscii(paragraph.substr(0, 6));
    return std::any_of(kLabels.begin(), kLabels.end(),
                       [&](std::string_view label) { return lowered.starts_with(label); });
}

}  // namespace

bool hasOwnText(const Structure& release) {
    std::size_t words = 0;
    std::size_t start = 0;
    const std::string_view body = release.body;
    while (start <= body.size()) {
        auto end = body.find("\n\n", start);
        if (end == std::string_view::npos) end = body.size();
        const std::string_view paragraph = body.substr(start, end - start);
        const std::size_t n = text::countSpacedWords(paragraph);
        if (n >= kRunningTextWords || (n >= kSentenceWords && endsSentence(paragraph) && !linkLabel(paragraph)) ||
            unspacedText(paragraph) || (n >= kSentenceWords && advisoryLine(paragraph)))
            return true;
        words += n;
        start = end + 2;
    }
    if (words > kShortBodyWords) return true;
    return text::countSpacedWords(release.title) >= kRunningTextWords && toldAsSentence(release.title);
}

}  // namespace bulletin::ingest
