// People: a name after a title or honorific ("Brigadier General Zakariyya Mansoor", "Mr. Kapinos"), a name
// followed by an apposition naming a role ("Mohsin Naqvi, the federal minister of interior"), a name followed by
// an age ("Khalid Akari, 19,"), and names next to speech verbs ("said Tom Brewer"). Later mentions of a known
// person by surname or title + surname link to the same person. Headlines create people only from a title and a
// name that ends the headline's capitalised run (title-case headlines glue verbs onto names: "Kim Ogg Reveals");
// otherwise they only link to people found in the body. Where a title ends and a name begins is person_titles'.

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string>
#include <unordered_set>

#include "event_triggers.hpp"
#include "extraction_state.hpp"
#include "lexicon.hpp"
#include "person_linking.hpp"
#include "person_name_words.hpp"
#include "person_titles.hpp"
#include "speaker_labels.hpp"

namespace bulletin::extract {

namespace {

bool in(std::string_view w, const auto& list) {
    return inLowerList(w, list);
}

// No word of [first, end) names a country or a region or a kind of place (a town's name may be a family name too,
// "Silva"), nor opens with a compass point ("East Mediterranean",
// "Maridi Counties", "Kandy District"): a list of places and their counts, not people and their ages.
bool noPlaceWordIn(const ExtractionState& st, const std::vector<Token>& t, std::size_t first, std::size_t end) {
    if (isCompassPoint(t[first].text)) return false;
    for (std::size_t k = first; k < end; ++k)
        if (const auto* place = st.gazetteer().place(t[k].text);
            t[k].isWord() &&
            ((place && place->kind != PlaceKind::City && !place->weak) || lexicons::placeKinds().contains(t[k].text) ||
             lexicons::capitalisedPlaceKinds().contains(t[k].text) || lexicons::geoFeatures().contains(t[k].text)))
            return false;
    return true;
}

}  // namespace

std::string titleBeforeToken(const ExtractionState& st, std::size_t i) {
    std::string title;
    const auto& t = st.tokens();
    if (i >= t.size()) return title;
    const std::size_t start = titleBefore(st, t, i, title);
    if (start < i && isHonorific(t[start].text)) return {};  // "Mr." is not a role
    return title;
}

// A title and a name of two or three words in the headline that end its capitalised run ("Opening Speech by
// Minister Grace Fu at the ..."), a known given name or family name first, no headline verb nor place among them
// ("President Biden Signs Bill", "Todd Spitzer Prevails": a third word must be a name's): the release names the
// person there, though the body may not again.
static bool titledHeadlineName(const ExtractionState& st, const std::vector<Token>& t, std::size_t first,
                               std::size_t end) {
    if (end - first < 2 || end - first > 3 || t[first].allCaps) return false;
    // (A capitalised word after the name in the headline extends it; the body's first word after it does not.)
    if (end < t.size() && t[end].isWord() && t[end].capitalized && st.inHeadline(t[end].begin)) return false;
    const bool knownFirst = (st.gazetteer().givenNameCount(t[first].text) >= kSubjectGivenNameCount &&
                             (end - first == 2 || st.gazetteer().isNameWord(t[end - 1].text))) ||
                            lexicons::eastAsianSurnames().contains(t[first].text);
    // ("Speech by Senior Minister of State Janil Puthucheary at the ...": after "by" and a title, the name is what
    // a lower-case word or the headline's end closes, whatever the given name.)
    auto spokenBy = [&] {
        if (end < t.size() && st.inHeadline(t[end].begin) && (!t[end].isWord() || t[end].capitalized)) return false;
        std::size_t k = first;
        while (k > 0 && first - k < 8 && t[k - 1].isWord() &&
               (t[k - 1].capitalized || t[k - 1].is("of") || t[k - 1].is("the")))
            --k;
        return k > 0 && k < first && t[k - 1].is("by");
    };
    if (!knownFirst && !spokenBy()) return false;
    for (std::size_t k = first; k < end; ++k) {
        if (!t[k].isWord() || lexicons::headlineVerbs().contains(t[k].text)) return false;
        // A place's name is no person's, unless a town merely shares a family name ("Minister Amy Khor", "Smith").
        // (Nor does a common given name that a town bears too: "Governor of Kursk Region Alexander Khinshtein".)
        const auto* place = st.gazetteer().place(t[k].text);
        const bool townName = place && place->kind == PlaceKind::City &&
                              (k > first ? st.gazetteer().isNameWord(t[k].text)
                                         : st.gazetteer().givenNameCount(t[k].text) >= kSubjectGivenNameCount);
        if (place && !townName) return false;
    }
    return true;
}

// The names a headline gives after a title ("Meeting with Head of Mordovia Artyom Zdunov", "Minister Grace Fu
// Visits ..."): a headline's capitals blur where a name ends, so every run of two or three capitalised words among
// the first five after the title; the body confirms one by writing it.
static std::set<std::string> namesAfterTitlesInHeadline(const ExtractionState& st, const std::vector<Token>& t) {
    std::set<std::string> out;
    for (std::size_t j = 0; j < t.size() && st.inHeadline(t[j].begin); ++j) {
        if (!t[j].isWord() || !t[j].capitalized || !st.gazetteer().mayStartTitle(t[j].text)) continue;
        std::vector<std::string_view> words;
        for (std::size_t k = j; k < t.size() && words.size() < 6 && t[k].isWord(); ++k) words.push_back(t[k].text);
        const std::size_t n = st.gazetteer().titleLength(words);
        if (n == 0) continue;
        std::size_t k = j + n;
        if (k < t.size() && t[k].is("of")) ++k;
        if (k < t.size() && t[k].is("the")) ++k;
        std::vector<std::size_t> run;
        while (k < t.size() && st.inHeadline(t[k].begin) && run.size() < 5 && t[k].isWord() && t[k].capitalized)
            run.push_back(k++);
        // (Not what the title is of: "Meeting with Governor of Tula Region" names a region, not a person "Tula
        // Region", a place or a body.)
        for (std::size_t a = 0; a < run.size(); ++a)
            for (std::size_t len = 2; len <= 3 && a + len <= run.size(); ++len) {
                const std::string_view last = t[run[a + len - 1]].text;
                const std::string_view name = st.slice(t[run[a]].begin, t[run[a + len - 1]].end);
                if (lexicons::placeKinds().contains(last) || endsBodyOrBuilding(last) || st.gazetteer().place(name))
                    continue;
                out.insert(std::string(name));
            }
        j = k > j ? k - 1 : j;
    }
    return out;
}

// "the Minister of Solid Minerals Development, Dr. Emeka Okafor": the name comes after the comma, with its
// honorific, so the run before it is all portfolio.
static bool honorificAfterComma(const std::vector<Token>& t, std::size_t end) {
    return end + 1 < t.size() && t[end].isPunct(',') && t[end + 1].isWord() && t[end + 1].capitalized &&
           t[end + 1].sentence == t[end].sentence && isHonorific(t[end + 1].text);
}

void findPeople(ExtractionState& st) {
    const auto& t = st.tokens();
    // The words the release writes in lower case: a capitalised one among them is a common word, not a surname.
    std::optional<std::unordered_set<std::string>> lowerCaseWordsOnce;
    auto lowerCaseWords = [&]() -> const std::unordered_set<std::string>& {
        if (!lowerCaseWordsOnce) {
            lowerCaseWordsOnce.emplace();
            for (const Token& w : t)
                if (w.isWord() && !w.capitalized && !w.allCaps) lowerCaseWordsOnce->insert(std::string(w.text));
        }
        return *lowerCaseWordsOnce;
    };
    // Tokens inside a title ("Special Agent in Charge") never start a name.
    std::vector<bool> inTitle(t.size(), false);
    for (std::size_t j = 0; j < t.size(); ++j) {
        if (!t[j].isWord() || !t[j].capitalized || !st.gazetteer().mayStartTitle(t[j].text)) continue;
        std::vector<std::string_view> words;
        for (std::size_t k = j; k < t.size() && words.size() < 6 && t[k].isWord(); ++k) words.push_back(t[k].text);
        const std::size_t n = st.gazetteer().titleLength(words);
        for (std::size_t k = j; k < j + n; ++k) inTitle[k] = true;
    }
    // ("Deputy Minister Eng. Kumara Jayakody": an engineer's "Eng." starts no name.)
    for (std::size_t j = 1; j + 3 < t.size(); ++j)
        if (mayBeEngineerPrefix(t[j]) && engineerPrefix(st, t, j)) inTitle[j] = true;
    const std::set<std::string> headlineNames = namesAfterTitlesInHeadline(st, t);
    const SpeakerLabels labels = speakerLabels(st, t);
    const std::set<std::string_view>& speakerLabels = labels.repeated;
    const bool transcript = labels.transcript;
    std::vector<NameCandidate> found;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!nameToken(st, t[i]) || inTitle[i] || st.claimed(t[i].begin, t[i].end)) continue;
        // (A run starts after a body's name too: "Director of the Foreign Intelligence Service Sergei Naryshkin".)
        if (i > 0 && nameToken(st, t[i - 1]) && !inTitle[i - 1] && t[i - 1].sentence == t[i].sentence &&
            !st.claimed(t[i - 1].begin, t[i - 1].end))
            continue;
        std::size_t end = nameEnd(st, t, i);
        // ("Mayor of North East District Baey Yam Keng": a place of three words and a name of three run past five
        // words; the place's end tells where the name starts.)
        if (const std::size_t longer = nameEnd(st, t, i, 7); longer > end) {
            const std::size_t named = nameAfterPlace(st, t, i, longer);
            if (named > i && named <= end && longer - named <= 3 &&
                (lexicons::placeKinds().contains(t[named - 1].text) ||
                 lexicons::capitalisedPlaceKinds().contains(t[named - 1].text)))
                end = longer;
        }
        if (end == i || st.claimed(t[i].begin, t[end - 1].end)) continue;
        // ("The White House said": a seat of government speaks as the body in it, never a person.)
        if (lexicons::landmarkVenues().contains(st.slice(t[i].begin, t[end - 1].end))) continue;
        const std::size_t words =
            static_cast<std::size_t>(std::count_if(t.begin() + static_cast<long>(i), t.begin() + static_cast<long>(end),
                                                   [](const Token& x) { return x.isWord(); }));
        std::string title;
        std::size_t titleStart = titleBefore(st, t, i, title);
        // ("Aide to the President Maxim Oreshkin": the title before the name ends an adviser's or an envoy's.)
        if (titleStart < i && titleStart >= 2 && t[titleStart - 1].is("the") && t[titleStart - 2].is("to")) {
            std::string longer;
            if (const std::size_t start = titleOfBefore(st, t, i, longer); start < titleStart) {
                titleStart = start;
                title = std::move(longer);
            }
        } else if (titleStart + 1 == i && titleStart >= 1 && t[titleStart - 1].is("of") &&
                   lexicons::portfolioWords().contains(t[titleStart].text)) {
            // ("Minister of Justice Ivan Orlov": a portfolio that is a title too, "Justice", ends the minister's
            // title; the whole phrase is the role.)
            std::string longer;
            if (const std::size_t start = titleOfBefore(st, t, i, longer); start < titleStart) {
                titleStart = start;
                title = std::move(longer);
            }
        } else if (titleStart < i && titleStart >= 2 && t[titleStart - 1].is("the") && t[titleStart - 2].is("of")) {
            // ("Head of the Office of the President Andriy Yermak": the title before the name ends what another title
            // is of. That whole phrase is the role; the mention keeps the span it had, so no body's name in the
            // phrase is read any differently.)
            std::string longer;
            if (titleOfBefore(st, t, i, longer) < titleStart) title = std::move(longer);
        }
        // ("Kremlin spokesman Dmitry Peskov said": a title in lower case, its holder's name of two words or more.)
        // (Not before an honorific or a title of its own: "Taliban leader Mullah Abdul Rahman".)
        if (titleStart == i && words >= 2 && !isHonorific(t[i].text) && !st.gazetteer().mayStartTitle(t[i].text)) {
            titleStart = lowerCaseTitleRightBefore(st, t, i);
            if (titleStart < i) title = std::string(st.slice(t[titleStart].begin, t[i - 1].end));
        }
        const bool honorific = titleStart < i && isHonorific(t[titleStart].text);
        NameCandidate c{i, end, "", "", titleStart};
        // The run follows a body's name the organisation rules ended there ("... Foreign Intelligence Service Sergei
        // Naryshkin and ..."): it is no more of that name.
        const bool afterBody = i > 0 && st.claimed(t[i - 1].begin, t[i - 1].end) && t[i - 1].capitalized;
        // "DR Congo": capitals that spell an honorific before a country's name.
        const bool countryAfterHonorific = honorific && words == 1 && t[titleStart].allCaps &&
                                           st.gazetteer().place(st.slice(t[titleStart].begin, t[i].end));
        // "Sgt. Malik", "Police Sergeant Perera": a title and a surname alone, a name's word that is no body's,
        // place's, title's or building's word, the run ending there. (Asked only of a title and one word.)
        auto titledSurname = [&] {
            if (!(titleStart < i && words == 1 && end == i + 1 && t[i].capitalized && !t[i].allCaps)) return false;
            // (Not a given name alone, "First Lady Michelle"; nor a word the release writes in lower case too,
            // "Meeting"; nor a name's last word after a word that looks like a title, "Randall Dean Saylor", "Ng Sen
            // Beng".)
            if (titleStart > 0 && t[titleStart - 1].isWord() && t[titleStart - 1].capitalized &&
                t[titleStart - 1].sentence == t[i].sentence)
                return false;
            // (The sentence goes on after it on the same line, not with a number, "Officer Doe 1", nor with more of
            // a name or a place, "Major Crimes & Intelligence Unit", "Imam Sahib district", "Fremont Ave.".)
            if (end >= t.size() || t[end].sentence != t[i].sentence || st.lineBreakBetween(i, end) ||
                t[end].kind == TokenKind::Number || t[end].is("&") || lexicons::geoSuffixes().contains(t[end].text) ||
                lexicons::streetWords().contains(t[i].text) || event_detail::matchTrigger(t, i).trigger)
                return false;
            // (A title that is an adjective too names no one alone: "General Fund", "Major Crimes"; a placeholder's
            // surname is no one's, "Officer Doe".)
            if (titleStart + 1 == i && lexicons::adjectiveTitles().contains(t[titleStart].text)) return false;
            const std::string word(t[i].text);
            if (lexicons::placeholderNames().contains("John " + word) ||
                lexicons::placeholderNames().contains("Jane " + word))
                return false;
            // (A rank of two words or more, "Woman Police Constable Dilrukshi", "Police Sergeant Wanniarachchi",
            // names a person by a word no list of names has: the lists are thin outside the English-speaking world.)
            const bool rankOfWords =
                i - titleStart >= 2 && lexicons::rankWords().contains(t[i - 1].text) && unlistedSurnameShape(word);
            return (st.gazetteer().isNameWord(word) || rankOfWords) && st.gazetteer().givenNameCount(word) < 1000 &&
                   !lowerCaseWords().count(lower(word)) && !isOrganisationHead(word) &&
                   !st.gazetteer().mayStartTitle(word) && !st.gazetteer().place(word) && !endsBodyOrBuilding(word) &&
                   !isCalendarWord(word) && !isFunctionWord(word) && !lexicons::capitalisedPlaceKinds().contains(word);
        };
        if (titleStart < i && (words >= 2 || honorific || titledSurname()) && !countryAfterHonorific) {
            c.rule = honorific ? "person.honorific" : "person.title";
            if (!honorific) c.role = title;
            // "Senior DIG Western Province Deshabandu Tennakoon": the province or country an officer serves, between
            // the title and the name, is the title's (and a place of its own), not the name's first words.
            if (!honorific && words >= 4)
                for (std::size_t k = i; k + 2 < end; ++k) {
                    const auto* place = st.gazetteer().place(t[k].text);
                    // (Capitalised, and no common given name: a name's particle or first name is no place, "Ingrid
                    // van der Molen", "Jordan ...".)
                    const bool region =
                        t[k].capitalized &&
                        (lexicons::capitalisedPlaceKinds().contains(t[k].text) ||
                         (place && (place->kind == PlaceKind::Country || place->kind == PlaceKind::Region) &&
                          !place->weak && st.gazetteer().givenNameCount(t[k].text) < 1000));
                    if (!region || end - (k + 1) > 3 || st.gazetteer().place(t[k + 1].text)) continue;
                    c.role = std::string(st.slice(t[titleStart].begin, t[k].end));
                    c.first = k + 1;
                    c.mentionFirst = c.first;
                    break;
                }
        } else if (std::string of; words >= (portfolioRun(t, i, end) && !afterBody ? 3 : 2) &&
                                   !titlePortfolioFields(st, t, i, end) && !bodyRunsOn(st, t, end) &&
                                   !bodyWordsEnd(st, t, lastTwoWords(t, i, end), end) && !honorificAfterComma(t, end) &&
                                   !endsBodyOrBuilding(t[end - 1].text) &&
                                   titleOfBefore(st, t, lastTwoWords(t, i, end), of) < lastTwoWords(t, i, end)) {
            // "President of Ukraine Volodymyr Zelenskyy"; "Minister of Economy Yulia Svyrydenko", where what the
            // title is of runs into the name: the name is the last two words (an initial between them stays; not
            // "the managing director of USC Marshall School’s ...", a body's word last).
            c.first = nameAfterPlace(st, t, i, end);
            c.rule = "person.title";
            c.role = of;
            // (A name of three words: the title ends before it, "Ambassador of ... Algeria" of "... Algeria Djihad
            // Eddine Belkas".)
            if (const std::size_t last = lastTwoWords(t, i, end); c.first < last && c.first > 0) {
                std::string ignored;
                const std::size_t start = titleOfBefore(st, t, last, ignored);
                std::size_t roleEnd = c.first;  // (not a connector left before the name: "Director of Emersion and")
                while (roleEnd > start + 1 && t[roleEnd - 1].isWord() && !t[roleEnd - 1].capitalized) --roleEnd;
                if (start < roleEnd) c.role = std::string(st.slice(t[start].begin, t[roleEnd - 1].end));
            }
            c.mentionFirst = c.first;  // the place or body in the title counts on its own ("Ukraine")
        } else if (std::string of; words >= 2 && end + 1 < t.size() && t[end].isPunct(',') &&
                                   !(portfolioRun(t, i, end) && titleOfBefore(st, t, i, of) < i) &&
                                   !titlePortfolioFields(st, t, i, end)) {
            // (Not what a title is of: "The Minister of Home Affairs, Dr Aaron Motsoaledi, ...", "the Minister of
            // Public Administration, Home Affairs, Provincial Councils and Local Government".)
            // (Nor a place: "at his office in Banjara Hills, Commissioner of Police C.V. Anand said".)
            const bool placeBefore = i > 0 && t[i - 1].isWord() && isLocativePreposition(t[i - 1].text);
            const bool placeWordLast = lexicons::geoFeatures().contains(t[end - 1].text) ||
                                       lexicons::capitalisedPlaceKinds().contains(t[end - 1].text);
            // (Nor a place in a list of officials and their towns: "Leslie Daigle, Newport Beach, Council Member
            // Tyler Diep, Westminster".)
            if (placeBefore || placeWordLast || st.gazetteer().place(st.slice(t[i].begin, t[end - 1].end))) {
                // left to the place rules
            } else if (auto role = appositionRole(st, t, end); !role.empty()) {
                c.rule = "person.apposition";
                c.role = role;
            } else if (end + 2 < t.size() && (t[end + 1].is("a") || t[end + 1].is("an")) &&
                       lexicons::personNouns().contains(t[end + 2].text) && t[end + 2].sentence == t[i].sentence &&
                       !endsBodyOrBuilding(t[end - 1].text)) {
                // "Dhammika Perera, a resident of the area, told police": what the person is, after the name.
                c.rule = "person.apposition";
            } else if (t[end + 1].kind == TokenKind::Number && t[end + 1].text.size() <= 2 &&
                       (end + 2 >= t.size() || t[end + 2].isPunct(',') || t[end + 2].isPunct(';') ||
                        t[end + 2].isPunct('.') || t[end + 2].isPunct(')'))) {
                c.rule = "person.age";
            }
            // ("Inmate Fermin Hernandez, 40,", "Defendant Jose Quintana, 33,": what the person is, capitalised as a
            // label before the name, is no word of it.)
            const bool labelled = c.rule == "person.age" || c.rule == "person.apposition";
            if (labelled && end - c.first >= 3 && t[c.first].capitalized &&
                (lexicons::roleNouns().contains(t[c.first].text) || lexicons::crimeWords().contains(t[c.first].text) ||
                 lexicons::courtWords().contains(t[c.first].text))) {
                c.role = c.role.empty() ? std::string(t[c.first].text) : c.role;
                ++c.first;
            }
        }
        // "Tan Kwee Heng", "Lim Siew Ling": a family name first and a two-part given name, three words that are
        // neither places nor common given names of their own.
        if (c.rule.empty() && words == 3 && end - i == 3 && lexicons::eastAsianSurnames().contains(t[i].text) &&
            !townOrLarger(st, t[i + 1].text) && !townOrLarger(st, t[i + 2].text) && !isCompassPoint(t[i + 1].text) &&
            !isCompassPoint(t[i + 2].text) && !endsBodyOrBuilding(t[i + 1].text) &&
            !endsBodyOrBuilding(t[i + 2].text) &&  // ("Dinh Law Firm")
            t[i + 1].text.size() <= 6 && t[i + 2].text.size() <= 6 && !inPlaceList(t, i))
            c.rule = "person.family_name_first";
        // "Nimal Fernando (42) of Moratuwa", "W. Perera (35 years) was arrested": an age in brackets after the name,
        // as police reports in Sri Lanka and much of Europe write it (not a body's, a building's or a place's words,
        // "Police Division (12)", "East Mediterranean (10)", nor a count after one word, "Victims (12)"; an age of
        // two digits: "Maridi Counties (1)" counts cases).
        // (A space before the bracket and no digit in the name: not "Section S17(2)".)
        if (c.rule.empty() && words >= 2 && afterBracketedAge(t, end) > end && t[end].begin > t[end - 1].end &&
            st.slice(t[i].begin, t[end - 1].end).find_first_of("0123456789") == std::string_view::npos &&
            noPlaceWordIn(st, t, i, end) && t[end].sentence == t[i].sentence && !endsBodyOrBuilding(t[end - 1].text) &&
            !bodyWordsEnd(st, t, lastTwoWords(t, i, end), end) &&
            !st.gazetteer().place(st.slice(t[i].begin, t[end - 1].end)))
            c.rule = "person.age";
        if (c.rule.empty() && words >= 2 && i >= 2 && t[i - 1].isPunct(',') && t[i - 2].isWord() &&
            lexicons::relationNouns().contains(t[i - 2].text) && end < t.size() &&
            (t[end].isPunct(',') || t[end].isPunct('.')))
            c.rule = "person.relation_apposition";
        // "a nurse named Georgia Wixted", "the suspect, identified as Ruwan Kumara alias ...": a name given
        // as someone's (not "was named Player of the Year", an honour; nor a body's or a place's words last).
        if (c.rule.empty() && words >= 2 && i >= 2 && t[i - 1].sentence == t[i].sentence &&
            ((t[i - 1].is("named") &&
              !in(t[i - 2].text, std::array<std::string_view, 7>{"was", "were", "is", "are", "been", "be", "being"})) ||
             (t[i - 1].is("as") && t[i - 2].is("identified"))) &&
            !endsBodyOrBuilding(t[end - 1].text) && !bodyWordsEnd(st, t, lastTwoWords(t, i, end), end) &&
            !st.gazetteer().place(st.slice(t[i].begin, t[end - 1].end)))
            c.rule = "person.named";
        // "the Prime Minister of Sweden, Ulf Kristersson, ...": a title of a place, a comma, the name (not a list:
        // "Director of Social Services Larry Leamon, Public Defender Carl Holmes, ...").
        if (std::string of; c.rule.empty() && words >= 2 && words <= 4 && i >= 4 && t[i - 1].isPunct(',') &&
                            end < t.size() && (t[end].isPunct(',') || t[end].isPunct('.') || t[end].isPunct(';')) &&
                            t[i - 2].isWord() && t[i - 2].capitalized && st.gazetteer().place(t[i - 2].text) &&
                            titleOfBefore(st, t, i - 1, of) < i - 1 &&
                            !st.gazetteer().place(st.slice(t[i].begin, t[end - 1].end))) {
            c.rule = "person.title";
            c.role = of;
        }
        // "the Minister of Foreign Affairs, Wopke Hoekstra, ...", "the European Commissioner for Climate Action,
        // Wopke Hoekstra.": a title with its article, a comma and the name (weighed as an apposition: "the Minister
        // of Health, Public Health and ..." is a list of portfolios).
        if (c.rule.empty() && words >= 2 && words <= 4 && i >= 4 && t[i - 1].isPunct(',') && end < t.size() &&
            (t[end].isPunct(',') || t[end].isPunct('.') || t[end].isPunct(';')) &&
            !st.gazetteer().place(st.slice(t[i].begin, t[end - 1].end)) && !titlePortfolioFields(st, t, i, end)) {
            std::string role;
            std::size_t start = titleOfBefore(st, t, i - 1, role);
            if (start == i - 1) start = titleBefore(st, t, i - 1, role);
            std::size_t article = start;
            // (And a rank's modifier the title list left out: "The Senior Deputy Inspector General of Police in
            // charge of the Western Province, Nimal Perera,".)
            for (std::size_t skipped = 0;
                 skipped < 2 && article > 0 &&
                 (roleAdjective(st, t[article - 1]) ||
                  (t[article - 1].capitalized &&
                   inLowerList(t[article - 1].text,
                               std::array<std::string_view, 6>{"senior", "acting", "chief", "additional", "principal",
                                                               "joint"})));
                 ++skipped)
                --article;
            // (The article opening the sentence too: "The Minister of Health, Kavrel Ondumasi, said".)
            if (start < i - 1 && !isHonorific(t[start].text) && article > 0 &&
                (t[article - 1].is("the") || t[article - 1].is("The"))) {
                c.rule = "person.apposition";
                c.role = role;
            }
        }
        if (c.rule.empty() && words >= 2) {
            const bool verbBefore = i > 0 && t[i - 1].isWord() && lexicons::speechVerbs().contains(t[i - 1].text);
            const bool verbAfter = end < t.size() && t[end].isWord() && lexicons::speechVerbs().contains(t[end].text) &&
                                   !in(t[end].text, std::array<std::string_view, 1>{"according"});
            // ("South Korea says": a country or region speaks through its government.)
            const auto* place = st.gazetteer().place(st.slice(t[i].begin, t[end - 1].end));
            const bool stateSpeaks = place && (place->kind == PlaceKind::Country || place->kind == PlaceKind::Region);
            // ("said Saddleback Church Pastor Rick Warren": a run a title follows is the holder's body, the speaker
            // the title's holder.)
            const bool titleAfter = end < t.size() && t[end].isWord() && t[end].capitalized &&
                                    t[end].sentence == t[i].sentence && st.gazetteer().mayStartTitle(t[end].text);
            if ((verbBefore || verbAfter) && !stateSpeaks && !(titleAfter && !verbAfter)) {
                c.rule = "person.speech";
                // ("... in charge of the Western Province Ajith Rohana said": a region's name ends before the name.)
                for (std::size_t k = end - 2; k > i + 1; --k)
                    if (t[k - 1].isWord() && t[k - 1].capitalized &&
                        lexicons::capitalisedPlaceKinds().contains(t[k - 1].text)) {
                        c.first = c.mentionFirst = k;
                        break;
                    }
            }
        }
        // "Vladimir Putin: Mr Shapsha, let us begin": a transcript's speaker, named at the start of a paragraph
        // before a colon and what they said on the same line ("Media Contacts:" ends its line).
        // (A transcript gives each speaker the floor again: a label at the start of two paragraphs is a speaker's
        // whatever the given name, "Fyodor Lukyanov:".)
        if (c.rule.empty() && words >= 2 && words <= 4 && t[i].paragraphStart && end + 1 < t.size() &&
            t[end].isPunct(':') && st.text().substr(t[end].end, 1) == " " && t[end + 1].begin > t[end].end &&
            !st.lineBreakBetween(end, end + 1) && !st.gazetteer().place(t[i + 1].text) &&
            !st.gazetteer().place(st.slice(t[i].begin, t[end - 1].end)) && (words == 2 || t[end + 1].isWord()) &&
            !endsBodyOrBuilding(t[end - 1].text) &&
            (st.gazetteer().givenNameCount(t[i].text) >= kSubjectGivenNameCount ||
             speakerLabels.count(st.slice(t[i].begin, t[end - 1].end)) ||
             (transcript && transcriptLabelIsName(st, t, i, end))))
            c.rule = "person.speaker";  // (a press contact's number after two words: "Jose Morfin: (714) ...")
        // "Vladimir Putin held talks", "Grace Fu visited": a known given name and a surname, then what they did.
        // (A surname may be a small town's too, "Jeannette Hughes", "Paul Devine"; not the two words of a city's
        // name, "Saint Paul".)
        // ("Andreas Tille has been elected", "Dana Reyes was appointed": a passive of what was done to them.)
        std::size_t participle =
            end < t.size() && t[end].isWord() &&
                    inLowerList(t[end].text, std::array<std::string_view, 4>{"has", "have", "was", "is"})
                ? end + 1
                : t.size();
        if (participle < t.size() && t[participle].is("been")) ++participle;
        // (Only to an office: "Sanford Health was acquired", "Irvine Spectrum was evacuated" are no people.)
        const bool passive =
            participle < t.size() && t[participle].sentence == t[i].sentence && t[i].sentenceStart &&
            inLowerList(t[participle].text,
                        std::array<std::string_view, 10>{"elected", "re-elected", "appointed", "reappointed", "named",
                                                         "nominated", "sworn", "promoted", "selected", "chosen"}) &&
            (participle > end + 1 || !t[end].is("has"));
        if (c.rule.empty() && words == 2 && end - i == 2 && end < t.size() && t[end].isWord() && !t[end].capitalized &&
            (isSpeechOrActionVerb(t[end].text) || passive) &&
            st.gazetteer().givenNameCount(t[i].text) >= kSubjectGivenNameCount &&
            !townOrLarger(st, t[i + 1].text, kPlaceOfNotePopulation) &&
            !st.gazetteer().place(st.slice(t[i].begin, t[i + 1].end)))
            c.rule = "person.subject";
        // "Vladimir Putin, who is in China on a state visit, held talks": a known given name and a surname, then a
        // clause about who the person is. (Not people in the plural, "approached Park Rangers, who had stopped",
        // "Jane Does, who": a second word ending in "s" must be a listed name, "Myers".)
        const std::string_view second = end - i == 2 ? t[i + 1].text : std::string_view{};
        const bool plural = second.size() > 3 && second.back() == 's' &&
                            (!st.gazetteer().isNameWord(second) ||
                             lexicons::placeholderNames().contains(std::string(t[i].text) + " " +
                                                                   std::string(second.substr(0, second.size() - 1))));
        if (c.rule.empty() && words == 2 && end - i == 2 && end + 1 < t.size() && t[end].isPunct(',') &&
            (t[end + 1].is("who") || t[end + 1].is("whose")) && !plural &&
            st.gazetteer().givenNameCount(t[i].text) >= kSubjectGivenNameCount &&
            !townOrLarger(st, t[i + 1].text, kPlaceOfNotePopulation) &&
            !st.gazetteer().place(st.slice(t[i].begin, t[i + 1].end)))
            c.rule = "person.subject";
        // "Vladimir Putin and Xi Jinping visited": two names of two words joined by "and", then what they did; one
        // known given name vouches for both.
        auto twoWordName = [&](std::size_t a) {
            return a + 1 < t.size() && nameToken(st, t[a]) && nameToken(st, t[a + 1]) &&
                   !st.gazetteer().place(t[a + 1].text);
        };
        auto knownGiven = [&](std::size_t a) {
            return st.gazetteer().givenNameCount(t[a].text) >= kSubjectGivenNameCount;
        };
        auto verbAt = [&](std::size_t k) {
            return k < t.size() && t[k].isWord() && !t[k].capitalized && lexicons::actionVerbs().contains(t[k].text);
        };
        if (c.rule.empty() && words == 2 && end - i == 2 && end + 3 < t.size() && t[end].is("and") &&
            twoWordName(end + 1) && !(t[end + 3].isWord() && t[end + 3].capitalized) && verbAt(end + 3) &&
            (knownGiven(i) || knownGiven(end + 1)) && !st.gazetteer().place(t[i + 1].text))
            c.rule = "person.subject";
        if (c.rule.empty() && words == 2 && end - i == 2 && i >= 3 && t[i - 1].is("and") && twoWordName(i - 3) &&
            !(i >= 4 && t[i - 4].isWord() && t[i - 4].capitalized) && verbAt(end) &&
            (knownGiven(i) || knownGiven(i - 3)) && !st.gazetteer().place(t[i + 1].text))
            c.rule = "person.subject";
        // "Contact:\nMark Macaulay\nMedia Relations Director": the release's own press contact, named after the label.
        // (The name ends with its line: the contact's title follows on the next.) The label may be gone with the
        // page's chrome: a name alone on its line over a line with a title or a telephone number is a contact too.
        if (c.rule.empty() && words >= 2 && st.gazetteer().givenNameCount(t[i].text) >= kSubjectGivenNameCount) {
            std::size_t lineEnd = i + 1;
            while (lineEnd < t.size() && lineEnd < i + 5 && !st.lineBreakBetween(lineEnd - 1, lineEnd)) ++lineEnd;
            const bool labelled =
                i >= 2 && t[i - 1].isPunct(':') && t[i - 2].isWord() &&
                inLowerList(t[i - 2].text, std::array<std::string_view, 3>{"contact", "contacts", "spokesperson"});
            bool overTitle = false;
            if (!labelled && i > 0 && st.lineBreakBetween(i - 1, i) && lineEnd < t.size() && lineEnd <= end + 4) {
                if (t[lineEnd].isPunct('(') && lineEnd + 1 < t.size() && t[lineEnd + 1].kind == TokenKind::Number) {
                    overTitle = true;
                } else {
                    for (std::size_t k = lineEnd; k < t.size() && k < lineEnd + 5 && t[k].isWord() && !overTitle; ++k)
                        overTitle =
                            st.gazetteer().isTitle(t[k].text) ||
                            inLowerList(t[k].text, std::array<std::string_view, 2>{"spokesperson", "spokesman"});
                }
            }
            if ((labelled || overTitle) && lineEnd - i >= 2 && lineEnd - i <= 3 && lineEnd <= end &&
                !st.gazetteer().place(st.slice(t[i].begin, t[lineEnd - 1].end)) &&
                !endsBodyOrBuilding(t[lineEnd - 1].text) && !st.gazetteer().mayStartTitle(t[lineEnd - 1].text)) {
                c.end = lineEnd;
                c.rule = "person.contact";
            }
        }
        // "Vladimir Putin and President of Turkey Recep Tayyip Erdogan held talks": a sentence opened by a known given
        // name and a surname, then "and" and a title or another name.
        if (c.rule.empty() && words == 2 && end - i == 2 && t[i].sentenceStart && end + 1 < t.size() &&
            t[end].is("and") && t[end + 1].isWord() && t[end + 1].capitalized && !t[end + 1].allCaps &&
            (st.gazetteer().mayStartTitle(t[end + 1].text) || knownGiven(end + 1)) && knownGiven(i) &&
            !st.gazetteer().place(t[i + 1].text) && !st.gazetteer().place(st.slice(t[i].begin, t[i + 1].end)) &&
            !endsBodyOrBuilding(t[i + 1].text))
            c.rule = "person.subject";
        // "Artyom Zdunov briefed the President" under the headline "Meeting with Head of Mordovia Artyom Zdunov".
        if (c.rule.empty() && words >= 2 && !st.inHeadline(t[i].begin) &&
            headlineNames.count(std::string(st.slice(t[i].begin, t[end - 1].end))))
            c.rule = "person.headline_title";
        if (c.rule.empty()) continue;
        // In the headline, only a title and a name (titledHeadlineName), a letterhead's press contact, or a known
        // given name and a surname that a headline in sentence case opens with, then what they did in lower case
        // ("Vladimir Putin held talks with ...": a headline in title case capitalises the verb, "Todd Spitzer
        // Creates ...", and the subject rule does not read it).
        if (st.inHeadline(t[i].begin) && c.rule == "person.subject") {
            c.rule = "person.headline_subject";
        } else if (st.inHeadline(t[i].begin) && c.rule != "person.contact") {
            if ((c.rule != "person.title" && c.rule != "person.honorific") ||
                !titledHeadlineName(st, t, c.first, c.end))
                continue;
            c.rule = "person.headline_titled";
        }
        // ("the leader of the Orange County Mexican Mafia", "Singaporean Koh Seng Lee, 55,": a people's adjective opens
        // no person's name, unless it is a common given name too, "Norman"; what follows is the name when two words or
        // more are left.)
        if (st.gazetteer().countryOfDemonym(t[c.first].text) && st.gazetteer().givenNameCount(t[c.first].text) < 1000) {
            if (c.end < c.first + 3) continue;
            if (c.mentionFirst == c.first) c.mentionFirst = c.first + 1;
            ++c.first;
        }
        if (lexicons::placeholderNames().contains(st.slice(t[c.first].begin, t[c.end - 1].end)))
            continue;  // "Jane Doe"
        found.push_back(c);
    }

    addPeopleWithLaterMentions(st, std::move(found));
}

}  // namespace bulletin::extract
