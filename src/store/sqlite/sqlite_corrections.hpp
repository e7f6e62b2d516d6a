#pragma once
// The SQLite engine's corrections: rows of the corrections table, applied to reads through entity_overrides.

#include "sqlite_archive.hpp"
#include "store/corrections.hpp"

namespace bulletin::store {

class SqliteCorrections final : public Corrections {
public:
    explicit SqliteCorrections(SqliteArchive& archive) : archive_(archive) {}

    void merge(EntityType type, const std::string& from, const std::string& into) override;
    void rename(EntityType type, const std::string& entity, const std::string& newName) override;
    void addAlias(EntityType type, const std::string& entity, const std::string& alias) override;
    void hide(EntityType type, const std::string& entity) override;
    void applyToNewEntities() override;
    [[nodiscard]] std::vector<CorrectionRecord> history(std::int64_t limit) override;
    std::optional<CorrectionRecord> undo() override;
    std::optional<CorrectionRecord> redo() override;
    CorrectionRecord revert(std::int64_t id) override;
    CorrectionRecord restore(std::int64_t id) override;

private:
    struct Target final {
        std::string key;
        std::string name;
    };
    Target find(EntityType type, const std::string& name);
    void record(const char* action, EntityType type, const std::string& key, const std::string& value);
    void insert(const char* action, EntityType type, const std::string& key, const std::string& value);
    // Records in the log's order after `tail` (an SQL WHERE / ORDER BY of corrections c).
    std::vector<CorrectionRecord> records(const std::string& tail);
    CorrectionRecord recordOf(std::int64_t id);
    void setUndone(std::int64_t id, bool undone);
    SqliteArchive& archive_;
};

}  // namespace bulletin::store
