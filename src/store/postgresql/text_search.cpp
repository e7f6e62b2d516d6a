#include "text_search.hpp"

#include <map>
#include <vector>

#include "core/word_tokenizer.hpp"

namespace bulletin::store::postgresql {

namespace {

constexpr std::size_t kMaxPosition = 16383;       // PostgreSQL's MAXENTRYPOS - 1
constexpr std::size_t kMaxPositionsPerWord = 256;  // MAXNUMPOS
// A tsvector's size limit is 1 MiB (MAXSTRPOS); the text form is larger than the stored one, so keep well inside.
constexpr std::size_t kMaxLexemeBytes = 512 * 1024;

std::vector<std::string> wordsOf(std::string_view text) {
    std::vector<std::string> out;
    text::forEachWord(text, [&](const text::Word& w) {
        out.emplace_back(w.folded);
        return true;
    });
    return out;
}

std::string termExpression(const TextQuery& q) {
    const auto words = wordsOf(q.text);
    if (words.empty()) return {};
    const char* weight = q.field == TextField::Title ? "A" : q.field == TextField::Body ? "B" : "";
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i) out += " <-> ";
        out += tsqueryLexeme(words[i]);
        const bool last = i + 1 == words.size();
        if (last && q.prefix) out += std::string(":*") + weight;
        else if (*weight) out += std::string(":") + weight;
    }
    return words.size() > 1 ? "(" + out + ")" : out;
}

std::string joined(const std::vector<TextQuery>& items, const char* joiner) {
    std::string out;
    for (const auto& item : items) {
        const std::string s = tsqueryExpression(item);
        if (s.empty()) continue;
        if (!out.empty()) out += joiner;
        out += "(" + s + ")";
    }
    return out;
}

}  // namespace

std::string tsqueryLexeme(std::string_view word) {
    std::string out = "'";
    for (char c : word) {
        if (c == '\'' || c == '\\') out.push_back(c);
        out.push_back(c);
    }
    return out + "'";
}

std::string tsqueryExpression(const TextQuery& q) {
    switch (q.kind) {
        case TextQuery::Kind::Term: return q.text.empty() ? std::string() : termExpression(q);
        case TextQuery::Kind::Any: return joined(q.children, " | ");
        case TextQuery::Kind::All: {
            const std::string wanted = joined(q.children, " & ");
            const std::string unwanted = joined(q.excluded, " | ");
            if (unwanted.empty()) return wanted;
            return wanted.empty() ? "!(" + unwanted + ")" : "(" + wanted + ") & !(" + unwanted + ")";
        }
    }
    return {};
}

namespace {
// The words a query looks for (not those it excludes), folded, each with whether it is a prefix.
void soughtWords(const TextQuery& q, std::vector<std::pair<std::string, bool>>& out) {
    if (q.kind == TextQuery::Kind::Term) {
        const auto words = wordsOf(q.text);
        for (std::size_t i = 0; i < words.size(); ++i) out.emplace_back(words[i], q.prefix && i + 1 == words.size());
        return;
    }
    for (const auto& c : q.children) soughtWords(c, out);
}
}  // namespace

std::string snippet(std::string_view body, const TextQuery& query, std::string_view open, std::string_view close,
                    std::size_t words) {
    std::vector<std::pair<std::string, bool>> sought;
    soughtWords(query, sought);
    auto isHit = [&](std::string_view w) {
        for (const auto& [s, prefix] : sought)
            if (prefix ? w.substr(0, s.size()) == s : w == s) return true;
        return false;
    };
    struct Spot final {
        std::size_t begin, end;
        bool hit;
    };
    std::vector<Spot> spots;
    std::size_t first = std::string_view::npos;
    text::forEachWord(body, [&](const text::Word& w) {
        const bool hit = isHit(w.folded);
        if (hit && first == std::string_view::npos) first = spots.size();
        spots.push_back({w.begin, w.end, hit});
        // Enough read: the window around the first hit is complete.
        return first == std::string_view::npos || spots.size() < first + words;
    });
    if (spots.empty()) return std::string(body.substr(0, 160));
    const std::size_t from = first == std::string_view::npos ? 0 : (first > words / 4 ? first - words / 4 : 0);
    const std::size_t to = std::min(spots.size(), from + words);
    std::string out = from > 0 ? "…" : "";
    std::size_t at = spots[from].begin;
    for (std::size_t k = from; k < to; ++k) {
        out += body.substr(at, spots[k].begin - at);
        if (spots[k].hit) out += std::string(open) + std::string(body.substr(spots[k].begin, spots[k].end - spots[k].begin)) + std::string(close);
        else out += body.substr(spots[k].begin, spots[k].end - spots[k].begin);
        at = spots[k].end;
    }
    if (to < spots.size() || spots[to - 1].end < body.size()) {
        out += "…";
    }
    return out;
}

TsvectorText tsvectorText(std::string_view title, std::string_view body) {
    struct Positions final {
        std::vector<std::pair<std::size_t, char>> at;  // position, weight
    };
    std::map<std::string, Positions, std::less<>> lexemes;
    TsvectorText out;
    std::size_t position = 0, bytes = 0;
    auto read = [&](std::string_view text, char weight) {
        text::forEachWord(text, [&](const text::Word& w) {
            ++out.words;
            if (position >= kMaxPosition) {
                out.truncated = true;
                return false;
            }
            ++position;
            auto it = lexemes.find(w.folded);
            if (it == lexemes.end()) {
                if (bytes + w.folded.size() > kMaxLexemeBytes || w.folded.size() > 2046) {
                    out.truncated = true;  // (a lexeme itself may not pass 2 KB)
                    return true;
                }
                bytes += w.folded.size();
                it = lexemes.emplace(std::string(w.folded), Positions{}).first;
            }
            if (it->second.at.size() < kMaxPositionsPerWord) it->second.at.emplace_back(position, weight);
            return true;
        });
    };
    read(title, 'A');
    // One position left empty between headline and body: a phrase does not run from one into the other, as in
    // FTS5, where they are two columns.
    ++position;
    if (!out.truncated) read(body, 'B');
    for (const auto& [word, positions] : lexemes) {
        if (!out.text.empty()) out.text += ' ';
        out.text += tsqueryLexeme(word);
        for (std::size_t i = 0; i < positions.at.size(); ++i) {
            out.text += i ? ',' : ':';
            out.text += std::to_string(positions.at[i].first);
            out.text += positions.at[i].second;
        }
    }
    return out;
}

}  // namespace bulletin::store::postgresql
