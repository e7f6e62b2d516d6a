#include "engine_support.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "core/text.hpp"

namespace bulletin::store {

std::string formatMentionRecords(const std::vector<Entity>& entities, const std::vector<std::int64_t>& entityIds) {
    std::string out;
    for (std::size_t i = 0; i < entities.size() && i < entityIds.size(); ++i) {
        for (const auto& m : entities[i].mentions) {
            char score[16];
            std::snprintf(score, sizeof score, "%.2f", static_cast<double>(m.score));
            out += std::to_string(entityIds[i]);
            out += '\t';
            out += std::to_string(m.span.begin);
            out += '\t';
            out += std::to_string(m.span.end);
            out += '\t';
            out += m.rule;
            out += '\t';
            out += score;
            out += '\n';
        }
    }
    return out;
}

std::vector<MentionRecord> parseMentionRecords(std::string_view data) {
    std::vector<MentionRecord> out;
    for (auto line : text::splitLines(data)) {
        std::vector<std::string_view> f;
        std::size_t at = 0;
        for (int k = 0; k < 3; ++k) {
            const auto tab = line.find('\t', at);
            if (tab == std::string_view::npos) break;
            f.push_back(line.substr(at, tab - at));
            at = tab + 1;
        }
        if (f.size() != 3) continue;
        auto rule = line.substr(at);
        double score = 1.0;
        if (const auto tab = rule.find('\t'); tab != std::string_view::npos) {
            score = std::atof(std::string(rule.substr(tab + 1)).c_str());
            rule = rule.substr(0, tab);
        }
        out.push_back({std::stoll(std::string(f[0])), std::stoll(std::string(f[1])), std::stoll(std::string(f[2])),
                       std::string(rule), score});
    }
    return out;
}

std::vector<std::string> splitUnitSeparated(std::string_view s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < s.size()) {
        auto sep = s.find('\x1f', start);
        if (sep == std::string_view::npos) sep = s.size();
        if (sep > start) out.emplace_back(s.substr(start, sep - start));
        start = sep + 1;
    }
    return out;
}

std::string quotedFilterValue(const std::string& value) {
    std::string out = "\"";
    for (char c : value) out += c == '"' ? '\'' : c;
    return out + "\"";
}

std::string foldedTag(const std::string& tag) { return text::foldForMatching(tag); }

std::string foldedNote(const std::string& note) { return text::foldForMatching(text::collapseWhitespace(note)); }

std::string releaseLogLabel(std::int64_t documentId, const std::string& title) {
    // At most 60 bytes of the title, never cutting a UTF-8 sequence.
    std::string shown = title;
    if (shown.size() > 60) {
        std::size_t bytes = 60;
        while (bytes > 0 && (static_cast<unsigned char>(shown[bytes]) & 0xC0) == 0x80) --bytes;
        shown = shown.substr(0, bytes) + "...";
    }
    return "release " + std::to_string(documentId) + (shown.empty() ? "" : " '" + shown + "'");
}

std::string entityLogLabel(const EntityRef& e) {
    return std::string(toString(e.type)) + " '" + (e.name.empty() ? e.key : e.name) + "'";
}

std::vector<std::int64_t> sortedUnique(const std::vector<std::int64_t>& ids) {
    std::vector<std::int64_t> out(ids);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace bulletin::store
