#pragma once
// The PostgreSQL engine's entity reader: the same lists, facets, profiles and mentions as the SQLite engine's
// (tests/pg compare them), with every value a parameter.

#include <string>

#include "pg.hpp"
#include "store/entity_reader.hpp"

namespace bulletin::store::postgresql {

class PgEntityReader final : public EntityReader {
public:
    explicit PgEntityReader(pg::Connection& connection) : c_(connection) {}

    [[nodiscard]] std::vector<std::int64_t> resolve(EntityType type, const std::string& value) override;
    [[nodiscard]] std::vector<EntityRow> entities(EntityType type, const DocumentQuery& scope,
                                                  EntitySort sort = EntitySort::Documents) override;
    [[nodiscard]] std::vector<DateRow> dates(const DocumentQuery& scope) override;
    void forEachEntity(EntityType type, const DocumentQuery& scope, EntitySort sort,
                       const std::function<bool(const EntityRow&)>& visit) override;
    void forEachDate(const DocumentQuery& scope, const std::function<bool(const DateRow&)>& visit) override;
    void forEachMeeting(const DocumentQuery& scope, const std::function<bool(const MeetingRow&)>& visit) override;
    void forEachCooccurrence(const DocumentQuery& scope, const std::function<bool(const PairRow&)>& visit) override;
    [[nodiscard]] Facets facets(const DocumentQuery& scope, int top = 10) override;
    [[nodiscard]] std::vector<MeetingRow> meetings(const DocumentQuery& scope) override;
    [[nodiscard]] std::vector<PairRow> cooccurrences(const DocumentQuery& scope) override;
    [[nodiscard]] std::vector<MentionRow> mentions(std::int64_t documentId) override;
    [[nodiscard]] std::vector<std::string> completionTerms(int limit) override;
    [[nodiscard]] std::optional<EntityProfile> profile(EntityType type, const std::string& name, int top = 50) override;
    [[nodiscard]] DocumentEntityNames entityNames(std::int64_t documentId) override;

private:
    pg::Connection& c_;
};

}  // namespace bulletin::store::postgresql
