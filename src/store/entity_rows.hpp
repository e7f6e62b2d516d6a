#pragma once
// The rows of the entity, date, meeting and pair lists, as every engine returns them.

#include <cstdint>
#include <string>
#include <vector>

namespace bulletin::store {

struct EntityRow final {
    std::int64_t id = 0;  // canonical entity id (after merges)
    std::string type;
    std::string name;
    std::string acronym;
    std::int64_t documents = 0;
    std::int64_t mentions = 0;
};

struct DateRow final {
    std::int64_t documentId = 0;
    std::string iso;
    std::string role;
    std::string text;
    std::string documentTitle;
    std::string firstDay;    // the list's order: first day, newest first, then release and offset
    std::int64_t start = 0;  // offset in the release ("title\n\nbody" bytes)
    std::int64_t end = 0;
};

struct MeetingRow final {
    std::int64_t id = 0;
    std::int64_t documentId = 0;
    std::string kind;
    std::string date;  // ISO or empty
    std::string location;
    std::vector<std::string> agencies;
    std::vector<std::string> people;
    std::string documentTitle;
    std::string path;
    std::string firstDay;  // the list's order: newest first day first, undated last, then id
    std::int64_t start = 0, end = 0;  // the words that reported it ("title\n\nbody" bytes)
};

struct PairRow final {
    std::string person;
    std::string agency;
    std::int64_t documents = 0;
    std::int64_t personId = 0, agencyId = 0;  // canonical ids: ties in the list's order
};

struct MentionRow final {
    std::int64_t entityId = 0;  // canonical
    std::string type;
    std::string name;
    std::int64_t start = 0, end = 0;  // byte offsets into "title\n\nbody"
    std::string rule;                  // the recogniser that found it
    double score = 1.0;                // its confidence, 0..1 (1 for archives written before scores were kept)
};

enum class EntitySort { Documents, Name };

// One value of a facet: how many documents of the current result have it, and the filter that narrows to them.
struct FacetValue final {
    std::string value;
    std::int64_t documents = 0;
    std::string filter;  // query syntax, e.g. agency:"United Nations Office on Drugs and Crime"
};

// The names of a document's agencies, people and places (as corrected; hidden ones left out), most mentioned first.
struct DocumentEntityNames final {
    std::vector<std::string> agencies, people, locations;
};

struct Facets final {
    std::vector<FacetValue> agencies, people, locations, kinds, years;
    std::vector<FacetValue> tags;  // the analyst's tags (store/marks.hpp), counted by FacetIndex
    // When more releases match than the engine counts facets over (SearchLimits::facetSample), the counts are of
    // this many of them, the first stored; 0 when every matching release was counted.
    std::int64_t sampledReleases = 0;
};

}  // namespace bulletin::store
