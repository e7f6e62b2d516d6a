// Linking: the kept candidates become the document's entities. A rule's candidate stays with the entity its rule
// made; the tagger's link to an entity of the document (a surname to its full name, an acronym to its
// definition, a short form to its long one, "Mr. X" to X) or start one; places named both with and without their
// kind are one place.

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "candidates.hpp"
#include "lexicon.hpp"

namespace bulletin::extract {

namespace {

std::string cleanSurface(std::string_view s) {
    std::string out(s);
    while (!out.empty() && (out.back() == ',' || out.back() == ' ' || out.back() == ':' ||
                            (out.back() == '.' && !(out.size() >= 3 && out[out.size() - 3] == '.'))))
        out.pop_back();
    return out;
}

// The start of a candidate or a byte offset, for searches over candidates sorted by start.
std::size_t beginOf(const Candidate& c) {
    return c.begin;
}
std::size_t beginOf(std::size_t offset) {
    return offset;
}

std::vector<std::string> keyWords(const std::string& name) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : lookupKey(name)) {
        if (c == ' ') {
            if (!cur.empty()) out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

// Initials of a name's capitalised words ("Islamic Movement of Uzbekistan" -> "IMU").
std::string initials(const std::string& name) {
    std::string out;
    bool start = true;
    for (char c : name) {
        if (c == ' ' || c == '-') {
            start = true;
            continue;
        }
        if (start && c >= 'A' && c <= 'Z') out += c;
        start = false;
    }
    return out;
}

// A company's legal form as a word of its name's key ("Bonwin" for "Bonwin Pte Ltd").
bool legalFormWord(const std::string& w) {
    static constexpr std::array<std::string_view, 11> kForms{"pte",     "ltd",  "ltd.",        "inc", "inc.",    "llc",
                                                             "limited", "corp", "corporation", "plc", "p.l.l.c."};
    return std::find(kForms.begin(), kForms.end(), w) != kForms.end();
}

// Words a place or organisation name may end with and still be the same name said shortly ("D'Manor" for
// "D'Manor Condominium", "Bonwin" for "Bonwin Pte Ltd").
bool shortFormTail(const std::string& w) {
    static constexpr std::array<std::string_view, 5> kBuildings{"condominium", "apartments", "estate", "mansion",
                                                                "complex"};
    return legalFormWord(w) || std::find(kBuildings.begin(), kBuildings.end(), w) != kBuildings.end();
}

// ... and the kinds of company a body's short name leaves out ("Rosatom" of "Rosatom State Corporation", "Gazprom"
// of "Gazprom Group"): its legal forms and a few words more.
bool companyKindWord(const std::string& w) {
    static constexpr std::array<std::string_view, 8> kKinds{"state", "group", "company", "co",
                                                            "co.",   "jsc",   "pjsc",    "holdings"};
    return legalFormWord(w) || std::find(kKinds.begin(), kKinds.end(), w) != kKinds.end();
}

// A "(“Appollo”)" or "(Rizal)" right after a name defines a short name for it.
std::optional<std::string> parenthesisedAlias(std::string_view text, std::size_t end) {
    std::size_t i = end;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size() || text[i] != '(') return std::nullopt;
    const auto close = text.find(')', i);
    if (close == std::string_view::npos || close - i > 40) return std::nullopt;
    std::string inner(text.substr(i + 1, close - i - 1));
    for (std::string_view q : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\"", "\xE2\x80\x98", "\xE2\x80\x99"}) {
        std::size_t at;
        while ((at = inner.find(q)) != std::string::npos) inner.erase(at, q.size());
    }
    while (!inner.empty() && inner.back() == ' ') inner.pop_back();
    while (!inner.empty() && inner.front() == ' ') inner.erase(0, 1);
    if (inner.empty() || !(inner[0] >= 'A' && inner[0] <= 'Z') || inner.find(' ') != std::string::npos)
        return std::nullopt;
    return inner;
}

// "Leong Poh Keong @ Liang Boqiang": the name after "@" is another the same person goes by (the Singaporean and
// Malaysian way of writing an alias), up to the parentheses, comma or line end that close it.
std::optional<std::string> atAlias(std::string_view text, std::size_t end) {
    std::size_t i = end;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size() || text[i] != '@') return std::nullopt;
    ++i;
    while (i < text.size() && text[i] == ' ') ++i;
    const std::size_t stop = std::min(text.find_first_of("(,;\n", i), text.size());
    std::string alias(text.substr(i, std::min<std::size_t>(stop - i, 60)));
    while (!alias.empty() && alias.back() == ' ') alias.pop_back();
    if (alias.empty() || !(alias[0] >= 'A' && alias[0] <= 'Z')) return std::nullopt;
    return alias;
}

// The document's entities by the parts of their names the linker asks about, so that linking stays linear in
// the number of mentions (a hostile release may hold hundreds of thousands).
struct NameIndex final {
    std::map<std::string, std::set<std::size_t>> personsByWord;      // any word of a full name
    std::map<std::string, std::set<std::size_t>> personsByEnds;      // "first|last" of a full name
    std::map<std::string, std::set<std::size_t>> personsByLast;      // last word of a full name
    std::map<std::string, std::set<std::size_t>> singleNamePersons;  // a one-word name
    std::map<std::pair<int, std::string>, std::size_t> byInitials;
    std::map<std::pair<int, std::string>, std::set<std::size_t>> byFirstWord;

    void add(const std::vector<DraftEntity>& entities, std::size_t e) {
        const auto& x = entities[e];
        const auto words = keyWords(x.name);
        if (words.empty()) return;
        if (x.type == EntityType::Person) {
            if (words.size() == 1) {
                singleNamePersons[words[0]].insert(e);
                return;
            }
            for (const auto& w : words) personsByWord[w].insert(e);
            personsByEnds[words.front() + '|' + words.back()].insert(e);
            personsByLast[words.back()].insert(e);
            return;
        }
        byInitials.emplace(std::pair{static_cast<int>(x.type), initials(x.name)}, e);
        byFirstWord[{static_cast<int>(x.type), words[0]}].insert(e);
    }
};

}  // namespace

namespace {

// Moves the mentions, aliases and acronym of `other` into `into`: one entity named two ways.
void absorbEntity(DraftEntity& into, DraftEntity& other) {
    for (auto& m : other.mentions) into.mentions.push_back(std::move(m));
    into.aliases.insert(other.aliases.begin(), other.aliases.end());
    if (into.acronym.empty()) into.acronym = other.acronym;
    into.fromBody = into.fromBody || other.fromBody;
    other.mentions.clear();
}

// "Helmand" beside "Helmand province": one place named both ways, unless the bare name is a city of its own
// ("Ghazni" the city beside "Ghazni province").
constexpr long kCityOfItsOwn = 20000;  // a town this size is a place of its own beside its district

void mergeBarePlacesIntoKinds(std::vector<DraftEntity>& entities, const ExtractionState& st) {
    std::map<std::string, std::size_t> bare;  // folded name -> location entity
    for (std::size_t e = 0; e < entities.size(); ++e)
        if (entities[e].type == EntityType::Location && !entities[e].mentions.empty())
            bare.emplace(lookupKey(entities[e].name), e);
    for (std::size_t e = 0; e < entities.size(); ++e) {
        auto& kind = entities[e];
        if (kind.type != EntityType::Location || kind.mentions.empty()) continue;
        const auto space = kind.name.rfind(' ');
        if (space == std::string::npos || !lexicons::geoSuffixes().contains(kind.name.substr(space + 1))) continue;
        const std::string base = kind.name.substr(0, space);
        const auto it = bare.find(lookupKey(base));
        if (it == bare.end() || it->second == e) continue;
        if (const auto* place = st.gazetteer().place(base); place && place->kind == PlaceKind::City) continue;
        // ... also when the name stands for a region first: "the cities of Sumy, Lebedyn" beside "Sumy region".
        if (st.gazetteer().largestCityPopulation(base) >= kCityOfItsOwn) continue;
        absorbEntity(kind, entities[it->second]);
    }
}

// "Rosatom" beside "the Rosatom State Corporation", "Gazprom" beside "Gazprom Group": one body named with and
// without the kind of company it is, which keeps the full name (whichever came first; the tagger's short forms
// after a full name are linked as they come, see below).
void mergeShortCompanyNames(std::vector<DraftEntity>& entities) {
    std::map<std::string, std::size_t> byName;  // folded name -> agency entity
    for (std::size_t e = 0; e < entities.size(); ++e)
        if (entities[e].type == EntityType::Agency && !entities[e].mentions.empty())
            byName.emplace(lookupKey(entities[e].name), e);
    for (std::size_t e = 0; e < entities.size(); ++e) {
        auto& full = entities[e];
        if (full.type != EntityType::Agency || full.mentions.empty()) continue;
        auto words = keyWords(full.name);
        std::size_t kept = words.size();
        while (kept > 1 && companyKindWord(words[kept - 1])) --kept;
        if (kept == words.size()) continue;
        std::string base;
        for (std::size_t k = 0; k < kept; ++k) base += (k ? " " : "") + words[k];
        const auto it = byName.find(base);
        if (it == byName.end() || it->second == e) continue;
        absorbEntity(full, entities[it->second]);
    }
}

// "the Health Ministry" beside "the Ministry of Health", "the House Foreign Affairs Committee" beside "the House
// Committee on Foreign Affairs": one body named with its field before its kind and after it. The key is what
// comes before the kind, the kind, and the field ("Foreign Ministry" is the Ministry of Foreign Affairs too).
constexpr std::array<std::string_view, 9> kInvertibleKinds{
    "ministry", "department", "bureau", "office", "commission", "committee", "directorate", "division", "agency"};

bool invertibleKind(const std::string& w) {
    return std::find(kInvertibleKinds.begin(), kInvertibleKinds.end(), w) != kInvertibleKinds.end();
}

std::string joined(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t k = from; k < to; ++k) out += (k > from ? " " : "") + words[k];
    return out;
}

// The keys of a name written "[prefix] Kind of|on|for [the] Field": "prefix|kind|field", and without a field's
// closing "Affairs".
std::vector<std::string> fieldAfterKindKeys(const std::vector<std::string>& w) {
    for (std::size_t h = 0; h + 2 < w.size(); ++h) {
        if (!invertibleKind(w[h]) || !(w[h + 1] == "of" || w[h + 1] == "on" || w[h + 1] == "for")) continue;
        std::size_t from = h + 2;
        if (w[from] == "the") ++from;
        if (from >= w.size()) return {};
        // (A field of one or two words, none a joining word: not "Department of Justice of the State of X".)
        if (w.size() - from > 3) return {};
        for (std::size_t k = from; k < w.size(); ++k)
            if (w[k] == "of" || w[k] == "on" || w[k] == "for" || w[k] == "the") return {};
        const std::string head = joined(w, 0, h) + '|' + w[h] + '|';
        std::vector<std::string> keys{head + joined(w, from, w.size())};
        if (w.back() == "affairs" && w.size() - from >= 2) keys.push_back(head + joined(w, from, w.size() - 1));
        return keys;
    }
    return {};
}

void mergeInvertedBodyNames(std::vector<DraftEntity>& entities) {
    std::map<std::string, std::size_t> byKey;  // "prefix|kind|field" -> the entity named "Kind of Field"
    for (std::size_t e = 0; e < entities.size(); ++e)
        if (entities[e].type == EntityType::Agency && !entities[e].mentions.empty())
            for (auto& key : fieldAfterKindKeys(keyWords(entities[e].name))) byKey.emplace(std::move(key), e);
    if (byKey.empty()) return;
    for (std::size_t e = 0; e < entities.size(); ++e) {
        auto& inverted = entities[e];
        if (inverted.type != EntityType::Agency || inverted.mentions.empty()) continue;
        const auto w = keyWords(inverted.name);
        if (w.size() < 2 || !invertibleKind(w.back())) continue;
        std::optional<std::size_t> full;
        // The field is the last word or two before the kind, the rest what stands before the body's name.
        for (std::size_t fieldWords = 1; fieldWords <= 3 && fieldWords < w.size() && !full; ++fieldWords) {
            const std::size_t from = w.size() - 1 - fieldWords;
            const auto it = byKey.find(joined(w, 0, from) + '|' + w.back() + '|' + joined(w, from, w.size() - 1));
            if (it != byKey.end() && it->second != e) full = it->second;
        }
        if (!full) continue;
        absorbEntity(entities[*full], inverted);
    }
}

// "Alexander Grigoryevich" beside "Alexander Lukashenko": a given name and a patronymic, the polite address of a
// Russian transcript, name the one person of the release with that given name (none when two share it).
bool patronymicWord(const std::string& w) {
    static constexpr std::array<std::string_view, 6> kEndings{"ovich", "evich", "ovna", "evna", "ichna", "inichna"};
    return w.size() >= 7 && std::any_of(kEndings.begin(), kEndings.end(), [&](std::string_view e) {
               return std::string_view(w).ends_with(e);
           });
}

void mergePatronymicAddresses(std::vector<DraftEntity>& entities) {
    std::map<std::string, std::vector<std::size_t>> byGivenName;  // folded first word -> full names
    for (std::size_t e = 0; e < entities.size(); ++e) {
        if (entities[e].type != EntityType::Person || entities[e].mentions.empty()) continue;
        const auto words = keyWords(entities[e].name);
        // (A full name may hold the patronymic too: "Vladimir Vladimirovich Putin".)
        if ((words.size() == 2 && !patronymicWord(words[1])) || words.size() == 3) byGivenName[words[0]].push_back(e);
    }
    for (auto& address : entities) {
        if (address.type != EntityType::Person || address.mentions.empty()) continue;
        const auto words = keyWords(address.name);
        if (words.size() != 2 || !patronymicWord(words[1])) continue;
        const auto it = byGivenName.find(words[0]);
        if (it == byGivenName.end() || it->second.size() != 1) continue;
        absorbEntity(entities[it->second.front()], address);
    }
}

// "Dr. Sean's Nonprofit" beside "Sean O'Mara": a common given name alone names the one person of the release whose
// name opens with it (none when two share it, nor when it is another person's family name).
void mergeGivenNameAddresses(std::vector<DraftEntity>& entities, const Gazetteer& gazetteer) {
    std::map<std::string, std::vector<std::size_t>> byGivenName;  // folded first word -> full names
    std::set<std::string> familyNames;
    for (std::size_t e = 0; e < entities.size(); ++e) {
        if (entities[e].type != EntityType::Person || entities[e].mentions.empty()) continue;
        const auto words = keyWords(entities[e].name);
        if (words.size() < 2 || words.size() > 3) continue;
        byGivenName[words[0]].push_back(e);
        // (The family name before a generational suffix: "Eddie Clark Sr".)
        const bool suffix =
            words.back() == "jr" || words.back() == "sr" || words.back() == "ii" || words.back() == "iii";
        familyNames.insert(words[suffix ? words.size() - 2 : words.size() - 1]);
    }
    if (byGivenName.empty()) return;
    for (auto& address : entities) {
        if (address.type != EntityType::Person || address.mentions.empty()) continue;
        const auto words = keyWords(address.name);
        if (words.size() != 1 || familyNames.count(words[0]) || gazetteer.givenNameCount(address.name) < 1000) continue;
        const auto it = byGivenName.find(words[0]);
        if (it == byGivenName.end() || it->second.size() != 1) continue;
        absorbEntity(entities[it->second.front()], address);
    }
}

}  // namespace

void linkCandidates(ExtractionState& st, const std::vector<Candidate>& keptIn) {
    std::vector<DraftEntity> entities = st.entities();
    for (auto& e : entities) {
        e.mentions.clear();
        e.aliases.clear();
        e.fromBody = false;
    }
    const auto& t = st.tokens();
    const std::string_view text = st.text();
    std::vector<Candidate> kept = keptIn;
    // "Ghazni province", "Khod valley": a place followed by what kind of place it is.
    for (auto& c : kept) {
        if (c.type != EntityType::Location || c.endToken >= t.size()) continue;
        const Token& next = t[c.endToken];
        // (kept is sorted by start: whether a mention starts at the suffix is one search)
        const bool taken = std::binary_search(keptIn.begin(), keptIn.end(), next.begin,
                                              [](const auto& a, const auto& b) { return beginOf(a) < beginOf(b); });
        // (Not "state" as a word of what follows: "the Novo-Ogaryovo state residence", "on a state visit".)
        const bool stateAdjective = next.is("state") && c.endToken + 1 < t.size() && t[c.endToken + 1].isWord() &&
                                    lexicons::stateQualifiedNouns().contains(t[c.endToken + 1].text);
        // ("Changi Airport Terminal 2", "Hall 4": a venue's numbered part, its number no date or count.)
        if (next.kind == TokenKind::Number && next.text.size() <= 2 && next.begin == t[c.endToken - 1].end + 1 &&
            next.sentence == t[c.endToken - 1].sentence && !taken &&
            inLowerList(t[c.endToken - 1].text, std::array<std::string_view, 4>{"terminal", "hall", "pier", "gate"}) &&
            t[c.endToken - 1].capitalized &&
            !(c.endToken + 1 < t.size() && t[c.endToken + 1].isWord() && t[c.endToken + 1].capitalized &&
              t[c.endToken + 1].sentence == next.sentence)) {
            c.end = next.end;
            c.endToken += 1;
            continue;
        }
        if (next.isWord() && !next.capitalized && lexicons::geoSuffixes().contains(next.text) && !taken &&
            !stateAdjective) {
            c.end = next.end;
            c.endToken += 1;
            c.ruleEntity.reset();  // a province is another entity than the city of the same name
        }
    }
    auto attach = [&](std::size_t e, const Candidate& c, std::string surface) {
        auto& entity = entities[e];
        entity.mentions.push_back(Mention{Span{c.begin, c.end}, surface, c.source, c.score});
        entity.aliases.insert(std::move(surface));
        // (A title and a name in the headline name the person though the body may not again.)
        if (!st.inHeadline(c.begin) || c.source == "person.headline_titled" || c.source == "person.headline_capitals" ||
            c.source == "person.headline_subject")
            entity.fromBody = true;
    };
    std::map<std::string, std::size_t> definedAliases;  // "Appollo" -> entity
    auto noteAlias = [&](const Candidate& c, std::size_t e) {
        if (auto alias = parenthesisedAlias(text, c.end)) definedAliases.emplace(lookupKey(*alias), e);
        if (c.type == EntityType::Person)
            if (auto alias = atAlias(text, c.end)) definedAliases.emplace(lookupKey(*alias), e);
    };
    // Rule candidates first: they bring the entities the tagger's mentions link to. A person's mention takes
    // back its title ("Brigadier General Zakariyya Mansoor", "BG Mansoor") unless another kept mention holds it
    // (the office of "Orange County District Attorney Todd Spitzer").
    for (std::size_t k = 0; k < kept.size(); ++k) {
        Candidate c = kept[k];
        if (!c.ruleEntity) continue;
        if (c.type == EntityType::Person && c.titleBegin < c.begin && (k == 0 || kept[k - 1].end <= c.titleBegin)) {
            c.begin = c.titleBegin;
            c.firstToken = tokenAt(t, c.begin);
        }
        attach(*c.ruleEntity, c, std::string(st.slice(c.begin, c.end)));
        noteAlias(c, *c.ruleEntity);
    }
    // Every name, acronym and alias of the entities by folded key, kept up to date as mentions attach: asked
    // for every candidate, folding them again each time was the linker's main cost.
    std::map<std::pair<int, std::string>, std::size_t> byKey;
    auto index = [&](std::size_t e, const std::string& name) {
        byKey.emplace(std::pair{static_cast<int>(entities[e].type), lookupKey(name)}, e);
    };
    for (std::size_t e = 0; e < entities.size(); ++e) {
        index(e, entities[e].name);
        if (!entities[e].acronym.empty()) index(e, entities[e].acronym);
        for (const auto& a : entities[e].aliases) index(e, a);
    }
    auto findEntity = [&](EntityType type, const std::string& surface) -> std::optional<std::size_t> {
        const auto it = byKey.find({static_cast<int>(type), lookupKey(surface)});
        if (it == byKey.end()) return std::nullopt;
        return it->second;
    };
    // The one entity a short form may stand for. A headline's name (often a fragment: "Lori Swanson Files Lawsuit
    // Against Pharmaceutical Companies") does not make a body's surname ambiguous when only one of the candidates
    // was named in the body; left alone, "Swanson" became a second person beside "Lori Swanson".
    // Several of one first name are one person said in longer and shorter forms (asked for by the surname), one
    // of them often a tagger's overreach ("James Morris", "James Everett Morris Jr", "James Morris Bail Bonds";
    // "Marc Zeno" and "Marc Anthony Zeno of Gramercy"): the surname goes to the form named most often. Different
    // first names are different people (a family: "Vijay Soni", "Supriti Soni"), and the surname stays apart.
    auto onlyOne = [&](const std::set<std::size_t>& matches, const std::string& surname) -> std::optional<std::size_t> {
        if (matches.size() == 1) return *matches.begin();
        std::vector<std::size_t> inBody;
        for (const auto k : matches)
            if (entities[k].fromBody) inBody.push_back(k);
        if (inBody.size() == 1) return inBody.front();
        if (inBody.empty()) return std::nullopt;
        const std::string firstName = keyWords(entities[inBody.front()].name).front();
        if (firstName == surname) return std::nullopt;  // "Gary" beside "Gary Campbell" and "Gary Smith"
        // Among the forms the surname ends: "Michael" is no Joshua Michael Richardson.
        std::optional<std::size_t> best;
        for (const auto k : inBody) {
            const auto kw = keyWords(entities[k].name);
            if (kw.front() != firstName) return std::nullopt;
            if (kw.back() != surname) continue;
            const auto& x = entities[k];
            if (!best || x.mentions.size() > entities[*best].mentions.size() ||
                (x.mentions.size() == entities[*best].mentions.size() && x.name.size() < entities[*best].name.size()))
                best = k;
        }
        return best;
    };
    NameIndex names;
    for (std::size_t e = 0; e < entities.size(); ++e)
        if (!entities[e].mentions.empty()) names.add(entities, e);
    // The tagger's candidates, longest first, so that "Kapinos" finds "Sergey Kapinos" already there.
    std::vector<const Candidate*> fromTagger;
    for (const auto& c : kept)
        if (!c.ruleEntity) fromTagger.push_back(&c);
    std::stable_sort(fromTagger.begin(), fromTagger.end(), [](const Candidate* a, const Candidate* b) {
        return a->endToken - a->firstToken > b->endToken - b->firstToken;
    });
    for (const Candidate* cp : fromTagger) {
        const Candidate& c = *cp;
        // A person's title or honorific is not part of the name.
        Candidate m = c;
        if (c.type == EntityType::Person) {
            const std::size_t start = nameStart(st, c);
            m.firstToken = start;
            m.begin = t[start].begin;
        }
        std::string surface = cleanSurface(st.slice(m.begin, m.end));
        if (surface.empty()) continue;
        // A person a rule named but whose every candidate lost to the tagger's ("Mr. Hoenig") is no evidence
        // against the full name the document gives ("Thomas M. Hoenig"): the name index is asked first, and the
        // rule's entity is taken again below when it knows nobody.
        const auto named = findEntity(c.type, surface);
        const bool unheard = named && c.type == EntityType::Person && entities[*named].mentions.empty();
        std::optional<std::size_t> e;
        if (named && !unheard) e = named;
        const auto words = keyWords(surface);
        if (!e) {
            // (The tagger's guess of a type yields to a definition by a word of the name: "Kia Motors America (Kia)
            // ... a CPA at Kia" is the company, whatever "at Kia" looks like; not "Synergy Law Center (Anaheim)",
            // where the parentheses say where the centre is.)
            if (auto it = definedAliases.find(lookupKey(surface));
                it != definedAliases.end() &&
                (entities[it->second].type == c.type ||
                 (c.source == "tagger" && words.size() == 1 &&
                  lookupKey(entities[it->second].name).find(lookupKey(surface)) != std::string::npos)))
                e = it->second;
        }
        if (!e && c.type == EntityType::Person) {
            // One word of a person's full name ("Kapinos", "Rizal"), or the same first and last names
            // ("Adam I. Klein" for "Adam Klein"): the person of the document named so, when only one is.
            const std::set<std::size_t>* matches = nullptr;
            if (words.size() == 1) {
                if (auto it = names.personsByWord.find(words[0]); it != names.personsByWord.end())
                    matches = &it->second;
            } else if (words.size() >= 2) {
                if (auto it = names.personsByEnds.find(words.front() + '|' + words.back());
                    it != names.personsByEnds.end())
                    matches = &it->second;
            }
            if (matches) e = onlyOne(*matches, words.back());
            // "Sean O'Mara" found after the rules' "O'Mara", "AG Ellison" for "Keith Ellison": the same surname.
            if (!e && words.size() >= 2) {
                std::set<std::size_t> found;
                if (auto it = names.singleNamePersons.find(words.back()); it != names.singleNamePersons.end())
                    found.insert(it->second.begin(), it->second.end());
                if (words.size() == 2 && t[m.firstToken].allCaps)
                    if (auto it = names.personsByLast.find(words.back()); it != names.personsByLast.end())
                        found.insert(it->second.begin(), it->second.end());
                if ((e = onlyOne(found, words.back()))) {
                    if (keyWords(entities[*e].name).size() == 1) {
                        entities[*e].name = surface;
                        names.add(entities, *e);
                    }
                }
            }
        }
        if (!e && (c.type == EntityType::Agency || c.type == EntityType::Location)) {
            const bool acronym = isAcronymLike(surface);
            // "IMU" for "Islamic Movement of Uzbekistan", "AIC" for "Aljunied Industrial Complex".
            if (acronym)
                if (auto it = names.byInitials.find({static_cast<int>(c.type), surface}); it != names.byInitials.end())
                    e = it->second;
            // ("students at UCI" after "the University of California, Irvine (UCI)": an acronym the tagger read as a
            // place that is a body's acronym in the release, or whose letters are a body's initials and no known
            // place's name, is that body.)
            if (!e && acronym && c.type == EntityType::Location) {
                if (const auto body = findEntity(EntityType::Agency, surface)) {
                    e = body;
                } else if (!st.gazetteer().place(surface)) {
                    if (auto it = names.byInitials.find({static_cast<int>(EntityType::Agency), surface});
                        it != names.byInitials.end())
                        e = it->second;
                }
            }
            // "Bonwin" for "Bonwin Pte Ltd", "SeaHill" for "SeaHill Condominium".
            if (!acronym && !words.empty())
                if (auto it = names.byFirstWord.find({static_cast<int>(c.type), words[0]});
                    it != names.byFirstWord.end())
                    for (const auto k : it->second) {
                        const auto full = keyWords(entities[k].name);
                        if (words.size() < full.size() && std::equal(words.begin(), words.end(), full.begin()) &&
                            std::all_of(full.begin() + static_cast<long>(words.size()), full.end(), shortFormTail)) {
                            e = k;
                            break;
                        }
                    }
            if (e && acronym && c.type == EntityType::Agency && entities[*e].acronym.empty())
                entities[*e].acronym = surface;
        }
        if (!e && c.type == EntityType::Agency) {
            if (auto it = st.definedAcronyms.find(surface); it != st.definedAcronyms.end())
                e = findEntity(c.type, it->second);
        }
        if (!e) {
            DraftEntity d;
            d.type = c.type;
            d.name = surface;
            if (c.type == EntityType::Location) {
                // "State of Minnesota", "Republic of South Ossetia", "City of Anaheim": the place itself.
                const std::string_view kind = std::string_view(d.name).substr(0, d.name.find(' '));
                const bool settlement = lexicons::settlementKinds().contains(kind) &&
                                        std::string_view(d.name).substr(kind.size()).starts_with(" of ");
                if (settlement && st.gazetteer().place(d.name.substr(kind.size() + 4)))
                    d.name = d.name.substr(kind.size() + 4);
                for (std::string_view prefix : {"State of ", "Republic of ", "the ", "The "})
                    if (d.name.rfind(prefix, 0) == 0 && st.gazetteer().place(d.name.substr(prefix.size())))
                        d.name = d.name.substr(prefix.size());
                if (const auto* place = st.gazetteer().place(d.name)) d.name = place->name;
            }
            if (c.type == EntityType::Agency) {
                if (const auto* known = st.gazetteer().agencyByName(surface)) {
                    d.name = known->name;
                    d.acronym = known->acronym;
                } else if (const auto* byAcronym = st.gazetteer().agencyByAcronym(surface)) {
                    d.name = byAcronym->name;
                    d.acronym = byAcronym->acronym;
                }
            }
            if (c.type == EntityType::Person && m.firstToken > 0) d.role = titleBeforeToken(st, m.firstToken);
            if (auto again = findEntity(c.type, d.name)) {
                e = again;
            } else {
                entities.push_back(std::move(d));
                e = entities.size() - 1;
            }
        }
        const bool first = entities[*e].mentions.empty();
        attach(*e, m, surface);
        if (first) names.add(entities, *e);
        index(*e, surface);
        index(*e, entities[*e].name);
        if (!entities[*e].acronym.empty()) index(*e, entities[*e].acronym);
        noteAlias(m, *e);
    }
    mergeBarePlacesIntoKinds(entities, st);
    mergeShortCompanyNames(entities);
    mergeInvertedBodyNames(entities);
    mergePatronymicAddresses(entities);
    mergeGivenNameAddresses(entities, st.gazetteer());
    // Kept rule candidates whose span grew ("Ghazni" + "province") were detached from their entity above.
    st.replaceEntities(std::move(entities));
}

}  // namespace bulletin::extract
