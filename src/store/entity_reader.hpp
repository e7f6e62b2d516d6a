#pragma once
// Reads extracted data as the analyst sees it (merges, renames, aliases and hides applied): entity lists with
// counts for any document query, dates, meetings, and the mentions of one document for highlighting.

#include <cstdint>
#include <optional>
#include <functional>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "document_query.hpp"
#include "entity_profile.hpp"
#include "entity_rows.hpp"

namespace bulletin::store {
class EntityReader {
public:
    virtual ~EntityReader() = default;

    // Every entity id the analyst means by `value` for this type: by name, alias, acronym, renamed name or alias
    // correction, expanded through merges. Hidden entities are left out.
    [[nodiscard]] virtual std::vector<std::int64_t> resolve(EntityType type, const std::string& value) = 0;

    [[nodiscard]] virtual std::vector<EntityRow> entities(EntityType type, const DocumentQuery& scope,
                                                          EntitySort sort = EntitySort::Documents) = 0;
    [[nodiscard]] virtual std::vector<DateRow> dates(const DocumentQuery& scope) = 0;

    // The same lists a row at a time, for exports of any size: `visit` returns false to stop (cancel). Each list
    // pages with the scope's limit and offset, or, when the scope has `after`, continues after that row of the list
    // (keyset pagination; pageKey() below makes the key of a row).
    virtual void forEachEntity(EntityType type, const DocumentQuery& scope, EntitySort sort,
                               const std::function<bool(const EntityRow&)>& visit) = 0;
    virtual void forEachDate(const DocumentQuery& scope, const std::function<bool(const DateRow&)>& visit) = 0;
    virtual void forEachMeeting(const DocumentQuery& scope, const std::function<bool(const MeetingRow&)>& visit) = 0;
    virtual void forEachCooccurrence(const DocumentQuery& scope, const std::function<bool(const PairRow&)>& visit) = 0;

    [[nodiscard]] static PageKey pageKey(const EntityRow& row) { return {"", row.name, static_cast<double>(row.documents), row.id, 0}; }
    [[nodiscard]] static PageKey pageKey(const DateRow& row) { return {row.firstDay, "", 0, row.documentId, row.start}; }
    [[nodiscard]] static PageKey pageKey(const MeetingRow& row) { return {row.firstDay, "", 0, row.id, 0}; }
    [[nodiscard]] static PageKey pageKey(const PairRow& row) {
        return {row.agency, row.person, static_cast<double>(row.documents), row.personId, row.agencyId};
    }

    // The `top` most frequent values of each facet over the documents the query selects.
    [[nodiscard]] virtual Facets facets(const DocumentQuery& scope, int top = 10) = 0;
    [[nodiscard]] virtual std::vector<MeetingRow> meetings(const DocumentQuery& scope) = 0;
    // Person x agency pairs named in the same documents, with the number of such documents.
    [[nodiscard]] virtual std::vector<PairRow> cooccurrences(const DocumentQuery& scope) = 0;
    [[nodiscard]] virtual std::vector<MentionRow> mentions(std::int64_t documentId) = 0;
    // Filter terms for completing entity names in a search field: `agency:"Full Name"`, `agency:ACR`,
    // `person:"Name"`, `location:Name`, the most mentioned entities first (corrections applied, hidden ones left out).
    [[nodiscard]] virtual std::vector<std::string> completionTerms(int limit) = 0;
    // Everything known of the entity the analyst calls `name` (name, alias or acronym, as search filters resolve
    // it); nullopt when no visible entity of that type has that name. Lists hold at most `top` rows.
    [[nodiscard]] virtual std::optional<EntityProfile> profile(EntityType type, const std::string& name,
                                                               int top = 50) = 0;
    // Asked once per row of a document export: the statement is prepared once per reader.
    [[nodiscard]] virtual DocumentEntityNames entityNames(std::int64_t documentId) = 0;

protected:
    EntityReader() = default;
};

}  // namespace bulletin::store
