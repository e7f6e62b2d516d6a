#pragma once
// Corrections on a team server: the same append-only log as on a desktop archive (store/corrections.hpp), each row
// recording who made it (the connecting role) and when. The overrides the log implies are rebuilt under a
// transaction-level advisory lock, so that two analysts correcting at once do not rebuild them over each other.

#include "pg.hpp"
#include "store/corrections.hpp"
#include "store/entity_reader.hpp"

namespace bulletin::store::postgresql {

class PgCorrections final : public Corrections {
public:
    PgCorrections(pg::Connection& connection, EntityReader& entities) : c_(connection), entities_(entities) {}

    void merge(EntityType type, const std::string& from, const std::string& into) override;
    void rename(EntityType type, const std::string& entity, const std::string& newName) override;
    void addAlias(EntityType type, const std::string& entity, const std::string& alias) override;
    void hide(EntityType type, const std::string& entity) override;
    void applyToNewEntities() override;
    [[nodiscard]] std::vector<CorrectionRecord> history(std::int64_t limit = 200) override;
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
    void rebuildOverrides();
    std::vector<CorrectionRecord> records(const std::string& condition, const pg::Params& params, std::int64_t limit);
    CorrectionRecord recordOf(std::int64_t id);
    void setUndone(std::int64_t id, bool undone);

    pg::Connection& c_;
    EntityReader& entities_;
};

}  // namespace bulletin::store::postgresql
