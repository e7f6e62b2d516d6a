#include "agency_short_form_merge.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "lexicon.hpp"

namespace bulletin::extract {

namespace {

std::vector<std::string> words(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        if (c == ' ' || c == ',') {
            if (!cur.empty()) out.push_back(lookupKey(cur));
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) out.push_back(lookupKey(cur));
    return out;
}

bool genericWord(const std::string& w) {
    static const std::set<std::string> kGeneric{"country",  "office",   "field",          "regional",   "provincial",
                                                "district", "national", "local",          "head",       "main",
                                                "central",  "liaison",  "representative", "sub-office", "headquarters"};
    return kGeneric.count(w) > 0;
}

// "UNODC Pakistan" is "UNODC Country Office Pakistan" said shortly: the longer name only adds generic words.
// "the Country Office" is a generic reference to the one agency whose name holds it.
// (Both given as their words, see words().)
bool shortFormOf(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.size() >= b.size() || a.empty()) return false;
    const bool allGeneric = std::all_of(a.begin(), a.end(), [](const std::string& w) { return genericWord(w); });
    if (allGeneric) {
        for (std::size_t i = 0; i + a.size() <= b.size(); ++i)
            if (std::equal(a.begin(), a.end(), b.begin() + static_cast<long>(i))) return true;
        return false;
    }
    // "Santa Ana Police" is "Santa Ana Police Department" said shortly: a head word's department or office
    // ("Peliyagoda Police" is "Peliyagoda Police Station", a town's police being its station).
    static const std::set<std::string> kOfficeForms{"department", "office", "service", "services", "agency", "station"};
    if (a.size() >= 2 && isOrganisationHead(a.back()) && std::equal(a.begin(), a.end(), b.begin()) &&
        std::all_of(b.begin() + static_cast<long>(a.size()), b.end(),
                    [](const std::string& w) { return kOfficeForms.count(w) > 0; }))
        return true;
    // "Bonwin" is "Bonwin Pte Ltd" said shortly: the longer name adds only a company form.
    static const std::set<std::string> kCompanyForms{"pte",  "ltd",   "ltd.", "inc", "inc.",        "llc", "limited",
                                                     "corp", "corp.", "co",   "co.", "corporation", "plc", "p.l.l.c."};
    if (std::equal(a.begin(), a.end(), b.begin()) &&
        std::all_of(b.begin() + static_cast<long>(a.size()), b.end(),
                    [](const std::string& w) { return kCompanyForms.count(w) > 0; }))
        return true;
    // "Fifth Circuit" is "U.S. Court of Appeals for the Fifth Circuit" said shortly: what the name is of or for,
    // when that is no organisation's name itself ("Department of Justice" after "Inspector General of the" is one).
    // (Nor a district named for its service: "Board of Trustees of the Orrindale Unified School District".)
    const bool serviceDistrict =
        a.size() >= 2 && a.back() == "district" && lexicons::districtServices().contains(a[a.size() - 2]);
    if (a.size() >= 2 && std::none_of(a.begin(), a.end(), [](const std::string& w) { return isOrganisationHead(w); }) &&
        !serviceDistrict && std::equal(a.rbegin(), a.rend(), b.rbegin())) {
        const std::string& before = b[b.size() - a.size() - 1];
        const std::string& beforeThat = b.size() > a.size() + 1 ? b[b.size() - a.size() - 2] : before;
        if (before == "of" || before == "for" || (before == "the" && (beforeThat == "of" || beforeThat == "for")))
            return true;
    }
    if (a.size() < 2 || a.front() != b.front() || a.back() != b.back()) return false;
    std::size_t j = 0;
    for (const auto& w : b) {
        if (j < a.size() && w == a[j])
            ++j;
        else if (!genericWord(w))
            return false;
    }
    return j == a.size();
}

// "Ministry of Health" is "Ministry of Health of the Kingdom of Saudi Arabia" said without its country, and
// "Attorney General's Office" is "Minnesota Attorney General's Office" said without its state: the longer name adds
// only a place (or a country's adjective), before the name or after "of".
bool placeQualifiedForm(const std::vector<std::string>& a, const std::vector<std::string>& b,
                        const Gazetteer& gazetteer, bool adjective) {
    if (a.size() < 2 || a.size() >= b.size()) return false;
    const bool head = std::any_of(a.begin(), a.end(), [](const std::string& w) { return isOrganisationHead(w); });
    if (!head) return false;
    auto joined = [](auto first, auto last) {
        std::string out;
        for (auto it = first; it != last; ++it) {
            if (!out.empty()) out += ' ';
            out += *it;
        }
        return out;
    };
    // After: "<a> of [the] <place>"
    if (std::equal(a.begin(), a.end(), b.begin()) && b[a.size()] == "of") {
        auto rest = b.begin() + static_cast<long>(a.size()) + 1;
        if (rest != b.end() && *rest == "the") ++rest;
        // "of the Republic of Moldova": the place may close a longer phrase.
        for (; rest != b.end(); ++rest)
            if (gazetteer.place(joined(rest, b.end()))) return true;
    }
    // Before: "<place> <a>"
    if (std::equal(a.rbegin(), a.rend(), b.rbegin())) {
        const auto lead = joined(b.begin(), b.end() - static_cast<long>(a.size()));
        if (gazetteer.place(lead)) return true;
        // (Or its adjective: "Defence Ministry" is "Russian Defence Ministry" said shortly.)
        if (adjective && b.size() == a.size() + 1 && gazetteer.countryOfDemonym(lead)) return true;
    }
    return false;
}

bool isBareAcronym(std::string_view name) {
    return name.size() >= 2 && name.size() <= 6 &&
           std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// The one other organisation of the document that `accepts`, or none when there are none or several.
template <typename Accepts>
DraftEntity* onlyOtherAgency(std::vector<DraftEntity>& entities, const DraftEntity& self, Accepts accepts) {
    DraftEntity* only = nullptr;
    std::size_t found = 0;
    for (auto& other : entities)
        if (&other != &self && other.type == EntityType::Agency && !other.mentions.empty() && accepts(other)) {
            only = &other;
            ++found;
        }
    return found == 1 ? only : nullptr;
}

}  // namespace

void mergeShortAgencyForms(std::vector<DraftEntity>& entities, const Gazetteer& gazetteer) {
    // Every pair of organisations is compared: each name is split into its words once. (A release names a few dozen
    // organisations; one of thousands is hostile input, whose pairs would cost seconds for merges nobody could check.)
    constexpr std::size_t kMostAgencies = 2000;
    if (std::count_if(entities.begin(), entities.end(), [](const DraftEntity& e) {
            return e.type == EntityType::Agency;
        }) > static_cast<std::ptrdiff_t>(kMostAgencies))
        return;
    std::vector<std::vector<std::string>> nameWords(entities.size());
    for (std::size_t i = 0; i < entities.size(); ++i)
        if (entities[i].type == EntityType::Agency) nameWords[i] = words(entities[i].name);
    const auto wordsOf = [&](const DraftEntity& e) -> const std::vector<std::string>& {
        return nameWords[static_cast<std::size_t>(&e - entities.data())];
    };
    for (auto& shorter : entities) {
        if (shorter.type != EntityType::Agency || shorter.mentions.empty()) continue;
        // An acronym nobody defined, the initials of one organisation the release names in full ("the DEA and the
        // BPD" after "the Baltimore Police Department"): that organisation said shortly.
        if (isBareAcronym(shorter.name)) {
            if (auto* match = onlyOtherAgency(entities, shorter, [&](const DraftEntity& longer) {
                    return !isBareAcronym(longer.name) && nameInitials(longer.name) == shorter.name;
                })) {
                if (match->acronym.empty()) match->acronym = shorter.name;
                absorb(*match, shorter);
                continue;
            }
        }
        // "Debian LTS" beside "Debian Long Term Support (LTS) Team": a name's first words and the acronym of the one
        // organisation that opens with them and is known by it. (Or with its last word too: "the Debian LTS team".)
        const auto lastSpace = shorter.name.rfind(' ');
        const auto beforeLast = lastSpace == std::string::npos || lastSpace == 0
                                    ? std::string::npos
                                    : shorter.name.rfind(' ', lastSpace - 1);
        const std::string_view lastWord =
            lastSpace == std::string::npos ? std::string_view() : std::string_view(shorter.name).substr(lastSpace + 1);
        const bool sharedLast = beforeLast != std::string::npos && !isBareAcronym(lastWord) &&
                                isBareAcronym(shorter.name.substr(beforeLast + 1, lastSpace - beforeLast - 1));
        const std::string core = sharedLast ? shorter.name.substr(0, lastSpace) : shorter.name;
        if (const auto space = core.rfind(' '); space != std::string::npos && space > 0) {
            const std::string lead = core.substr(0, space + 1), acronym = core.substr(space + 1);
            if (isBareAcronym(acronym))
                if (auto* match = onlyOtherAgency(entities, shorter, [&](const DraftEntity& longer) {
                        // (Its acronym, or one written in parentheses inside it: "Long Term Support (LTS) Team".)
                        const bool known =
                            longer.acronym == acronym ||
                            std::any_of(longer.aliases.begin(), longer.aliases.end(), [&](const std::string& a) {
                                return a.find("(" + acronym + ")") != std::string::npos;
                            });
                        const auto longerLast = longer.name.rfind(' ');
                        return known && longer.name.size() > core.size() && longer.name.starts_with(lead) &&
                               (!sharedLast ||
                                (longerLast != std::string::npos &&
                                 equalsLower(std::string_view(longer.name).substr(longerLast + 1), lastWord)));
                    })) {
                    absorb(*match, shorter);
                    continue;
                }
        }
        // A place-qualified longer form, when it is the only one ("Ministry of Health" with two countries'
        // ministries named stays apart). A country's adjective qualifies the name only where no place does: "the
        // Armed Forces" beside "Armed Forces of Ukraine" and "Russian Armed Forces" are Ukraine's.
        DraftEntity* only = nullptr;
        for (const bool adjective : {false, true})
            if (!only)
                only = onlyOtherAgency(entities, shorter, [&](const DraftEntity& longer) {
                    return placeQualifiedForm(wordsOf(shorter), wordsOf(longer), gazetteer, adjective);
                });
        if (only) {
            absorb(*only, shorter);
            continue;
        }
        // "Attorney General Ellison's Office": the office of a person of the release, which is the release's one
        // other office ("Minnesota Attorney General's Office").
        if (const auto possessive = shorter.name.find("s Office");
            possessive != std::string::npos && possessive + 8 == shorter.name.size() && possessive >= 2 &&
            shorter.name.find(' ') == possessive + 1) {  // (one word before the possessive)
            const std::string owner = shorter.name.substr(0, shorter.name.find_first_of("'\xE2"));
            const auto person = std::find_if(entities.begin(), entities.end(), [&](const DraftEntity& e) {
                return e.type == EntityType::Person && !e.mentions.empty() && e.name.size() > owner.size() &&
                       e.name.ends_with(" " + owner);
            });
            // (The office of the person's title when the release names several: "Attorney General".)
            if (person != entities.end())
                if (auto* only = onlyOtherAgency(entities, shorter, [&](const DraftEntity& longer) {
                        const bool office = longer.name.ends_with("Office") || longer.name.starts_with("Office of");
                        return office && (person->role.empty() || longer.name.find(person->role) != std::string::npos);
                    })) {
                    absorb(*only, shorter);
                    continue;
                }
        }
        // A body's one word, when one name of the release is that word "of" more ("Cabinet" in "Decisions taken
        // at the Cabinet Meeting" of the "Cabinet of Ministers"; not a country's government: the place case above).
        // Or a body's name without what it is "for" or "of" ("the Saudi Fund" of the "Saudi Fund for Development").
        const bool oneWord = shorter.name.find(' ') == std::string::npos;
        if (!isBareAcronym(shorter.name)) {
            const auto openedBy = [&](const DraftEntity& longer, std::string_view joint) {
                const std::string opening = shorter.name + std::string(joint);
                return longer.name.starts_with(opening) &&
                       !gazetteer.place(std::string_view(longer.name).substr(opening.size()));
            };
            if (auto* only = onlyOtherAgency(entities, shorter, [&](const DraftEntity& longer) {
                    // ("Debian" in "the Debian security team" of the "Debian Project".)
                    const bool project =
                        oneWord && longer.name.size() == shorter.name.size() + 8 &&
                        longer.name.starts_with(shorter.name + " ") &&
                        equalsLower(std::string_view(longer.name).substr(shorter.name.size() + 1), "project");
                    return project || openedBy(longer, " of ") || (!oneWord && openedBy(longer, " for "));
                })) {
                absorb(*only, shorter);
                continue;
            }
        }
        // (Of its name or of a form the release wrote: "U.S. Treasury" is "U.S. Treasury Department" said shortly,
        // which the list knows as the "Department of the Treasury".)
        const auto shortFormOfWritten = [&](const DraftEntity& longer) {
            if (shortFormOf(wordsOf(shorter), wordsOf(longer))) return true;
            return std::any_of(longer.aliases.begin(), longer.aliases.end(), [&](const std::string& alias) {
                return alias != longer.name && shortFormOf(wordsOf(shorter), words(alias));
            });
        };
        for (auto& longer : entities) {
            if (&longer == &shorter || longer.type != EntityType::Agency || longer.mentions.empty()) continue;
            if (!shortFormOfWritten(longer)) continue;
            absorb(longer, shorter);
            break;
        }
    }
}

}  // namespace bulletin::extract
