#include "pg_archive_writer.hpp"

#include <algorithm>
#include <bit>
#include <cstdio>
#include <map>
#include <vector>

#include "core/text.hpp"
#include "store/engine_support.hpp"
#include "text_search.hpp"

namespace bulletin::store::postgresql {

namespace {
// As the SQLite writer (sqlite_archive_writer.cpp): 64-bit SimHash, eight 8-bit bands, links within distance 6,
// the newest 64 candidates per band.
constexpr int kMaxSimilarDistance = 6;
constexpr int kBands = 8;
constexpr int kMaxCandidatesPerBand = 64;

std::int64_t signedOf(std::uint64_t v) { return static_cast<std::int64_t>(v); }
}  // namespace

void PgArchiveWriter::begin() {
    c_.exec("BEGIN");
    inTransaction_ = true;
}

void PgArchiveWriter::commit() {
    c_.exec("UPDATE content_generation SET value = value + 1");
    c_.exec("SELECT nextval('change_seq')");
    // Readers that LISTEN learn of the commit when it happens (delivered at COMMIT, not before).
    c_.exec("NOTIFY bulletin_changed");
    c_.exec("COMMIT");
    inTransaction_ = false;
}

void PgArchiveWriter::rollback() {
    entityIds_.clear();
    storedAliases_.clear();
    if (!inTransaction_) return;
    inTransaction_ = false;
    try {
        c_.exec("ROLLBACK");
    } catch (const pg::Error&) {
        // The connection is gone: the server rolled back.
    }
}

std::unordered_map<std::string, KnownFile> PgArchiveWriter::knownFiles() {
    std::unordered_map<std::string, KnownFile> out;
    const auto r = c_.query("SELECT path, size, mtime, byte_hash, document_id FROM files");
    for (int i = 0; i < r.rows(); ++i)
        out.emplace(std::string(r.text(i, 0)), KnownFile{r.int64(i, 1), r.int64(i, 2), std::string(r.text(i, 3)), r.int64(i, 4)});
    return out;
}

StoreOutcome PgArchiveWriter::store(const Document& doc, const Extraction& extraction, const PreparedDocument& prepared) {
    StoreOutcome outcome;
    const std::int64_t previousDocument =
        c_.queryInt("SELECT document_id FROM files WHERE path = $1", pg::Params().add(doc.location.path));
    const auto [id, stored] = insertDocument(doc, prepared);
    outcome.documentId = id;
    outcome.newDocument = stored;
    if (stored) insertExtraction(id, extraction);
    c_.query("INSERT INTO files (path, size, mtime, byte_hash, document_id) VALUES ($1, $2, $3, $4, $5)"
             " ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime,"
             " byte_hash = excluded.byte_hash, document_id = excluded.document_id",
             pg::Params()
                 .add(doc.location.path)
                 .add(doc.location.size)
                 .add(doc.location.mtime)
                 .add(doc.location.byteHash)
                 .add(id));
    if (previousDocument != 0 && previousDocument != id) {
        outcome.replacedDocument = true;
        carryMarks(previousDocument, id);
        deleteDocumentIfOrphan(previousDocument);
    }
    clearError(doc.location.path);
    return outcome;
}

std::pair<std::int64_t, bool> PgArchiveWriter::insertDocument(const Document& doc, const PreparedDocument& prepared) {
    const auto tsv = tsvectorText(doc.title, doc.body);
    const auto r = c_.query(
        "INSERT INTO documents (content_hash, path, title, title_key, subtitle, dateline_place, publication_date,"
        " publication_date_source, publication_date_evidence, body, raw, encoding, size, mtime, simhash, tsv,"
        " tsv_truncated) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::tsvector, $17)"
        " ON CONFLICT (content_hash) DO NOTHING RETURNING id",
        pg::Params()
            .add(doc.contentHash)
            .add(doc.location.path)
            .add(doc.title)
            .add(text::toLowerAscii(doc.title))  // the order of SQLite's COLLATE NOCASE, byte for byte
            .add(doc.subtitle)
            .add(doc.datelinePlace)
            .add(doc.publicationDate ? std::optional<std::string>(doc.publicationDate->iso()) : std::nullopt)
            .add(doc.publicationDateSource)
            .add(doc.publicationDateEvidence)
            .add(doc.body)
            .addBytes(prepared.rawBlob)
            .add(doc.encoding)
            .add(doc.location.size)
            .add(doc.location.mtime)
            .add(signedOf(doc.simhash))
            .add(tsv.text)
            .add(tsv.truncated ? "true" : "false"));
    if (r.rows() == 0) {
        // The same content is stored already (maybe by another ingester a moment ago): this file is one more place.
        return {c_.queryInt("SELECT id FROM documents WHERE content_hash = $1", pg::Params().add(doc.contentHash)), false};
    }
    const std::int64_t id = r.int64(0, 0);
    linkSimilar(id, doc.simhash);
    return {id, true};
}

std::int64_t PgArchiveWriter::upsertEntity(const Entity& e) {
    const std::string cacheKey = std::string(toString(e.type)) + '\x1f' + e.key + (e.acronym.empty() ? "" : "\x1f+");
    std::int64_t id = 0;
    if (auto it = entityIds_.find(cacheKey); it != entityIds_.end()) {
        id = it->second;
    } else {
        // DO NOTHING, then read: an upsert that updates would lock the row until commit, and ingesters naming the
        // same agencies would wait on each other (or deadlock).
        const auto inserted = c_.query("INSERT INTO entities (type, key, name, acronym) VALUES ($1, $2, $3, $4)"
                                       " ON CONFLICT (type, key) DO NOTHING RETURNING id",
                                       pg::Params().add(toString(e.type)).add(e.key).add(e.name).add(e.acronym));
        if (inserted.rows() > 0) {
            id = inserted.int64(0, 0);
        } else {
            id = c_.queryInt("SELECT id FROM entities WHERE type = $1 AND key = $2",
                             pg::Params().add(toString(e.type)).add(e.key));
            if (!e.acronym.empty())
                c_.query("UPDATE entities SET acronym = $1 WHERE id = $2 AND acronym = ''",
                         pg::Params().add(e.acronym).add(id));
        }
        entityIds_.emplace(cacheKey, id);
    }
    auto alias = [&](const std::string& a) {
        if (a.empty() || !storedAliases_.insert(std::to_string(id) + '\x1f' + a).second) return;
        c_.query("INSERT INTO entity_aliases (entity_id, folded, alias) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                 pg::Params().add(id).add(text::foldForMatching(text::collapseWhitespace(a))).add(a));
    };
    alias(e.name);
    alias(e.acronym);
    for (const auto& a : e.aliases) alias(a);
    return id;
}

void PgArchiveWriter::insertExtraction(std::int64_t documentId, const Extraction& x) {
    std::map<std::pair<int, std::string>, std::int64_t> ids;  // (type, name) -> entity id
    std::vector<std::int64_t> entityIds;
    for (const auto& e : x.entities) {
        const std::int64_t id = upsertEntity(e);
        ids[{static_cast<int>(e.type), e.name}] = id;
        entityIds.push_back(id);
        c_.query("INSERT INTO document_entities (entity_id, document_id, mentions, role, affiliation)"
                 " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (entity_id, document_id) DO UPDATE SET"
                 " mentions = excluded.mentions, role = excluded.role, affiliation = excluded.affiliation",
                 pg::Params().add(id).add(documentId).add(static_cast<std::int64_t>(e.mentions.size())).add(e.role).add(e.affiliation));
    }
    const std::string mentions = formatMentionRecords(x.entities, entityIds);
    if (!mentions.empty())
        c_.query("INSERT INTO document_mentions (document_id, data) VALUES ($1, $2)"
                 " ON CONFLICT (document_id) DO UPDATE SET data = excluded.data",
                 pg::Params().add(documentId).add(mentions));
    for (const auto& m : x.unresolvedAcronyms)
        c_.query("INSERT INTO acronym_mentions (document_id, acronym, start, \"end\") VALUES ($1, $2, $3, $4)",
                 pg::Params().add(documentId).add(m.text).add(static_cast<std::int64_t>(m.span.begin)).add(static_cast<std::int64_t>(m.span.end)));
    for (const auto& d : x.dates)
        c_.query("INSERT INTO dates (document_id, iso, first_day, last_day, role, start, \"end\", text, rule)"
                 " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING",
                 pg::Params()
                     .add(documentId)
                     .add(d.value.iso())
                     .add(d.value.firstDay().iso())
                     .add(d.value.lastDay().iso())
                     .add(toString(d.role))
                     .add(static_cast<std::int64_t>(d.mention.span.begin))
                     .add(static_cast<std::int64_t>(d.mention.span.end))
                     .add(d.mention.text)
                     .add(d.mention.rule));
    for (const auto& m : x.meetings) {
        pg::Params p;
        p.add(documentId).add(toString(m.kind));
        if (m.date) p.add(m.date->iso()).add(m.date->firstDay().iso()).add(m.date->lastDay().iso());
        else p.addNull().addNull().addNull();
        p.add(m.location).add(static_cast<std::int64_t>(m.trigger.span.begin)).add(static_cast<std::int64_t>(m.trigger.span.end)).add(m.trigger.rule);
        const auto meeting = c_.query("INSERT INTO meetings (document_id, kind, date, first_day, last_day, location, start,"
                                      " \"end\", rule) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                                      p);
        const std::int64_t meetingId = meeting.int64(0, 0);
        auto participant = [&](EntityType type, const std::string& name) {
            auto it = ids.find({static_cast<int>(type), name});
            if (it == ids.end()) return;
            c_.query("INSERT INTO meeting_participants (meeting_id, entity_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                     pg::Params().add(meetingId).add(it->second));
        };
        for (const auto& a : m.agencies) participant(EntityType::Agency, a);
        for (const auto& p2 : m.people) participant(EntityType::Person, p2);
    }
}

void PgArchiveWriter::linkSimilar(std::int64_t documentId, std::uint64_t simhash) {
    if (simhash == 0) return;  // too little text to fingerprint
    std::vector<std::int64_t> linked;
    for (int band = 0; band < kBands; ++band) {
        const auto value = static_cast<std::int64_t>((simhash >> (8 * band)) & 0xFF);
        // The bands are every ingester's: a release stored a moment ago on another machine is a candidate too.
        const auto candidates = c_.query(
            "SELECT d.id, d.simhash FROM simhash_bands b JOIN documents d ON d.id = b.document_id"
            " WHERE b.band = $1 AND b.value = $2 AND b.document_id <> $3 ORDER BY b.document_id DESC LIMIT $4",
            pg::Params().add(band).add(value).add(documentId).add(kMaxCandidatesPerBand));
        for (int i = 0; i < candidates.rows(); ++i) {
            const std::int64_t other = candidates.int64(i, 0);
            const int distance = std::popcount(simhash ^ static_cast<std::uint64_t>(candidates.int64(i, 1)));
            if (distance > kMaxSimilarDistance || std::find(linked.begin(), linked.end(), other) != linked.end())
                continue;
            linked.push_back(other);
            c_.query("INSERT INTO similar_documents (document_id, similar_id, distance) VALUES ($1, $2, $3), ($2, $1, $3)"
                     " ON CONFLICT DO NOTHING",
                     pg::Params().add(documentId).add(other).add(distance));
        }
        c_.query("INSERT INTO simhash_bands (band, value, document_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                 pg::Params().add(band).add(value).add(documentId));
    }
}

void PgArchiveWriter::touchFile(const FileLocation& location) {
    c_.query("UPDATE files SET size = $2, mtime = $3, byte_hash = $4 WHERE path = $1",
             pg::Params().add(location.path).add(location.size).add(location.mtime).add(location.byteHash));
    clearError(location.path);
}

void PgArchiveWriter::removeFile(std::string_view path) {
    const auto r = c_.query("DELETE FROM files WHERE path = $1 RETURNING document_id", pg::Params().add(path));
    clearError(path);
    if (r.rows() > 0) deleteDocumentIfOrphan(r.int64(0, 0));
}

// As the SQLite writer: a file's new release gets the marks of its old one, joined with any it had.
void PgArchiveWriter::carryMarks(std::int64_t from, std::int64_t to) {
    c_.query(R"sql(
INSERT INTO release_marks (document_id, starred, note, note_folded)
SELECT $2, starred, note, note_folded FROM release_marks WHERE document_id = $1
ON CONFLICT (document_id) DO UPDATE SET
    starred = release_marks.starred OR excluded.starred,
    note = CASE WHEN release_marks.note = '' OR release_marks.note = excluded.note THEN excluded.note
                WHEN excluded.note = '' THEN release_marks.note
                ELSE release_marks.note || E'\n\n' || excluded.note END,
    note_folded = CASE WHEN release_marks.note = '' OR release_marks.note = excluded.note THEN excluded.note_folded
                WHEN excluded.note = '' THEN release_marks.note_folded
                ELSE release_marks.note_folded || E'\n\n' || excluded.note_folded END)sql",
             pg::Params().add(from).add(to));
    c_.query("INSERT INTO release_tags (document_id, folded, tag) SELECT $2, folded, tag FROM release_tags"
             " WHERE document_id = $1 ON CONFLICT DO NOTHING",
             pg::Params().add(from).add(to));
}

void PgArchiveWriter::deleteDocumentIfOrphan(std::int64_t documentId) {
    const auto r = c_.query("SELECT count(*), min(path) FROM files WHERE document_id = $1", pg::Params().add(documentId));
    if (r.int64(0, 0) == 0) {
        c_.query("DELETE FROM documents WHERE id = $1", pg::Params().add(documentId));
    } else {
        const std::string first(r.text(0, 1));
        c_.query("UPDATE documents SET path = $1 WHERE id = $2 AND path <> $1", pg::Params().add(first).add(documentId));
    }
}

void PgArchiveWriter::recordError(std::string_view path, std::string_view stage, std::string_view message) {
    c_.query("INSERT INTO ingest_errors (path, stage, message) VALUES ($1, $2, $3) ON CONFLICT (path) DO UPDATE SET"
             " stage = excluded.stage, message = excluded.message, at = now(), ingester = session_user",
             pg::Params().add(path).add(stage).add(message));
}

void PgArchiveWriter::clearError(std::string_view path) {
    c_.query("DELETE FROM ingest_errors WHERE path = $1", pg::Params().add(path));
}

std::int64_t PgArchiveWriter::resolveAcronyms() {
    // As the SQLite writer: an acronym used without a definition joins the archive's one agency that has it.
    const auto linked = c_.query(R"sql(
WITH unique_acronyms AS (
    SELECT acronym, min(id) AS entity_id FROM entities WHERE type = 'agency' AND acronym <> ''
    AND acronym IN (SELECT DISTINCT acronym FROM acronym_mentions WHERE NOT resolved)
    GROUP BY acronym HAVING count(*) = 1),
linked AS (
    INSERT INTO document_entities (entity_id, document_id, mentions)
    SELECT u.entity_id, am.document_id, count(*) FROM acronym_mentions am JOIN unique_acronyms u ON u.acronym = am.acronym
    WHERE NOT am.resolved GROUP BY u.entity_id, am.document_id
    ON CONFLICT (entity_id, document_id) DO UPDATE SET mentions = document_entities.mentions + excluded.mentions
    RETURNING 1),
marked AS (
    UPDATE acronym_mentions am SET resolved = true, entity_id = u.entity_id FROM unique_acronyms u
    WHERE NOT am.resolved AND am.acronym = u.acronym RETURNING 1)
SELECT (SELECT count(*) FROM linked), (SELECT count(*) FROM marked))sql");
    const std::int64_t n = linked.int64(0, 0);
    if (n > 0) c_.exec("UPDATE content_generation SET value = value + 1");
    return n;
}

void PgArchiveWriter::optimizeIndex() { c_.exec("SELECT gin_clean_pending_list('documents_tsv'::regclass)"); }

}  // namespace bulletin::store::postgresql
