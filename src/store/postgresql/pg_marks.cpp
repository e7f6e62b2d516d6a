#include "pg_marks.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "store/engine_support.hpp"

namespace bulletin::store::postgresql {

EntityRef PgMarks::findEntity(EntityType type, const std::string& name) {
    const auto ids = entities_.resolve(type, name);
    const std::string missing = std::string("no ") + toString(type) + " named '" + name + "' in this archive";
    if (ids.empty()) throw MarkError(missing);
    const auto r = c_.query("SELECT t.key, r.name FROM resolved_entities r JOIN entities t ON t.id = r.canonical_id"
                            " WHERE r.id = $1",
                            pg::Params().add(ids.front()));
    if (r.rows() == 0) throw MarkError(missing);
    return {type, std::string(r.text(0, 0)), std::string(r.text(0, 1))};
}

ReleaseMarks PgMarks::release(std::int64_t documentId) {
    ReleaseMarks m;
    const auto r = c_.query("SELECT starred, note FROM release_marks WHERE document_id = $1", pg::Params().add(documentId));
    if (r.rows() > 0) {
        m.starred = r.boolean(0, 0);
        m.note = std::string(r.text(0, 1));
    }
    const auto tags = c_.query("SELECT tag FROM release_tags WHERE document_id = $1 ORDER BY folded COLLATE \"C\"",
                               pg::Params().add(documentId));
    for (int i = 0; i < tags.rows(); ++i) m.tags.emplace_back(tags.text(i, 0));
    return m;
}

EntityMarks PgMarks::entity(const EntityRef& e) {
    EntityMarks m;
    const auto r = c_.query("SELECT note FROM entity_marks WHERE type = $1 AND key = $2",
                            pg::Params().add(toString(e.type)).add(e.key));
    if (r.rows() > 0) m.note = std::string(r.text(0, 0));
    const auto tags = c_.query("SELECT tag FROM entity_tags WHERE type = $1 AND key = $2 ORDER BY folded COLLATE \"C\"",
                               pg::Params().add(toString(e.type)).add(e.key));
    for (int i = 0; i < tags.rows(); ++i) m.tags.emplace_back(tags.text(i, 0));
    return m;
}

std::string PgMarks::releaseLabel(std::int64_t documentId) {
    const auto r = c_.query("SELECT title FROM documents WHERE id = $1", pg::Params().add(documentId));
    return releaseLogLabel(documentId, r.rows() ? std::string(r.text(0, 0)) : std::string());
}

// A step's number, unique across the team's analysts.
std::int64_t PgMarks::newBatch() { return c_.queryInt("SELECT nextval('change_seq')"); }

void PgMarks::log(std::int64_t batch, const Change& c, const std::string& target) {
    pg::Params p;
    p.add(batch);
    if (c.entity) p.addNull().add(toString(c.entity->type)).add(c.entity->key);
    else p.add(c.documentId).addNull().addNull();
    p.add(target).add(c.action).add(c.value).add(c.before);
    c_.query("INSERT INTO mark_changes (batch, document_id, entity_type, entity_key, target, action, value, before)"
             " VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
             p);
}

bool PgMarks::applyStar(std::int64_t documentId, bool starred) {
    if (starred)
        return c_.query("INSERT INTO release_marks (document_id, starred) VALUES ($1, true) ON CONFLICT (document_id)"
                        " DO UPDATE SET starred = true WHERE NOT release_marks.starred",
                        pg::Params().add(documentId))
                   .affected() > 0;
    const bool changed = c_.query("UPDATE release_marks SET starred = false WHERE document_id = $1 AND starred",
                                  pg::Params().add(documentId))
                             .affected() > 0;
    tidyRelease(documentId);
    return changed;
}

bool PgMarks::applyReleaseTag(std::int64_t documentId, const std::string& tag, bool present) {
    if (present)
        return c_.query("INSERT INTO release_tags (document_id, folded, tag) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                        pg::Params().add(documentId).add(foldedTag(tag)).add(tag))
                   .affected() > 0;
    return c_.query("DELETE FROM release_tags WHERE document_id = $1 AND folded = $2",
                    pg::Params().add(documentId).add(foldedTag(tag)))
               .affected() > 0;
}

bool PgMarks::applyReleaseNote(std::int64_t documentId, const std::string& note, std::string* before) {
    const auto r = c_.query("SELECT note FROM release_marks WHERE document_id = $1", pg::Params().add(documentId));
    const std::string old = r.rows() ? std::string(r.text(0, 0)) : std::string();
    if (old == note) return false;
    if (before) *before = old;
    c_.query("INSERT INTO release_marks (document_id, note, note_folded) VALUES ($1, $2, $3) ON CONFLICT (document_id)"
             " DO UPDATE SET note = $2, note_folded = $3",
             pg::Params().add(documentId).add(note).add(foldedNote(note)));
    tidyRelease(documentId);
    return true;
}

void PgMarks::tidyRelease(std::int64_t documentId) {
    c_.query("DELETE FROM release_marks WHERE document_id = $1 AND NOT starred AND note = ''", pg::Params().add(documentId));
}

bool PgMarks::applyEntityTag(const EntityRef& e, const std::string& tag, bool present) {
    if (present)
        return c_.query("INSERT INTO entity_tags (type, key, folded, tag) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                        pg::Params().add(toString(e.type)).add(e.key).add(foldedTag(tag)).add(tag))
                   .affected() > 0;
    return c_.query("DELETE FROM entity_tags WHERE type = $1 AND key = $2 AND folded = $3",
                    pg::Params().add(toString(e.type)).add(e.key).add(foldedTag(tag)))
               .affected() > 0;
}

bool PgMarks::applyEntityNote(const EntityRef& e, const std::string& note, std::string* before) {
    const std::string old = entity(e).note;
    if (old == note) return false;
    if (before) *before = old;
    if (note.empty())
        c_.query("DELETE FROM entity_marks WHERE type = $1 AND key = $2", pg::Params().add(toString(e.type)).add(e.key));
    else
        c_.query("INSERT INTO entity_marks (type, key, note) VALUES ($1, $2, $3) ON CONFLICT (type, key) DO UPDATE SET"
                 " note = $3",
                 pg::Params().add(toString(e.type)).add(e.key).add(note));
    return true;
}

std::int64_t PgMarks::markReleases(const std::vector<std::int64_t>& documentIds, const char* action,
                                   const std::function<bool(std::int64_t, Change&)>& apply) {
    const auto ids = sortedUnique(documentIds);
    pg::Transaction tx(c_);
    std::string array = "{";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i) array += ',';
        array += std::to_string(ids[i]);
    }
    const auto found = c_.query("SELECT id FROM documents WHERE id = ANY($1::bigint[])", pg::Params().add(array + "}"));
    if (static_cast<std::size_t>(found.rows()) != ids.size()) {
        std::vector<std::int64_t> present;
        for (int i = 0; i < found.rows(); ++i) present.push_back(found.int64(i, 0));
        for (const auto id : ids)
            if (std::find(present.begin(), present.end(), id) == present.end())
                throw MarkError("there is no release " + std::to_string(id) + " in this archive");
    }
    const std::int64_t batch = newBatch();
    std::int64_t changed = 0;
    for (const auto id : ids) {
        Change change{0, id, std::nullopt, action, "", ""};
        if (!apply(id, change)) continue;
        ++changed;
        log(batch, change, releaseLabel(id));
    }
    tx.commit();
    return changed;
}

std::int64_t PgMarks::setStarred(const std::vector<std::int64_t>& documentIds, bool starred) {
    return markReleases(documentIds, starred ? "star" : "unstar",
                        [&](std::int64_t id, Change&) { return applyStar(id, starred); });
}

std::int64_t PgMarks::addTag(const std::vector<std::int64_t>& documentIds, const std::string& tag) {
    const std::string t = normalizedTag(tag);
    return markReleases(documentIds, "tag", [&](std::int64_t id, Change& change) {
        change.value = t;
        return applyReleaseTag(id, t, true);
    });
}

std::int64_t PgMarks::removeTag(const std::vector<std::int64_t>& documentIds, const std::string& tag) {
    const std::string t = normalizedTag(tag);
    return markReleases(documentIds, "untag", [&](std::int64_t id, Change& change) {
        const auto spelled = c_.query("SELECT tag FROM release_tags WHERE document_id = $1 AND folded = $2",
                                      pg::Params().add(id).add(foldedTag(t)));
        change.value = spelled.rows() ? std::string(spelled.text(0, 0)) : t;
        return applyReleaseTag(id, t, false);
    });
}

std::int64_t PgMarks::setNote(const std::vector<std::int64_t>& documentIds, const std::string& note) {
    const std::string n(text::trim(note));
    return markReleases(documentIds, "note", [&](std::int64_t id, Change& change) {
        change.value = n;
        return applyReleaseNote(id, n, &change.before);
    });
}

bool PgMarks::addEntityTag(const EntityRef& e, const std::string& tag) {
    const std::string t = normalizedTag(tag);
    pg::Transaction tx(c_);
    const bool changed = applyEntityTag(e, t, true);
    if (changed) log(newBatch(), {0, 0, e, "tag", t, ""}, entityLogLabel(e));
    tx.commit();
    return changed;
}

bool PgMarks::removeEntityTag(const EntityRef& e, const std::string& tag) {
    const std::string t = normalizedTag(tag);
    pg::Transaction tx(c_);
    std::string written = t;
    for (const auto& existing : entity(e).tags)
        if (foldedTag(existing) == foldedTag(t)) written = existing;
    const bool changed = applyEntityTag(e, t, false);
    if (changed) log(newBatch(), {0, 0, e, "untag", written, ""}, entityLogLabel(e));
    tx.commit();
    return changed;
}

bool PgMarks::setEntityNote(const EntityRef& e, const std::string& note) {
    const std::string n(text::trim(note));
    pg::Transaction tx(c_);
    std::string before;
    const bool changed = applyEntityNote(e, n, &before);
    if (changed) log(newBatch(), {0, 0, e, "note", n, before}, entityLogLabel(e));
    tx.commit();
    return changed;
}

std::vector<TagCount> PgMarks::tags() {
    const auto r = c_.query(R"sql(
SELECT min(tag COLLATE "C"), sum(releases), sum(entities) FROM (
    SELECT folded, tag, 1 AS releases, 0 AS entities FROM release_tags
    UNION ALL
    SELECT folded, tag, 0, 1 FROM entity_tags) t
GROUP BY folded ORDER BY sum(releases) DESC, sum(entities) DESC, folded COLLATE "C")sql");
    std::vector<TagCount> out;
    for (int i = 0; i < r.rows(); ++i) out.push_back({std::string(r.text(i, 0)), r.int64(i, 1), r.int64(i, 2)});
    return out;
}

std::vector<std::pair<std::int64_t, std::string>> PgMarks::releaseTags() {
    const auto r = c_.query("SELECT document_id, tag FROM release_tags ORDER BY folded COLLATE \"C\", document_id");
    std::vector<std::pair<std::int64_t, std::string>> out;
    for (int i = 0; i < r.rows(); ++i) out.emplace_back(r.int64(i, 0), std::string(r.text(i, 1)));
    return out;
}

std::vector<std::int64_t> PgMarks::releasesWith(const std::string& tag, std::int64_t limit) {
    const auto r = tag.empty()
                       ? c_.query("SELECT d.id FROM release_marks m JOIN documents d ON d.id = m.document_id WHERE"
                                  " m.starred ORDER BY d.publication_date DESC NULLS LAST, d.id DESC LIMIT $1",
                                  pg::Params().add(limit))
                       : c_.query("SELECT d.id FROM release_tags t JOIN documents d ON d.id = t.document_id WHERE"
                                  " t.folded = $2 ORDER BY d.publication_date DESC NULLS LAST, d.id DESC LIMIT $1",
                                  pg::Params().add(limit).add(foldedTag(normalizedTag(tag))));
    std::vector<std::int64_t> out;
    for (int i = 0; i < r.rows(); ++i) out.push_back(r.int64(i, 0));
    return out;
}

std::vector<MarkChange> PgMarks::records(std::int64_t batch, std::int64_t limit) {
    const auto r = c_.query("SELECT id, batch, action, target, value, extract(epoch FROM at)::bigint, undone FROM"
                            " mark_changes WHERE analyst = session_user AND ($1 = 0 OR batch = $1) ORDER BY id DESC"
                            " LIMIT $2",
                            pg::Params().add(batch).add(limit));
    std::vector<MarkChange> out;
    for (int i = 0; i < r.rows(); ++i)
        out.push_back({r.int64(i, 0), r.int64(i, 1), std::string(r.text(i, 2)), std::string(r.text(i, 3)),
                       std::string(r.text(i, 4)), r.int64(i, 5), r.boolean(i, 6)});
    return out;
}

std::vector<MarkChange> PgMarks::history(std::int64_t limit) { return records(0, std::max<std::int64_t>(limit, 0)); }

std::vector<PgMarks::Change> PgMarks::batchChanges(std::int64_t batch) {
    const auto r = c_.query("SELECT id, document_id, entity_type, entity_key, target, action, value, before FROM"
                            " mark_changes WHERE batch = $1 ORDER BY id",
                            pg::Params().add(batch));
    std::vector<Change> out;
    for (int i = 0; i < r.rows(); ++i) {
        Change c;
        c.id = r.int64(i, 0);
        if (!r.isNull(i, 1)) c.documentId = r.int64(i, 1);
        if (!r.isNull(i, 2))
            if (const auto type = entityTypeFromString(r.text(i, 2))) c.entity = EntityRef{*type, std::string(r.text(i, 3)), ""};
        c.action = std::string(r.text(i, 5));
        c.value = std::string(r.text(i, 6));
        c.before = std::string(r.text(i, 7));
        out.push_back(std::move(c));
    }
    return out;
}

void PgMarks::replay(const Change& c, bool forward) {
    if (c.entity) {
        if (c.action == "tag" || c.action == "untag") applyEntityTag(*c.entity, c.value, (c.action == "tag") == forward);
        else if (c.action == "note") applyEntityNote(*c.entity, forward ? c.value : c.before, nullptr);
        return;
    }
    if (c_.queryInt("SELECT count(*) FROM documents WHERE id = $1", pg::Params().add(c.documentId)) == 0) return;
    if (c.action == "star" || c.action == "unstar") applyStar(c.documentId, (c.action == "star") == forward);
    else if (c.action == "tag" || c.action == "untag") applyReleaseTag(c.documentId, c.value, (c.action == "tag") == forward);
    else if (c.action == "note") applyReleaseNote(c.documentId, forward ? c.value : c.before, nullptr);
}

// Undo and redo are each analyst's: the newest step of the connecting role's own.
std::vector<MarkChange> PgMarks::undo() {
    pg::Transaction tx(c_);
    const std::int64_t batch =
        c_.queryInt("SELECT coalesce(max(batch), 0) FROM mark_changes WHERE NOT undone AND analyst = session_user");
    if (batch == 0) return {};
    auto changes = batchChanges(batch);
    for (auto it = changes.rbegin(); it != changes.rend(); ++it) replay(*it, false);
    c_.query("UPDATE mark_changes SET undone = true WHERE batch = $1", pg::Params().add(batch));
    tx.commit();
    return records(batch, static_cast<std::int64_t>(changes.size()));
}

std::vector<MarkChange> PgMarks::redo() {
    pg::Transaction tx(c_);
    const std::int64_t batch = c_.queryInt(
        "SELECT coalesce((SELECT min(batch) FROM mark_changes WHERE undone AND analyst = session_user AND batch >"
        " coalesce((SELECT max(batch) FROM mark_changes WHERE NOT undone AND analyst = session_user), 0)), 0)");
    if (batch == 0) return {};
    const auto changes = batchChanges(batch);
    for (const auto& c : changes) replay(c, true);
    c_.query("UPDATE mark_changes SET undone = false WHERE batch = $1", pg::Params().add(batch));
    tx.commit();
    return records(batch, static_cast<std::int64_t>(changes.size()));
}

}  // namespace bulletin::store::postgresql
