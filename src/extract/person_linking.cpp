#include "person_linking.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>

#include "lexicon.hpp"
#include "person_name_words.hpp"
#include "person_titles.hpp"

namespace bulletin::extract {

namespace {

// Family names -> the people who bear them, each person once, the one named last at the end: "the last person found
// with this surname" as a list of every pair found would say it, in one lookup (a release naming one person a
// thousand times must not make every later lookup walk a thousand pairs).
class SurnameIndex final {
public:
    void add(const std::string& surname, std::size_t entity) {
        auto& people = bySurname_[surname];
        if (const auto it = std::find(people.begin(), people.end(), entity); it != people.end()) people.erase(it);
        people.push_back(entity);
    }
    // The person named last whose surname this is and who satisfies `accept`.
    template <typename Accept>
    [[nodiscard]] std::optional<std::size_t> last(std::string_view surname, Accept accept) const {
        const auto it = bySurname_.find(surname);
        if (it == bySurname_.end()) return std::nullopt;
        for (auto p = it->second.rbegin(); p != it->second.rend(); ++p)
            if (accept(*p)) return *p;
        return std::nullopt;
    }
    [[nodiscard]] std::optional<std::size_t> last(std::string_view surname) const {
        return last(surname, [](std::size_t) { return true; });
    }

private:
    std::map<std::string, std::vector<std::size_t>, std::less<>> bySurname_;
};

}  // namespace

void addPeopleWithLaterMentions(ExtractionState& st, std::vector<NameCandidate> found) {
    const auto& t = st.tokens();
    // Full names first, so that single surnames can link to them.
    std::stable_sort(found.begin(), found.end(), [](const NameCandidate& a, const NameCandidate& b) {
        return (a.end - a.first) > (b.end - b.first);
    });
    SurnameIndex surnames;
    for (const auto& c : found) {
        std::string name = cleanName(st.slice(t[c.first].begin, t[c.end - 1].end));
        const std::size_t nameWords = c.end - c.first;
        std::optional<std::size_t> entity;
        if (nameWords == 1) {
            entity = surnames.last(name);
            if (entity) name = st.entities()[*entity].name;
        }
        // "Paul Devine would provide" after "Paul Shim Devine": the same first and last name is the same person.
        if (nameWords == 2 && c.end == c.first + 2) {
            const std::string given = std::string(t[c.first].text) + " ";
            if (const auto same = surnames.last(
                    t[c.first + 1].text, [&](std::size_t idx) { return st.entities()[idx].name.rfind(given, 0) == 0; }))
                entity = same;
            if (entity) name = st.entities()[*entity].name;
        }
        const std::size_t idx =
            st.addMention(EntityType::Person, name, t[c.mentionFirst].begin, t[c.end - 1].end, c.rule);
        auto& e = st.entities()[idx];
        // (Kept though the body may not name them again.)
        if (c.rule == "person.headline_titled" || c.rule == "person.headline_subject") e.fromBody = true;
        e.aliases.insert(std::string(st.slice(t[c.first].begin, t[c.end - 1].end)));
        if (e.role.empty() && !c.role.empty()) e.role = c.role;
        if (nameWords >= 2) surnames.add(std::string(t[c.end - 1].text), idx);
        // "Baey Yam Keng" ... "Mr Baey": a family name written first is the one an honorific takes.
        if (nameWords == 3 && lexicons::eastAsianSurnames().contains(t[c.first].text) &&
            !st.gazetteer().place(t[c.first].text))
            surnames.add(std::string(t[c.first].text), idx);
    }

    // Every other occurrence of a known full name or surname is a mention of that person (headline included).
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!nameToken(st, t[i]) || st.claimed(t[i].begin, t[i].end) ||
            (mayBeEngineerPrefix(t[i]) && engineerPrefix(st, t, i)))
            continue;
        std::size_t end = nameEnd(st, t, i);
        if (end == i) continue;
        // ("Schiff Secures Funding for ...": in a headline in title case, a headline's verb ends the name.)
        if (st.inHeadline(t[i].begin))
            for (std::size_t k = i + 1; k < end; ++k)
                if (lexicons::headlineVerbs().contains(t[k].text)) {
                    end = k;
                    break;
                }
        const std::string text = cleanName(st.slice(t[i].begin, t[end - 1].end));
        std::optional<std::size_t> entity = st.find(EntityType::Person, text);
        if (!entity) entity = surnames.last(text);
        // "Felix Brito" for "Felix Jacobo Brito": same first and last name.
        if (!entity && end - i >= 2) {
            const std::string given = std::string(t[i].text) + " ";
            entity = surnames.last(t[end - 1].text,
                                   [&](std::size_t idx) { return st.entities()[idx].name.rfind(given, 0) == 0; });
        }
        // "Mr Putin" was found first; "Vladimir Putin" names him in full (a known given name before the surname).
        // (Not a state's word: "the United Kingdom Johnson" names Johnson, not "Kingdom Johnson".)
        const bool stateWord = t[i].capitalized && lexicons::stateWords().contains(t[i].text);
        if (!entity && end - i == 2 && st.gazetteer().givenNameCount(t[i].text) >= 0 && !stateWord) {
            if (auto single = st.find(EntityType::Person, std::string(t[end - 1].text));
                single && st.entities()[*single].name == t[end - 1].text) {
                st.renameEntity(*single, text);
                surnames.add(std::string(t[end - 1].text), *single);
                entity = single;
            }
        }
        if (!entity) continue;
        std::string title;
        const std::size_t start = titleBefore(st, t, i, title);
        st.addMention(EntityType::Person, st.entities()[*entity].name, t[start].begin, t[end - 1].end,
                      "person.coreference");
        st.entities()[*entity].aliases.insert(text);
        i = end - 1;
    }
}

}  // namespace bulletin::extract
