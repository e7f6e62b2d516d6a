// People named as the object of a verb done to a person: "The team thanks Cyril Brulebois for his work", "The
// Minister congratulated Olena Kovalchuk on her appointment", "Police arrested Nuwan Pradeep Kumara yesterday",
// "Vladimir Putin met Kassym-Jomart Tokayev." No title, honorific or age stands before such a name, and the
// tagger, which never saw names of most cultures, misses many; the verb is the cue. Two or three capitalised words
// that are no place, body, title or calendar word, right after the verb and before the sentence goes on in lower
// case or ends.

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "core/date_scanner.hpp"
#include "extraction_state.hpp"
#include "lexicon.hpp"
#include "person_name_words.hpp"
#include "person_titles.hpp"

namespace bulletin::extract {

namespace {

// "Feb." of "arrested Casini Feb. 3": a month written short, before its period or the day.
bool shortMonth(const std::vector<Token>& t, std::size_t k) {
    // (Full names and "May" are calendar words, which personNameWord has already refused.)
    return monthFromName(t[k].text) != 0 && k + 1 < t.size() &&
           (t[k + 1].isPunct('.') || t[k + 1].kind == TokenKind::Number);
}

// "by" after a verb's past participle in lower case at token i - 1: the agent of a passive follows.
bool agentAfterPassive(const std::vector<Token>& t, std::size_t i) {
    if (i < 2 || !t[i - 1].is("by") || t[i - 2].sentence != t[i].sentence) return false;
    const Token& verb = t[i - 2];
    if (!verb.isWord() || verb.capitalized) return false;
    static constexpr std::array<std::string_view, 12> kIrregular{"led",    "written", "given", "run",  "won",  "chosen",
                                                                 "taught", "built",   "sent",  "told", "made", "held"};
    return (verb.text.size() > 4 && verb.text.ends_with("ed") && !verb.text.ends_with("eed")) ||
           std::find(kIrregular.begin(), kIrregular.end(), verb.text) != kIrregular.end();
}

// "Sunil Perera was arrested yesterday", "Ruwan Kumara (34) was remanded": the same verb's passive, the name its
// subject opening the sentence; two or three name words, no more capitals before the verb.
void findPassiveSubjectPeople(ExtractionState& st) {
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    for (std::size_t i = 0; i + 3 < t.size(); ++i) {
        if (!t[i].sentenceStart || st.inHeadline(t[i].begin)) continue;
        std::size_t end = i;
        while (end < t.size() && end < i + 3 && t[end].sentence == t[i].sentence && personNameWord(st, t[end]) &&
               !t[end].allCaps && !shortMonth(t, end))
            ++end;
        if (end - i < 2) continue;
        // (An age in brackets between the name and the verb, and the town the person is of: "Sunil Perera (42) of
        // Horana was arrested".)
        std::size_t be = afterBracketedAge(t, end);
        if (be + 1 < t.size() && t[be].is("of")) {
            std::size_t town = be + 1;
            while (town < t.size() && town < be + 3 && t[town].isWord() && t[town].capitalized && !t[town].allCaps &&
                   t[town].sentence == t[i].sentence && !isOrganisationHead(t[town].text) &&
                   !isFunctionWord(t[town].text))
                ++town;
            if (town > be + 1) be = town;
        }
        if (be + 1 >= t.size() || !(t[be].is("was") || t[be].is("were")) || t[be + 1].sentence != t[i].sentence ||
            !t[be + 1].isWord() || t[be + 1].capitalized || !t[be + 1].text.ends_with("ed") ||
            !lexicons::personObjectVerbs().contains(t[be + 1].text))
            continue;
        bool name = true;
        for (std::size_t k = i; k < end && name; ++k)
            name = !gz.place(t[k].text) && !gz.agencyByName(t[k].text) && !gz.countryOfDemonym(t[k].text) &&
                   !lexicons::placeholderNames().contains(t[k].text) && !gz.mayStartTitle(t[k].text);
        const std::string_view whole = st.slice(t[i].begin, t[end - 1].end);
        if (!name || gz.place(whole) || gz.agencyByName(whole) || lexicons::placeholderNames().contains(whole) ||
            st.claimed(t[i].begin, t[end - 1].end))
            continue;
        st.addMention(EntityType::Person, std::string(whole), t[i].begin, t[end - 1].end, "person.object");
        i = end;
    }
}

}  // namespace

void findObjectNamedPeople(ExtractionState& st) {
    findPassiveSubjectPeople(st);
    const auto& t = st.tokens();
    const auto& gz = st.gazetteer();
    for (std::size_t i = 1; i + 1 < t.size(); ++i) {
        const Token& verb = t[i - 1];
        if (!verb.isWord() || verb.capitalized || verb.sentence != t[i].sentence || st.inHeadline(verb.begin)) continue;
        // ("maintained by Holger Levsen", "led by Raphaël Hertzog": a passive's agent, a given name first; not a
        // place's article, "followed by La Asunta".)
        if (!lexicons::personObjectVerbs().contains(verb.text) &&
            !(agentAfterPassive(t, i) && t[i].text.size() >= 3 && gz.givenNameCount(t[i].text) >= 100))
            continue;
        // ("Police arrested H.M. Wijesinghe yesterday": initials written together may open the name.)
        std::size_t end = i;
        while (end < t.size() && end < i + 3 && t[end].sentence == t[i].sentence && personNameWord(st, t[end]) &&
               (!t[end].allCaps || (end == i && initialsWrittenTogether(t[end].text))) && !shortMonth(t, end))
            ++end;
        if (end - i < 2) continue;
        // What follows ends the name: a lower-case word, punctuation or the sentence's end ("met Kassym-Jomart
        // Tokayev.", "arrested Nuwan Pradeep Kumara yesterday"); not more capitals ("met Deutsche Bank Chairman").
        if (end < t.size() && t[end].sentence == t[i].sentence && t[end].isWord() && t[end].capitalized) continue;
        bool name = true;
        for (std::size_t k = i; k < end && name; ++k) {
            const auto* place = gz.place(t[k].text);
            // ("congratulated Sri Lanka", "welcomed Singapore Airlines": a place among the words; "Georgia Smith"
            // keeps a region that is also a common given name first.)
            const bool placeWord = place && !(k == i && gz.givenNameCount(t[k].text) >= 1000);
            name = !placeWord && !gz.agencyByName(t[k].text) && !gz.countryOfDemonym(t[k].text) &&
                   !lexicons::placeholderNames().contains(t[k].text);
        }
        if (!name) continue;
        const std::string_view whole = st.slice(t[i].begin, t[end - 1].end);
        if (gz.place(whole) || gz.agencyByName(whole) || lexicons::placeholderNames().contains(whole) ||
            st.claimed(t[i].begin, t[end - 1].end))
            continue;
        st.addMention(EntityType::Person, std::string(whole), t[i].begin, t[end - 1].end, "person.object");
        i = end;
    }
}

}  // namespace bulletin::extract
