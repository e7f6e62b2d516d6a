// Where a person's title ends and the name begins (see person_titles.hpp).

#include "person_titles.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "lexicon.hpp"

namespace bulletin::extract {

bool isHonorific(std::string_view w) {
    return lexicons::honorifics().contains(w);
}

bool engineerPrefix(const ExtractionState& st, const std::vector<Token>& t, std::size_t j) {
    return j > 0 && j + 3 < t.size() && (t[j].is("Eng") || t[j].is("Engr")) && t[j + 1].isPunct('.') &&
           t[j].end == t[j + 1].begin && t[j - 1].isWord() && t[j - 1].capitalized && !st.lineBreakBetween(j, j + 2) &&
           t[j + 2].isWord() && t[j + 2].capitalized && !isFunctionWord(t[j + 2].text) && t[j + 3].isWord() &&
           t[j + 3].capitalized;
}

bool personNameWord(const ExtractionState& st, const Token& w) {
    if (!w.isWord() || !w.capitalized) return false;
    if (w.allCaps && w.text.size() > 1 && w.text.find('.') == std::string_view::npos) return false;
    return !isOrganisationHead(w.text) && !isFunctionWord(w.text) && !isCalendarWord(w.text) &&
           !st.gazetteer().mayStartTitle(w.text) && !lexicons::buildingWords().contains(w.text) &&
           !lexicons::programmeWords().contains(w.text) && !lexicons::lawWords().contains(w.text);
}

std::size_t titleBefore(const ExtractionState& st, const std::vector<Token>& t, std::size_t i, std::string& title) {
    // Longest title ending right before token i (allowing "Mr." with its period, and "Brig. Gen." with one after
    // each abbreviated word: the periods are tokens of their own and no part of the title's words).
    std::size_t end = i;
    if (end > 0 && t[end - 1].isPunct('.')) --end;
    // ("Deputy Minister Eng. Kumara Jayakody": an engineer's "Eng." with its period, between the title and the name,
    // is neither's; without the period, "Lim Eng Hock", it is a name's word.)
    if (end == i - 1 && end >= 1 && engineerPrefix(st, t, end - 1)) --end;
    // ("Police Constable 45678 Sunil Shantha", "PS 2345 Ajith": an officer's number between the title and the name.)
    // (Not a year: "the District Attorney 2001 Annual Gang Cases Report".)
    if (end > 1 && isOfficerNumber(t[end - 1]) &&
        ((t[end - 2].isWord() && t[end - 2].capitalized) || t[end - 2].isPunct(')')) &&
        !(t[end - 1].text.size() == 4 && (t[end - 1].text.starts_with("19") || t[end - 1].text.starts_with("20"))))
        --end;
    // ("Police Sergeant (45678) H.M.S.B. Herath": the number in parentheses.)
    if (end > 4 && t[end - 1].isPunct(')') && t[end - 3].isPunct('(') && isOfficerNumber(t[end - 2]) &&
        t[end - 4].isWord() && t[end - 4].capitalized && t[end - 3].sentence == t[i].sentence)
        end -= 3;
    // ("Sub Inspector (SI) W.A.D. Perera", "Police Constable (PC) 45231 Sampath": the title's acronym after it,
    // before the number.)
    if (end > 4 && t[end - 1].isPunct(')') && t[end - 3].isPunct('(') && t[end - 2].isWord() && t[end - 2].allCaps &&
        t[end - 2].text.size() >= 2 && t[end - 2].text.size() <= 5 && t[end - 4].isWord() && t[end - 4].capitalized &&
        t[end - 3].sentence == t[i].sentence)
        end -= 3;
    for (std::size_t n = 8; n > 0; --n) {
        if (end < n) continue;
        const std::size_t start = end - n;
        if (t[start].sentence != t[i].sentence || !st.gazetteer().mayStartTitle(t[start].text)) continue;
        std::vector<std::string_view> words;
        bool lonePeriods = true;
        for (std::size_t k = start; k < end; ++k) {
            if (!t[k].isPunct('.')) {
                words.push_back(t[k].text);
            } else if (k == start || !t[k - 1].isWord() || t[k - 1].end != t[k].begin) {
                lonePeriods = false;  // a period that ends no abbreviated word ends the title's run
            }
        }
        if (lonePeriods && words.size() <= 5 && st.gazetteer().titleLength(words) == words.size() &&
            t[start].capitalized) {
            title = std::string(st.slice(t[start].begin, t[end - 1].end));
            return start;
        }
    }
    return i;
}

// The first token of a title in lower case, of one to three words (the longest), ending right before token `end`;
// `end` when there is none. With `afterArticle`, only a title right after "the" counts.
static std::size_t lowerCaseTitleEndingAt(const ExtractionState& st, const std::vector<Token>& t, std::size_t end,
                                          bool afterArticle) {
    for (std::size_t n = 3; n > 0; --n) {
        if (end < n + (afterArticle ? 1 : 0)) continue;
        const std::size_t start = end - n;
        const std::size_t anchor = afterArticle ? start - 1 : start;
        // ("The head of Tatarstan Rustam Minnikhanov reported": the article opening the sentence.)
        const bool article = t[anchor].is("the") || (t[anchor].is("The") && t[anchor].sentenceStart);
        if (t[anchor].sentence != t[end].sentence || (afterArticle && !article)) continue;
        std::vector<std::string_view> words;
        for (std::size_t k = start; k < end && t[k].isWord() && !t[k].capitalized; ++k) words.push_back(t[k].text);
        if (words.size() == n && st.gazetteer().titleLength(words) == n) return start;
    }
    return end;
}

// "the mayor of Moscow ...", "the head of the Republic of Tatarstan ...": a title in lower case right after "the"
// and before token `of` (its "of"). (The article keeps it to titles: "a spokesman of" or "was president of" tell no
// office before a name.)
bool titleEndsBeforeOf(const ExtractionState& st, const std::vector<Token>& t, std::size_t of) {
    if (of == 0 || of >= t.size() || !t[of].is("of") || !t[of - 1].isWord() || !t[of - 1].capitalized) return false;
    if (st.gazetteer().isTitle(t[of - 1].text)) return true;
    return of >= 2 && t[of - 2].sentence == t[of].sentence &&
           st.gazetteer().isTitle(st.slice(t[of - 2].begin, t[of - 1].end));
}

std::size_t lowerCaseTitleBefore(const ExtractionState& st, const std::vector<Token>& t, std::size_t of) {
    return lowerCaseTitleEndingAt(st, t, of, true);
}

// "Kremlin spokesman Dmitry Peskov", "presidential aide Yury Ushakov": a title in lower case right before token i.
std::size_t lowerCaseTitleRightBefore(const ExtractionState& st, const std::vector<Token>& t, std::size_t i) {
    return lowerCaseTitleEndingAt(st, t, i, false);
}

// "President of Ukraine Volodymyr Zelenskyy", "Head of the Office of the President Andriy Yermak": a title, "of" and
// what it is of, right before token i. Returns the title's first token (i when there is none) and the phrase.
std::size_t titleOfBefore(const ExtractionState& st, const std::vector<Token>& t, std::size_t i, std::string& title) {
    for (std::size_t k = i; k > 0 && i - k < 10;) {
        const Token& w = t[k - 1];
        if (w.sentence != t[i].sentence) break;
        // "President of Ukraine ...", "Minister for Sustainability and the Environment ..."
        // ("Ambassador to the United States Oksana Markarova", "Adviser to the Head of the Office ...": an envoy's
        // or an adviser's "to".)
        const bool envoyTo = w.is("to") && k >= 2 &&
                             inLowerList(t[k - 2].text, std::array<std::string_view, 9>{
                                                            "ambassador", "envoy", "representative", "adviser",
                                                            "advisor", "delegate", "consul", "aide", "assistant"});
        if ((w.is("of") || w.is("for") || envoyTo) && k >= 2) {
            std::string head;
            std::size_t start = titleBefore(st, t, k - 1, head);
            if (start == k - 1) start = lowerCaseTitleBefore(st, t, k - 1);
            if (start < k - 1 && !isHonorific(t[start].text)) {
                title = std::string(st.slice(t[start].begin, t[i - 1].end));
                // ("Adviser to the Head of the Office Mykhailo Podolyak": the title is an adviser's to another's.)
                if (start >= 3 && t[start - 1].is("the") && t[start - 2].is("to") &&
                    t[start - 3].sentence == t[i].sentence &&
                    inLowerList(t[start - 3].text,
                                std::array<std::string_view, 5>{"adviser", "advisor", "aide", "assistant", "envoy"})) {
                    std::string longer;
                    if (const std::size_t outer = titleOfBefore(st, t, start, longer); outer < start) {
                        title = std::string(st.slice(t[outer].begin, t[i - 1].end));
                        return outer;
                    }
                }
                return start;
            }
        }
        // "Deputy Inspector General of Police in charge of Traffic Administration Lal Perera": what the title
        // holder is in charge of is part of the title too.
        if (w.is("of") && k >= 4 && t[k - 2].is("charge") && t[k - 3].is("in") && t[k - 4].sentence == t[i].sentence) {
            // ("Deputy Inspector General in charge of the Western Province Lal Perera": the title right before "in".)
            std::string head;
            if (const std::size_t start = titleBefore(st, t, k - 3, head);
                start < k - 3 && !isHonorific(t[start].text) && t[start].capitalized) {
                title = std::string(st.slice(t[start].begin, t[i - 1].end));
                return start;
            }
            k -= 3;
            continue;
        }
        // ("Chairman of the State Committee for National Security of Tajikistan": "for" inside what it is of; a
        // comma between fields, "Representative for Environmental Protection, Ecology and Transport ...".)
        // (Fields, not a list of people: an "and" follows before the name, and no given name after the comma,
        // "Chief of Staff, Susan Kang Schroeder".)
        const bool fieldComma = w.isPunct(',') && k >= 2 && k < i && t[k - 2].isWord() && t[k - 2].capitalized &&
                                t[k].isWord() && t[k].capitalized && st.gazetteer().givenNameCount(t[k].text) < 1000 &&
                                std::any_of(t.begin() + static_cast<long>(k), t.begin() + static_cast<long>(i),
                                            [](const Token& x) { return x.is("and"); });
        // ("President of the People's Republic of China Xi Jinping": a possessive inside what the title is of.)
        const bool innerPossessive = w.kind == TokenKind::Possessive && k >= 2 && k < i && t[k - 2].isWord() &&
                                     t[k - 2].capitalized && t[k].isWord() && t[k].capitalized;
        if (!(w.isWord() && (w.capitalized || w.is("of") || w.is("the") || w.is("and") || w.is("for"))) && !w.is("&") &&
            !fieldComma && !innerPossessive && !envoyTo)
            break;
        --k;
    }
    return i;
}

// "Speaker of the United States House of Representatives Nancy Pelosi": the run before token `end` goes on with
// "of" and more capitals, so it is a body's name, and the person comes after it.
bool bodyRunsOn(const ExtractionState& st, const std::vector<Token>& t, std::size_t end) {
    if (end + 1 >= t.size() || !t[end].is("of") || t[end].sentence != t[end - 1].sentence) return false;
    const Token& next = t[end + 1].is("the") && end + 2 < t.size() ? t[end + 2] : t[end + 1];
    if (!next.isWord() || !next.capitalized) return false;
    if (!st.gazetteer().place(next.text)) return true;
    // "Minister for Reintegration of the Temporarily Occupied Territories of Ukraine": a run "of" a country that
    // starts with no given name is what the ministry is for, not a person ("President Volodymyr Zelenskyy of
    // Ukraine" is one).
    std::size_t first = end;
    while (first > 0 && t[first - 1].isWord() && t[first - 1].capitalized && t[first - 1].sentence == t[end].sentence)
        --first;
    return first < end && st.gazetteer().givenNameCount(t[first].text) < 1000 &&
           !lexicons::honorifics().contains(t[first].text);
}

// "Director of the National Security Law & Policy Program": the last words of what a title is of are a body's,
// a programme's or a law's, not a person's name.
bool bodyWordsEnd(const ExtractionState& st, const std::vector<Token>& t, std::size_t first, std::size_t end) {
    // ("Special Counsel": a title's word is no name's.)
    for (std::size_t k = first; k < end; ++k)
        if (t[k].isWord() && st.gazetteer().mayStartTitle(t[k].text) && st.gazetteer().givenNameCount(t[k].text) < 1000)
            return true;
    for (std::size_t k = first; k < end; ++k) {
        if (!t[k].isWord()) continue;
        if (isOrganisationHead(t[k].text) || lexicons::programmeWords().contains(t[k].text) ||
            lexicons::lawWords().contains(t[k].text) || lexicons::buildingWords().contains(t[k].text))
            return st.gazetteer().givenNameCount(t[first].text) < 1000;
    }
    return false;
}

// The first token of the last two words of [first, end), an initial and its period counting with the word after
// them ("Economy Yulia Svyrydenko" -> "Yulia Svyrydenko", "Lanvia Tomas K. Reyka" -> "Tomas K. Reyka").
std::size_t lastTwoWords(const std::vector<Token>& t, std::size_t first, std::size_t end) {
    std::size_t k = end, words = 0;
    while (k > first && words < 2) {
        --k;
        if (t[k].isPunct('.')) continue;
        const bool initial = t[k].text.size() == 1 && k + 1 < end && t[k + 1].isPunct('.');
        if (!initial) ++words;
    }
    // ("Finance and the Recovery Bruno Le Maire": a particle written with a capital takes the given name along.)
    if (k > first && k + 2 == end && t[k].isWord() && lexicons::nameParticles().contains(t[k].text) &&
        t[k - 1].isWord() && t[k - 1].capitalized)
        --k;
    return k;
}

// Whether the capitalised run [first, end) begins what a title is of: it follows the title's "of", "for", an "and"
// or a body's head word inside that phrase ("High Representative for Foreign Affairs and Security Policy", "Minister
// for Foreign Trade and Development Cooperation Liesje Schreinemacher"), so a name can only be the last two words of a
// longer run.
bool portfolioRun(const std::vector<Token>& t, std::size_t first, std::size_t end) {
    if (first == 0 || !t[first - 1].isWord()) return false;
    const Token& before = t[first - 1];
    if (before.is("of") || before.is("for") || before.is("the") || before.is("and")) return true;
    // "Chairman of the Senate Homeland Security and Governmental Affairs Committee": a body's name going on after a
    // head word and past the run (not "Founder of GINA Foundation Jannel Rap", where the name ends at the head).
    const bool afterHead =
        before.capitalized && (isOrganisationHead(before.text) || lexicons::institutionNames().contains(before.text));
    const bool goesOn = end + 1 < t.size() && (t[end].is("and") || t[end].is("&") || t[end].is("of")) &&
                        t[end + 1].isWord() && t[end + 1].capitalized;
    return afterHead && goesOn;
}

bool titlePortfolioFields(const ExtractionState& st, const std::vector<Token>& t, std::size_t first, std::size_t end) {
    // Every word a field's (with the connectors between fields), and at least one field.
    auto fieldsOnly = [&](std::size_t from, std::size_t to) {
        bool field = false;
        for (std::size_t k = from; k < to; ++k) {
            if (t[k].sentence != t[first].sentence) return false;
            if (t[k].is("and") || t[k].is("&")) continue;
            if (!t[k].isWord() || !t[k].capitalized || t[k].allCaps || !lexicons::portfolioWords().contains(t[k].text))
                return false;
            field = true;
        }
        return field;
    };
    if (first == 0 || end <= first || !fieldsOnly(first, end)) return false;
    // Back over the fields before it, one comma or "and" at a time, to the "of" or "for" of a person's title
    // ("Minister", "State Minister"; not a body's, "Ministry of Trade, Commerce and Food Security", nor "the Secretary
    // of the Security Council", where "the" makes what follows a body).
    constexpr int kMostFields = 6;
    std::size_t k = first;
    for (int fields = 0; fields < kMostFields && k > 0; ++fields) {
        const Token& before = t[k - 1];
        if (before.sentence != t[first].sentence) return false;
        if ((before.is("of") || before.is("for")) && k >= 2) {
            std::string title;
            const std::size_t start = titleBefore(st, t, k - 1, title);
            return start < k - 1 && !isHonorific(t[start].text) && !isOrganisationHead(t[k - 2].text);
        }
        if (!(before.isPunct(',') || before.is("and") || before.is("&")) || k < 3) return false;
        std::size_t run = k - 1;
        while (run > 0 && t[run - 1].isWord() && t[run - 1].sentence == t[first].sentence &&
               (t[run - 1].capitalized || t[run - 1].is("and") || t[run - 1].is("&")))
            --run;
        if (run == k - 1 || !fieldsOnly(run, k - 1)) return false;
        k = run;
    }
    return false;
}

// A place of 5,000 people or more, or a country or region ("See", a village of 1,265 in Austria, is a given name's
// part in "Tan See Leng").
bool inPlaceList(const std::vector<Token>& t, std::size_t i) {
    for (std::size_t k = i; k > 0 && i - k < 12;) {
        const Token& w = t[--k];
        if (w.sentence != t[i].sentence) return false;
        if (w.isWord() && (isLocativePreposition(w.text) || equalsLower(w.text, "across"))) return true;
        if (!(w.isPunct(',') || w.is("and") || (w.isWord() && w.capitalized))) return false;
    }
    return false;
}

bool townOrLarger(const ExtractionState& st, std::string_view word, long minPopulation) {
    const auto* place = st.gazetteer().place(word);
    return place && (place->kind != PlaceKind::City || place->population >= minPopulation);
}

// Where the name starts in "Turkey Recep Tayyip Erdogan" (what a title is of, then the name): after the last known
// place or state word when two words or more are left, else the last two words ("Economy Yulia Svyrydenko").
std::size_t nameAfterPlace(const ExtractionState& st, const std::vector<Token>& t, std::size_t first, std::size_t end) {
    std::size_t after = first;
    for (std::size_t k = first; k < end; ++k) {
        if (!t[k].isWord()) continue;
        const auto* place = st.gazetteer().place(t[k].text);
        // "Republic of Turkey", "Tula Region", "Kherson Oblast": the words of a state's or a region's name.
        const bool stateWord = (t[k].capitalized && lexicons::stateWords().contains(t[k].text)) ||
                               lexicons::placeKinds().contains(t[k].text) ||
                               lexicons::geoSuffixes().contains(t[k].text) ||
                               (t[k].capitalized && lexicons::capitalisedPlaceKinds().contains(t[k].text));
        // ("in charge of the Colombo Range Lal Perera": a place's police range, division or zone, right after it.)
        static constexpr std::array<std::string_view, 6> kAreaWords{"range",  "division", "zone",
                                                                    "sector", "area",     "circle"};
        const bool areaOfPlace = after == k && k > first && t[k].capitalized && inLowerList(t[k].text, kAreaWords);
        if ((place && (place->kind != PlaceKind::City || place->population >= 100000)) || stateWord || areaOfPlace)
            after = k + 1;
        // "Sri Lanka Anura Kumara Dissanayake", "Saudi Arabia Mohammed bin Salman", "Mayor of San Juan Capistrano
        // Sam Allevato": a place of two or three words, its first word perhaps right before the run ("Saudi", a
        // people's word, starts no name). Not one that opens with a common given name ("Robert Lee" is a town).
        const std::size_t lowest = first > 0 ? first - 1 : 0;
        for (std::size_t j = k; j > lowest && k - j < 2;) {
            --j;
            if (!t[j].isWord() || !t[j].capitalized || t[j].sentence != t[k].sentence) break;
            const auto* longer = st.gazetteer().place(st.slice(t[j].begin, t[k].end));
            if (longer && !longer->weak && st.gazetteer().givenNameCount(t[j].text) < 1000) after = k + 1;
        }
    }
    // The place may also end right before the run ("of Turkey" + "Recep Tayyip Erdogan": a country is no name word).
    const bool placeBefore = after == first && first > 0 && t[first - 1].isWord() && t[first - 1].capitalized &&
                             st.gazetteer().place(t[first - 1].text);
    std::size_t words = 0;
    // (Particles uncounted: "Emir of Qatar Tamim Bin Hamad al Thani".)
    for (std::size_t k = after; k < end; ++k)
        words += t[k].isWord() && t[k].text.size() > 1 && !lexicons::nameParticles().contains(t[k].text);
    // ("Prime Minister of the United Kingdom Johnson": after a state's name, a surname alone is the name.)
    if (after > first && words == 1 && after < end && st.gazetteer().isNameWord(t[end - 1].text) &&
        !st.gazetteer().mayStartTitle(t[end - 1].text) && !isOrganisationHead(t[end - 1].text))
        return after;
    // (Four, particles uncounted, as some heads of state are named: "President of the Federative Republic of Brazil
    // Luiz Inacio Lula da Silva", "President of Mexico Andres Manuel Lopez Obrador".)
    if ((after > first || placeBefore) && words >= 2 && words <= 4) return after;
    // "Minister for Trade Tan See Leng": a family name before a two-part given name is the name's first word (the
    // test of "Tan Kwee Heng" below: short words that are no places). A given part that is also a common English
    // given name ("Kim", "Van") counts when the family name is no English given name of its own ("Minister of
    // Education Nguyen Kim Son", not "Minister of Health Young Kim ...").
    const std::size_t two = lastTwoWords(t, first, end);
    // "Minister of Finance, Planning and Economic Development Anura Kumara Dissanayake": a word that names no field
    // between the portfolio's last and the last two words opens the name (not one right after "of": "Minister of
    // Buddhasasana Sunil Senevi", a field no list holds).
    auto fieldWord = [&](std::size_t k) {
        return t[k].isWord() && t[k].capitalized && lexicons::portfolioWords().contains(t[k].text);
    };
    if (two >= first + 2 && end - two == 2 && t[two - 1].isWord() && t[two - 1].capitalized && !t[two - 1].allCaps &&
        fieldWord(two - 2) && !fieldWord(two - 1) && !isFunctionWord(t[two - 1].text) &&
        !isOrganisationHead(t[two - 1].text) && !st.gazetteer().mayStartTitle(t[two - 1].text) &&
        !townOrLarger(st, t[two - 1].text))
        return two - 1;
    if (two > first && end - two == 2 && t[two - 1].isWord() && t[two - 1].capitalized &&
        lexicons::eastAsianSurnames().contains(t[two - 1].text) && t[two].text.size() <= 6 &&
        t[two + 1].text.size() <= 6 && !townOrLarger(st, t[two].text) && !townOrLarger(st, t[two + 1].text) &&
        (st.gazetteer().givenNameCount(t[two].text) < 1000 || st.gazetteer().givenNameCount(t[two - 1].text) < 1000))
        return two - 1;
    return two;
}

}  // namespace bulletin::extract
