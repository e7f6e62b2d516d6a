#include "sqlite_marks.hpp"

#include <algorithm>
#include <chrono>
#include <functional>
#include <set>

#include "core/text.hpp"
#include "store/engine_support.hpp"
#include "store/entity_reader.hpp"

namespace bulletin::store {

namespace {
std::int64_t now() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}
}  // namespace

EntityRef SqliteMarks::findEntity(EntityType type, const std::string& name) {
    const auto ids = archive_.entities().resolve(type, name);
    if (ids.empty()) throw MarkError(std::string("no ") + toString(type) + " named '" + name + "' in this archive");
    auto st = archive_.db().prepare(
        "SELECT t.key, r.name FROM resolved_entities r JOIN entities t ON t.id = r.canonical_id WHERE r.id = ?");
    st.bind(1, ids.front());
    if (!st.step()) throw MarkError(std::string("no ") + toString(type) + " named '" + name + "' in this archive");
    return {type, st.text(0), st.text(1)};
}

ReleaseMarks SqliteMarks::release(std::int64_t documentId) {
    ReleaseMarks m;
    auto st = archive_.db().prepare("SELECT starred, note FROM release_marks WHERE document_id = ?");
    st.bind(1, documentId);
    if (st.step()) {
        m.starred = st.int64(0) != 0;
        m.note = st.text(1);
    }
    auto tags = archive_.db().prepare("SELECT tag FROM release_tags WHERE document_id = ? ORDER BY folded");
    tags.bind(1, documentId);
    while (tags.step()) m.tags.push_back(tags.text(0));
    return m;
}

EntityMarks SqliteMarks::entity(const EntityRef& entity) {
    EntityMarks m;
    auto st = archive_.db().prepare("SELECT note FROM entity_marks WHERE type = ? AND key = ?");
    st.bind(1, toString(entity.type)).bind(2, entity.key);
    if (st.step()) m.note = st.text(0);
    auto tags = archive_.db().prepare("SELECT tag FROM entity_tags WHERE type = ? AND key = ? ORDER BY folded");
    tags.bind(1, toString(entity.type)).bind(2, entity.key);
    while (tags.step()) m.tags.push_back(tags.text(0));
    return m;
}

void SqliteMarks::requireReleases(const std::vector<std::int64_t>& documentIds) {
    auto st = archive_.db().prepare("SELECT 1 FROM documents WHERE id = ?");
    for (const auto id : documentIds) {
        st.bind(1, id);
        const bool found = st.step();
        st.reset();
        if (!found) throw MarkError("there is no release " + std::to_string(id) + " in this archive");
    }
}

std::string SqliteMarks::releaseLabel(std::int64_t documentId) {
    auto st = archive_.db().prepare("SELECT title FROM documents WHERE id = ?");
    st.bind(1, documentId);
    return releaseLogLabel(documentId, st.step() ? st.text(0) : std::string());
}

std::int64_t SqliteMarks::newBatch() { return archive_.db().queryInt("SELECT coalesce(max(batch), 0) + 1 FROM mark_changes"); }

void SqliteMarks::log(std::int64_t batch, const Change& c, const std::string& target) {
    auto st = archive_.db().prepare(
        "INSERT INTO mark_changes (batch, at, document_id, entity_type, entity_key, target, action, value, before)"
        " VALUES (?,?,?,?,?,?,?,?,?)");
    st.bind(1, batch).bind(2, now());
    if (c.entity) {
        st.bindNull(3).bind(4, toString(c.entity->type)).bind(5, c.entity->key);
    } else {
        st.bind(3, c.documentId).bindNull(4).bindNull(5);
    }
    st.bind(6, target).bind(7, c.action).bind(8, c.value).bind(9, c.before);
    st.run();
}

bool SqliteMarks::applyStar(std::int64_t documentId, bool starred) {
    auto& db = archive_.db();
    if (starred) {
        auto st = db.prepare(
            "INSERT INTO release_marks (document_id, starred) VALUES (?, 1) ON CONFLICT(document_id) DO UPDATE SET"
            " starred = 1 WHERE starred = 0");
        st.bind(1, documentId);
        st.run();
        return db.changes() > 0;
    }
    auto st = db.prepare("UPDATE release_marks SET starred = 0 WHERE document_id = ? AND starred = 1");
    st.bind(1, documentId);
    st.run();
    const bool changed = db.changes() > 0;
    tidyRelease(documentId);
    return changed;
}

bool SqliteMarks::applyReleaseTag(std::int64_t documentId, const std::string& tag, bool present) {
    auto& db = archive_.db();
    if (present) {
        auto st = db.prepare("INSERT OR IGNORE INTO release_tags (document_id, folded, tag) VALUES (?,?,?)");
        st.bind(1, documentId).bind(2, foldedTag(tag)).bind(3, tag);
        st.run();
    } else {
        auto st = db.prepare("DELETE FROM release_tags WHERE document_id = ? AND folded = ?");
        st.bind(1, documentId).bind(2, foldedTag(tag));
        st.run();
    }
    return db.changes() > 0;
}

bool SqliteMarks::applyReleaseNote(std::int64_t documentId, const std::string& note, std::string* before) {
    auto& db = archive_.db();
    auto current = db.prepare("SELECT note FROM release_marks WHERE document_id = ?");
    current.bind(1, documentId);
    const std::string old = current.step() ? current.text(0) : std::string();
    if (old == note) return false;
    if (before) *before = old;
    auto st = db.prepare(
        "INSERT INTO release_marks (document_id, note, note_folded) VALUES (?1, ?2, ?3) ON CONFLICT(document_id) DO "
        "UPDATE SET note = ?2, note_folded = ?3");
    st.bind(1, documentId).bind(2, note).bind(3, foldedNote(note));
    st.run();
    tidyRelease(documentId);
    return true;
}

void SqliteMarks::tidyRelease(std::int64_t documentId) {
    auto st = archive_.db().prepare("DELETE FROM release_marks WHERE document_id = ? AND starred = 0 AND note = ''");
    st.bind(1, documentId);
    st.run();
}

bool SqliteMarks::applyEntityTag(const EntityRef& entity, const std::string& tag, bool present) {
    auto& db = archive_.db();
    if (present) {
        auto st = db.prepare("INSERT OR IGNORE INTO entity_tags (type, key, folded, tag) VALUES (?,?,?,?)");
        st.bind(1, toString(entity.type)).bind(2, entity.key).bind(3, foldedTag(tag)).bind(4, tag);
        st.run();
    } else {
        auto st = db.prepare("DELETE FROM entity_tags WHERE type = ? AND key = ? AND folded = ?");
        st.bind(1, toString(entity.type)).bind(2, entity.key).bind(3, foldedTag(tag));
        st.run();
    }
    return db.changes() > 0;
}

bool SqliteMarks::applyEntityNote(const EntityRef& entity, const std::string& note, std::string* before) {
    auto& db = archive_.db();
    const std::string old = this->entity(entity).note;
    if (old == note) return false;
    if (before) *before = old;
    if (note.empty()) {
        auto st = db.prepare("DELETE FROM entity_marks WHERE type = ? AND key = ?");
        st.bind(1, toString(entity.type)).bind(2, entity.key);
        st.run();
    } else {
        auto st = db.prepare(
            "INSERT INTO entity_marks (type, key, note) VALUES (?1, ?2, ?3) ON CONFLICT(type, key) DO UPDATE SET "
            "note = ?3");
        st.bind(1, toString(entity.type)).bind(2, entity.key).bind(3, note);
        st.run();
    }
    return true;
}

std::int64_t SqliteMarks::markReleases(const std::vector<std::int64_t>& documentIds, const char* action,
                                       const std::function<bool(std::int64_t, Change&)>& apply) {
    const auto ids = sortedUnique(documentIds);
    sql::Transaction tx(archive_.db());
    requireReleases(ids);  // before anything changes: a step is made whole or not at all
    const std::int64_t batch = newBatch();
    std::int64_t changed = 0;
    for (const auto id : ids) {
        Change change{0, id, std::nullopt, action, "", ""};
        if (!apply(id, change)) continue;  // already so: nothing to log, nothing to undo
        ++changed;
        log(batch, change, releaseLabel(id));
    }
    tx.commit();
    return changed;
}

std::int64_t SqliteMarks::setStarred(const std::vector<std::int64_t>& documentIds, bool starred) {
    return markReleases(documentIds, starred ? "star" : "unstar",
                        [&](std::int64_t id, Change&) { return applyStar(id, starred); });
}

std::int64_t SqliteMarks::addTag(const std::vector<std::int64_t>& documentIds, const std::string& tag) {
    const std::string t = normalizedTag(tag);
    return markReleases(documentIds, "tag", [&](std::int64_t id, Change& change) {
        change.value = t;
        return applyReleaseTag(id, t, true);
    });
}

std::int64_t SqliteMarks::removeTag(const std::vector<std::int64_t>& documentIds, const std::string& tag) {
    const std::string t = normalizedTag(tag);
    auto spelled = archive_.db().prepare("SELECT tag FROM release_tags WHERE document_id = ? AND folded = ?");
    return markReleases(documentIds, "untag", [&](std::int64_t id, Change& change) {
        // The tag as it was written, so that undo puts back the same spelling.
        spelled.bind(1, id).bind(2, foldedTag(t));
        change.value = spelled.step() ? spelled.text(0) : t;
        spelled.reset();
        return applyReleaseTag(id, t, false);
    });
}

std::int64_t SqliteMarks::setNote(const std::vector<std::int64_t>& documentIds, const std::string& note) {
    const std::string n(text::trim(note));
    return markReleases(documentIds, "note", [&](std::int64_t id, Change& change) {
        change.value = n;
        return applyReleaseNote(id, n, &change.before);
    });
}

bool SqliteMarks::addEntityTag(const EntityRef& entity, const std::string& tag) {
    const std::string t = normalizedTag(tag);
    sql::Transaction tx(archive_.db());
    const bool changed = applyEntityTag(entity, t, true);
    if (changed) log(newBatch(), {0, 0, entity, "tag", t, ""}, entityLogLabel(entity));
    tx.commit();
    return changed;
}

bool SqliteMarks::removeEntityTag(const EntityRef& entity, const std::string& tag) {
    const std::string t = normalizedTag(tag);
    sql::Transaction tx(archive_.db());
    std::string written = t;
    for (const auto& existing : this->entity(entity).tags)
        if (foldedTag(existing) == foldedTag(t)) written = existing;
    const bool changed = applyEntityTag(entity, t, false);
    if (changed) log(newBatch(), {0, 0, entity, "untag", written, ""}, entityLogLabel(entity));
    tx.commit();
    return changed;
}

bool SqliteMarks::setEntityNote(const EntityRef& entity, const std::string& note) {
    const std::string n(text::trim(note));
    sql::Transaction tx(archive_.db());
    std::string before;
    const bool changed = applyEntityNote(entity, n, &before);
    if (changed) log(newBatch(), {0, 0, entity, "note", n, before}, entityLogLabel(entity));
    tx.commit();
    return changed;
}

std::vector<TagCount> SqliteMarks::tags() {
    auto st = archive_.db().prepare(R"sql(
SELECT min(tag), sum(releases), sum(entities) FROM (
    SELECT folded, tag, 1 AS releases, 0 AS entities FROM release_tags
    UNION ALL
    SELECT folded, tag, 0, 1 FROM entity_tags)
GROUP BY folded ORDER BY sum(releases) DESC, sum(entities) DESC, folded)sql");
    std::vector<TagCount> out;
    while (st.step()) out.push_back({st.text(0), st.int64(1), st.int64(2)});
    return out;
}

std::vector<std::pair<std::int64_t, std::string>> SqliteMarks::releaseTags() {
    auto st = archive_.db().prepare("SELECT document_id, tag FROM release_tags ORDER BY folded, document_id");
    std::vector<std::pair<std::int64_t, std::string>> out;
    while (st.step()) out.emplace_back(st.int64(0), st.text(1));
    return out;
}

std::vector<std::int64_t> SqliteMarks::releasesWith(const std::string& tag, std::int64_t limit) {
    auto st = tag.empty()
                  ? archive_.db().prepare(
                        "SELECT d.id FROM release_marks m JOIN documents d ON d.id = m.document_id WHERE m.starred = 1"
                        " ORDER BY d.publication_date DESC, d.id DESC LIMIT ?1")
                  : archive_.db().prepare(
                        "SELECT d.id FROM release_tags t JOIN documents d ON d.id = t.document_id WHERE t.folded = ?2"
                        " ORDER BY d.publication_date DESC, d.id DESC LIMIT ?1");
    st.bind(1, limit);
    if (!tag.empty()) st.bind(2, foldedTag(normalizedTag(tag)));
    std::vector<std::int64_t> out;
    while (st.step()) out.push_back(st.int64(0));
    return out;
}

std::vector<MarkChange> SqliteMarks::records(std::int64_t batch, std::int64_t limit) {
    auto st = archive_.db().prepare(
        "SELECT id, batch, action, target, value, at, undone FROM mark_changes WHERE ?1 = 0 OR batch = ?1"
        " ORDER BY id DESC LIMIT ?2");
    st.bind(1, batch).bind(2, limit);
    std::vector<MarkChange> out;
    while (st.step())
        out.push_back({st.int64(0), st.int64(1), st.text(2), st.text(3), st.text(4), st.int64(5), st.int64(6) != 0});
    return out;
}

std::vector<MarkChange> SqliteMarks::history(std::int64_t limit) { return records(0, std::max<std::int64_t>(limit, 0)); }

std::vector<SqliteMarks::Change> SqliteMarks::batchChanges(std::int64_t batch) {
    auto st = archive_.db().prepare(
        "SELECT id, document_id, entity_type, entity_key, target, action, value, before FROM mark_changes"
        " WHERE batch = ? ORDER BY id");
    st.bind(1, batch);
    std::vector<Change> out;
    while (st.step()) {
        Change c;
        c.id = st.int64(0);
        if (!st.isNull(1)) c.documentId = st.int64(1);
        if (!st.isNull(2)) {
            const auto type = entityTypeFromString(st.text(2));
            if (type) c.entity = EntityRef{*type, st.text(3), ""};
        }
        c.action = st.text(5);
        c.value = st.text(6);
        c.before = st.text(7);
        out.push_back(std::move(c));
    }
    return out;
}

void SqliteMarks::replay(const Change& c, bool forward) {
    if (c.entity) {
        if (c.action == "tag" || c.action == "untag") applyEntityTag(*c.entity, c.value, (c.action == "tag") == forward);
        else if (c.action == "note") applyEntityNote(*c.entity, forward ? c.value : c.before, nullptr);
        return;
    }
    // A release that left the archive since (its last file pruned) has nothing left to change.
    auto exists = archive_.db().prepare("SELECT 1 FROM documents WHERE id = ?");
    exists.bind(1, c.documentId);
    if (!exists.step()) return;
    if (c.action == "star" || c.action == "unstar") applyStar(c.documentId, (c.action == "star") == forward);
    else if (c.action == "tag" || c.action == "untag")
        applyReleaseTag(c.documentId, c.value, (c.action == "tag") == forward);
    else if (c.action == "note") applyReleaseNote(c.documentId, forward ? c.value : c.before, nullptr);
}

std::vector<MarkChange> SqliteMarks::undo() {
    auto& db = archive_.db();
    sql::Transaction tx(db);
    const std::int64_t batch = db.queryInt("SELECT coalesce(max(batch), 0) FROM mark_changes WHERE undone = 0");
    if (batch == 0) return {};
    auto changes = batchChanges(batch);
    for (auto it = changes.rbegin(); it != changes.rend(); ++it) replay(*it, false);
    auto st = db.prepare("UPDATE mark_changes SET undone = 1 WHERE batch = ?");
    st.bind(1, batch);
    st.run();
    tx.commit();
    return records(batch, static_cast<std::int64_t>(changes.size()));
}

std::vector<MarkChange> SqliteMarks::redo() {
    auto& db = archive_.db();
    sql::Transaction tx(db);
    // Redo follows undo: nothing may have been marked since the step was undone.
    const std::int64_t batch = db.queryInt(
        "SELECT coalesce((SELECT min(batch) FROM mark_changes WHERE undone = 1 AND batch > "
        "coalesce((SELECT max(batch) FROM mark_changes WHERE undone = 0), 0)), 0)");
    if (batch == 0) return {};
    const auto changes = batchChanges(batch);
    for (const auto& c : changes) replay(c, true);
    auto st = db.prepare("UPDATE mark_changes SET undone = 0 WHERE batch = ?");
    st.bind(1, batch);
    st.run();
    tx.commit();
    return records(batch, static_cast<std::int64_t>(changes.size()));
}

}  // namespace bulletin::store
