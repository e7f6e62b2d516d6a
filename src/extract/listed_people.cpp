// People named beside people: a full name joined by "and" to a person's ("Vladimir Putin and Xi Jinping"), and the
// names of a list with commas or one to a line most of whose names are people's ("attended by Dmitry Medvedev,
// Vyacheslav Volodin, Valentina Matviyenko and Sergei Shoigu"). Names of cultures the given-name lists do not hold need
// no other cue.

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "candidates.hpp"
#include "extraction_state.hpp"
#include "lexicon.hpp"
#include "person_name_words.hpp"

namespace bulletin::extract {

namespace {

using Range = std::pair<std::size_t, std::size_t>;  // tokens [first, end)

// The token ranges of the people's mentions of two words or more in the body (a single surname's mention of a
// full name's person counts too: it is that person).
std::vector<Range> personMentions(const ExtractionState& st) {
    const auto& t = st.tokens();
    std::vector<Range> out;
    for (const auto& e : st.entities()) {
        if (e.type != EntityType::Person || e.name.find(' ') == std::string::npos) continue;
        for (const auto& m : e.mentions) {
            const std::size_t first = tokenAt(t, m.span.begin);
            std::size_t end = first;
            while (end < t.size() && t[end].end <= m.span.end) ++end;
            if (first >= end || end >= t.size() || st.inHeadline(m.span.begin)) continue;
            out.emplace_back(first, end);
        }
    }
    return out;
}

// Two or three capitalised words that may be a person's, no place among them, nothing else's (a venue's: "... and
// Semakau Landfill").
bool maybeName(const ExtractionState& st, const HeldSpans& held, std::size_t a, std::size_t b) {
    const auto& t = st.tokens();
    if (b - a < 2 || b - a > 3 || held.overlaps(t[a].begin, t[b - 1].end)) return false;
    for (std::size_t k = a; k < b; ++k)
        if (!t[k].isWord() || st.gazetteer().place(t[k].text)) return false;
    return !(endsBodyOrBuilding(t[b - 1].text) && !st.gazetteer().isNameWord(t[b - 1].text));
}

// A list's name no rule read: none of its words a thing's, a title's, a people's or one the release writes in lower
// case ("Insurance Fraud", "Kinoshita Elementary", "Ghostline Labs" in lists with people).
bool personalWords(const ExtractionState& st, std::size_t a, std::size_t b) {
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    // (A given name or a family name some list holds first, or a word shaped like one; a surname last, or such a
    // word that is no plural: "Vyacheslav Volodin", not "Ghostline Labs", "Missing Persons", "In-N-Out Burger".)
    const auto& opening = t[a].text;
    const auto& closing = t[b - 1].text;
    // ("Ahmed El-Sayed", "Ji-hoon Kim": hyphened parts shaped like a name's.)
    if (gz.givenNameCount(opening) < 1 && !lexicons::eastAsianSurnames().contains(opening) &&
        !unlistedSurnameShape(opening) && !hyphenatedNameShape(opening))
        return false;
    if (!gz.isNameWord(closing) && !(unlistedSurnameShape(closing) && !closing.ends_with('s')) &&
        !hyphenatedNameShape(closing))
        return false;
    for (std::size_t k = a; k < b; ++k) {
        const auto& w = t[k].text;
        if (st.writtenInLowerCase(w) || gz.mayStartTitle(w) || gz.countryOfDemonym(w) || isOrganisationHead(w) ||
            lexicons::crimeWords().contains(w) || lexicons::lawWords().contains(w) ||
            lexicons::streetWords().contains(w) || lexicons::buildingWords().contains(w) ||
            lexicons::venueWords().contains(w) || lexicons::programmeWords().contains(w) ||
            lexicons::eventNameWords().contains(w) || lexicons::placeholderNames().contains(w) ||
            lexicons::roleNouns().contains(w) || lexicons::companySuffixes().contains(w))
            return false;
    }
    return true;
}

// "Vladimir Putin and Xi Jinping visited ...": the names "and" joins to each person's mention.
void andPartners(const ExtractionState& st, const HeldSpans& held, const std::vector<Range>& mentions,
                 std::vector<Range>& partners) {
    const auto& t = st.tokens();
    for (const auto& [first, end] : mentions) {
        if (end + 1 < t.size() && t[end].is("and") && nameToken(st, t[end + 1]) &&
            t[end + 1].sentence == t[first].sentence) {
            const std::size_t e2 = nameEnd(st, t, end + 1, 3);
            if (e2 < t.size() && !(t[e2].isWord() && t[e2].capitalized) && maybeName(st, held, end + 1, e2))
                partners.emplace_back(end + 1, e2);
        }
        if (first >= 3 && t[first - 1].is("and") && t[first - 1].sentence == t[first].sentence) {
            std::size_t a = first - 1;
            while (a > 0 && first - 1 - a < 3 && nameToken(st, t[a - 1])) --a;
            if (a < first - 1 && (a == 0 || !(t[a - 1].isWord() && t[a - 1].capitalized)) &&
                nameEnd(st, t, a, 3) == first - 1 && maybeName(st, held, a, first - 1))
                partners.emplace_back(a, first - 1);
        }
    }
}

// The names of the list with commas a person's mention stands in, in order: runs of two or three name words between
// ",", "and" and ", and", none run on by another capitalised word.
std::vector<Range> listAround(const ExtractionState& st, Range seed) {
    const auto& t = st.tokens();
    const std::size_t sentence = t[seed.first].sentence;
    std::vector<Range> before, after;
    // After it.
    for (std::size_t end = seed.second; end < t.size() && after.size() < 16;) {
        std::size_t s = end;
        if (t[s].isPunct(',')) ++s;
        if (s < t.size() && t[s].is("and")) ++s;
        if (s == end || s >= t.size() || t[s].sentence != sentence || !nameToken(st, t[s])) break;
        const std::size_t e = nameEnd(st, t, s, 3);
        if (e < s + 2 || e >= t.size() || (t[e].isWord() && t[e].capitalized)) break;
        after.emplace_back(s, e);
        if (t[s - 1].is("and")) break;  // the list's last name
        end = e;
    }
    // Before it.
    for (std::size_t first = seed.first; first >= 2 && before.size() < 16;) {
        std::size_t sep = first;
        const bool joined = t[sep - 1].is("and");
        if (joined) --sep;
        if (sep >= 1 && t[sep - 1].isPunct(',')) --sep;
        if (sep == first || sep == 0 || t[sep - 1].sentence != sentence) break;
        std::size_t a = sep;
        while (a > 0 && sep - a < 3 && nameToken(st, t[a - 1])) --a;
        if (sep < a + 2 || (a > 0 && t[a - 1].isWord() && t[a - 1].capitalized) || nameEnd(st, t, a, 3) != sep) break;
        before.emplace_back(a, sep);
        first = a;
    }
    std::vector<Range> out(before.rbegin(), before.rend());
    out.push_back(seed);
    out.insert(out.end(), after.begin(), after.end());
    return out;
}

// The names of lists with commas most of whose names (two at least) are people's mentions.
void commaPartners(const ExtractionState& st, const HeldSpans& held, const std::vector<Range>& mentions,
                   std::vector<Range>& partners) {
    const auto& t = st.tokens();
    // (The tokens the mentions cover, marked once: a release of thousands of names asks each list's names in turn.)
    std::vector<bool> mentioned(t.size(), false);
    for (const auto& [first, end] : mentions)
        for (std::size_t k = first; k < end && k < t.size(); ++k) mentioned[k] = true;
    const auto isMention = [&](Range r) {
        for (std::size_t k = r.first; k < r.second; ++k)
            if (mentioned[k]) return true;
        return false;
    };
    std::set<std::size_t> done;  // first tokens of the lists looked at
    for (const auto& seed : mentions) {
        if (seed.second < seed.first + 2) continue;  // (a list of full names: "Loh" and "Chua" are mentions of two)
        const auto list = listAround(st, seed);
        if (list.size() < 3 || !done.insert(list.front().first).second) continue;
        const auto people = static_cast<std::size_t>(std::count_if(list.begin(), list.end(), isMention));
        if (people < 2 || 2 * people <= list.size()) continue;
        for (const auto& r : list)
            if (!isMention(r) && maybeName(st, held, r.first, r.second) && personalWords(st, r.first, r.second))
                partners.push_back(r);
    }
}

// "Moritz Schlarb (moschlar)\n Maytham Alsudany (maytham)\n ...": a list of names one to a line, each line a name
// of two or three words and perhaps a handle in parentheses; most of the lines (two at least) people's mentions.
void linePartners(const ExtractionState& st, const HeldSpans& held, const std::vector<Range>& mentions,
                  std::vector<Range>& partners) {
    const auto& t = st.tokens();
    const auto& sentences = st.tt().sentences;
    std::set<std::size_t> mentionStarts;
    for (const auto& [first, end] : mentions) mentionStarts.insert(first);
    // The name a sentence is, when it is a line holding only a name (and a handle): its tokens, else none.
    auto lineName = [&](const Sentence& s) -> std::optional<Range> {
        const std::size_t a = s.firstToken;
        if (a >= s.endToken || !t[a].paragraphStart || !nameToken(st, t[a])) return std::nullopt;
        const std::size_t b = nameEnd(st, t, a, 3);
        if (b < a + 2 || b > s.endToken) return std::nullopt;
        const bool handle = b + 3 == s.endToken && t[b].isPunct('(') && t[b + 1].isWord() && t[b + 2].isPunct(')');
        if (b != s.endToken && !handle) return std::nullopt;
        return Range{a, b};
    };
    // ("Tagged with:\nAssault\nAssault Weapon\nCerissa Riley\nKidnapping": a page's list of tags, the names among
    // topics. A line right above or below the block that is a short phrase and no sentence makes the block part of
    // a longer list of other things.)
    auto tagNeighbour = [&](std::size_t index) {
        if (index >= sentences.size()) return false;
        const Sentence& s = sentences[index];
        if (s.firstToken >= s.endToken) return false;
        const Token& last = t[s.endToken - 1];
        return s.endToken - s.firstToken <= 4 &&
               !(last.isPunct('.') || last.isPunct(':') || last.isPunct('!') || last.isPunct('?'));
    };
    std::vector<Range> block;
    std::size_t blockFirst = 0, blockEnd = 0;  // sentence indices of the block's lines
    auto close = [&] {
        const auto people = static_cast<std::size_t>(std::count_if(
            block.begin(), block.end(), [&](const Range& r) { return mentionStarts.count(r.first) > 0; }));
        const bool tags = (blockFirst > 0 && tagNeighbour(blockFirst - 1)) || tagNeighbour(blockEnd);
        if (block.size() >= 3 && people >= 2 && 2 * people > block.size() && !tags)
            for (const auto& r : block)
                if (!mentionStarts.count(r.first) && maybeName(st, held, r.first, r.second) &&
                    personalWords(st, r.first, r.second))
                    partners.push_back(r);
        block.clear();
    };
    for (std::size_t si = 0; si < sentences.size(); ++si) {
        if (st.inHeadline(sentences[si].begin)) continue;
        if (const auto name = lineName(sentences[si])) {
            if (block.empty()) blockFirst = si;
            block.push_back(*name);
            blockEnd = si + 1;
        } else {
            close();
        }
    }
    close();
}

}  // namespace

void findListedPeople(ExtractionState& st) {
    const auto& t = st.tokens();
    // The partner must be nobody's yet (the resolver's spans are not claimed).
    const HeldSpans held(st);
    const std::vector<Range> mentions = personMentions(st);
    std::vector<Range> partners;
    andPartners(st, held, mentions, partners);
    commaPartners(st, held, mentions, partners);
    linePartners(st, held, mentions, partners);
    std::sort(partners.begin(), partners.end());
    partners.erase(std::unique(partners.begin(), partners.end()), partners.end());
    for (const auto& [a, b] : partners) {
        if (lexicons::placeholderNames().contains(st.slice(t[a].begin, t[b - 1].end))) continue;  // "victim John Doe"
        const std::string name = cleanName(st.slice(t[a].begin, t[b - 1].end));
        const std::size_t idx = st.addMention(EntityType::Person, name, t[a].begin, t[b - 1].end, "person.list");
        st.entities()[idx].aliases.insert(name);
    }
}

}  // namespace bulletin::extract
