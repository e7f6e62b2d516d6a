#include "pg_corrections.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "store/engine_support.hpp"

namespace bulletin::store::postgresql {

namespace {
// The advisory lock key of the overrides' rebuild (the bytes of "BULLOVRD").
constexpr std::int64_t kOverridesLock = 0x42554C4C4F565244;
}  // namespace

void PgCorrections::rebuildOverrides() {
    c_.query("SELECT pg_advisory_xact_lock($1)", pg::Params().add(kOverridesLock));
    c_.exec("DELETE FROM entity_overrides");
    c_.exec(std::string(kEntityMergeTargets) + R"sql(
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
    c_.exec("UPDATE content_generation SET value = value + 1");
}

void PgCorrections::applyToNewEntities() {
    pg::Transaction tx(c_);
    rebuildOverrides();
    tx.commit();
}

PgCorrections::Target PgCorrections::find(EntityType type, const std::string& name) {
    const auto ids = entities_.resolve(type, name);
    if (ids.empty())
        throw CorrectionError(std::string("no ") + toString(type) + " named '" + name + "' in this archive");
    const auto r = c_.query(
        "SELECT t.key, r.name FROM resolved_entities r JOIN entities t ON t.id = r.canonical_id"
        " WHERE r.id = $1",
        pg::Params().add(ids.front()));
    if (r.rows() == 0) throw CorrectionError("entity vanished while correcting it");
    return {std::string(r.text(0, 0)), std::string(r.text(0, 1))};
}

void PgCorrections::record(const char* action, EntityType type, const std::string& key, const std::string& value) {
    pg::Transaction tx(c_);
    c_.query("INSERT INTO corrections (action, type, key, value) VALUES ($1, $2, $3, $4)",
             pg::Params().add(action).add(toString(type)).add(key).add(value));
    rebuildOverrides();
    tx.commit();
}

void PgCorrections::merge(EntityType type, const std::string& from, const std::string& into) {
    const Target source = find(type, from);
    const Target target = find(type, into);
    if (source.key == target.key) throw CorrectionError("'" + from + "' and '" + into + "' are already one entity");
    record("merge", type, source.key, target.key);
}

void PgCorrections::rename(EntityType type, const std::string& entity, const std::string& newName) {
    if (newName.empty()) throw CorrectionError("the new name is empty");
    record("rename", type, find(type, entity).key, newName);
}

void PgCorrections::addAlias(EntityType type, const std::string& entity, const std::string& alias) {
    if (alias.empty()) throw CorrectionError("the alias is empty");
    record("alias", type, find(type, entity).key, text::foldForMatching(text::collapseWhitespace(alias)));
}

void PgCorrections::hide(EntityType type, const std::string& entity) {
    record("hide", type, find(type, entity).key, "");
}

std::vector<CorrectionRecord> PgCorrections::records(const std::string& condition, const pg::Params& params,
                                                     std::int64_t limit) {
    const auto r = c_.query(
        "SELECT c.id, c.action, c.type, coalesce((SELECT e.name FROM entities e WHERE e.type = c.type AND e.key ="
        " c.key), c.key), CASE WHEN c.action = 'merge' THEN coalesce((SELECT e.name FROM entities e WHERE e.type ="
        " c.type AND e.key = c.value), c.value) ELSE c.value END, extract(epoch FROM c.at)::bigint,"
        " NOT EXISTS (SELECT 1 FROM active_corrections a WHERE a.id = c.id), c.analyst FROM corrections c " +
            condition + " ORDER BY c.id DESC LIMIT " + std::to_string(std::max<std::int64_t>(limit, 0)),
        params);
    std::vector<CorrectionRecord> out;
    for (int i = 0; i < r.rows(); ++i) {
        CorrectionRecord rec;
        rec.id = r.int64(i, 0);
        rec.action = std::string(r.text(i, 1));
        rec.type = entityTypeFromString(r.text(i, 2)).value_or(EntityType::Person);
        rec.entity = std::string(r.text(i, 3));
        rec.value = std::string(r.text(i, 4));
        rec.at = r.int64(i, 5);
        rec.undone = r.boolean(i, 6);
        rec.analyst = std::string(r.text(i, 7));
        out.push_back(std::move(rec));
    }
    return out;
}

std::vector<CorrectionRecord> PgCorrections::history(std::int64_t limit) {
    return records("", pg::Params(), limit);
}

CorrectionRecord PgCorrections::recordOf(std::int64_t id) {
    auto found = records("WHERE c.id = $1", pg::Params().add(id), 1);
    if (found.empty()) throw CorrectionError("there is no correction number " + std::to_string(id));
    return found.front();
}

void PgCorrections::setUndone(std::int64_t id, bool undone) {
    pg::Transaction tx(c_);
    c_.query(
        "INSERT INTO correction_undos (correction_id, undone, last_correction) VALUES ($1, $2,"
        " (SELECT coalesce(max(id), 0) FROM corrections))",
        pg::Params().add(id).add(undone ? "true" : "false"));
    rebuildOverrides();
    tx.commit();
}

std::optional<CorrectionRecord> PgCorrections::undo() {
    const auto id = c_.queryInt("SELECT coalesce(max(id), 0) FROM active_corrections");
    if (id == 0) return std::nullopt;
    setUndone(id, true);
    return recordOf(id);
}

std::optional<CorrectionRecord> PgCorrections::redo() {
    const auto id = c_.queryInt(
        "SELECT coalesce((SELECT u.correction_id FROM correction_undos u WHERE u.undone AND u.last_correction ="
        " (SELECT coalesce(max(id), 0) FROM corrections) AND u.id = (SELECT max(v.id) FROM correction_undos v WHERE"
        " v.correction_id = u.correction_id) ORDER BY u.id DESC LIMIT 1), 0)");
    if (id == 0) return std::nullopt;
    setUndone(id, false);
    return recordOf(id);
}

CorrectionRecord PgCorrections::revert(std::int64_t id) {
    const auto r = recordOf(id);
    if (!r.undone) setUndone(id, true);
    return recordOf(id);
}

CorrectionRecord PgCorrections::restore(std::int64_t id) {
    const auto r = recordOf(id);
    if (!r.undone) return r;
    if (r.action == "merge") {
        const auto row = c_.query("SELECT key, value, type FROM corrections WHERE id = $1", pg::Params().add(id));
        if (row.rows() > 0) {
            const std::string type(row.text(0, 2));
            auto canonicalKey = [&](const std::string& key) {
                const auto c = c_.query(
                    "SELECT t.key FROM entities e JOIN resolved_entities r ON r.id = e.id JOIN"
                    " entities t ON t.id = r.canonical_id WHERE e.type = $1 AND e.key = $2",
                    pg::Params().add(type).add(key));
                return c.rows() ? std::string(c.text(0, 0)) : key;
            };
            if (canonicalKey(std::string(row.text(0, 0))) == canonicalKey(std::string(row.text(0, 1))))
                throw CorrectionError("'" + r.entity + "' and '" + r.value + "' are already one entity");
        }
    }
    setUndone(id, false);
    return recordOf(id);
}

}  // namespace bulletin::store::postgresql
