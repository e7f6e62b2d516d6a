#include "sqlite_corrections.hpp"

#include <chrono>

#include "core/text.hpp"
#include "store/entity_reader.hpp"

namespace bulletin::store {

void SqliteCorrections::applyToNewEntities() {
    auto& db = archive_.db();
    db.exec("DELETE FROM entity_overrides");
    db.exec(R"sql(
INSERT INTO entity_overrides (entity_id, canonical_id, name, hidden)
SELECT e.id,
       coalesce(t.id, e.id),
       coalesce((SELECT c.value FROM corrections c WHERE c.action = 'rename' AND c.type = e.type
                 AND c.key = coalesce(t.key, e.key) ORDER BY c.id DESC LIMIT 1), t.name, e.name),
       EXISTS (SELECT 1 FROM corrections c WHERE c.action = 'hide' AND c.type = e.type
               AND c.key = coalesce(t.key, e.key))
FROM entities e
LEFT JOIN corrections m ON m.id = (SELECT max(id) FROM corrections WHERE action = 'merge' AND type = e.type
                                   AND key = e.key)
LEFT JOIN entities t ON t.type = e.type AND t.key = m.value
WHERE EXISTS (SELECT 1 FROM corrections c WHERE c.type = e.type AND (c.key = e.key OR
                                                                    (c.action = 'merge' AND c.value = e.key)))
)sql");
}

SqliteCorrections::Target SqliteCorrections::find(EntityType type, const std::string& name) {
    auto& reader = archive_.entities();
    const auto ids = reader.resolve(type, name);
    if (ids.empty())
        throw CorrectionError(std::string("no ") + toString(type) + " named '" + name + "' in this archive");
    // The canonical entity of the first match.
    auto st = archive_.db().prepare(
        "SELECT t.key, r.name FROM resolved_entities r JOIN entities t ON t.id = r.canonical_id WHERE r.id = ?");
    st.bind(1, ids.front());
    if (!st.step()) throw CorrectionError("entity vanished while correcting it");
    return {st.text(0), st.text(1)};
}

void SqliteCorrections::record(const char* action, EntityType type, const std::string& key, const std::string& value) {
    sql::Transaction tx(archive_.db());
    insert(action, type, key, value);
    applyToNewEntities();
    tx.commit();
}

void SqliteCorrections::insert(const char* action, EntityType type, const std::string& key, const std::string& value) {
    auto st = archive_.db().prepare("INSERT INTO corrections (action, type, key, value, at) VALUES (?,?,?,?,?)");
    st.bind(1, action).bind(2, toString(type)).bind(3, key).bind(4, value);
    st.bind(5, static_cast<std::int64_t>(std::chrono::duration_cast<std::chrono::seconds>(
                                             std::chrono::system_clock::now().time_since_epoch())
                                             .count()));
    st.run();
}

void SqliteCorrections::merge(EntityType type, const std::string& from, const std::string& into) {
    const Target source = find(type, from);
    const Target target = find(type, into);
    if (source.key == target.key) throw CorrectionError("'" + from + "' and '" + into + "' are already one entity");
    sql::Transaction tx(archive_.db());
    insert("merge", type, source.key, target.key);
    // Entities merged into the source follow it, so that resolution stays one step deep.
    auto st = archive_.db().prepare(
        "UPDATE corrections SET value = ? WHERE action = 'merge' AND type = ? AND value = ?");
    st.bind(1, target.key).bind(2, toString(type)).bind(3, source.key);
    st.run();
    applyToNewEntities();
    tx.commit();
}

void SqliteCorrections::rename(EntityType type, const std::string& entity, const std::string& newName) {
    if (newName.empty()) throw CorrectionError("the new name is empty");
    record("rename", type, find(type, entity).key, newName);
}

void SqliteCorrections::addAlias(EntityType type, const std::string& entity, const std::string& alias) {
    if (alias.empty()) throw CorrectionError("the alias is empty");
    record("alias", type, find(type, entity).key, text::foldForMatching(text::collapseWhitespace(alias)));
}

void SqliteCorrections::hide(EntityType type, const std::string& entity) { record("hide", type, find(type, entity).key, ""); }

}  // namespace bulletin::store
