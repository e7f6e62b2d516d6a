#pragma once
// The resolver's checks, in the order resolveCandidates runs them: each reads the scores and spans the ones before
// it left, scores a candidate out (-1), trims its span or repairs its type. Internal to the resolver.

#include <set>
#include <string>
#include <vector>

#include "candidates.hpp"

namespace bulletin::extract {

// A rule's score that the resolver does not weigh with the tagger.
inline constexpr float kSureRuleScore = 0.9f;

// Places, organisations and spans in general (candidate_type_repair.cpp).
void dropPlacesNamingThings(std::vector<Candidate>& candidates, const ExtractionState& state);
// "the IMT Atlantique campus": a place right after an acronym is a word of an institution's name.
void dropPlacesAfterAcronyms(std::vector<Candidate>& candidates, const ExtractionState& state);
// "a Toyota Tacoma truck", "his Volkswagen Golf": a make and a model the tagger reads as a place or a person.
void dropBodiesOpeningInstruments(std::vector<Candidate>& candidates, const ExtractionState& state);
void dropProductNames(std::vector<Candidate>& candidates, const ExtractionState& state);
void dropLoneCompassPlaces(std::vector<Candidate>& candidates, const ExtractionState& state);
void dropFormOnlyCompanies(std::vector<Candidate>& candidates, const ExtractionState& state);
void trimBodyMembersAfterName(std::vector<Candidate>& candidates, const ExtractionState& state);
void dropTaggerGroupsOfNoBody(std::vector<Candidate>& candidates, const ExtractionState& state);
void trimTitleBeforeBody(std::vector<Candidate>& candidates, const ExtractionState& state);
void dropPlacesInCaseCitations(std::vector<Candidate>& candidates, const ExtractionState& state);
void repairTaggerTypes(std::vector<Candidate>& candidates, const ExtractionState& state,
                       const std::set<std::string>& nameWords);

// People (candidate_person_checks.cpp).
void trimTownAfterPersonName(std::vector<Candidate>& candidates, const ExtractionState& state);
void joinGivenNameReadAsPlace(std::vector<Candidate>& candidates, const ExtractionState& state);
void extendPeopleToNameStart(std::vector<Candidate>& candidates, const ExtractionState& state);
void dropPeopleWithThingWords(std::vector<Candidate>& candidates, const ExtractionState& state);
void dropPeopleInPlaceLists(std::vector<Candidate>& candidates, const ExtractionState& state);
void dropPeopleEndingInCommonWords(std::vector<Candidate>& candidates, const ExtractionState& state);
void dropPlaceAndOfficeNames(std::vector<Candidate>& candidates, const ExtractionState& state);
void dropPartyAffiliationNames(std::vector<Candidate>& candidates, const ExtractionState& state);
void dropPeopleAfterIndefiniteArticle(std::vector<Candidate>& candidates, const ExtractionState& state);
// "Lance Corporal Elijah Ferguson", "a retired U.S. Marine Sergeant": a tagger's person ending in a rank's word is
// the rank (the name, if any, follows it); so is a body's head word and a title ("Saddleback Church Pastor").
void dropRankEndedPeople(std::vector<Candidate>& candidates, const ExtractionState& state);
[[nodiscard]] std::set<std::string> fullNameWords(const std::vector<Candidate>& candidates,
                                                  const ExtractionState& state);
void dropLoneWordPeople(std::vector<Candidate>& candidates, const ExtractionState& state,
                        const std::set<std::string>& nameWords);
void trimTitlesAfterNames(std::vector<Candidate>& candidates, const ExtractionState& state);
void dropPortfolioNames(std::vector<Candidate>& candidates, const ExtractionState& state);
void personAgainForNameWords(std::vector<Candidate>& candidates, const ExtractionState& state,
                             const std::set<std::string>& nameWords);
void dropHeadingNames(std::vector<Candidate>& candidates, const ExtractionState& state);

// Lists and overlaps: what lies inside what, list mates of sure names, then the best of overlapping candidates
// above `threshold`, in text order (candidate_overlaps.cpp).
[[nodiscard]] std::vector<Candidate> keepBestCandidates(std::vector<Candidate> candidates, const ExtractionState& state,
                                                        float threshold);

}  // namespace bulletin::extract
