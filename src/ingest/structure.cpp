#include "structure.hpp"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <vector>

#include "core/date_scanner.hpp"
#include "core/text.hpp"
#include "date_lines.hpp"
#include "line_unwrap.hpp"

namespace bulletin::ingest {

namespace {

std::size_t wordCount(std::string_view s) {
    return text::countSpacedWords(s);
}

bool endsSentence(std::string_view s) {
    s = text::trimUnicode(s);
    if (s.empty()) return false;
    const char c = s.back();
    return c == '.' || c == '!' || c == '?' || c == ':' || text::endsWith(s, "\u201D") || c == '"';
}

std::string titleCase(std::string_view s) {
    auto u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    u.toTitle(nullptr);
    std::string out;
    u.toUTF8String(out);
    return out;
}

bool isAllCapsPlace(std::string_view s) {
    bool letter = false;
    for (unsigned char c : s) {
        if (c >= 'a' && c <= 'z') return false;
        if (c >= 'A' && c <= 'Z')
            letter = true;
        else if (c != ' ' && c != '.' && c != ',' && c != '\'' && c < 0x80)
            return false;
    }
    return letter;
}

// "MEDIA ADVISORY -", "UPDATE -": labels of the release, not places.
bool isReleaseLabel(std::string_view caps) {
    const std::string l = text::toLowerAscii(caps);
    for (std::string_view w : {"advisory", "update", "release", "alert", "notice", "statement", "correction", "media",
                               "press", "news", "breaking", "urgent", "announcement", "reminder", "photo", "video"})
        if (l.find(w) != std::string::npos) return true;
    return false;
}

// 1-5 capitalised words ("Islamabad", "Santa Ana", "Washington, D.C."), else empty.
bool looksLikePlace(std::string_view s) {
    s = text::trimUnicode(s);
    if (s.empty() || s.size() > 48) return false;
    const std::size_t words = wordCount(s);
    if (words == 0 || words > 5) return false;
    // "WHEN: Tomorrow, Thursday, Sept. 23": a label's value, or a day, is no place.
    if (s.find(':') != std::string_view::npos) return false;
    // "Hammond – On Tuesday": a dateline's place ends at its dash.
    if (s.find(" \u2013 ") != std::string_view::npos || s.find(" \u2014 ") != std::string_view::npos ||
        s.find(" - ") != std::string_view::npos)
        return false;
    static constexpr std::array<std::string_view, 11> kDayWords{"today",  "tomorrow", "tonight",   "yesterday",
                                                                "monday", "tuesday",  "wednesday", "thursday",
                                                                "friday", "saturday", "sunday"};
    const std::string lower = text::toLowerAscii(s);
    for (const auto day : kDayWords)
        if (lower == day || text::startsWith(lower, std::string(day) + " ")) return false;
    // "On Wednesday, July 23, 2014, the Board will meet": a sentence's opening words, not a place.
    static constexpr std::array<std::string_view, 8> kOpeningWords{"on ",   "in ",    "at ",    "by ",
                                                                   "from ", "since ", "until ", "during "};
    for (const auto word : kOpeningWords)
        if (text::startsWith(lower, word)) return false;
    bool start = true;
    for (unsigned char c : s) {
        if (start && c != ' ') {
            if (!(std::isupper(c) || c >= 0x80)) return false;
            start = false;
        }
        if (c == ' ') start = true;
        if (std::isdigit(c)) return false;
    }
    return true;
}

// Length of a dash separator ("-", "–", "—", ":") with its spaces at the start of s, or 0.
std::size_t separatorAt(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t n = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == ':'))
        n = 1;
    else if (text::startsWith(s.substr(i), "\u2013") || text::startsWith(s.substr(i), "\u2014"))
        n = 3;
    if (n == 0) return 0;
    i += n;
    if (i < s.size() && s[i] != ' ') return 0;
    while (i < s.size() && s[i] == ' ') ++i;
    return i;
}

std::string stripTrailingPeriods(std::string_view title) {
    std::string t(text::trimUnicode(title));
    // "U.S." keeps its period; "Approach.." and "collaboration." do not.
    while (!t.empty() && t.back() == '.') {
        if (t.size() >= 3 && std::isupper(static_cast<unsigned char>(t[t.size() - 2])) &&
            (t[t.size() - 3] == '.' || t[t.size() - 3] == ' '))
            break;
        t.pop_back();
    }
    return std::string(text::trimUnicode(t));
}

constexpr std::array<std::string_view, 16> kOrganisationHeads{
    "centre", "center",     "ministry", "office",      "agency",   "department", "authority", "bureau",
    "police", "commission", "council",  "directorate", "division", "service",    "attorney",  "court"};

bool looksLikeKicker(std::string_view line) {
    if (wordCount(line) > 8 || endsSentence(line)) return false;
    // "U.S. Attorney's Office, District of Maryland": an office, then where it is.
    if (const auto comma = line.find(", "); comma != std::string_view::npos) line = line.substr(0, comma);
    if (wordCount(line) > 6) return false;
    const auto space = line.rfind(' ');
    const std::string last = text::toLowerAscii(space == std::string_view::npos ? line : line.substr(space + 1));
    for (auto head : kOrganisationHeads)
        if (last == head) return true;
    return false;
}

constexpr std::size_t kMaxHeadlineWords = 45;
// ... and when no sentence ends inside a line, it reads as a headline up to this many words.
constexpr std::size_t kMaxUnpunctuatedHeadlineWords = 90;
// A first line of this many words ending in a full stop is a sentence of the body, not a headline.
constexpr std::size_t kMinOpeningSentenceWords = 10;
constexpr std::size_t kMaxLetterheadWords = 12;

// The word before `at` is a preposition of time ("on", "since", "between"...): the date belongs to a sentence.
bool narratedDate(std::string_view text, std::size_t at) {
    std::size_t e = at;
    while (e > 0 && text[e - 1] == ' ') --e;
    std::size_t b = e;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
    const std::string word = text::toLowerAscii(text.substr(b, e - b));
    static constexpr std::array<std::string_view, 12> kPrepositions{"on",    "in",     "since", "by", "from", "between",
                                                                    "until", "before", "after", "of", "and",  "to"};
    return std::find(kPrepositions.begin(), kPrepositions.end(), word) != kPrepositions.end();
}

// The headline at the start of a line that holds more: up to the first sentence end, at most 30 words.
// A sentence ends inside the line: ". ", "! " or "? " before a capital, after a word of three letters or more
// (not "U.S. Attorney", "Mr. Smith").
bool endsSentenceInside(std::string_view line) {
    for (std::size_t i = 3; i + 2 < line.size(); ++i) {
        if ((line[i] != '.' && line[i] != '!' && line[i] != '?') || line[i + 1] != ' ' ||
            !std::isupper(static_cast<unsigned char>(line[i + 2])))
            continue;
        if (std::islower(static_cast<unsigned char>(line[i - 1])) &&
            std::islower(static_cast<unsigned char>(line[i - 2])) &&
            std::isalpha(static_cast<unsigned char>(line[i - 3])))
            return true;
    }
    return false;
}

// A headline as compared with its repetitions: case folded, dashes alike (a page's <title> writes "-" where the
// article header writes "–").
std::string headlineKey(std::string_view line) {
    const std::string folded = text::foldCase(line);
    std::string out;
    out.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size(); ++i) {
        const std::string_view rest = std::string_view(folded).substr(i);
        if (text::startsWith(rest, "\u2013") || text::startsWith(rest, "\u2014")) {
            out += '-';
            i += 2;  // the dash's three bytes
        } else {
            out += folded[i];
        }
    }
    return out;
}

std::string headlineOf(std::string_view line) {
    std::size_t words = 0, i = 0;
    bool in = false;
    for (; i < line.size(); ++i) {
        const char c = line[i];
        const bool space = c == ' ';
        if (!space && !in && ++words > 30) break;
        in = !space;
        if ((c == '.' || c == '!' || c == '?') && i + 2 < line.size() && line[i + 1] == ' ' &&
            std::isupper(static_cast<unsigned char>(line[i + 2])) && words >= 4)
            return std::string(line.substr(0, i + 1));
    }
    return std::string(text::trimUnicode(line.substr(0, i)));
}

enum class Label { None, Published, Author };

Label labelOf(std::string_view line) {
    const std::string n = text::toLowerAscii(text::collapseWhitespace(line));
    if (n == "published" || n == "published:" || n == "posted" || n == "posted on" || n == "posted:" || n == "date" ||
        n == "date:" || n == "release date" || n == "release date:")
        return Label::Published;
    if (n == "author" || n == "author:" || n == "by" || n == "written by" || n == "posted by") return Label::Author;
    return Label::None;
}

// A repeated line right after the text that may sign it: a name of a few capitalised words, no digits, links,
// or page furniture ("Corrupt Practices Investigation Bureau", not "© 2024 ... | Privacy").
bool looksLikeSignOff(std::string_view line) {
    const std::size_t words = wordCount(line);
    if (words < 2 || words > 8 || !(line[0] >= 'A' && line[0] <= 'Z')) return false;
    if (line.find_first_of("0123456789|@/:") != std::string_view::npos) return false;
    if (line.find("\u00a9") != std::string_view::npos || line.find("http") != std::string_view::npos) return false;
    return !endsSentence(line);
}

// The index of the last line that reads as running text (eight words or more ending a sentence), or none: where
// a page holds nothing of the sort after a list's end marker ("Latest Posts"), the release had no text of its own
// and the list is the page's chrome, even before any running text was kept.
std::optional<std::size_t> lastRunningTextLine(const std::vector<std::string_view>& lines) {
    constexpr std::size_t kSentenceWords = 8;
    for (std::size_t i = lines.size(); i > 0; --i) {
        const std::string_view line = text::trimUnicode(lines[i - 1]);
        if (!line.empty() && endsSentence(line) && line.back() != ':' && wordCount(line) >= kSentenceWords)
            return i - 1;
    }
    return std::nullopt;
}

}  // namespace

std::optional<Dateline> parseDateline(std::string_view p) {
    // "November 4, 2022 (SAINT PAUL) — ", "8 JUNE 2022 –Mr Goh": a date, maybe a place in parentheses, a dash.
    if (auto date = parseDateAtStart(p); date && date->form == DateForm::Full) {
        std::size_t i = date->end;
        std::string place;
        if (i + 2 < p.size() && p[i] == ' ' && p[i + 1] == '(') {
            const auto close = p.find(')', i + 2);
            if (close != std::string_view::npos && close - i < 40 && looksLikePlace(p.substr(i + 2, close - i - 2))) {
                place = std::string(text::trimUnicode(p.substr(i + 2, close - i - 2)));
                i = close + 1;
            }
        }
        std::size_t sep = separatorAt(p.substr(i));
        // "2022 –Mr": a dash glued to the next word
        if (!sep) {
            std::size_t k = i;
            while (k < p.size() && p[k] == ' ') ++k;
            if (text::startsWith(p.substr(k), "\u2013") || text::startsWith(p.substr(k), "\u2014")) sep = k - i + 3;
        }
        if (sep) {
            if (isAllCapsPlace(place)) place = titleCase(place);
            return Dateline{place, date->value, i + sep};
        }
    }
    // "27 July 2022, Islamabad - "
    if (auto date = parseDateAtStart(p); date && date->form == DateForm::Full) {
        std::string_view rest = p.substr(date->end);
        if (text::startsWith(rest, ", ")) {
            for (std::size_t i = 2; i < rest.size() && i < 50; ++i) {
                if (const auto sep = separatorAt(rest.substr(i)); sep && looksLikePlace(rest.substr(2, i - 2)))
                    return Dateline{std::string(text::trimUnicode(rest.substr(2, i - 2))), date->value,
                                    date->end + i + sep};
            }
        }
    }
    // "KABUL, Afghanistan (April 18, 2011)", "WASHINGTON (May 3, 2019) –"
    if (const auto open = p.find(" ("); open != std::string_view::npos && open > 0 && open < 48) {
        const auto place = p.substr(0, open);
        const auto close = p.find(')', open);
        if (close != std::string_view::npos && close - open < 40 &&
            looksLikePlace(std::string(place.substr(0, place.find(','))))) {
            auto date = parseDateAtStart(p.substr(open + 2, close - open - 2));
            if (date && date->form == DateForm::Full && open + 2 + date->end == close) {
                std::size_t end = close + 1;
                if (const auto sep = separatorAt(p.substr(end))) end += sep;
                std::string name(text::trimUnicode(place.substr(0, place.find(','))));
                if (isAllCapsPlace(name)) name = titleCase(name);
                return Dateline{name, date->value, end};
            }
        }
    }
    // "Karachi, 24 October 2018." or "SANTA ANA, Calif., June 1, 2020 –"
    for (std::size_t comma = p.find(", "); comma != std::string_view::npos && comma < 48;
         comma = p.find(", ", comma + 2)) {
        const auto place = p.substr(0, comma);
        if (!looksLikePlace(place)) break;
        auto date = parseDateAtStart(p.substr(comma + 2));
        if (date && date->form == DateForm::Full) {
            std::size_t end = comma + 2 + date->end;
            if (end < p.size() && p[end] == '.')
                ++end;
            else if (const auto sep = separatorAt(p.substr(end)))
                end += sep;
            std::string name(text::trimUnicode(place));
            if (isAllCapsPlace(name)) name = titleCase(name);
            return Dateline{name, date->value, end};
        }
    }
    // "SANTA ANA – " (all capitals, then a dash)
    for (std::size_t i = 1; i < p.size() && i < 48; ++i) {
        if (p[i] != ' ') continue;
        const auto sep = separatorAt(p.substr(i));
        if (!sep) continue;
        const auto place = text::trimUnicode(p.substr(0, i));
        if (isAllCapsPlace(place) && place.size() >= 3 && !isReleaseLabel(place)) {
            std::string name(place);
            while (!name.empty() && (name.back() == ',' || name.back() == ' ')) name.pop_back();
            return Dateline{titleCase(name), std::nullopt, i + sep};
        }
        break;
    }
    return std::nullopt;
}

Structure parseStructure(std::string_view text, const BoilerplateModel& boilerplate) {
    // Hard-wrapped text is read paragraph by paragraph, as any other.
    const auto unwrapped = unwrapLines(text::splitLines(text));
    const std::vector<std::string_view> lines(unwrapped.begin(), unwrapped.end());
    Structure s;
    std::vector<std::string> kept;  // "" marks a paragraph break
    std::optional<DateValue> labelledDate;
    std::size_t firstLineIndex = 0;
    if (auto date = frontMatterDate(lines, firstLineIndex)) s.dateEvidence.push_back({*date, DateSource::FrontMatter});
    std::string firstLine;
    std::string foldedTitle;
    std::size_t keptChars = 0;
    bool inHeader = true;      // before the first paragraph of running text
    bool titleInBody = false;  // the headline is the body's opening sentence, and stays there
    // Repeated lines after the running text started, with how much text was kept before them: the first ones
    // after the last kept line may be the release's sign-off ("Corrupt Practices Investigation Bureau").
    std::vector<std::pair<std::size_t, std::string>> afterText;
    std::size_t lastKeptLine = std::string::npos - 1;  // the index of the line kept last as running text
    std::optional<std::size_t> lastTextLine;  // lastRunningTextLine(), asked at the first end marker in the header

    for (std::size_t i = firstLineIndex; i < lines.size(); ++i) {
        const std::string_view line = text::trimUnicode(lines[i]);
        if (line.empty()) {
            if (!kept.empty() && !kept.back().empty()) kept.emplace_back();
            continue;
        }
        const auto verdict = boilerplate.classify(line);
        if (verdict.endMarker) {
            if (keptChars >= 200 || !inHeader) break;
            // (Before any running text, a marker may stand in a sidebar the page puts first; it ends the page only
            // when no sentence of running text follows it. Asked once: the lines do not change.)
            if (!lastTextLine) lastTextLine = lastRunningTextLine(lines).value_or(0);
            if (*lastTextLine <= i) break;
        }
        if (const Label label = labelOf(line); label != Label::None && i + 1 < lines.size()) {
            const auto value = text::trimUnicode(lines[i + 1]);
            if (label == Label::Published && !labelledDate) {
                labelledDate = standaloneDate(value);
                if (labelledDate) s.dateEvidence.push_back({*labelledDate, DateSource::PublishedLabel});
            }
            if (label == Label::Author || (label == Label::Published && labelledDate)) ++i;
            continue;
        }
        if (firstLine.empty()) firstLine = std::string(line);
        if (verdict.boilerplate) {
            // After the headline and before the running text, a repeated line is the publisher's letterhead or
            // contact block ("ISAF Joint Command - Afghanistan", a spokesperson's name and title) as often
            // as it is page chrome; extraction reads it, the clean text leaves it out.
            if (!s.title.empty() && inHeader && keptChars < 600 && s.letterhead.size() < 600 &&
                wordCount(line) <= kMaxLetterheadWords) {
                if (!s.letterhead.empty()) s.letterhead += "\n\n";
                s.letterhead += text::collapseWhitespace(line);
            } else if (!inHeader) {
                afterText.push_back({keptChars, std::string(line)});
            }
            continue;
        }
        std::string clean = text::collapseWhitespace(line);
        // The release's own date line: evidence for the publication date, and kept in the text (searchable).
        const bool dateLine = inHeader && !mentionsUpdate(clean);
        auto ownDate = dateLine ? standaloneDate(clean) : std::nullopt;
        if (dateLine && !ownDate) ownDate = labelledDateLine(clean);
        if (ownDate) s.dateEvidence.push_back({*ownDate, DateSource::OwnDateLine});
        if (s.title.empty() && ownDate) {
            keptChars += clean.size();
            kept.push_back(std::move(clean));
            kept.emplace_back();
            continue;
        }
        if (s.title.empty()) {
            // Headline and body run together on one line (scraped text without line breaks): the first sentence
            // is the headline, and the whole line stays the body so nothing is lost.
            // A release without a headline opens with running text ("The Federal Open Market Committee decided
            // today to ..."): its first sentence names it, and stays in the body.
            // (Or one introducing what follows: "The Federal Reserve released the following statement ...:".)
            const bool openingSentence =
                wordCount(clean) >= kMinOpeningSentenceWords &&
                ((text::endsWith(clean, ".") && !text::endsWith(clean, "...")) || text::endsWith(clean, ":"));
            // (A long headline with a deck and the site's name, no sentence ended inside it, is a headline:
            // "28-year-old Man ... Sentenced ... - Defendant was driving ...; victim died ... - Orange County
            // District Attorney".)
            const std::string opening = headlineOf(clean);
            const bool sentenceInside = endsSentence(clean) || endsSentenceInside(clean);
            const bool runTogether = wordCount(clean) > kMaxHeadlineWords &&
                                     (sentenceInside || wordCount(clean) > kMaxUnpunctuatedHeadlineWords);
            if (runTogether || openingSentence) {
                titleInBody = true;
                s.title = stripTrailingPeriods(opening);
                foldedTitle = headlineKey(s.title);
                inHeader = false;
                keptChars += clean.size();
                kept.push_back(std::move(clean));
                continue;
            }
            s.title = stripTrailingPeriods(boilerplate.stripTitleSuffix(clean));
            foldedTitle = headlineKey(s.title);
            continue;
        }
        if (clean == firstLine) continue;
        // Scraped pages repeat the headline (breadcrumbs, article header).
        const std::string foldedClean = headlineKey(clean);
        if (foldedClean == foldedTitle || headlineKey(stripTrailingPeriods(clean)) == foldedTitle) continue;
        if (inHeader) {
            // A headline broken over several lines: each piece is a fragment of the title.
            if (wordCount(clean) >= 2 && foldedTitle.find(foldedClean) != std::string::npos) continue;
            if (wordCount(clean) >= 8 && endsSentence(clean)) inHeader = false;
        }
        keptChars += clean.size();
        // Ragged text (wrapped at no one margin, as PDF exports are): a line of the running text that plainly goes
        // on joins the body line kept right before it, so that a sentence, and a name broken over two lines, stay
        // whole. (After the page's chrome is left out, which is recognised line by line.)
        if (lastKeptLine + 1 == i && !kept.empty() && !kept.back().empty() && goesOnInLine(kept.back(), clean)) {
            // ("... to murder a F" / "ullerton Police Department officer": a name broken after its capital, its
            // rest in lower case before the name's next capitalised word; not "Plan B" / "was adopted".)
            const std::string& previous = kept.back();
            const std::size_t fragmentEnd = clean.find(' ');
            const bool brokenWord = previous.size() >= 2 && previous[previous.size() - 2] == ' ' &&
                                    std::isupper(static_cast<unsigned char>(previous.back())) &&
                                    previous.back() != 'A' && previous.back() != 'I' &&
                                    fragmentEnd != std::string::npos && fragmentEnd + 1 < clean.size() &&
                                    std::isupper(static_cast<unsigned char>(clean[fragmentEnd + 1]));
            if (!brokenWord) kept.back() += ' ';
            kept.back() += clean;
            lastKeptLine = i;
            continue;
        }
        kept.push_back(std::move(clean));
        lastKeptLine = i;
    }
    while (!kept.empty() && kept.back().empty()) kept.pop_back();
    std::size_t signOffLines = 0;
    for (const auto& [before, line] : afterText) {
        // (The release's standard closing paragraphs may repeat too: "4. The CPIB looks into ...".)
        if (before != keptChars || signOffLines == 2 || !looksLikeSignOff(line)) continue;
        if (!s.letterhead.empty()) s.letterhead += "\n\n";
        s.letterhead += text::collapseWhitespace(line);
        ++signOffLines;
    }

    // "National Counter Terrorism Centre" above "Director General of NCTC Meets ..." is a kicker, not the headline;
    // and a headline cut short and then repeated whole keeps only its whole form.
    std::vector<std::string> paragraphs;
    for (auto& k : kept)
        if (!k.empty()) paragraphs.push_back(k);
    std::size_t firstBody = 0;
    if (!paragraphs.empty() && looksLikeKicker(s.title) && !endsSentence(paragraphs[0]) &&
        wordCount(paragraphs[0]) <= 25) {
        std::string kicker = s.title;
        // (A release label and the release's date line may stand between them: "U.S. Attorney's Office ... / FOR
        // IMMEDIATE RELEASE / Thursday, March 14, 2024 / Baltimore Man Sentenced ...". They stay in the body.)
        auto releaseLabel = [](const std::string& p) {  // "FOR IMMEDIATE RELEASE"
            return wordCount(p) <= 4 && std::none_of(p.begin(), p.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                   isReleaseLabel(p);
        };
        std::size_t first = 0;
        while (first + 1 < paragraphs.size() && (standaloneDate(paragraphs[first]) || releaseLabel(paragraphs[first])))
            ++first;
        if (!endsSentence(paragraphs[first]) && wordCount(paragraphs[first]) <= 25) {
            std::size_t whole = first;
            while (whole + 1 < paragraphs.size() && text::startsWith(paragraphs[whole + 1], paragraphs[whole])) ++whole;
            s.title = stripTrailingPeriods(paragraphs[whole]);
            paragraphs.erase(paragraphs.begin() + static_cast<long>(first),
                             paragraphs.begin() + static_cast<long>(whole + 1));
            paragraphs.insert(paragraphs.begin(), kicker);
            firstBody = 0;
        }
    } else {
        while (firstBody < paragraphs.size() && text::startsWith(s.title, paragraphs[firstBody]) &&
               paragraphs[firstBody].size() < s.title.size())
            ++firstBody;
        // The headline again at the top of the body, run into the first sentence: the body starts after it.
        if (!titleInBody && firstBody < paragraphs.size() && s.title.size() >= 20 &&
            text::startsWith(paragraphs[firstBody], s.title)) {
            std::string& p = paragraphs[firstBody];
            std::size_t from = s.title.size();
            while (from < p.size() && std::string_view(" .;:-").find(p[from]) != std::string_view::npos) ++from;
            if (from >= p.size())
                ++firstBody;
            else if (from > s.title.size() || p[from - 1] == ' ')
                p = p.substr(from);
        }
    }
    // Deck: one short unpunctuated paragraph between the headline and the running text.
    if (firstBody + 1 < paragraphs.size()) {
        const auto& candidate = paragraphs[firstBody];
        const std::size_t words = wordCount(candidate);
        if (words >= 4 && words <= 60 && !endsSentence(candidate) && !parseDateline(candidate)) {
            s.subtitle = candidate;
            ++firstBody;
        }
    }
    std::string body;
    for (std::size_t i = firstBody; i < paragraphs.size(); ++i) {
        if (!body.empty()) body += "\n\n";
        body += paragraphs[i];
    }
    // The deck stays in the body text too so that extraction and search see it.
    if (!s.subtitle.empty()) body = s.subtitle + (body.empty() ? "" : "\n\n" + body);
    s.body = std::move(body);

    for (std::size_t i = firstBody; i < paragraphs.size() && i < firstBody + 5; ++i) {
        if (mentionsUpdate(paragraphs[i]) && wordCount(paragraphs[i]) <= 10) continue;  // "Last updated: 20 March 2024"
        if (auto dl = parseDateline(paragraphs[i])) {
            s.datelinePlace = dl->place;
            if (dl->date) s.dateEvidence.push_back({*dl->date, DateSource::OwnDateLine});
            break;
        }
    }
    // A sign-off at the end: a reference line with the date ("D/Media/Out/1784/2025 2025.09.22").
    // (Not the body's opening paragraph: "Officers arrested two suspects on 13th June 2025." is the story.)
    for (std::size_t k = 0; k < 3 && k < paragraphs.size() && paragraphs.size() - 1 - k > firstBody; ++k)
        if (auto date = signOffDate(paragraphs[paragraphs.size() - 1 - k])) {
            s.dateEvidence.push_back({*date, DateSource::OwnDateLine});
            break;
        }
    // A full date in the headline: a release's own date written into its title ("Police Media Release -
    // 2025.06.14", "Decisions taken at the Cabinet Meeting held on 14.10.2025").
    for (const auto& hit : scanDates(s.title))
        if (hit.form == DateForm::Full) {
            s.dateEvidence.push_back({hit.value, DateSource::Headline});
            break;
        }
    // Weakest: the first full date of the opening text.
    {
        const std::string_view opening = std::string_view(s.body).substr(0, 300);
        for (const auto& hit : scanDates(opening)) {
            if (hit.form != DateForm::Full) continue;
            // (Not on a line that tells an update: "Last updated: 20 March 2024".)
            const std::size_t lineStart = opening.rfind('\n', hit.begin);
            const std::size_t from = lineStart == std::string_view::npos ? 0 : lineStart + 1;
            const std::size_t lineEnd = opening.find('\n', hit.begin);
            if (mentionsUpdate(
                    opening.substr(from, (lineEnd == std::string_view::npos ? opening.size() : lineEnd) - from)))
                continue;
            // "On 18 March 2014, UNODC convened ...": a date the narration is about, not the release's.
            if (!narratedDate(opening, hit.begin)) s.dateEvidence.push_back({hit.value, DateSource::OpeningText});
            break;
        }
    }
    s.publicationDate = choosePublicationDate(s.dateEvidence).value;
    if (s.title.empty()) s.title = "(untitled)";
    return s;
}

}  // namespace bulletin::ingest
