#pragma once
// Reads extracted data as the analyst sees it (merges, renames, aliases and hides applied): entity lists with
// counts for any document query, dates, meetings, and the mentions of one document for highlighting.

#include <cstdint>
#include <optional>
#include <functional>
#include <string>
#include <vector>

#include "archive.hpp"
#include "core/document.hpp"
#include "document_query.hpp"

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
    std::int64_t start = 0;  // offset in the release
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
};

class EntityReader final {
public:
    explicit EntityReader(Archive& archive);

    // Every entity id the analyst means by `value` for this type: by name, alias, acronym, renamed name or alias
    // correction, expanded through merges. Hidden entities are left out.
    [[nodiscard]] std::vector<std::int64_t> resolve(EntityType type, const std::string& value);

    [[nodiscard]] std::vector<EntityRow> entities(EntityType type, const DocumentQuery& scope,
                                                  EntitySort sort = EntitySort::Documents);
    [[nodiscard]] std::vector<DateRow> dates(const DocumentQuery& scope);

    // The same lists a row at a time, for exports of any size: `visit` returns false to stop (cancel). Each list
    // pages with the scope's limit and offset, or, when the scope has `after`, continues after that row of the list
    // (keyset pagination; pageKey() below makes the key of a row).
    void forEachEntity(EntityType type, const DocumentQuery& scope, EntitySort sort,
                       const std::function<bool(const EntityRow&)>& visit);
    void forEachDate(const DocumentQuery& scope, const std::function<bool(const DateRow&)>& visit);
    void forEachMeeting(const DocumentQuery& scope, const std::function<bool(const MeetingRow&)>& visit);
    void forEachCooccurrence(const DocumentQuery& scope, const std::function<bool(const PairRow&)>& visit);

    [[nodiscard]] static PageKey pageKey(const EntityRow& row) { return {"", row.name, static_cast<double>(row.documents), row.id, 0}; }
    [[nodiscard]] static PageKey pageKey(const DateRow& row) { return {row.firstDay, "", 0, row.documentId, row.start}; }
    [[nodiscard]] static PageKey pageKey(const MeetingRow& row) { return {row.firstDay, "", 0, row.id, 0}; }
    [[nodiscard]] static PageKey pageKey(const PairRow& row) {
        return {row.agency, row.person, static_cast<double>(row.documents), row.personId, row.agencyId};
    }

    // The `top` most frequent values of each facet over the documents the query selects.
    [[nodiscard]] Facets facets(const DocumentQuery& scope, int top = 10);
    [[nodiscard]] std::vector<MeetingRow> meetings(const DocumentQuery& scope);
    // Person x agency pairs named in the same documents, with the number of such documents.
    [[nodiscard]] std::vector<PairRow> cooccurrences(const DocumentQuery& scope);
    [[nodiscard]] std::vector<MentionRow> mentions(std::int64_t documentId);
    // Filter terms for completing entity names in a search field: `agency:"Full Name"`, `agency:ACR`,
    // `person:"Name"`, `location:Name`, the most mentioned entities first (corrections applied, hidden ones left out).
    [[nodiscard]] std::vector<std::string> completionTerms(int limit);
    // Asked once per row of a document export: the statement is prepared once per reader.
    [[nodiscard]] DocumentEntityNames entityNames(std::int64_t documentId);

private:
    Archive& archive_;
    std::optional<sql::Statement> entityNames_;
};

}  // namespace bulletin::store
