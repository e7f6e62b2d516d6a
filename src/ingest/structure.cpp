#include "structure.hpp"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <array>
#include <cctype>
#include <vector>

#include "core/date_scanner.hpp"
#include "core/text.hpp"

namespace bulletin::ingest {

namespace {

std::size_t wordCount(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
        const bool space = c == ' ' || c == '\t';
        if (!space && !in) ++n;
        in = !space;
    }
    return n;
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
        if (c >= 'A' && c <= 'Z') letter = true;
        else if (c != ' ' && c != '.' && c != ',' && c != '\'' && c < 0x80) return false;
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
    if (i < s.size() && (s[i] == '-' || s[i] == ':')) n = 1;
    else if (text::startsWith(s.substr(i), "\u2013") || text::startsWith(s.substr(i), "\u2014")) n = 3;
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
    "centre", "center", "ministry", "office", "agency", "department", "authority", "bureau",
    "police", "commission", "council", "directorate", "division", "service", "attorney", "court"};

bool looksLikeKicker(std::string_view line) {
    if (wordCount(line) > 6 || endsSentence(line)) return false;
    const auto space = line.rfind(' ');
    const std::string last = text::toLowerAscii(space == std::string_view::npos ? line : line.substr(space + 1));
    for (auto head : kOrganisationHeads)
        if (last == head) return true;
    return false;
}

enum class Label { None, Published, Author };

Label labelOf(std::string_view line) {
    const std::string n = text::toLowerAscii(text::collapseWhitespace(line));
    if (n == "published" || n == "published:" || n == "posted" || n == "posted on" || n == "posted:" ||
        n == "date" || n == "date:" || n == "release date" || n == "release date:")
        return Label::Published;
    if (n == "author" || n == "author:" || n == "by" || n == "written by" || n == "posted by") return Label::Author;
    return Label::None;
}

// A line that is only a date ("September 23, 2011").
std::optional<DateValue> standaloneDate(std::string_view line) {
    line = text::trimUnicode(line);
    auto hit = parseDateAtStart(line);
    if (!hit || hit->form != DateForm::Full) return std::nullopt;
    auto rest = text::trimUnicode(line.substr(hit->end));
    if (!rest.empty() && rest != ".") return std::nullopt;
    return hit->value;
}

}  // namespace

std::optional<Dateline> parseDateline(std::string_view p) {
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
    // "Karachi, 24 October 2018." or "SANTA ANA, Calif., June 1, 2020 –"
    for (std::size_t comma = p.find(", "); comma != std::string_view::npos && comma < 48;
         comma = p.find(", ", comma + 2)) {
        const auto place = p.substr(0, comma);
        if (!looksLikePlace(place)) break;
        auto date = parseDateAtStart(p.substr(comma + 2));
        if (date && date->form == DateForm::Full) {
            std::size_t end = comma + 2 + date->end;
            if (end < p.size() && p[end] == '.') ++end;
            else if (const auto sep = separatorAt(p.substr(end))) end += sep;
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
    const auto lines = text::splitLines(text);
    Structure s;
    std::vector<std::string> kept;  // "" marks a paragraph break
    std::optional<DateValue> labelledDate, headerDate;
    std::string firstLine;
    std::string foldedTitle;
    std::size_t keptChars = 0;
    bool inHeader = true;  // before the first paragraph of running text

    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string_view line = text::trimUnicode(lines[i]);
        if (line.empty()) {
            if (!kept.empty() && !kept.back().empty()) kept.emplace_back();
            continue;
        }
        const auto verdict = boilerplate.classify(line);
        if ((keptChars >= 200 || !inHeader) && verdict.endMarker) break;
        if (const Label label = labelOf(line); label != Label::None && i + 1 < lines.size()) {
            const auto value = text::trimUnicode(lines[i + 1]);
            if (label == Label::Published && !labelledDate) labelledDate = standaloneDate(value);
            if (label == Label::Author || (label == Label::Published && labelledDate)) ++i;
            continue;
        }
        if (firstLine.empty()) firstLine = std::string(line);
        if (verdict.boilerplate) continue;
        std::string clean = text::collapseWhitespace(line);
        if (s.title.empty()) {
            s.title = stripTrailingPeriods(boilerplate.stripTitleSuffix(clean));
            foldedTitle = text::foldCase(s.title);
            continue;
        }
        if (clean == firstLine) continue;
        // Scraped pages repeat the headline (breadcrumbs, article header).
        const std::string foldedClean = text::foldCase(clean);
        if (foldedClean == foldedTitle) continue;
        if (inHeader) {
            // A headline broken over several lines: each piece is a fragment of the title.
            if (wordCount(clean) >= 2 && foldedTitle.find(foldedClean) != std::string::npos) continue;
            if (auto date = standaloneDate(clean)) {
                if (!headerDate) headerDate = date;
                continue;
            }
            if (wordCount(clean) >= 8 && endsSentence(clean)) inHeader = false;
        }
        keptChars += clean.size();
        kept.push_back(std::move(clean));
    }
    while (!kept.empty() && kept.back().empty()) kept.pop_back();

    // "National Counter Terrorism Centre" above "Director General of NCTC Meets ..." is a kicker, not the headline;
    // and a headline cut short and then repeated whole keeps only its whole form.
    std::vector<std::string> paragraphs;
    for (auto& k : kept)
        if (!k.empty()) paragraphs.push_back(k);
    std::size_t firstBody = 0;
    if (!paragraphs.empty() && looksLikeKicker(s.title) && !endsSentence(paragraphs[0]) &&
        wordCount(paragraphs[0]) <= 25) {
        std::string kicker = s.title;
        std::size_t pick = 0;
        while (pick + 1 < paragraphs.size() && text::startsWith(paragraphs[pick + 1], paragraphs[pick])) ++pick;
        s.title = stripTrailingPeriods(paragraphs[pick]);
        firstBody = pick + 1;
        paragraphs.insert(paragraphs.begin() + static_cast<long>(firstBody), kicker);
    } else {
        while (firstBody < paragraphs.size() && text::startsWith(s.title, paragraphs[firstBody]) &&
               paragraphs[firstBody].size() < s.title.size())
            ++firstBody;
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

    std::optional<DateValue> datelineDate;
    for (std::size_t i = firstBody; i < paragraphs.size() && i < firstBody + 3; ++i) {
        if (auto dl = parseDateline(paragraphs[i])) {
            s.datelinePlace = dl->place;
            datelineDate = dl->date;
            break;
        }
    }
    s.publicationDate = labelledDate ? labelledDate : datelineDate ? datelineDate : headerDate;
    if (s.title.empty()) s.title = "(untitled)";
    return s;
}

}  // namespace bulletin::ingest
