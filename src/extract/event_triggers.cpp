#include "event_triggers.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "extraction_state.hpp"
#include "flat_key_map.hpp"
#include "lexicon.hpp"

namespace bulletin::extract::event_detail {

namespace {

// How far after a verb its object may stand ("introduced the bipartisan Protecting Our Democracy Act").
constexpr std::size_t kObjectReach = 8;
// Prepositions a headline in title case capitalises ("Releases Joint Statement About ...").
constexpr std::array<std::string_view, 8> kTitleCasePrepositions{"about", "on",   "for",  "of",
                                                                 "to",    "with", "from", "regarding"};

// The trigger table (data/lexicons/event_triggers.tsv), longest phrases first.
const std::vector<Trigger>& triggers() {
    static const std::vector<Trigger> table = [] {
        std::vector<Trigger> out;
        for (const auto& entry : lexicons::eventTriggers().entries()) {
            const auto tab = entry.find('\t');
            if (tab == std::string::npos) continue;
            const auto kind = meetingKindFromString(entry.substr(tab + 1));
            if (!kind) continue;
            Trigger t;
            t.kind = *kind;
            std::string phrase = entry.substr(0, tab);
            // "verb ... object|object": the words after the ellipsis are the objects, one of which must follow.
            if (const auto dots = phrase.find("..."); dots != std::string::npos) {
                std::string object;
                for (char c : phrase.substr(dots + 3) + "|") {
                    if (c == '|') {
                        if (!object.empty()) t.objects.push_back(lower(object));
                        object.clear();
                    } else if (c != ' ') {
                        object += c;
                    }
                }
                phrase.resize(dots);
            }
            std::string word;
            for (char c : phrase) {
                if (c == ' ') {
                    if (!word.empty()) t.words.push_back(lower(word));
                    word.clear();
                } else {
                    word += c;
                }
            }
            if (!word.empty()) t.words.push_back(lower(word));
            if (!t.words.empty()) out.push_back(std::move(t));
        }
        std::stable_sort(out.begin(), out.end(),
                         [](const Trigger& a, const Trigger& b) { return a.words.size() > b.words.size(); });
        return out;
    }();
    return table;
}

// A conference's name made of a capitalised word and "Conf" or "Camp", or "Con" and its year or number ("DebConf",
// "DebCamp", "PyCon 2024", "DebConf24"; not the firm "MedCon Wellness"), or a numbered Conference of the Parties
// ("COP29").
bool conferenceName(const std::vector<Token>& t, std::size_t i) {
    std::string_view w = t[i].text;
    // The UN climate conferences by their number: "COP29", "COP 31" (the Conference of the Parties).
    if (w.size() >= 3 && w.substr(0, 3) == "COP") {
        const std::string_view number = w.substr(3);
        if (!number.empty())
            return number.size() <= 2 &&
                   std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
        return i + 1 < t.size() && t[i + 1].kind == TokenKind::Number && t[i + 1].text.size() <= 2 &&
               t[i + 1].sentence == t[i].sentence;
    }
    // ("The DebConf team met online": the people who organise it, not the conference.)
    static constexpr std::array<std::string_view, 13> kOrganisers{
        "team",       "teams", "committee",  "committees", "organisers", "organizers", "organising",
        "organizing", "staff", "volunteers", "bursaries",  "website",    "sponsors"};
    if (i + 1 < t.size() && t[i + 1].sentence == t[i].sentence && t[i + 1].isWord() &&
        inLowerList(t[i + 1].text, kOrganisers))
        return false;
    // "a stand at FOSDEM 2026", "will take part in SCALE 2027": a gathering's acronym and its year, where one goes to
    // it (not "the FY 2026 budget", nor "in NATO 2030", which is a programme's: a verb of going there before "in").
    if (i >= 1 && w.size() >= 3 && w.size() <= 8 && t[i].allCaps && i + 1 < t.size() &&
        t[i + 1].kind == TokenKind::Number && t[i + 1].text.size() == 4 && t[i + 1].text.starts_with("20") &&
        t[i + 1].sentence == t[i].sentence && t[i - 1].sentence == t[i].sentence &&
        std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        if (t[i - 1].is("at")) return true;
        static constexpr std::array<std::string_view, 7> kGoing{"attend",      "attends", "attended",    "attending",
                                                                "participate", "part",    "participated"};
        if (t[i - 1].is("in") && i >= 2 && t[i - 2].isWord() && inLowerList(t[i - 2].text, kGoing)) return true;
        // ("will attend FOSDEM 2027": one goes to it.)
        if (t[i - 1].isWord() &&
            inLowerList(t[i - 1].text, std::array<std::string_view, 4>{"attend", "attends", "attended", "attending"}))
            return true;
    }
    // ("mini-DebConf", "Mini-DebConf Hamburg": a small edition's prefix before the name.)
    if (const auto hyphen = w.find('-');
        hyphen != std::string_view::npos && hyphen <= 4 && equalsLower(w.substr(0, hyphen), "mini"))
        w.remove_prefix(hyphen + 1);
    const std::size_t full = w.size();
    while (!w.empty() && w.back() >= '0' && w.back() <= '9') w.remove_suffix(1);
    const bool numbered = w.size() < full || (i + 1 < t.size() && t[i + 1].kind == TokenKind::Number &&
                                              t[i + 1].text.size() == 4 && t[i + 1].sentence == t[i].sentence);
    for (const std::string_view tail : {"Conf", "Con", "Camp"}) {
        if (w.size() < tail.size() + 2 || w.substr(w.size() - tail.size()) != tail) continue;
        if (tail == "Con" && !numbered) return false;
        const std::string_view head = w.substr(0, w.size() - tail.size());
        if (!(head[0] >= 'A' && head[0] <= 'Z')) return false;
        // ("MiniDebConf": words run together, each capitalised; not an acronym before it, "ABCCon".)
        return head.size() >= 2 && head[1] >= 'a' && head[1] <= 'z' &&
               std::all_of(head.begin() + 1, head.end(),
                           [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    }
    return false;
}

// "82nd", "1st": a number written as an ordinal.
bool ordinalNumber(std::string_view n) {
    if (n.size() < 3 || !(n[0] >= '0' && n[0] <= '9')) return false;
    const std::string_view suffix = n.substr(n.size() - 2);
    return std::all_of(n.begin(), n.end() - 2, [](char c) { return c >= '0' && c <= '9'; }) &&
           (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th");
}

// "the 77th World Health Assembly", "the 10th World Water Congress": a numbered sitting of an assembly, an event (not
// "the 118th Congress", a legislature's term: a name stands between the number and the word).
bool numberedAssembly(const std::vector<Token>& t, std::size_t i) {
    if (!t[i].capitalized || t[i].allCaps || !(t[i].is("Assembly") || t[i].is("Congress"))) return false;
    constexpr std::size_t kNameWords = 5;
    std::size_t first = i;
    while (first > 0 && i - first < kNameWords && t[first - 1].sentence == t[i].sentence && t[first - 1].isWord() &&
           t[first - 1].capitalized)
        --first;
    if (first == i || first == 0 || t[first - 1].sentence != t[i].sentence) return false;
    return ordinalNumber(t[first - 1].text);
}

// "its 82nd session", "the 58th session of the Council": a sitting of a body by its number (not a legislature's term,
// "the 1st Session of the 118th Congress", a period a bill is introduced in).
bool numberedSession(const std::vector<Token>& t, std::size_t i) {
    if (!equalsLower(t[i].text, "session") || i < 2 || t[i - 1].sentence != t[i].sentence) return false;
    if (!ordinalNumber(t[i - 1].text)) return false;
    if (!(t[i - 2].is("its") || t[i - 2].is("the") || t[i - 2].is("their"))) return false;
    for (std::size_t k = i > 5 ? i - 5 : 0; k < t.size() && k <= i + 5; ++k)
        if (t[k].sentence == t[i].sentence && t[k].is("Congress")) return false;
    return true;
}

// "a mini-conference", "an e-workshop", "the mini-summit": a small or remote edition of a gathering, written as one
// word; the gathering's own one-word noun after the hyphen (not the verbs "met", "meets", nor a press conference).
const FlatKeyMap<std::vector<const Trigger*>>& triggersByFirstWord();

const Trigger* smallEditionOfGathering(std::string_view w) {
    const auto hyphen = w.find('-');
    if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= w.size()) return nullptr;
    static constexpr std::array<std::string_view, 6> kEditions{"mini", "e", "tele", "video", "online", "virtual"};
    const std::string_view edition = w.substr(0, hyphen);
    if (std::none_of(kEditions.begin(), kEditions.end(), [&](std::string_view k) { return equalsLower(edition, k); }))
        return nullptr;
    const auto* found = triggersByFirstWord().find(w.substr(hyphen + 1));
    if (!found) return nullptr;
    for (const Trigger* tr : *found)
        if (tr->words.size() == 1 && tr->objects.empty() && family(tr->kind) == 0 && tr->words[0].size() >= 5 &&
            tr->words[0] != "meets" && tr->words[0] != "talks")
            return tr;
    return nullptr;
}

// The triggers by their first word: most tokens start none, and one lookup says so.
// (Asked of every word of a release with the word as written: see FlatKeyMap.)
const FlatKeyMap<std::vector<const Trigger*>>& triggersByFirstWord() {
    static const auto index = [] {
        FlatKeyMap<std::vector<const Trigger*>> out;
        for (const auto& tr : triggers()) out.insert(tr.words[0], {}).push_back(&tr);  // longest phrases first
        return out;
    }();
    return index;
}

}  // namespace

int family(MeetingKind k) {
    switch (k) {
        case MeetingKind::Meeting:
        case MeetingKind::Training:
        case MeetingKind::Workshop:
        case MeetingKind::Conference:
            return 0;
        case MeetingKind::PressConference:
        case MeetingKind::Announcement:
            return 1;
        case MeetingKind::Other:
            return 2;
    }
    return 2;
}

namespace {

// "the Convention on Biological Diversity", "the Convention against Torture": a treaty named by its subject; "the
// Long Beach Convention & Entertainment Center", "the Convention Centre": a venue. No gathering either way.
bool conventionNamesNoGathering(const std::vector<Token>& t, std::size_t k) {
    if (!t[k].capitalized || !(equalsLower(t[k].text, "convention") || equalsLower(t[k].text, "conventions")) ||
        k + 1 >= t.size() || t[k + 1].sentence != t[k].sentence)
        return false;
    if (t[k + 1].is("&")) return true;
    for (const std::string_view word :
         {"on", "against", "for", "relating", "concerning", "center", "centre", "hall", "complex", "bureau"})
        if (equalsLower(t[k + 1].text, word)) return true;
    return false;
}

// "The Debian Reunion Hamburg 2026 took place from May 20 to May 24", "the Night of Science will be held on 3 June":
// a gathering named by a name no trigger word is in, told by what a gathering does, taking place. Given the token
// after the name (the verb's first word): the end of the verb phrase and the kind the name says, or none.
struct TakingPlace final {
    std::size_t end = 0;
    MeetingKind kind = MeetingKind::Other;
};
std::optional<TakingPlace> namedOccasionTakingPlace(const std::vector<Token>& t, std::size_t i) {
    static constexpr std::array<std::array<std::string_view, 3>, 8> kPhrases{{{"took", "place", ""},
                                                                              {"takes", "place", ""},
                                                                              {"will", "take", "place"},
                                                                              {"is", "taking", "place"},
                                                                              {"was", "held", ""},
                                                                              {"were", "held", ""},
                                                                              {"will", "be", "held"},
                                                                              {"is", "being", "held"}}};
    // (Asked of every word matchTrigger is asked of: most are turned away by their first letter and length.)
    const std::string_view verb = t[i].text;
    const bool opensPhrase = verb.size() == 2   ? verb == "is"
                             : verb.size() == 3 ? verb == "was"
                             : verb.size() == 4 ? (verb == "took" || verb == "will" || verb == "were")
                                                : verb == "takes";
    if (!opensPhrase) return std::nullopt;
    if (i == 0 || t[i - 1].sentence != t[i].sentence) return std::nullopt;
    std::size_t end = 0;
    for (const auto& phrase : kPhrases) {
        std::size_t k = i, w = 0;
        for (; w < phrase.size() && !phrase[w].empty(); ++w, ++k)
            if (k >= t.size() || t[k].sentence != t[i].sentence || !t[k].isWord() || !t[k].is(phrase[w])) break;
        if (w == phrase.size() || phrase[w].empty()) {
            end = k;
            break;
        }
    }
    if (end == 0) return std::nullopt;
    // (Something held is where, when or how: not "was held responsible", "were held captive".)
    if (t[end - 1].is("held") &&
        !(end < t.size() && t[end].sentence == t[i].sentence &&
          (t[end].kind == TokenKind::Number ||
           inLowerList(t[end].text,
                       std::array<std::string_view, 12>{"on", "in", "at", "from", "between", "during", "last", "this",
                                                        "yesterday", "today", "online", "virtually"}))))
        return std::nullopt;
    // The name: capitalised words, a year after them, "of", "and", "&", "for" or "on" between two of them.
    std::size_t first = i;
    if (t[first - 1].kind == TokenKind::Number && t[first - 1].text.size() == 4 && first >= 2) --first;
    std::size_t words = 0;
    while (first > 0 && i - first < 9 && t[first - 1].sentence == t[i].sentence) {
        const Token& w = t[first - 1];
        if (w.isWord() && w.capitalized && !w.is("The")) {
            ++words;
            --first;
        } else if (w.isWord() && words > 0 && first >= 2 && t[first - 2].capitalized &&
                   inLowerList(w.text, std::array<std::string_view, 5>{"of", "and", "&", "for", "on"})) {
            --first;
        } else {
            break;
        }
    }
    if (words < 2 || !t[first].capitalized) return std::nullopt;
    // After "the", or opening the sentence (a person is "held" too, never named after "the": "held" asks for it).
    // (The edition may stand between: "The 2018 NACo Achievement Awards Luncheon", "the 25th annual ... Luncheon".)
    std::size_t article = first;
    while (article > 0 && first - article < 3 && t[article - 1].sentence == t[i].sentence &&
           ((t[article - 1].kind == TokenKind::Number && t[article - 1].text.size() == 4) ||
            ordinalNumber(t[article - 1].text) ||
            inLowerList(t[article - 1].text,
                        std::array<std::string_view, 4>{"annual", "inaugural", "biennial", "yearly"})))
        --article;
    const bool afterArticle =
        article > 0 && t[article - 1].sentence == t[i].sentence && equalsLower(t[article - 1].text, "the");
    if (!afterArticle && !(t[first].sentenceStart && !t[end - 1].is("held"))) return std::nullopt;
    // (What takes place is what the name is of: "an offsite meeting of the National Security and Defense Council was
    // held in Kharkiv".)
    if (afterArticle && article >= 2 && t[article - 2].sentence == t[i].sentence &&
        inLowerList(t[article - 2].text, std::array<std::string_view, 4>{"of", "for", "with", "by"}))
        return std::nullopt;
    for (std::size_t k = first; k < i; ++k) {
        // (A name with a trigger word in it is reported by that word: "the Spring Hackathon was held".)
        if (!t[k].isWord()) continue;
        if (lexicons::noGatheringOccurrences().contains(t[k].text) || matchTrigger(t, k).trigger) return std::nullopt;
    }
    // (A body taking place is its sitting: "the Foreign Affairs Council took place in Brussels".)
    const std::size_t last = t[i - 1].kind == TokenKind::Number ? i - 2 : i - 1;
    const MeetingKind kind = occasionKind(t, first, i);
    return TakingPlace{end,
                       kind == MeetingKind::Other && isOrganisationHead(t[last].text) ? MeetingKind::Meeting : kind};
}

}  // namespace

std::optional<MeetingKind> occasionKindOf(std::string_view word) {
    static const std::vector<std::pair<std::string, MeetingKind>> table = [] {
        std::vector<std::pair<std::string, MeetingKind>> out;
        for (const auto& entry : lexicons::occasionKinds().entries()) {
            const auto tab = entry.find('\t');
            if (tab == std::string::npos) continue;
            if (const auto kind = meetingKindFromString(std::string_view(entry).substr(tab + 1)))
                out.emplace_back(entry.substr(0, tab), *kind);
        }
        return out;
    }();
    for (const auto& [name, kind] : table)
        if (equalsLower(word, name)) return kind;
    return std::nullopt;
}

MeetingKind occasionKind(const std::vector<Token>& t, std::size_t first, std::size_t end) {
    for (std::size_t k = first; k < end; ++k)
        if (const auto kind = occasionKindOf(t[k].text)) return *kind;
    return MeetingKind::Other;
}

std::optional<int> yearOfEventName(const std::vector<Token>& t, std::size_t i, std::size_t end) {
    // (A kind in lower case after the name: "the DebConf27 conference", "the Expo 2030 exhibition".)
    if (!t[i].capitalized) {
        if (i == 0 || t[i - 1].sentence != t[i].sentence) return std::nullopt;
        const std::size_t name = t[i - 1].kind == TokenKind::Number && i > 1 ? i - 2 : i - 1;
        // (One step back only: the name's own word, capitalised.)
        return t[name].capitalized ? yearOfEventName(t, name, name + 1) : std::nullopt;
    }
    // ("FOSDEM 2027": an acronym only as a conference's name, with its year.)
    if (t[i].allCaps && !conferenceName(t, i)) return std::nullopt;
    // "DebConf27": two digits run into a "Conf" or "Camp" name are its year.
    const std::string_view w = t[i].text;
    if (end == i + 1 && w.size() > 6 &&
        (w.find("Conf") != std::string_view::npos || w.find("Camp") != std::string_view::npos)) {
        const std::string_view digits = w.substr(w.size() - 2);
        if (std::isdigit(static_cast<unsigned char>(digits[0])) &&
            std::isdigit(static_cast<unsigned char>(digits[1])) &&
            !std::isdigit(static_cast<unsigned char>(w[w.size() - 3])))
            return 2000 + (digits[0] - '0') * 10 + (digits[1] - '0');
    }
    // The name's capitalised words after the trigger ("Expo" of "the Expo Velmar 2027"), then a year of four digits.
    std::size_t k = end;
    while (k < t.size() && k < end + 3 && t[k].sentence == t[i].sentence && t[k].isWord() && t[k].capitalized) ++k;
    if (k >= t.size() || t[k].sentence != t[i].sentence || t[k].kind != TokenKind::Number || t[k].text.size() != 4)
        return std::nullopt;
    int year = 0;
    for (const char c : t[k].text) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
        year = year * 10 + (c - '0');
    }
    // (A year, not a count or a number in a series: "Forum 1000".)
    if (year < 1950 || year > 2100) return std::nullopt;
    // (Nor the first of a span of years, "the Forum 2026-2027": no one year.)
    if (k + 1 < t.size() && t[k + 1].sentence == t[i].sentence && t[k + 1].isPunct('-')) return std::nullopt;
    return year;
}

Found matchTrigger(const std::vector<Token>& t, std::size_t i) {
    if (!t[i].isWord() || t[i].text.size() > 32) return {};
    // (One trigger per kind for the occasions named before "took place", "was held".)
    static const std::array<Trigger, 7> kTakingPlace = [] {
        std::array<Trigger, 7> out;
        for (std::size_t k = 0; k < out.size(); ++k) {
            out[k].words = {"took", "place"};
            out[k].kind = static_cast<MeetingKind>(k);
        }
        return out;
    }();
    const auto takingPlace = [&]() -> Found {
        if (const auto occasion = namedOccasionTakingPlace(t, i))
            return {&kTakingPlace[static_cast<std::size_t>(occasion->kind)], occasion->end};
        return {};
    };
    const auto* candidates = triggersByFirstWord().find(t[i].text);
    if (!candidates) {
        if (const Found named = takingPlace(); named.trigger) return named;
        if (const Trigger* edition = smallEditionOfGathering(t[i].text)) return {edition, i + 1};
        // "DebConf24", "PyCon", "KubeCon": a conference's name made of a word and "Con" or "Conf"; "the 77th World
        // Health Assembly".
        static const Trigger named{{"con"}, {}, MeetingKind::Conference};
        return conferenceName(t, i) || numberedAssembly(t, i) ? Found{&named, i + 1} : Found{};
    }
    for (const Trigger* trp : *candidates) {
        const Trigger& tr = *trp;
        if (i + tr.words.size() > t.size()) continue;
        bool ok = true;
        for (std::size_t k = 0; k < tr.words.size() && ok; ++k)
            ok = t[i + k].isWord() && equalsLower(t[i + k].text, tr.words[k]) && t[i + k].sentence == t[i].sentence;
        // (An object word right after "to" is a verb, not the object: "the proposal presented by the Minister of
        // Health to award the contract", "launched efforts to fund the repairs".)
        if (ok && !tr.objects.empty()) {
            ok = false;
            const std::size_t from = i + tr.words.size();
            for (std::size_t k = from; k < t.size() && k < from + kObjectReach && t[k].sentence == t[i].sentence && !ok;
                 ++k)
                for (const auto& object : tr.objects)
                    // (Nor "the 118th Congress", a legislature's term: "the 1st session of the 118th Congress".)
                    // (Nor, for what is announced, a capitalised word inside a longer name: "the launch of the
                    // Singapore Green Plan Youth Forum" launches a forum, not a plan; a headline's "Releases Joint
                    // Statement About ..." goes on with a function word.)
                    if (t[k].isWord() && equalsLower(t[k].text, object) && !conventionNamesNoGathering(t, k) &&
                        !t[k - 1].is("to") && !(t[k].is("Congress") && ordinalNumber(t[k - 1].text)) &&
                        !(tr.kind == MeetingKind::Announcement && t[k].capitalized && !t[k].allCaps &&
                          k + 1 < t.size() && t[k + 1].isWord() && t[k + 1].capitalized && !t[k + 1].allCaps &&
                          t[k + 1].sentence == t[k].sentence && !lexicons::functionWords().contains(t[k + 1].text) &&
                          !inLowerList(t[k + 1].text, kTitleCasePrepositions)))
                        ok = true;
        }
        if (ok) return {&tr, i + tr.words.size()};
    }
    if (const Found named = takingPlace(); named.trigger) return named;
    // "at its 82nd session in Geneva from 7 to 25 April": a body's numbered sitting.
    static const Trigger numberedSitting{{"session"}, {}, MeetingKind::Meeting};
    return numberedSession(t, i) ? Found{&numberedSitting, i + 1} : Found{};
}

}  // namespace bulletin::extract::event_detail
