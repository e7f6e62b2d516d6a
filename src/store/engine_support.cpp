#include "engine_support.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "core/text.hpp"

namespace bulletin::store {

const char* const kEntityMergeTargets = R"sql(
WITH RECURSIVE
latest_merge(type, key, value) AS (
    SELECT c.type, c.key, c.value FROM active_corrections c
    WHERE c.action = 'merge' AND c.id = (SELECT max(m.id) FROM active_corrections m
                                         WHERE m.action = 'merge' AND m.type = c.type AND m.key = c.key)
    UNION ALL
    SELECT b.type, b.key, min(f.key) FROM entities b
    JOIN entities f ON f.type = b.type AND f.acronym = b.name AND f.name <> f.acronym
    WHERE b.type = 'agency' AND b.name = b.acronym AND b.acronym <> ''
    AND NOT EXISTS (SELECT 1 FROM active_corrections c WHERE c.type = b.type AND (c.key = b.key OR c.value = b.key))
    AND NOT EXISTS (SELECT 1 FROM entity_marks k WHERE k.type = b.type AND k.key = b.key)
    AND NOT EXISTS (SELECT 1 FROM entity_tags g WHERE g.type = b.type AND g.key = b.key)
    GROUP BY b.type, b.key HAVING count(*) = 1),
chain(type, key, target, depth) AS (
    SELECT type, key, value, 1 FROM latest_merge
    UNION ALL
    SELECT ch.type, ch.key, m.value, ch.depth + 1 FROM chain ch
    JOIN latest_merge m ON m.type = ch.type AND m.key = ch.target WHERE ch.depth < 64),
merge_target(type, key, target) AS (
    SELECT type, key, target FROM chain c
    WHERE depth = (SELECT max(depth) FROM chain d WHERE d.type = c.type AND d.key = c.key))
)sql";

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

std::string foldedTag(const std::string& tag) {
    return text::foldForMatching(tag);
}

std::string foldedNote(const std::string& note) {
    return text::foldForMatching(text::collapseWhitespace(note));
}

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

namespace {

DateRole dateRoleFromString(std::string_view role) {
    if (role == "publication") return DateRole::Publication;
    if (role == "event") return DateRole::Event;
    return DateRole::Other;
}

Mention storedMention(const std::string& text, std::int64_t start, std::int64_t end, std::string rule, double score) {
    Mention m;
    m.span = {static_cast<std::size_t>(std::max<std::int64_t>(start, 0)),
              static_cast<std::size_t>(std::max<std::int64_t>(end, start))};
    if (m.span.end <= text.size()) m.text = text.substr(m.span.begin, m.span.size());
    m.rule = std::move(rule);
    m.score = static_cast<float>(score);
    return m;
}

}  // namespace

Extraction assembleExtraction(const StoredExtractionRows& rows, const std::string& text) {
    Extraction x;
    std::map<std::int64_t, std::vector<Mention>> mentions;
    for (auto& m : parseMentionRecords(rows.mentions))
        mentions[m.entity].push_back(storedMention(text, m.start, m.end, std::move(m.rule), m.score));
    std::map<std::int64_t, const StoredEntityRow*> extracted;  // entity id -> its row
    for (const auto& row : rows.entities) {
        if (row.mentions > 0 && row.mentions <= row.linkedAcronyms) continue;
        extracted.emplace(row.id, &row);
        Entity e;
        e.type = row.type;
        e.key = row.key;
        e.name = row.name;
        e.acronym = row.acronym;
        e.role = row.role;
        e.affiliation = row.affiliation;
        for (const auto& a : row.aliases)
            if (a != row.name && a != row.acronym) e.aliases.push_back(a);
        e.mentions = std::move(mentions[row.id]);
        // Two entities of one release that share a key are one row whose count is the last one's (the writers keep
        // the last), while the mention record holds the mentions of both. Written again as two entities, the first
        // holding the surplus, the row gets the same count and the record the same mentions.
        const auto counted = static_cast<std::size_t>(std::max<std::int64_t>(row.mentions - row.linkedAcronyms, 0));
        if (counted > 0 && e.mentions.size() > counted) {
            Entity surplus = e;
            const auto split = e.mentions.begin() + static_cast<std::ptrdiff_t>(e.mentions.size() - counted);
            surplus.mentions.assign(e.mentions.begin(), split);
            e.mentions.erase(e.mentions.begin(), split);
            x.entities.push_back(std::move(surplus));
        }
        x.entities.push_back(std::move(e));
    }
    for (const auto& d : rows.dates) {
        const auto value = DateValue::fromIso(d.iso);
        if (!value) continue;
        DateMention date{*value, dateRoleFromString(d.role), storedMention(text, d.start, d.end, d.rule, 1.0)};
        date.mention.text = d.text;
        x.dates.push_back(std::move(date));
    }
    for (const auto& row : rows.meetings) {
        Meeting m;
        m.kind = meetingKindFromString(row.kind).value_or(MeetingKind::Other);
        if (!row.date.empty()) m.date = DateValue::fromIso(row.date);
        m.location = row.location;
        m.trigger = storedMention(text, row.start, row.end, row.rule, 1.0);
        for (const auto id : row.participants) {
            const auto it = extracted.find(id);
            if (it == extracted.end()) continue;
            if (it->second->type == EntityType::Agency)
                m.agencies.push_back(it->second->name);
            else if (it->second->type == EntityType::Person)
                m.people.push_back(it->second->name);
        }
        x.meetings.push_back(std::move(m));
    }
    for (const auto& a : rows.acronyms) {
        Mention m = storedMention(text, a.start, a.end, "acronym", 1.0);
        m.text = a.acronym;
        x.unresolvedAcronyms.push_back(std::move(m));
    }
    return x;
}

}  // namespace bulletin::store
