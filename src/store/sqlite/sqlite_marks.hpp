#pragma once
// The SQLite engine's marks (store/marks.hpp): release_marks, release_tags, entity_marks, entity_tags and the
// mark_changes log of schema v7.

#include <functional>
#include <optional>

#include "sqlite_archive.hpp"
#include "store/marks.hpp"

namespace bulletin::store {

class SqliteMarks final : public Marks {
public:
    explicit SqliteMarks(SqliteArchive& archive) : archive_(archive) {}

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

    [[nodiscard]] std::vector<MarkChange> history(std::int64_t limit) override;
    std::vector<MarkChange> undo() override;
    std::vector<MarkChange> redo() override;

private:
    // One logged change, as stored; the target is a release (documentId) or an entity.
    struct Change final {
        std::int64_t id = 0;
        std::int64_t documentId = 0;
        std::optional<EntityRef> entity;
        std::string action;
        std::string value;
        std::string before;
    };

    // One logged step over many releases: `apply` changes one release and fills in what the log needs (value,
    // before); releases it leaves as they were are not logged.
    std::int64_t markReleases(const std::vector<std::int64_t>& documentIds, const char* action,
                              const std::function<bool(std::int64_t, Change&)>& apply);
    void requireReleases(const std::vector<std::int64_t>& documentIds);
    [[nodiscard]] std::string releaseLabel(std::int64_t documentId);
    [[nodiscard]] std::int64_t newBatch();
    void log(std::int64_t batch, const Change& change, const std::string& target);

    // State changes without logging; each returns whether it changed anything.
    bool applyStar(std::int64_t documentId, bool starred);
    bool applyReleaseTag(std::int64_t documentId, const std::string& tag, bool present);
    bool applyReleaseNote(std::int64_t documentId, const std::string& note, std::string* before);
    bool applyEntityTag(const EntityRef& entity, const std::string& tag, bool present);
    bool applyEntityNote(const EntityRef& entity, const std::string& note, std::string* before);
    void tidyRelease(std::int64_t documentId);
    // Puts a change into effect (forward) or takes it back.
    void replay(const Change& change, bool forward);

    [[nodiscard]] std::vector<Change> batchChanges(std::int64_t batch);
    // The log's changes of one batch, or of all with batch 0; newest first.
    [[nodiscard]] std::vector<MarkChange> records(std::int64_t batch, std::int64_t limit);

    SqliteArchive& archive_;
};

}  // namespace bulletin::store
