#pragma once
// The SQLite engine's entity reader: lists over a document scope, corrections applied through entity_overrides.

#include <optional>

#include "sqlite_archive.hpp"
#include "store/entity_reader.hpp"

namespace bulletin::store {

class SqliteEntityReader final : public EntityReader {
public:
    explicit SqliteEntityReader(SqliteArchive& archive) : archive_(archive) {}

    [[nodiscard]] std::vector<std::int64_t> resolve(EntityType type, const std::string& value) override;
    [[nodiscard]] std::vector<EntityRow> entities(EntityType type, const DocumentQuery& scope,
                                                  EntitySort sort) override;
    [[nodiscard]] std::vector<DateRow> dates(const DocumentQuery& scope) override;
    void forEachEntity(EntityType type, const DocumentQuery& scope, EntitySort sort,
                       const std::function<bool(const EntityRow&)>& visit) override;
    void forEachDate(const DocumentQuery& scope, const std::function<bool(const DateRow&)>& visit) override;
    void forEachMeeting(const DocumentQuery& scope, const std::function<bool(const MeetingRow&)>& visit) override;
    void forEachCooccurrence(const DocumentQuery& scope, const std::function<bool(const PairRow&)>& visit) override;
    [[nodiscard]] Facets facets(const DocumentQuery& scope, int top) override;
    [[nodiscard]] std::vector<MeetingRow> meetings(const DocumentQuery& scope) override;
    [[nodiscard]] std::vector<PairRow> cooccurrences(const DocumentQuery& scope) override;
    [[nodiscard]] std::vector<MentionRow> mentions(std::int64_t documentId) override;
    [[nodiscard]] std::vector<std::string> completionTerms(int limit) override;
    [[nodiscard]] std::optional<EntityProfile> profile(EntityType type, const std::string& name, int top) override;
    [[nodiscard]] DocumentEntityNames entityNames(std::int64_t documentId) override;

private:
    SqliteArchive& archive_;
    std::optional<sql::Statement> entityNames_;
};

}  // namespace bulletin::store
