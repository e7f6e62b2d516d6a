#include "sqlite_corrections.hpp"

#include <chrono>

#include "core/text.hpp"
#include "schema.hpp"
#include "store/engine_support.hpp"
#include "store/entity_reader.hpp"

namespace bulletin::store {

namespace {
std::int64_t now() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace

void SqliteCorrections::applyToNewEntities() {
    auto& db = archive_.db();
    db.exec("DELETE FROM entity_overrides");
    db.exec(std::string(kEntityMergeTargets) + R"sql(
INSERT INTO entity_overrides (entity_id, canonical_id, name, hidden)
SELECT e.id,
       coalesce(t.id, e.id),
       coalesce((SELECT c.value FROM active_corrections c WHERE c.action = 'rename' AND c.type = e.type
                 AND c.key = coalesce(t.key, e.key) ORDER BY c.id DESC LIMIT 1), t.name, e.name),
       EXISTS (SELECT 1 FROM active_corrections c WHERE c.action = 'hide' AND c.type = e.type
               AND c.key = coalesce(t.key, e.key))
FROM entities e
LEFT JOIN merge_target m ON m.type = e.type AND m.key = e.key
LEFT JOIN entities t ON t.type = e.type AND t.key = m.target
WHERE m.target IS NOT NULL OR EXISTS (SELECT 1 FROM active_corrections c WHERE c.type = e.type AND
                                      (c.key = e.key OR (c.action = 'merge' AND c.value = e.key)))
)sql");
    bumpContentGeneration(db);  // the entities as corrected are what facets count
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
    st.bind(1, action).bind(2, toString(type)).bind(3, key).bind(4, value).bind(5, now());
    st.run();
}

void SqliteCorrections::merge(EntityType type, const std::string& from, const std::string& into) {
    const Target source = find(type, from);
    const Target target = find(type, into);
    if (source.key == target.key) throw CorrectionError("'" + from + "' and '" + into + "' are already one entity");
    // Entities merged into the source earlier follow it (the chain is followed when read).
    record("merge", type, source.key, target.key);
}

void SqliteCorrections::rename(EntityType type, const std::string& entity, const std::string& newName) {
    if (newName.empty()) throw CorrectionError("the new name is empty");
    record("rename", type, find(type, entity).key, newName);
}

void SqliteCorrections::addAlias(EntityType type, const std::string& entity, const std::string& alias) {
    if (alias.empty()) throw CorrectionError("the alias is empty");
    record("alias", type, find(type, entity).key, text::foldForMatching(text::collapseWhitespace(alias)));
}

void SqliteCorrections::hide(EntityType type, const std::string& entity) {
    record("hide", type, find(type, entity).key, "");
}

std::vector<CorrectionRecord> SqliteCorrections::history(std::int64_t limit) {
    return records("ORDER BY c.id DESC LIMIT " + std::to_string(std::max<std::int64_t>(limit, 0)));
}

std::vector<CorrectionRecord> SqliteCorrections::records(const std::string& tail) {
    // Names as extracted (the log is about entities, whatever became of them since); a key no longer in the archive
    // shows as the key itself.
    auto st = archive_.db().prepare(
        "SELECT c.id, c.action, c.type, coalesce((SELECT e.name FROM entities e WHERE e.type = c.type AND e.key = "
        "c.key),"
        " c.key), CASE WHEN c.action = 'merge' THEN coalesce((SELECT e.name FROM entities e WHERE e.type = c.type"
        " AND e.key = c.value), c.value) ELSE c.value END, c.at,"
        " NOT EXISTS (SELECT 1 FROM active_corrections a WHERE a.id = c.id) FROM corrections c " +
        tail);
    std::vector<CorrectionRecord> out;
    while (st.step()) {
        CorrectionRecord r;
        r.id = st.int64(0);
        r.action = st.text(1);
        r.type = entityTypeFromString(st.text(2)).value_or(EntityType::Person);
        r.entity = st.text(3);
        r.value = st.text(4);
        r.at = st.int64(5);
        r.undone = st.int64(6) != 0;
        out.push_back(std::move(r));
    }
    return out;
}

CorrectionRecord SqliteCorrections::recordOf(std::int64_t id) {
    auto found = records("WHERE c.id = " + std::to_string(id));
    if (found.empty()) throw CorrectionError("there is no correction number " + std::to_string(id));
    return found.front();
}

void SqliteCorrections::setUndone(std::int64_t id, bool undone) {
    sql::Transaction tx(archive_.db());
    auto st = archive_.db().prepare(
        "INSERT INTO correction_undos (correction_id, undone, at, last_correction)"
        " VALUES (?, ?, ?, (SELECT coalesce(max(id), 0) FROM corrections))");
    st.bind(1, id).bind(2, static_cast<std::int64_t>(undone)).bind(3, now());
    st.run();
    applyToNewEntities();
    tx.commit();
}

std::optional<CorrectionRecord> SqliteCorrections::undo() {
    const auto id = archive_.db().queryInt("SELECT coalesce(max(id), 0) FROM active_corrections");
    if (id == 0) return std::nullopt;
    setUndone(id, true);
    return recordOf(id);
}

std::optional<CorrectionRecord> SqliteCorrections::redo() {
    // The newest undo of a correction still undone, recorded when the newest correction was what it is now.
    const auto id = archive_.db().queryInt(
        "SELECT coalesce((SELECT u.correction_id FROM correction_undos u"
        " WHERE u.undone = 1 AND u.last_correction = (SELECT coalesce(max(id), 0) FROM corrections)"
        " AND u.id = (SELECT max(v.id) FROM correction_undos v WHERE v.correction_id = u.correction_id)"
        " ORDER BY u.id DESC LIMIT 1), 0)");
    if (id == 0) return std::nullopt;
    setUndone(id, false);
    return recordOf(id);
}

CorrectionRecord SqliteCorrections::revert(std::int64_t id) {
    const auto r = recordOf(id);
    if (!r.undone) setUndone(id, true);
    return recordOf(id);
}

CorrectionRecord SqliteCorrections::restore(std::int64_t id) {
    const auto r = recordOf(id);
    if (!r.undone) return r;
    if (r.action == "merge") {
        // Putting a merge back must not close a loop (A into B while B was merged into A since).
        auto st = archive_.db().prepare("SELECT key, value, type FROM corrections WHERE id = ?");
        st.bind(1, id);
        if (st.step()) {
            const auto type = entityTypeFromString(st.text(2)).value_or(EntityType::Person);
            const auto canonicalKey = [&](const std::string& key) {
                auto c = archive_.db().prepare(
                    "SELECT t.key FROM entities e JOIN resolved_entities r ON r.id = e.id JOIN entities t"
                    " ON t.id = r.canonical_id WHERE e.type = ? AND e.key = ?");
                c.bind(1, toString(type)).bind(2, key);
                return c.step() ? c.text(0) : key;
            };
            if (canonicalKey(st.text(0)) == canonicalKey(st.text(1)))
                throw CorrectionError("'" + r.entity + "' and '" + r.value + "' are already one entity");
        }
    }
    setUndone(id, false);
    return recordOf(id);
}

}  // namespace bulletin::store
