#include "sqlite_transfer.hpp"

#include <map>

#include "sqlite_archive.hpp"
#include "store/compressed_text.hpp"
#include "store/corrections.hpp"
#include "store/engine_support.hpp"
#include "store/error.hpp"

namespace bulletin::store {

std::vector<std::int64_t> SqliteTransfer::releaseIds() {
    auto st = archive_.db().prepare("SELECT id FROM documents ORDER BY id");
    std::vector<std::int64_t> out;
    while (st.step()) out.push_back(st.int64(0));
    return out;
}

StoredRelease SqliteTransfer::release(std::int64_t documentId) {
    auto& db = archive_.db();
    StoredRelease r;
    auto doc = db.prepare(
        "SELECT title, subtitle, dateline_place, coalesce(publication_date, ''), publication_date_source,"
        " publication_date_evidence, body, raw, encoding, content_hash, simhash, path, size, mtime FROM documents"
        " WHERE id = ?");
    doc.bind(1, documentId);
    if (!doc.step())
        throw Error(Error::Kind::Other, "release " + std::to_string(documentId) + " vanished while copying");
    Document& d = r.document;
    d.title = doc.text(0);
    d.subtitle = doc.text(1);
    d.datelinePlace = doc.text(2);
    d.publicationDate = DateValue::fromIso(doc.text(3));
    d.publicationDateSource = doc.text(4);
    d.publicationDateEvidence = doc.text(5);
    d.body = doc.text(6);
    d.raw = doc.isBlob(7) ? decompressText(doc.blobView(7)) : doc.text(7);
    d.encoding = doc.text(8);
    d.contentHash = doc.text(9);
    d.simhash = static_cast<std::uint64_t>(doc.int64(10));
    d.location = {doc.text(11), doc.int64(12), doc.int64(13), ""};

    // The document's own path first (the file it was stored from), the others in path order.
    auto files =
        db.prepare("SELECT path, size, mtime, byte_hash FROM files WHERE document_id = ? ORDER BY path = ? DESC, path");
    files.bind(1, documentId).bind(2, d.location.path);
    while (files.step()) r.files.push_back({files.text(0), files.int64(1), files.int64(2), files.text(3)});
    if (!r.files.empty()) d.location = r.files.front();

    StoredExtractionRows rows;
    auto entities = db.prepare(
        "SELECT e.id, e.type, e.key, e.name, e.acronym, de.role, de.affiliation, de.mentions,"
        " (SELECT count(*) FROM acronym_mentions am WHERE am.document_id = de.document_id AND am.entity_id = e.id"
        "  AND am.resolved <> 0) FROM document_entities de"
        " JOIN entities e ON e.id = de.entity_id WHERE de.document_id = ? ORDER BY e.id");
    entities.bind(1, documentId);
    auto aliases = db.prepare("SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY folded");
    while (entities.step()) {
        StoredEntityRow e{entities.int64(0), entityTypeFromString(entities.text(1)).value_or(EntityType::Person),
                          entities.text(2),  entities.text(3),
                          entities.text(4),  entities.text(5),
                          entities.text(6),  {},
                          entities.int64(7), entities.int64(8)};
        aliases.bind(1, e.id);
        while (aliases.step()) e.aliases.push_back(aliases.text(0));
        aliases.reset();
        rows.entities.push_back(std::move(e));
    }
    auto mentions = db.prepare("SELECT data FROM document_mentions WHERE document_id = ?");
    mentions.bind(1, documentId);
    if (mentions.step()) rows.mentions = mentions.text(0);
    auto dates =
        db.prepare("SELECT iso, role, text, rule, start, end FROM dates WHERE document_id = ? ORDER BY start, end");
    dates.bind(1, documentId);
    while (dates.step())
        rows.dates.push_back(
            {dates.text(0), dates.text(1), dates.text(2), dates.text(3), dates.int64(4), dates.int64(5)});
    auto meetings = db.prepare(
        "SELECT id, kind, coalesce(date, ''), location, rule, start, end FROM meetings WHERE document_id = ? ORDER BY "
        "id");
    meetings.bind(1, documentId);
    auto participants =
        db.prepare("SELECT entity_id FROM meeting_participants WHERE meeting_id = ? ORDER BY entity_id");
    while (meetings.step()) {
        StoredMeetingRow m{meetings.text(1),
                           meetings.text(2),
                           meetings.text(3),
                           meetings.text(4),
                           meetings.int64(5),
                           meetings.int64(6),
                           {}};
        participants.bind(1, meetings.int64(0));
        while (participants.step()) m.participants.push_back(participants.int64(0));
        participants.reset();
        rows.meetings.push_back(std::move(m));
    }
    auto acronyms = db.prepare("SELECT acronym, start, end FROM acronym_mentions WHERE document_id = ? ORDER BY rowid");
    acronyms.bind(1, documentId);
    while (acronyms.step()) rows.acronyms.push_back({acronyms.text(0), acronyms.int64(1), acronyms.int64(2)});

    r.extraction = assembleExtraction(rows, d.title + "\n\n" + d.body);
    return r;
}

std::vector<LoggedCorrection> SqliteTransfer::corrections() {
    auto st = archive_.db().prepare("SELECT action, type, key, value, at FROM active_corrections ORDER BY id");
    std::vector<LoggedCorrection> out;
    while (st.step())
        out.push_back({st.text(0), entityTypeFromString(st.text(1)).value_or(EntityType::Person), st.text(2),
                       st.text(3), st.int64(4)});
    return out;
}

void SqliteTransfer::addCorrections(const std::vector<LoggedCorrection>& corrections) {
    if (corrections.empty()) return;
    sql::Transaction tx(archive_.db());
    auto st = archive_.db().prepare("INSERT INTO corrections (action, type, key, value, at) VALUES (?,?,?,?,?)");
    for (const auto& c : corrections) {
        st.bind(1, c.action).bind(2, toString(c.type)).bind(3, c.key).bind(4, c.value).bind(5, c.at);
        st.run();
    }
    archive_.corrections().applyToNewEntities();
    tx.commit();
}

std::vector<MarkedRelease> SqliteTransfer::releaseMarks() {
    std::map<std::int64_t, ReleaseMarks> marks;
    auto st = archive_.db().prepare(
        "SELECT document_id, starred, note FROM release_marks WHERE starred <> 0 OR note <> '' ORDER BY document_id");
    while (st.step()) {
        auto& m = marks[st.int64(0)];
        m.starred = st.int64(1) != 0;
        m.note = st.text(2);
    }
    auto tags = archive_.db().prepare("SELECT document_id, tag FROM release_tags ORDER BY document_id, folded");
    while (tags.step()) marks[tags.int64(0)].tags.push_back(tags.text(1));
    std::vector<MarkedRelease> out;
    for (auto& [id, m] : marks) out.push_back({id, std::move(m)});
    return out;
}

std::vector<MarkedEntity> SqliteTransfer::entityMarks() {
    std::map<std::pair<std::string, std::string>, EntityMarks> marks;
    auto st = archive_.db().prepare("SELECT type, key, note FROM entity_marks WHERE note <> ''");
    while (st.step()) marks[{st.text(0), st.text(1)}].note = st.text(2);
    auto tags = archive_.db().prepare("SELECT type, key, tag FROM entity_tags ORDER BY type, key, folded");
    while (tags.step()) marks[{tags.text(0), tags.text(1)}].tags.push_back(tags.text(2));
    std::vector<MarkedEntity> out;
    for (auto& [ref, m] : marks)
        out.push_back(
            {EntityRef{entityTypeFromString(ref.first).value_or(EntityType::Person), ref.second, ""}, std::move(m)});
    return out;
}

void SqliteTransfer::addMarks(const std::vector<MarkedRelease>& releases, const std::vector<MarkedEntity>& entities) {
    auto& db = archive_.db();
    sql::Transaction tx(db);
    auto mark = db.prepare(
        "INSERT INTO release_marks (document_id, starred, note, note_folded) VALUES (?,?,?,?) ON CONFLICT(document_id)"
        " DO UPDATE SET starred = excluded.starred, note = excluded.note, note_folded = excluded.note_folded");
    auto tag = db.prepare("INSERT OR IGNORE INTO release_tags (document_id, folded, tag) VALUES (?,?,?)");
    for (const auto& r : releases) {
        mark.bind(1, r.documentId)
            .bind(2, r.marks.starred ? 1 : 0)
            .bind(3, r.marks.note)
            .bind(4, foldedNote(r.marks.note));
        mark.run();
        for (const auto& t : r.marks.tags) {
            tag.bind(1, r.documentId).bind(2, foldedTag(t)).bind(3, t);
            tag.run();
        }
    }
    auto note = db.prepare(
        "INSERT INTO entity_marks (type, key, note) VALUES (?,?,?) ON CONFLICT(type, key) DO UPDATE SET note = "
        "excluded.note");
    auto entityTag = db.prepare("INSERT OR IGNORE INTO entity_tags (type, key, folded, tag) VALUES (?,?,?,?)");
    for (const auto& e : entities) {
        if (!e.marks.note.empty()) {
            note.bind(1, toString(e.entity.type)).bind(2, e.entity.key).bind(3, e.marks.note);
            note.run();
        }
        for (const auto& t : e.marks.tags) {
            entityTag.bind(1, toString(e.entity.type)).bind(2, e.entity.key).bind(3, foldedTag(t)).bind(4, t);
            entityTag.run();
        }
    }
    tx.commit();
}

void SqliteTransfer::addSavedSearch(const SavedSearch& search) {
    auto st = archive_.db().prepare(
        "INSERT INTO saved_searches (name, query, list, created, watched, seen_document) VALUES "
        "(?,?,?,strftime('%s','now'),?,?)"
        " ON CONFLICT(name) DO UPDATE SET query = excluded.query, list = excluded.list, watched = excluded.watched,"
        " seen_document = excluded.seen_document");
    st.bind(1, search.name)
        .bind(2, search.query)
        .bind(3, search.list)
        .bind(4, search.watched ? 1 : 0)
        .bind(5, search.seenDocument);
    st.run();
}

}  // namespace bulletin::store
