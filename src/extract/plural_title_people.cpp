// People named in a list after a title in the plural: "Ministers Bimal Rathnayake, Anura Karunathilake and Sunil
// Handunnetti", "Deputy Prime Ministers Tatyana Golikova and Marat Khusnullin", "Senators Alex Padilla and Laphonza
// Butler". The plural title vouches for every name of the list, names of cultures the tagger never saw included.

#include <array>
#include <map>
#include <string>
#include <vector>

#include "extraction_state.hpp"
#include "person_titles.hpp"

namespace bulletin::extract {

namespace {

// The singular of a title in the plural ("Ministers" -> "Minister", "Secretaries" -> "Secretary"), or empty.
std::string singularTitle(const ExtractionState& st, std::string_view word) {
    if (word.size() < 4 || word.back() != 's' || word.ends_with("ss")) return {};
    std::string singular(word.substr(0, word.size() - 1));
    if (st.gazetteer().isTitle(singular)) return singular;
    if (word.ends_with("ies")) {
        singular = std::string(word.substr(0, word.size() - 3)) + "y";
        if (st.gazetteer().isTitle(singular)) return singular;
    }
    return {};
}

// The name's words but its initials ("Jane E. Nitze" -> "Jane Nitze"): a full name told once with a middle initial
// and once without is one person's.
std::string withoutInitials(std::string_view name) {
    std::string out;
    std::size_t at = 0;
    while (at < name.size()) {
        std::size_t stop = name.find(' ', at);
        if (stop == std::string_view::npos) stop = name.size();
        const std::string_view word = name.substr(at, stop - at);
        const bool initial = word.size() <= 2 && (word.size() == 1 || word.back() == '.');
        if (!word.empty() && !initial) {
            if (!out.empty()) out += ' ';
            out += word;
        }
        at = stop + 1;
    }
    return out;
}

}  // namespace

void findPeopleAfterPluralTitles(ExtractionState& st) {
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    std::map<std::string, std::string, std::less<>> byPlainName;  // the people named so far, by withoutInitials()
    for (const auto& e : st.entities())
        if (e.type == EntityType::Person) byPlainName.try_emplace(withoutInitials(e.name), e.name);
    for (std::size_t i = 0; i + 4 < t.size(); ++i) {
        if (!t[i].isWord() || !t[i].capitalized || t[i].allCaps) continue;
        std::string singular = singularTitle(st, t[i].text);
        // ("Board Members Jane Nitze and Edward Felten": a title of two words, in the plural by its last.)
        if (singular.empty() && i > 0 && t[i - 1].isWord() && t[i - 1].capitalized &&
            t[i - 1].sentence == t[i].sentence && t[i].text.size() >= 4 && t[i].text.back() == 's' &&
            !t[i].text.ends_with("ss")) {
            const std::string pair =
                std::string(t[i - 1].text) + " " + std::string(t[i].text.substr(0, t[i].text.size() - 1));
            if (st.gazetteer().isTitle(pair)) singular = pair;
        }
        if (singular.empty()) continue;
        // The items: two to four words each (initials with their periods among them), joined by commas and a
        // closing "and".
        struct Item final {
            std::size_t first, end;
        };
        std::vector<Item> items;
        bool closed = false;
        std::size_t k = i + 1;
        while (k < t.size() && t[k].sentence == t[i].sentence && items.size() < 12) {
            std::size_t end = k, words = 0;
            while (end < t.size() && t[end].sentence == t[i].sentence && words < 4) {
                if (personNameWord(st, t[end])) {
                    ++words;
                    ++end;
                } else if (t[end].isPunct('.') && end > k && t[end - 1].text.size() <= 3 && t[end - 1].capitalized &&
                           end + 1 < t.size() && t[end + 1].sentence == t[i].sentence &&
                           personNameWord(st, t[end + 1])) {
                    ++end;  // "W.M. Perera", "S. Handunnetti"
                } else {
                    break;
                }
            }
            if (words < 2) break;
            items.push_back({k, end});
            if (closed) break;
            std::size_t next = afterPartyAffiliation(t, end);
            if (next < t.size() && t[next].isPunct(',')) ++next;
            if (next < t.size() && t[next].is("and")) {
                ++next;
                closed = true;
            } else if (next == end) {
                break;
            }
            if (next >= t.size() || t[next].sentence != t[i].sentence) break;
            k = next;
        }
        // A list that closes with "and" and ends there (not "Ministers Bimal Rathnayake and Anura Karunathilake
        // Street").
        if (!closed || items.size() < 2) continue;
        const std::size_t after = items.back().end;
        if (after < t.size() && t[after].isWord() && t[after].capitalized && t[after].sentence == t[i].sentence)
            continue;
        for (const auto& item : items) {
            const std::size_t begin = t[item.first].begin, end = t[item.end - 1].end;
            if (st.claimed(begin, end) || gz.place(st.slice(begin, end))) continue;
            std::string name(st.slice(begin, end));
            // (Under the name a list told before: "Board Members Jane Nitze and ..." then "Jane E. Nitze".)
            const auto told = byPlainName.try_emplace(withoutInitials(name), name).first;
            name = told->second;
            const std::size_t idx = st.addMention(EntityType::Person, name, begin, end, "person.plural_title");
            if (st.entities()[idx].role.empty()) st.entities()[idx].role = singular;
        }
    }
}

}  // namespace bulletin::extract
