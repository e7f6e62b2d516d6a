// "Full Name (ACR)" and "ACR (Full Name)" definitions, found with the Schwartz–Hearst algorithm: the acronym's
// letters are matched right to left against the candidate long form, the first letter at the start of a word. And
// acronyms nobody defines: the one body named in full whose initials they spell.

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "agency_phrase_rules.hpp"
#include "candidates.hpp"
#include "extraction_state.hpp"
#include "lexicon.hpp"
#include "person_titles.hpp"

namespace bulletin::extract {

namespace {

// Returns the start (byte offset into `longForm`) of the shortest long form the acronym abbreviates, or npos.
std::size_t schwartzHearst(std::string_view acronym, std::string_view longForm) {
    long s = static_cast<long>(acronym.size()) - 1;
    long l = static_cast<long>(longForm.size()) - 1;
    auto lowerAt = [](std::string_view v, long i) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(v[static_cast<std::size_t>(i)])));
    };
    auto alnumAt = [](std::string_view v, long i) {
        return std::isalnum(static_cast<unsigned char>(v[static_cast<std::size_t>(i)])) != 0;
    };
    for (; s >= 0; --s) {
        if (!alnumAt(acronym, s)) continue;
        const char c = lowerAt(acronym, s);
        while (l >= 0 && (lowerAt(longForm, l) != c || (s == 0 && l > 0 && alnumAt(longForm, l - 1)))) --l;
        if (l < 0) return std::string_view::npos;
        --l;
    }
    const auto space = longForm.rfind(' ', static_cast<std::size_t>(l + 1));
    return space == std::string_view::npos ? 0 : space + 1;
}

// The content words of a name, lower-cased ASCII letters only, connectors ("of", "and", "the") left out.
std::vector<std::string> contentWords(std::string_view name) {
    std::vector<std::string> words;
    std::string word;
    auto flush = [&] {
        if (word == "us" || word == "uk") {  // "U.S. Postal Inspection Service"
            words.emplace_back("united");
            words.emplace_back(word == "us" ? "states" : "kingdom");
        } else if (!word.empty() && !isConnector(word)) {
            words.push_back(word);
        }
        word.clear();
    };
    for (const char c : name) {
        if (std::isalpha(static_cast<unsigned char>(c)) != 0)
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (c != '.' && c != '\'')
            flush();
    }
    flush();
    return words;
}

// True when one word is the other shortened ("dept" for "department"): the same first letter, and the shorter one's
// letters in order in the longer.
bool shortenedWord(const std::string& a, const std::string& b) {
    const auto& s = a.size() <= b.size() ? a : b;
    const auto& l = a.size() <= b.size() ? b : a;
    if (s[0] != l[0]) return false;
    std::size_t at = 0;
    for (const char c : s) {
        at = l.find(c, at);
        if (at == std::string::npos) return false;
        ++at;
    }
    return true;
}

// True when the release's long form names the gazetteer's body: the known name's words, perhaps shortened
// ("Counter Terrorism Dept." for "Counter Terrorism Department"), in a row within it ("U.S. Food and Drug
// Administration", "Homeland Security Investigations Division"). A body that merely shares the acronym ("MSF":
// Médecins Sans Frontières, against the Ministry of Social and Family Development a release defines) is another.
bool shortenedForm(std::string_view written, std::string_view known) {
    const auto a = contentWords(written);
    const auto b = contentWords(known);
    if (a.empty() || b.empty() || b.size() > a.size() || (b.size() < 2 && a.size() != b.size())) return false;
    for (std::size_t from = 0; from + b.size() <= a.size(); ++from) {
        std::size_t i = 0;
        while (i < b.size() && shortenedWord(a[from + i], b[i])) ++i;
        if (i == b.size()) return true;
    }
    return false;
}

bool validAcronym(std::string_view w) {
    std::string_view core = w;
    if (core.size() > 2 && core.back() == 's') core.remove_suffix(1);  // "NGOs"
    return isAcronymLike(core);
}

// Token index range [first, paren) of the words before an opening parenthesis, within the sentence.
std::size_t candidateStart(const std::vector<Token>& t, std::size_t paren, std::size_t maxWords) {
    std::size_t i = paren, words = 0;
    while (i > 0 && words < maxWords) {
        const Token& p = t[i - 1];
        if (p.sentence != t[paren].sentence) break;
        if (p.kind == TokenKind::Punct && !(p.text == "&" || p.text == "-" || p.text == ".")) break;
        // (A possessive inside the name may stand in the long form, "United States Attorney's Office (USAO)"; the
        // shortest long form the letters spell leaves out an owner before it, "Pakistan's Federal Investigation
        // Agency (FIA)".)
        if (p.kind == TokenKind::Possessive &&
            !(i >= 2 && i < paren && t[i - 2].isWord() && t[i - 2].capitalized && t[i].isWord() && t[i].capitalized))
            break;
        --i;
        if (p.isWord()) ++words;
    }
    return i;
}

// A name without a head word that the release uses as a body's: an office of it follows ("Sri Lanka Podujana
// Peramuna (SLPP) General Secretary Sagara Kariyawasam"), or its people ("(SLPP) members", "members of the Janatha
// Vimukthi Peramuna (JVP)"), or what it did. `begin` is where the long form starts, `after` where the definition ends.
bool bodyByUse(const ExtractionState& st, std::size_t begin, std::size_t after) {
    const auto& t = st.tokens();
    std::size_t next = tokenAt(t, after);
    if (next < t.size() && t[next].isPunct(')')) ++next;
    const std::size_t first = tokenAt(t, begin);
    if (next >= t.size() || first >= t.size()) return false;
    // A name of two words or more, none a title's ("Nine Orange County District Attorney (OCDA) prosecutors" is an
    // office; "DUI-Drug (DUID) team" a field).
    std::size_t nameWords = 0;
    for (std::size_t k = first; k < next && t[k].begin < after; ++k) {
        if (!t[k].isWord()) continue;
        ++nameWords;
        if (st.gazetteer().isTitle(t[k].text)) return false;
    }
    if (nameWords < 3) return false;  // (the acronym's own word among them)
    auto peopleNoun = [&](std::size_t k) {
        return k < t.size() && t[k].isWord() && !t[k].allCaps && t[k].sentence == t[first].sentence &&
               lexicons::memberNouns().contains(t[k].text) && t[k].text.ends_with("s") &&
               !t[k].is("volunteers");  // (a programme's: "Pets Are Wonderful Support (PAWS) volunteers")
    };
    if (peopleNoun(next)) return true;
    // ("The Open Source Initiative (OSI) welcomed the release": the name then what the body did.)
    // (Past the country it serves: "the National Focal Point (NFP) for Barbados notified WHO".)
    std::size_t verb = next;
    if (verb + 1 < t.size() && (t[verb].is("for") || t[verb].is("of")) && t[verb + 1].sentence == t[first].sentence) {
        std::size_t k = verb + 1;
        if (t[k].is("the")) ++k;
        std::size_t end = k;
        while (end < t.size() && end < k + 4 && t[end].isWord() && t[end].capitalized) ++end;
        if (end > k && st.gazetteer().place(st.slice(t[k].begin, t[end - 1].end))) verb = end;
    }
    // (Or what a health authority does, "notified WHO", "reported two cases".)
    if (verb < t.size() && t[verb].isWord() && !t[verb].capitalized && t[verb].sentence == t[first].sentence &&
        (isSpeechOrActionVerb(t[verb].text) ||
         inLowerList(t[verb].text, std::array<std::string_view, 4>{"notified", "reported", "informed", "confirmed"})))
        return true;
    std::size_t of = first;
    if (of > 0 && t[of - 1].is("the")) --of;
    if (of >= 2 && t[of - 1].is("of") && peopleNoun(of - 2)) return true;
    // ("a Yard Manager of Quorvale FELS (QFELS)", "an employee of ..."): where someone holds a post or works is a
    // body.
    if (of >= 2 && t[of - 1].is("of") &&
        (titleEndsBeforeOf(st, t, of - 1) ||
         (t[of - 2].isWord() && !t[of - 2].capitalized && lexicons::roleNouns().contains(t[of - 2].text))))
        return true;
    // ("the Asia Zero Emission Community (AZEC) Ministerial Meeting", "(QCEC) Leaders' Summit": the gathering of its
    // members is held by a body.)
    for (std::size_t k = next; k < t.size() && k < next + 4 && t[k].sentence == t[first].sentence; ++k) {
        if (t[k].is("Meeting") || t[k].is("Summit")) return k > next || t[k].is("Summit");
        if (!(t[k].isWord() && t[k].capitalized && !t[k].allCaps) && t[k].kind != TokenKind::Possessive) break;
    }
    std::vector<std::string_view> words;
    for (std::size_t k = next; k < t.size() && words.size() < 5 && t[k].isWord(); ++k) words.push_back(t[k].text);
    const std::size_t title = st.gazetteer().titleLength(words);
    return title > 0 && next + title < t.size() && t[next + title].isWord() && t[next + title].capitalized &&
           t[next + title].sentence == t[next].sentence;
}

void define(ExtractionState& st, const std::string& acronym, std::size_t begin, std::size_t end, std::size_t acrBegin,
            std::size_t acrEnd) {
    std::string longForm(st.slice(begin, end));
    const auto* place = st.gazetteer().place(longForm);
    if (place && !st.gazetteer().agencyByName(longForm)) {
        st.placeAcronyms.insert(acronym);
        return;
    }
    // "Affordable Care Act (ACA)": the acronym of a law or programme.
    if (const auto space = longForm.rfind(' '); lexicons::lawWords().contains(
            space == std::string::npos ? std::string_view(longForm) : std::string_view(longForm).substr(space + 1))) {
        st.instrumentAcronyms.insert(acronym);
        return;
    }
    // "Kenyatta International Convention Centre (KICC)": a venue's acronym, the venue a place (the place rules find
    // its long form by its words).
    {
        const auto space = longForm.rfind(' ');
        const std::string_view last =
            space == std::string::npos ? std::string_view(longForm) : std::string_view(longForm).substr(space + 1);
        const bool venueCentre =
            (last == "Centre" || last == "Center") &&
            (longForm.find("Convention ") != std::string::npos || longForm.find("Conference ") != std::string::npos ||
             longForm.find("Exhibition ") != std::string::npos);
        // (Not a body named after its field: "Department of Real Estate (DRE)"; nor a lending programme, "Term
        // Securities Lending Facility (TSLF)"; nor a kind of place in lower case, "material recovery facility (MRF)".)
        bool bodyHead = false, lending = false;
        const auto& tokens = st.tokens();
        auto tok = std::lower_bound(tokens.begin(), tokens.end(), begin,
                                    [](const Token& x, std::size_t offset) { return x.begin < offset; });
        for (; tok != tokens.end() && tok->end <= end; ++tok) {
            if (!tok->isWord()) continue;
            if (tok->end + last.size() <= end && isOrganisationHead(tok->text)) bodyHead = true;
            if (lexicons::financeWords().contains(tok->text)) lending = true;
        }
        const bool named = !last.empty() && last[0] >= 'A' && last[0] <= 'Z';
        if ((venueCentre || lexicons::venueWords().contains(last)) && !bodyHead && !lending && named) {
            st.placeAcronyms.insert(acronym);
            st.addMention(EntityType::Location, longForm, begin, end, "place.venue");
            return;
        }
    }
    // "Chief of Army Staff (COAS)", "Inspector General of Police (IGP)": a title's acronym names a person's office,
    // not a body (whatever head word the title holds).
    {
        std::vector<std::string_view> words;
        for (const auto& tok : st.tokens())
            if (tok.begin >= begin && tok.end <= end && tok.isWord()) words.push_back(tok.text);
        if (!words.empty() && st.gazetteer().titleLength(words) == words.size() &&
            !st.gazetteer().agencyByName(longForm)) {
            st.instrumentAcronyms.insert(acronym);
            return;
        }
        // ("Police Media Spokesman Senior Superintendent of Police (SSP)": the capitalised words before the title
        // whose initials the acronym spells are another title, and the acronym still the last title's.)
        for (std::size_t k = 1; k + 1 < words.size(); ++k) {
            const std::vector<std::string_view> tail(words.begin() + static_cast<std::ptrdiff_t>(k), words.end());
            if (st.gazetteer().titleLength(tail) != tail.size()) continue;
            std::string initials;
            for (const auto w : tail)
                if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') initials += w[0];
            if (initials == acronym) {
                st.instrumentAcronyms.insert(acronym);
                return;
            }
        }
    }
    // An acronym names an agency when its long form has an organisation head word or is a known agency.
    bool head = st.gazetteer().agencyByName(longForm) != nullptr;
    bool capitalised = false;  // "intensive care unit (ICU)": a thing written in lower case is named by no one
    for (const auto& tok : st.tokens()) {
        if (tok.begin < begin || tok.end > end || !tok.isWord()) continue;
        if (isOrganisationHead(tok.text)) head = true;
        capitalised = capitalised || tok.capitalized;
    }
    if (!capitalised) {
        // ... unless the release writes it capitalised elsewhere ("expert working group (EWG)" under the headline
        // "First Expert Working Group Meeting").
        std::string titled = longForm;
        for (std::size_t k = 0; k < titled.size(); ++k) {
            if (!(k == 0 || titled[k - 1] == ' ') || titled[k] < 'a' || titled[k] > 'z') continue;
            const auto space = titled.find(' ', k);
            if (k > 0 &&
                isConnector(std::string_view(titled).substr(k, space == std::string::npos ? space : space - k)))
                continue;  // "Ministry of Health"
            titled[k] = static_cast<char>(titled[k] - 'a' + 'A');
        }
        capitalised = st.text().find(titled) != std::string_view::npos;
    }
    head = (head || bodyByUse(st, begin, acrEnd)) && capitalised;
    if (!head) {
        // "Official Cash Rate (OCR)": what the release says it stands for is no organisation.
        st.instrumentAcronyms.insert(acronym);
        return;
    }
    if (const auto* known = st.gazetteer().agencyByName(longForm))
        longForm = known->name;
    else if (const auto* byAcronym = st.gazetteer().agencyByAcronym(acronym);
             byAcronym && shortenedForm(longForm, byAcronym->name))
        longForm = byAcronym->name;  // "Counter Terrorism Dept." -> the known "Counter Terrorism Department"
    st.definedAcronyms[acronym] = longForm;
    st.addMention(EntityType::Agency, longForm, begin, end, "agency.acronym_definition", acronym);
    st.addMention(EntityType::Agency, longForm, acrBegin, acrEnd, "agency.acronym_definition", acronym);
}

}  // namespace

void findAcronymDefinitions(ExtractionState& st) {
    const auto& t = st.tokens();
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        if (!t[i].isPunct('(')) continue;
        // "Full Name (ACR)", or with the acronym in quotes, as Singapore's and India's releases define a short
        // name: "Quorvale FELS (“QFELS”)".
        // (In capitals only, "(“Lu”)" and "(“Dymon”)" being a person's or a firm's short name; nor a building's,
        // "Police Cantonment Complex (“PCC”)", which the place rules read, nor a bill's, "Assembly Bill 109".)
        std::size_t acrAt = i + 1, closeAt = i + 2;
        const bool quoted =
            quotedNameEnd(t, i, 1) == i + 3 && t[i + 2].allCaps && i > 0 && t[i - 1].isWord() &&
            !lexicons::venueWords().contains(t[i - 1].text) && !lexicons::buildingWords().contains(t[i - 1].text) &&
            !(i > 1 && t[i - 1].kind == TokenKind::Number && lexicons::lawWords().contains(t[i - 2].text));
        if (quoted) acrAt = i + 2, closeAt = i + 4;
        if (t[acrAt].isWord() && t[closeAt].isPunct(')') && validAcronym(t[acrAt].text)) {
            const std::string acr(t[acrAt].text);
            const std::size_t first = candidateStart(t, i, std::min<std::size_t>(acr.size() + 5, acr.size() * 2));
            if (first == i) continue;
            const std::size_t from = t[first].begin;
            // ("an Islamic Movement of Uzbekistan facilitator (IMU)": a lower-case word closing the run, whose
            // letters the acronym does not need, is what the body's member is, not the body's name.)
            std::size_t last = i - 1;
            bool programme = false;
            // (A head word in lower case stays: "QBE-Praetorian insurance company (QBE)" is a company.)
            while (last > first && t[last].isWord() && !t[last].capitalized && !isConnector(t[last].text) &&
                   !isOrganisationHead(t[last].text) &&
                   schwartzHearst(acr, st.slice(from, t[last - 1].end)) != std::string_view::npos) {
                // ("the Trial Attorney Partnership program (TAP)": a programme's, no body's.)
                programme = programme || lexicons::programmeWords().contains(t[last].text);
                --last;
            }
            if (programme) {
                st.instrumentAcronyms.insert(acr);
                continue;
            }
            const std::size_t to = t[last].end;
            const auto rel = schwartzHearst(acr, st.slice(from, to));
            if (rel == std::string_view::npos) continue;
            std::size_t begin = from + rel;
            // "Khyber Pakhtunkhwa (KP)" abbreviates a place, whatever stands before it.
            if (const auto* place = st.gazetteer().place(st.slice(begin, to));
                place && !st.gazetteer().agencyByName(st.slice(begin, to))) {
                st.placeAcronyms.insert(acr);
                continue;
            }
            // Extend left over capitalised words joined by "of"/"for" ("Bureau of International ... (INL)"),
            // and over a known agency acronym ("UNODC Country Office Pakistan (COPAK)").
            std::size_t k = first;
            while (k < i && t[k].end <= begin) ++k;
            while (k > 0) {
                const Token& p = t[k - 1];
                if (p.sentence != t[i].sentence) break;
                if (p.isWord() && p.capitalized && !isFunctionWord(p.text) && !p.text.ends_with("-based")) {
                    --k;
                } else if (quoted && p.kind == TokenKind::Possessive && k >= 2 && t[k - 2].isWord() &&
                           t[k - 2].capitalized && !t[k - 2].allCaps && !isFunctionWord(t[k - 2].text) &&
                           !st.gazetteer().place(t[k - 2].text) && !st.gazetteer().agencyByName(t[k - 2].text) &&
                           !isOrganisationHead(t[k - 2].text) && (k < 3 || !t[k - 3].capitalized)) {
                    // ("Operations Manager of Tom’s Tyre Pte Ltd (“TT”)": a founder's possessive opens the firm's
                    // name; not "Singapore’s Changi Airport Group".)
                    k -= 2;
                } else if (acrAt == i + 1 && p.isWord() && (p.is("of") || p.is("for")) && k >= 2 &&
                           t[k - 2].capitalized && !isFunctionWord(t[k - 2].text) && !titleEndsBeforeOf(st, t, k - 1)) {
                    // (Not over a title's "of": "Executive Director of Pacific Prime Trading Pte Ltd (PPT)", "Council
                    // Member of the ... Chamber of Commerce (SCCCI)"; nor before a quoted short name, "a Director of
                    // Quorvale Marine Pte Ltd (“QM”)", which spells the firm's name in full.)
                    k -= 2;
                } else {
                    break;
                }
            }
            begin = std::min(begin, t[k].begin);
            define(st, acr, begin, to, t[acrAt].begin, t[acrAt].end);
            continue;
        }
        // "Africa Centres for Disease Control and Prevention (Africa CDC)": the short form keeps the long form's
        // first word before the acronym of the rest.
        if (i + 3 < t.size() && t[i + 1].isWord() && t[i + 1].capitalized && !t[i + 1].allCaps && t[i + 2].isWord() &&
            t[i + 3].isPunct(')') && validAcronym(t[i + 2].text) && t[i + 1].sentence == t[i].sentence) {
            const std::string acr(t[i + 2].text);
            const std::size_t first = candidateStart(t, i, acr.size() + 6);
            std::size_t lead = first;
            while (lead < i && !(t[lead].isWord() && t[lead].text == t[i + 1].text)) ++lead;
            if (lead + 1 >= i) continue;
            const std::size_t from = t[lead + 1].begin, to = t[i - 1].end;
            if (schwartzHearst(acr, st.slice(from, to)) != 0) continue;  // the rest must be the acronym's long form
            define(st, std::string(st.slice(t[i + 1].begin, t[i + 2].end)), t[lead].begin, to, t[i + 1].begin,
                   t[i + 2].end);
            continue;
        }
        // "ACR (Full Name)"
        if (i > 0 && t[i - 1].isWord() && validAcronym(t[i - 1].text)) {
            std::size_t close = i + 1;
            while (close < t.size() && !t[close].isPunct(')') && close - i < 12) ++close;
            if (close >= t.size() || !t[close].isPunct(')') || close - i < 3) continue;
            // (A name opens with a capital: "IHC (in the employ of William Secure Solutions Pte Ltd)" is an aside
            // about the place, whose letters happen to be found in it.)
            if (!t[i + 1].capitalized) continue;
            const std::string acr(t[i - 1].text);
            std::size_t lastWord = close - 1;
            const std::size_t from = t[i + 1].begin;
            std::size_t to = t[lastWord].end;
            if (t[lastWord].isPunct('.')) to = t[lastWord - 1].end;  // "Dept."
            const auto rel = schwartzHearst(acr, st.slice(from, to));
            if (rel != 0) continue;  // the whole parenthesis must be the long form
            define(st, acr, from, t[lastWord].end, t[i - 1].begin, t[i - 1].end);
        }
    }
}

// "PUB, Singapore's National Water Agency,": an acronym the release does not spell out, then in apposition the body
// it is, named with its country's possessive (a list of bodies has no possessive: "the FBI, the Drug Enforcement
// Administration, ..."). The acronym is that body's.
void findAcronymAppositions(ExtractionState& st) {
    const auto& t = st.tokens();
    for (std::size_t i = 0; i + 4 < t.size(); ++i) {
        if (!t[i].isWord() || !t[i].allCaps || !validAcronym(t[i].text) || !t[i + 1].isPunct(',')) continue;
        const std::string acr(t[i].text);
        if (st.definedAcronyms.count(acr) || lexicons::commonAbbreviations().contains(acr) || st.gazetteer().place(acr))
            continue;
        // The country's or the city's name and its possessive.
        std::size_t k = i + 2;
        std::size_t placeEnd = k;
        while (placeEnd < t.size() && placeEnd < k + 3 && t[placeEnd].isWord() && t[placeEnd].capitalized &&
               t[placeEnd].sentence == t[i].sentence)
            ++placeEnd;
        if (placeEnd == k || placeEnd + 1 >= t.size() || t[placeEnd].kind != TokenKind::Possessive ||
            !st.gazetteer().place(st.slice(t[k].begin, t[placeEnd - 1].end)))
            continue;
        // The body's name: capitalised words (with "of", "for", "and" between them) to a comma or the sentence's end,
        // a head word among them.
        const std::size_t first = placeEnd + 1;
        std::size_t end = first;
        bool head = false;
        while (end < t.size() && end - first < 8 && t[end].sentence == t[i].sentence) {
            if (t[end].isWord() && t[end].capitalized) {
                head = head || isOrganisationHead(t[end].text);
                ++end;
            } else if (end > first && end + 1 < t.size() && t[end].isWord() && isConnector(t[end].text) &&
                       t[end + 1].isWord() && t[end + 1].capitalized) {
                ++end;
            } else {
                break;
            }
        }
        if (end - first < 2 || !head || !t[end - 1].capitalized) continue;
        if (end < t.size() && t[end].sentence == t[i].sentence &&
            !(t[end].isPunct(',') || t[end].isPunct('.') || t[end].isPunct(')') || t[end].isPunct(';')))
            continue;
        define(st, acr, t[first].begin, t[end - 1].end, t[i].begin, t[i].end);
        i = end;
    }
}

// Token i stands in running text as a name of its own: no capitalised word before it in its sentence, and a lower-case
// word (not one joining a list) or a closing punctuation after it ("QSO reported", "by the QSO."; not "CPIB and
// Cases Registered ...", a heading, nor "MNOSHA Standards").
bool acronymInRunningText(const ExtractionState& st, const std::vector<Token>& t, std::size_t i) {
    if (st.inHeadline(t[i].begin) || i + 1 >= t.size()) return false;
    if (i > 0 && t[i - 1].isWord() && t[i - 1].capitalized && !t[i].sentenceStart) return false;
    const Token& next = t[i + 1];
    if (next.isWord()) return next.sentence == t[i].sentence && !next.capitalized && !next.is("and") && !next.is("or");
    return next.isPunct('.') || next.isPunct(',') || next.isPunct(';') || next.isPunct(':');
}

// The one organisation named in full so far whose capitalised words' initials spell `acronym` ("QSO" of
// "Quorvale Statistics Office"; "of", "and", "the", "for" left out), or empty when none or more than one.
std::string spelledOutBy(const ExtractionState& st, std::string_view acronym) {
    std::string found;
    for (const auto& e : st.entities()) {
        if (e.type != EntityType::Agency || e.name.find(' ') == std::string::npos) continue;
        if (nameInitials(e.name) != acronym) continue;
        if (!found.empty() && found != e.name) return {};
        found = e.name;
    }
    return found;
}

}  // namespace bulletin::extract
