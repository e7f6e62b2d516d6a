#include "pg_transfer.hpp"

#include <map>

#include "pg_archive.hpp"
#include "store/compressed_text.hpp"
#include "store/corrections.hpp"
#include "store/engine_support.hpp"
#include "store/error.hpp"

namespace bulletin::store::postgresql {

namespace {
std::string str(const pg::Result& r, int row, int column) {
    return std::string(r.text(row, column));
}
}  // namespace

std::vector<std::int64_t> PgTransfer::releaseIds() {
    const auto r = archive_.connection().query("SELECT id FROM documents ORDER BY id");
    std::vector<std::int64_t> out;
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) out.push_back(r.int64(i, 0));
    return out;
}

StoredRelease PgTransfer::release(std::int64_t documentId) {
    auto& c = archive_.connection();
    const pg::Params id = pg::Params().add(documentId);
    StoredRelease out;
    // One snapshot for the release and its extracted data, so that an ingester's commit cannot split them.
    pg::Transaction tx(c);
    c.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const auto doc = c.query(
        "SELECT title, subtitle, dateline_place, coalesce(publication_date, ''), publication_date_source,"
        " publication_date_evidence, body, raw, encoding, content_hash, simhash, path, size, mtime FROM documents"
        " WHERE id = $1",
        id);
    if (doc.rows() == 0)
        throw Error(Error::Kind::Other, "release " + std::to_string(documentId) + " vanished while copying");
    Document& d = out.document;
    d.title = str(doc, 0, 0);
    d.subtitle = str(doc, 0, 1);
    d.datelinePlace = str(doc, 0, 2);
    d.publicationDate = DateValue::fromIso(doc.text(0, 3));
    d.publicationDateSource = str(doc, 0, 4);
    d.publicationDateEvidence = str(doc, 0, 5);
    d.body = str(doc, 0, 6);
    d.raw = decompressText(doc.bytes(0, 7));
    d.encoding = str(doc, 0, 8);
    d.contentHash = str(doc, 0, 9);
    d.simhash = static_cast<std::uint64_t>(doc.int64(0, 10));
    d.location = {str(doc, 0, 11), doc.int64(0, 12), doc.int64(0, 13), ""};

    const auto files = c.query(
        "SELECT path, size, mtime, byte_hash FROM files WHERE document_id = $1"
        " ORDER BY path = $2 DESC, path COLLATE \"C\"",
        pg::Params().add(documentId).add(d.location.path));
    for (int i = 0; i < files.rows(); ++i)
        out.files.push_back({str(files, i, 0), files.int64(i, 1), files.int64(i, 2), str(files, i, 3)});
    if (!out.files.empty()) d.location = out.files.front();

    StoredExtractionRows rows;
    const auto entities = c.query(
        "SELECT e.id, e.type, e.key, e.name, e.acronym, de.role, de.affiliation,"
        " (SELECT string_agg(a.alias, E'\\x1f' ORDER BY a.folded COLLATE \"C\") FROM entity_aliases a"
        "  WHERE a.entity_id = e.id), de.mentions, (SELECT count(*) FROM acronym_mentions am WHERE am.document_id ="
        "  de.document_id AND am.entity_id = e.id AND am.resolved)"
        " FROM document_entities de JOIN entities e ON e.id = de.entity_id WHERE de.document_id = $1 ORDER BY e.id",
        id);
    for (int i = 0; i < entities.rows(); ++i)
        rows.entities.push_back(
            {entities.int64(i, 0), entityTypeFromString(entities.text(i, 1)).value_or(EntityType::Person),
             str(entities, i, 2), str(entities, i, 3), str(entities, i, 4), str(entities, i, 5), str(entities, i, 6),
             splitUnitSeparated(entities.text(i, 7)), entities.int64(i, 8), entities.int64(i, 9)});
    const auto mentions = c.query("SELECT data FROM document_mentions WHERE document_id = $1", id);
    if (mentions.rows() > 0) rows.mentions = str(mentions, 0, 0);
    const auto dates = c.query(
        "SELECT iso, role, text, rule, start, \"end\" FROM dates WHERE document_id = $1 ORDER BY start, \"end\"", id);
    for (int i = 0; i < dates.rows(); ++i)
        rows.dates.push_back({str(dates, i, 0), str(dates, i, 1), str(dates, i, 2), str(dates, i, 3), dates.int64(i, 4),
                              dates.int64(i, 5)});
    const auto meetings = c.query(
        "SELECT m.kind, coalesce(m.date, ''), m.location, m.rule, m.start, m.\"end\","
        " (SELECT string_agg(p.entity_id::text, E'\\x1f' ORDER BY p.entity_id) FROM meeting_participants p"
        "  WHERE p.meeting_id = m.id)"
        " FROM meetings m WHERE m.document_id = $1 ORDER BY m.id",
        id);
    for (int i = 0; i < meetings.rows(); ++i) {
        StoredMeetingRow m{str(meetings, i, 0),
                           str(meetings, i, 1),
                           str(meetings, i, 2),
                           str(meetings, i, 3),
                           meetings.int64(i, 4),
                           meetings.int64(i, 5),
                           {}};
        for (const auto& p : splitUnitSeparated(meetings.text(i, 6))) m.participants.push_back(std::stoll(p));
        rows.meetings.push_back(std::move(m));
    }
    const auto acronyms = c.query(
        "SELECT acronym, start, \"end\" FROM acronym_mentions WHERE document_id = $1 ORDER BY start, \"end\"", id);
    for (int i = 0; i < acronyms.rows(); ++i)
        rows.acronyms.push_back({str(acronyms, i, 0), acronyms.int64(i, 1), acronyms.int64(i, 2)});
    tx.commit();

    out.extraction = assembleExtraction(rows, d.title + "\n\n" + d.body);
    return out;
}

std::vector<LoggedCorrection> PgTransfer::corrections() {
    const auto r = archive_.connection().query(
        "SELECT action, type, key, value, extract(epoch FROM at)::bigint FROM active_corrections ORDER BY id");
    std::vector<LoggedCorrection> out;
    for (int i = 0; i < r.rows(); ++i)
        out.push_back({str(r, i, 0), entityTypeFromString(r.text(i, 1)).value_or(EntityType::Person), str(r, i, 2),
                       str(r, i, 3), r.int64(i, 4)});
    return out;
}

void PgTransfer::addCorrections(const std::vector<LoggedCorrection>& corrections) {
    if (corrections.empty()) return;
    auto& c = archive_.connection();
    {
        pg::Transaction tx(c);
        for (const auto& k : corrections)
            c.query("INSERT INTO corrections (action, type, key, value, at) VALUES ($1, $2, $3, $4, to_timestamp($5))",
                    pg::Params().add(k.action).add(toString(k.type)).add(k.key).add(k.value).add(k.at));
        tx.commit();
    }
    // Its own transaction, under the lock every correction takes to rebuild what the corrections change.
    archive_.corrections().applyToNewEntities();
}

std::vector<MarkedRelease> PgTransfer::releaseMarks() {
    auto& c = archive_.connection();
    std::map<std::int64_t, ReleaseMarks> marks;
    const auto r = c.query("SELECT document_id, starred, note FROM release_marks WHERE starred OR note <> ''");
    for (int i = 0; i < r.rows(); ++i) {
        auto& m = marks[r.int64(i, 0)];
        m.starred = r.boolean(i, 1);
        m.note = str(r, i, 2);
    }
    const auto tags = c.query("SELECT document_id, tag FROM release_tags ORDER BY document_id, folded COLLATE \"C\"");
    for (int i = 0; i < tags.rows(); ++i) marks[tags.int64(i, 0)].tags.push_back(str(tags, i, 1));
    std::vector<MarkedRelease> out;
    for (auto& [id, m] : marks) out.push_back({id, std::move(m)});
    return out;
}

std::vector<MarkedEntity> PgTransfer::entityMarks() {
    auto& c = archive_.connection();
    std::map<std::pair<std::string, std::string>, EntityMarks> marks;
    const auto r = c.query("SELECT type, key, note FROM entity_marks WHERE note <> ''");
    for (int i = 0; i < r.rows(); ++i) marks[{str(r, i, 0), str(r, i, 1)}].note = str(r, i, 2);
    const auto tags = c.query("SELECT type, key, tag FROM entity_tags ORDER BY type, key, folded COLLATE \"C\"");
    for (int i = 0; i < tags.rows(); ++i) marks[{str(tags, i, 0), str(tags, i, 1)}].tags.push_back(str(tags, i, 2));
    std::vector<MarkedEntity> out;
    for (auto& [ref, m] : marks)
        out.push_back(
            {EntityRef{entityTypeFromString(ref.first).value_or(EntityType::Person), ref.second, ""}, std::move(m)});
    return out;
}

void PgTransfer::addMarks(const std::vector<MarkedRelease>& releases, const std::vector<MarkedEntity>& entities) {
    auto& c = archive_.connection();
    pg::Transaction tx(c);
    for (const auto& r : releases) {
        c.query(
            "INSERT INTO release_marks (document_id, starred, note, note_folded) VALUES ($1, $2, $3, $4)"
            " ON CONFLICT (document_id) DO UPDATE SET starred = $2, note = $3, note_folded = $4",
            pg::Params()
                .add(r.documentId)
                .add(r.marks.starred ? "true" : "false")
                .add(r.marks.note)
                .add(foldedNote(r.marks.note)));
        for (const auto& t : r.marks.tags)
            c.query("INSERT INTO release_tags (document_id, folded, tag) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                    pg::Params().add(r.documentId).add(foldedTag(t)).add(t));
    }
    for (const auto& e : entities) {
        if (!e.marks.note.empty())
            c.query(
                "INSERT INTO entity_marks (type, key, note) VALUES ($1, $2, $3) ON CONFLICT (type, key)"
                " DO UPDATE SET note = $3",
                pg::Params().add(toString(e.entity.type)).add(e.entity.key).add(e.marks.note));
        for (const auto& t : e.marks.tags)
            c.query("INSERT INTO entity_tags (type, key, folded, tag) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                    pg::Params().add(toString(e.entity.type)).add(e.entity.key).add(foldedTag(t)).add(t));
    }
    c.exec("SELECT nextval('change_seq')");  // other analysts' windows follow the change
    tx.commit();
}

void PgTransfer::addSavedSearch(const SavedSearch& search) {
    archive_.connection().query(
        "INSERT INTO saved_searches (name, query, list, watched, seen_document) VALUES ($1, $2, $3, $4, $5)"
        " ON CONFLICT (owner, name) DO UPDATE SET query = $2, list = $3, watched = $4, seen_document = $5",
        pg::Params()
            .add(search.name)
            .add(search.query)
            .add(search.list)
            .add(search.watched ? "true" : "false")
            .add(search.seenDocument));
}

}  // namespace bulletin::store::postgresql
