#pragma once
// Places told by what happened there rather than by a gazetteer: "arrested in Nittambuwa", "opened in Tampines",
// "in Ahangama, Galle". Towns nobody lists, found by the words around them; called by findPlaces.

#include "extraction_state.hpp"

namespace bulletin::extract {

// "a resident of Kottawa", "natives of Galle": a noun of a person's home (a place after it is that home).
[[nodiscard]] bool residenceNoun(const Token& w);
// The capitalised names after a report's verb of where something happened, "in" or "at".
void placesAfterReportVerbs(ExtractionState& st);
// "in Ahangama, Galle": the first of the up to `maxWords` capitalised words (not in capitals) between "in", "at"
// or "near" and the comma right before token i, all in i's sentence; 0 when the words before i are not so.
[[nodiscard]] std::size_t townBeforeComma(const std::vector<Token>& t, std::size_t i, std::size_t maxWords);
// A town after "in", "at" or "near" and before a comma and the known district or city it lies in.
void townsBeforeTheirDistrict(ExtractionState& st);
// Whether the capitalised words from token `end` on, within its sentence, close a law's name ("Freedom Act" after
// "USA"): a place right before them is part of that name, not a place of the release.
[[nodiscard]] bool opensLawName(const std::vector<Token>& t, std::size_t end);
// Whether an organisation's name ending before token `end` opens an instrument's name: "UN Charter", "United Nations
// Framework Convention on Climate Change", "European Union Deforestation Regulation" (the law's word may follow the
// name directly; an instrument named after a body names no body: names inside names are not annotated).
[[nodiscard]] bool opensInstrumentName(const std::vector<Token>& t, std::size_t end);
// "visited", "toured", "visiting", "touring": a verb whose object, after "the", is a site someone visited.
[[nodiscard]] bool visitingVerb(std::string_view word);
// "visited the Tuas Nexus", "a tour of the Marina Barrage": the named site someone visited.
void sitesVisited(ExtractionState& st);

// "from Puttalam to Anamaduwa", "between Kurunegala and Maho": the other end of a route one end of which is a known
// town; "a man from Maho": where people come from.
void placesOfRoutesAndOrigins(ExtractionState& st);
// "the Ruwanwella - Yatiyantota road", "the Kandy – Jaffna A9 highway": the two towns a road or a railway is named
// for, a dash between them.
void townsOfRoadNames(ExtractionState& st);
// "Thalawa Police are investigating a shooting in Thalawa": a town whose police the release names, standing alone.
void townsOfTheReleasesPolice(ExtractionState& st);

}  // namespace bulletin::extract
