#pragma once
// The analysts' marks on a team server: the same marks as on a desktop archive (store/marks.hpp), seen by the whole
// team, every change logged with who made it; undo and redo take back and put back the analyst's own steps.

#include <functional>
#include <optional>

#include "pg.hpp"
#include "store/entity_reader.hpp"
#include "store/marks.hpp"

namespace bulletin::store::postgresql {

class PgMarks final : public Marks {
public:
    PgMarks(pg::Connection& connection, EntityReader& entities) : c_(connection), entities_(entities) {}

    [[nodiscard]] EntityRef findEntity(EntityType type, const std::string& name) override;
    [[nodiscard]] ReleaseMarks release(std::int64_t documentId) override;
    [[nodiscard]] EntityMarks entity(const EntityRef& entity) override;
    std::int64_t setStarred(const std::vector<std::int64_t>& documentIds, bool starred) override;
    std::int64_t addTag(const std::vector<std::int64_t>& documentIds, const std::string& tag) override;
    std::int64_t removeTag(const std::vector<std::int64_t>& documentIds, const std::string& tag) override;
    std::int64_t setNote(const std::vector<std::int64_t>& documentIds, const std::string& note) override;
    bool addEntityTag(const EntityRef& entity, const std::string& tag) override;
    bool removeEntityTag(const EntityRef& entity, const std::string& tag) override;
    bool setEntityNote(const EntityRef& entity, const std::string& note) override;
    [[nodiscard]] std::vector<TagCount> tags() override;
    [[nodiscard]] std::vector<std::pair<std::int64_t, std::string>> releaseTags() override;
    [[nodiscard]] std::vector<std::int64_t> releasesWith(const std::string& tag, std::int64_t limit) override;
    // The analyst's own log, newest first.
    [[nodiscard]] std::vector<MarkChange> history(std::int64_t limit = 200) override;
    std::vector<MarkChange> undo() override;
    std::vector<MarkChange> redo() override;

private:
    struct Change final {
        std::int64_t id = 0;
        std::int64_t documentId = 0;
        std::optional<EntityRef> entity;
        std::string action;
        std::string value;
        std::string before;
    };
    std::int64_t markReleases(const std::vector<std::int64_t>& documentIds, const char* action,
                              const std::function<bool(std::int64_t, Change&)>& apply);
    void log(std::int64_t batch, const Change& change, const std::string& target);
    std::int64_t newBatch();
    std::string releaseLabel(std::int64_t documentId);
    bool applyStar(std::int64_t documentId, bool starred);
    bool applyReleaseTag(std::int64_t documentId, const std::string& tag, bool present);
    bool applyReleaseNote(std::int64_t documentId, const std::string& note, std::string* before);
    bool applyEntityTag(const EntityRef& entity, const std::string& tag, bool present);
    bool applyEntityNote(const EntityRef& entity, const std::string& note, std::string* before);
    void tidyRelease(std::int64_t documentId);
    std::vector<MarkChange> records(std::int64_t batch, std::int64_t limit);
    std::vector<Change> batchChanges(std::int64_t batch);
    void replay(const Change& change, bool forward);

    pg::Connection& c_;
    EntityReader& entities_;
};

}  // namespace bulletin::store::postgresql
