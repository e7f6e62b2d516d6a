#include "publication_date.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace bulletin::ingest {

const char* toString(DateSource source) {
    switch (source) {
        case DateSource::OwnDateLine:
            return "date line";
        case DateSource::FrontMatter:
            return "front matter";
        case DateSource::PublishedLabel:
            return "published label";
        case DateSource::FileName:
            return "file name";
        case DateSource::Headline:
            return "headline";
        case DateSource::OpeningText:
            return "opening text";
    }
    return "";
}

PublicationDate choosePublicationDate(const std::vector<DateEvidence>& evidence) {
    PublicationDate out;
    if (evidence.empty()) return out;
    const auto best = std::min_element(evidence.begin(), evidence.end(), [](const auto& a, const auto& b) {
        return static_cast<int>(a.source) < static_cast<int>(b.source);
    });
    out.value = best->value;
    out.source = toString(best->source);
    // Keep the record of a disagreement: the first date each source gave, strongest first.
    std::vector<DateEvidence> firstOfEach;
    for (const auto& e : evidence)
        if (std::none_of(firstOfEach.begin(), firstOfEach.end(), [&](const auto& f) { return f.source == e.source; }))
            firstOfEach.push_back(e);
    std::sort(firstOfEach.begin(), firstOfEach.end(),
              [](const auto& a, const auto& b) { return static_cast<int>(a.source) < static_cast<int>(b.source); });
    const bool disagree =
        std::any_of(firstOfEach.begin(), firstOfEach.end(), [&](const auto& e) { return !(e.value == best->value); });
    // The winner, then every source that said something else.
    if (disagree)
        for (const auto& e : firstOfEach) {
            if (e.source != best->source && e.value == best->value) continue;
            if (!out.evidence.empty()) out.evidence += "; ";
            out.evidence += std::string(toString(e.source)) + " " + e.value.iso();
        }
    return out;
}

namespace {

std::optional<DateValue> dateIn(std::string_view name) {
    // Digit runs, with their separators: "2025-02-27", "2025_02_27", "20230412".
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(name[i])) ||
            (i > 0 && std::isdigit(static_cast<unsigned char>(name[i - 1]))))
            continue;
        std::size_t j = i;
        while (j < name.size() && std::isdigit(static_cast<unsigned char>(name[j]))) ++j;
        auto number = [&](std::size_t from, std::size_t len) { return std::stoi(std::string(name.substr(from, len))); };
        int y = 0, m = 0, d = 0;
        if (j - i == 8) {
            y = number(i, 4), m = number(i + 4, 2), d = number(i + 6, 2);
        } else if (j - i == 4 && j + 5 < name.size() + 0 && (name[j] == '-' || name[j] == '_' || name[j] == '.') &&
                   std::isdigit(static_cast<unsigned char>(name[j + 1])) &&
                   std::isdigit(static_cast<unsigned char>(name[j + 2])) && name[j + 3] == name[j] &&
                   std::isdigit(static_cast<unsigned char>(name[j + 4])) &&
                   std::isdigit(static_cast<unsigned char>(name[j + 5])) &&
                   (j + 6 >= name.size() || !std::isdigit(static_cast<unsigned char>(name[j + 6])))) {
            y = number(i, 4), m = number(j + 1, 2), d = number(j + 4, 2);
        } else {
            continue;
        }
        const CalendarDate date{y, m, d};
        if (y >= 1990 && y <= 2099 && date.valid()) return DateValue{date, std::nullopt};
    }
    return std::nullopt;
}

}  // namespace

std::optional<DateValue> dateInPath(std::string_view path) {
    const std::filesystem::path p(path);
    if (auto d = dateIn(p.filename().string())) return d;
    // Year / month / day folders: ".../2019/05/28/release.txt".
    std::vector<std::string> parts;
    for (const auto& part : p.parent_path()) parts.push_back(part.string());
    for (std::size_t k = 0; k + 2 < parts.size(); ++k) {
        const auto& y = parts[k];
        const auto& m = parts[k + 1];
        const auto& d = parts[k + 2];
        auto digits = [](const std::string& s, std::size_t n) {
            return s.size() == n &&
                   std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
        };
        if (digits(y, 4) && digits(m, 2) && digits(d, 2)) {
            const CalendarDate date{std::stoi(y), std::stoi(m), std::stoi(d)};
            if (date.year >= 1990 && date.year <= 2099 && date.valid()) return DateValue{date, std::nullopt};
        }
    }
    for (auto it = parts.rbegin(); it != parts.rend(); ++it)
        if (auto d = dateIn(*it)) return d;
    return std::nullopt;
}

}  // namespace bulletin::ingest
