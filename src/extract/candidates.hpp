#pragma once
// One mechanism for every recogniser: each proposes candidates {span, type, score, source} over the shared token
// layer; the resolver weighs overlapping candidates and keeps the best; linking then groups the kept mentions into
// entities (a surname to its full name, an acronym to its definition, a place to its gazetteer name).

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extraction_state.hpp"
#include "name_tagger.hpp"

namespace bulletin::extract {

struct Candidate final {
    std::size_t begin = 0, end = 0;            // bytes
    std::size_t firstToken = 0, endToken = 0;  // [first, end)
    EntityType type = EntityType::Person;
    float score = 0;
    std::string source;                     // the recogniser: "person.title", "agency.gazetteer", "tagger", ...
    std::optional<std::size_t> ruleEntity;  // the rule entity it came from (its name, acronym, role)
    std::size_t titleBegin = 0;             // a person's: where the title before the name starts (= begin if none)
};

// Token helpers shared by the resolver and the linker: the token starting at or after a byte offset, one past the
// last token ending at or before it, and where a candidate's name starts after its titles and honorifics.
[[nodiscard]] std::size_t tokenAt(const std::vector<Token>& tokens, std::size_t offset);
[[nodiscard]] std::size_t tokenEndAt(const std::vector<Token>& tokens, std::size_t offset);
[[nodiscard]] std::size_t nameStart(const ExtractionState& state, const Candidate& candidate);

// How far each rule is trusted on its own, before the tagger's view is weighed in (0..1).
[[nodiscard]] float rulePrior(std::string_view rule);

// Every mention the rule families found, as candidates.
[[nodiscard]] std::vector<Candidate> ruleCandidates(const ExtractionState& state);
// The rules' candidates as tags, one per token: the tagger reads them as features.
[[nodiscard]] std::vector<Tag> hintTags(const std::vector<Candidate>& candidates, std::size_t tokenCount);
[[nodiscard]] std::vector<Candidate> taggerCandidates(const TaggerOutput& tagged, const TokenizedText& text);

// Extends a person's candidate across a patronymic connector ("Ahmad Rizal Bin Osman Sani", "Suresh A/L
// Muthusamy"), where a recogniser stopped at it.
// Tokens taken by a patronymic connector at token k ("bin" is one, "S/O" three), or 0.
[[nodiscard]] std::size_t patronymicConnectorAt(const std::vector<Token>& tokens, std::size_t k);
void extendPatronymicNames(std::vector<Candidate>& candidates, const ExtractionState& state);

// Scores every candidate (a rule's prior is weighed with the tagger's support for its span, when there is a
// tagger), drops those below the threshold, and keeps the best of overlapping ones.
[[nodiscard]] std::vector<Candidate> resolveCandidates(std::vector<Candidate> candidates, const ExtractionState& state,
                                                       const TaggerOutput* tagged);

// Rebuilds the state's entities from the kept candidates: rule candidates stay with their entity, the tagger's
// are linked to an entity of the document or start one; then every other occurrence of a known surname links.
void linkCandidates(ExtractionState& state, const std::vector<Candidate>& kept);

// The spans the tagger reads that name nobody or nothing of the story, and its readings of names inside longer
// names, scored out (-1): only a title or a generic head word, an honorific alone, a street's, a calendar's or a
// label's words, a person inside a building's or a body's name, a place inside an event's or a programme's name,
// "Jane Doe". `nameWords` are the words of the document's full names of people (their surnames count as names).
void dropMisreadNames(std::vector<Candidate>& candidates, const ExtractionState& state,
                      const std::set<std::string>& nameWords);

// "the Northern Province of Sri Lanka", "Borno State of Nigeria": the tagger's one place of a region's kind "of" a
// country or region is two places (locations are flat), split in two candidates of its score.
void splitPlaceOfPlace(std::vector<Candidate>& candidates, const ExtractionState& state);
// "Knott’s Berry Farm" read as the places "Knott" and "Berry Farm", "St. Mary’s Hospital" as the place "St. Mary": a
// name with a possessive inside it is one name (misread_names.cpp).
void joinPossessiveNames(std::vector<Candidate>& candidates, const ExtractionState& state);

}  // namespace bulletin::extract
