#pragma once
// Organisations named by a phrase rather than by a capitalised chain with a head word: "Ministries of A, B and C",
// "the Pakistani government", "X headquarters" (a place), "Orange County District Attorney Tony Rackauckas" (an
// office before a name), "The Debian Project is pleased to announce" (a subject that acts; acting_bodies.cpp with the
// passive agents and acronyms that act). findAgencies() runs them before the chain rules (agency_rules.cpp).

#include <string>
#include <string_view>
#include <vector>

#include "extraction_state.hpp"

namespace bulletin::extract {

// An organisation's mention at [begin, end), under its gazetteer name when it has one.
void addAgencySpan(ExtractionState& st, std::size_t begin, std::size_t end, const char* rule);

void pluralMinistries(ExtractionState& st, const std::vector<Token>& t);
void pluralBodiesOfPlaces(ExtractionState& st, const std::vector<Token>& t);
// "the State and Homeland Security Departments": one body per name before a plural head word.
void namesBeforePluralHead(ExtractionState& st, const std::vector<Token>& t);
// "the Senate Judiciary and Intelligence Committees": one committee per field listed under a plural head
// (committee_lists.cpp).
void committeeLists(ExtractionState& st, const std::vector<Token>& t);
// "Health Canada", "Environment Canada": a field before a country's name.
void fieldBodiesOfCountries(ExtractionState& st, const std::vector<Token>& t);
void demonymGovernments(ExtractionState& st, const std::vector<Token>& t);
// "officers of the Kiribathgoda police": a town's police named with "police" in lower case.
void townPolice(ExtractionState& st, const std::vector<Token>& t);
void coordinatedTownPolice(ExtractionState& st, const std::vector<Token>& t, std::size_t town, std::size_t police,
                           bool areas);
// "the Trump administration": a government named for the person at its head.
void headsAdministrations(ExtractionState& st, const std::vector<Token>& t);
void headquarters(ExtractionState& st, const std::vector<Token>& t);
void titleOffices(ExtractionState& st, const std::vector<Token>& t);
// "Software in the Public Interest": a known name that holds a lower-case word other than a connector.
void knownAgenciesWithLowerWords(ExtractionState& st, const std::vector<Token>& t);
void actingSubjects(ExtractionState& st, const std::vector<Token>& t);
// "Velmar Primary School won the award": a school's or a hospital's name opening its sentence, acting.
void actingInstitutions(ExtractionState& st, const std::vector<Token>& t);
// "The House passed the bill": a legislature's chamber named by its head word alone.
void legislativeChambers(ExtractionState& st, const std::vector<Token>& t);
// "About Quillnet" over a paragraph that describes a body ("Quillnet was founded in 2004"): the name, and the same
// name as written elsewhere in the release (about_sections.cpp).
void aboutSections(ExtractionState& st, const std::vector<Token>& t);
// "organised by the Software Freedom Conservancy": the agent after "by the" of what is done for others.
void passiveAgents(ExtractionState& st, const std::vector<Token>& t);
// "Kovaldo Energy chief executive Dana Reyes": the body right before a title held in it (agency_title_bodies.cpp).
void bodiesBeforeMemberTitles(ExtractionState& st, const std::vector<Token>& t);
// "the Chairman of Ostrava Steelworks Jan Novak": the body between such a title's "of" and the holder's name.
void bodiesAfterMemberTitles(ExtractionState& st, const std::vector<Token>& t);
// "the chief executive of Velmar Holdings, who ...": the body a leader's title is of, no holder's name after it.
void bodiesOfLeaderTitles(ExtractionState& st, const std::vector<Token>& t);
void namedTeams(ExtractionState& st, const std::vector<Token>& t);
// "Burbank Water and Power", "San Diego Gas & Electric": a utility named by where it serves and its two services.
void utilityCompanies(ExtractionState& st, const std::vector<Token>& t);
// "the Russian Orthodox Church", "the Church of England": a church that is a religious body (religious_bodies.cpp).
void religiousBodies(ExtractionState& st, const std::vector<Token>& t);
// "the Normandy format": a standing forum of states named for a place (negotiation_formats.cpp).
void negotiationFormats(ExtractionState& st, const std::vector<Token>& t);
// Whether the acronym at token i, which the release never spells out, speaks or acts ("the NEA said").
[[nodiscard]] bool undefinedAcronymActs(const ExtractionState& st, const std::vector<Token>& t, std::size_t i);
// Whether the acronym at token i stands in running text as a name of its own (acronym_rules.cpp).
[[nodiscard]] bool acronymInRunningText(const ExtractionState& st, const std::vector<Token>& t, std::size_t i);
// The one organisation named in full so far whose initials the acronym spells, or empty (acronym_rules.cpp).
[[nodiscard]] std::string spelledOutBy(const ExtractionState& st, std::string_view acronym);

}  // namespace bulletin::extract
