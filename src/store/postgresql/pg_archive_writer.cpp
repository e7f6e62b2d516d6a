#include "pg_archive_writer.hpp"

#include <algorithm>
#include <bit>
#include <chrono>
#include <cstdio>
#include <map>
#include <random>
#include <thread>
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

std::int64_t signedOf(std::uint64_t v) {
    return static_cast<std::int64_t>(v);
}
std::int64_t intOf(const pg::Result& r) {
    return r.rows() > 0 && r.columns() > 0 ? r.int64(0, 0) : 0;
}

bool isTransient(const pg::Error& e) {
    return e.sqlstate() == "40P01" /* deadlock_detected */ || e.sqlstate() == "40001" /* serialization_failure */;
}

// Waits that grow (20 ms, 40 ms, ... 2.5 s) with some randomness, so that the ingesters that collided do not collide
// again in step.
void waitBeforeAttempt(int attempt) {
    static thread_local std::minstd_rand jitter(std::random_device{}());
    std::this_thread::sleep_for(
        std::chrono::milliseconds((20 << std::min(attempt - 1, 7)) + static_cast<int>(jitter() % 20)));
}
}  // namespace

void PgArchiveWriter::begin() {
    done_.clear();
    startTransaction();
}

void PgArchiveWriter::startTransaction() {
    c_.exec("BEGIN");
    inTransaction_ = true;
    batchFingerprints_.clear();
    // One row per transaction open now (none: one row with a NULL), each with the first id not yet begun.
    const auto r = c_.query(
        "SELECT txid_snapshot_xmax(s), x FROM txid_current_snapshot() s LEFT JOIN LATERAL txid_snapshot_xip(s) x"
        " ON true");
    overlapFrom_ = r.int64(0, 0);
    overlapping_.clear();
    for (int i = 0; i < r.rows(); ++i)
        if (!r.isNull(i, 1)) overlapping_.push_back(r.int64(i, 1));
}

template <typename Op>
auto PgArchiveWriter::retrying(Op op) -> decltype(op()) {
    for (int attempt = 1;; ++attempt) {
        try {
            auto result = op();
            if (inTransaction_) done_.emplace_back([op]() { (void)op(); });
            return result;
        } catch (const pg::Error& e) {
            if (!inTransaction_ || !isTransient(e) || attempt >= kMaxAttempts) throw;
        }
        redo(attempt);
    }
}

void PgArchiveWriter::redo(int attempt) {
    auto changes = std::move(done_);
    done_.clear();
    for (;; ++attempt) {
        ++retries_;
        rollback();
        waitBeforeAttempt(attempt);
        startTransaction();
        try {
            for (const auto& change : changes) change();
            done_ = std::move(changes);
            return;
        } catch (const pg::Error& e) {
            if (!isTransient(e) || attempt + 1 >= kMaxAttempts) throw;
        }
    }
}

void PgArchiveWriter::commit() {
    (void)retrying([this] {
        commitNow();
        return 0;
    });
    done_.clear();
    linkAcrossIngesters();
}

void PgArchiveWriter::linkAcrossIngesters() {
    auto mine = std::move(batchFingerprints_);
    batchFingerprints_.clear();
    if (mine.empty()) return;
    // Rows of transactions that were open beside this one: committed by now, or still open (then theirs will find
    // this batch's rows after their own commit). An index on stored_by_xact keeps it to those rows.
    const auto others = c_.queryPrepared(
        "SELECT id, simhash FROM documents WHERE (stored_by_xact = ANY($1::bigint[]) OR stored_by_xact >= $2) AND"
        " simhash <> 0",
        pg::Params().add(pg::arrayLiteral(overlapping_)).add(overlapFrom_));
    std::unordered_set<std::int64_t> ours;
    for (const auto& [id, hash] : mine) ours.insert(id);
    std::vector<std::int64_t> from, to, distances;
    for (int i = 0; i < others.rows(); ++i) {
        const std::int64_t other = others.int64(i, 0);
        if (ours.count(other)) continue;
        const auto otherHash = static_cast<std::uint64_t>(others.int64(i, 1));
        for (const auto& [id, hash] : mine) {
            const int distance = std::popcount(hash ^ otherHash);
            if (distance > kMaxSimilarDistance) continue;
            from.push_back(id);
            to.push_back(other);
            distances.push_back(distance);
        }
    }
    if (from.empty()) return;
    // The other ingester links the same pairs from its side at about the same moment: both insert in one order (by
    // the pair), or each would hold one direction of a pair and wait for the other's (a deadlock, seen in CI). The
    // statement stands alone (no transaction is open), so after a transient failure it is simply sent again.
    const auto params =
        pg::Params().add(pg::arrayLiteral(from)).add(pg::arrayLiteral(to)).add(pg::arrayLiteral(distances));
    for (int attempt = 1;; ++attempt) {
        try {
            c_.queryPrepared(
                "INSERT INTO similar_documents (document_id, similar_id, distance) SELECT a, b, d FROM (SELECT a, b, d"
                " FROM unnest($1::bigint[], $2::bigint[], $3::int[]) AS t(a, b, d) UNION ALL SELECT b, a, d FROM"
                " unnest($1::bigint[], $2::bigint[], $3::int[]) AS t(a, b, d)) pairs ORDER BY a, b ON CONFLICT DO"
                " NOTHING",
                params);
            return;
        } catch (const pg::Error& e) {
            if (!isTransient(e) || attempt >= kMaxAttempts) throw;
            ++retries_;
            waitBeforeAttempt(attempt);
        }
    }
}

void PgArchiveWriter::commitNow() {
    c_.exec("UPDATE content_generation SET value = value + 1");
    c_.exec("SELECT nextval('change_seq')");
    // Readers that LISTEN learn of the commit when it happens (delivered at COMMIT, not before).
    c_.exec("NOTIFY bulletin_changed");
    c_.exec("COMMIT");
    inTransaction_ = false;
}

void PgArchiveWriter::rollback() {
    done_.clear();
    batchFingerprints_.clear();
    entityIds_.clear();
    storedAliases_.clear();
    pendingAliasEntities_.clear();
    pendingAliasFolded_.clear();
    pendingAliases_.clear();
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
        out.emplace(std::string(r.text(i, 0)),
                    KnownFile{r.int64(i, 1), r.int64(i, 2), std::string(r.text(i, 3)), r.int64(i, 4)});
    return out;
}

StoreOutcome PgArchiveWriter::store(const Document& doc, const Extraction& extraction,
                                    const PreparedDocument& prepared) {
    // Copies: the change may have to be done again after the caller's objects are gone.
    return retrying([this, doc, extraction, prepared] { return storeNow(doc, extraction, prepared); });
}

void PgArchiveWriter::touchFile(const FileLocation& location) {
    (void)retrying([this, location] {
        touchFileNow(location);
        return 0;
    });
}

void PgArchiveWriter::removeFile(std::string_view path) {
    (void)retrying([this, p = std::string(path)] {
        removeFileNow(p);
        return 0;
    });
}

void PgArchiveWriter::recordError(std::string_view path, std::string_view stage, std::string_view message) {
    (void)retrying([this, p = std::string(path), s = std::string(stage), m = std::string(message)] {
        recordErrorNow(p, s, m);
        return 0;
    });
}

void PgArchiveWriter::clearError(std::string_view path) {
    (void)retrying([this, p = std::string(path)] {
        clearErrorNow(p);
        return 0;
    });
}

std::int64_t PgArchiveWriter::resolveAcronyms() {
    return retrying([this] { return resolveAcronymsNow(); });
}

StoreOutcome PgArchiveWriter::storeNow(const Document& doc, const Extraction& extraction,
                                       const PreparedDocument& prepared) {
    StoreOutcome outcome;
    const std::int64_t previousDocument =
        intOf(c_.queryPrepared("SELECT document_id FROM files WHERE path = $1", pg::Params().add(doc.location.path)));
    const auto [id, stored] = insertDocument(doc, prepared);
    outcome.documentId = id;
    outcome.newDocument = stored;
    // What needs no answer goes in one round trip: the release's rows, its file, its error cleared.
    std::vector<std::int64_t> entityIds;
    if (stored) {
        entityIds = upsertEntities(extraction.entities);
        flushAliases();
    }
    {
        pg::Pipeline pipe(c_);
        if (stored) insertExtraction(id, extraction, entityIds, pipe);
        pipe.send(
            "INSERT INTO files (path, size, mtime, byte_hash, document_id) VALUES ($1, $2, $3, $4, $5)"
            " ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime,"
            " byte_hash = excluded.byte_hash, document_id = excluded.document_id",
            pg::Params()
                .add(doc.location.path)
                .add(doc.location.size)
                .add(doc.location.mtime)
                .add(doc.location.byteHash)
                .add(id));
        pipe.send("DELETE FROM ingest_errors WHERE path = $1", pg::Params().add(doc.location.path));
        pipe.finish();
    }
    if (previousDocument != 0 && previousDocument != id) {
        outcome.replacedDocument = true;
        carryMarks(previousDocument, id);
        deleteDocumentIfOrphan(previousDocument);
    }
    return outcome;
}

std::pair<std::int64_t, bool> PgArchiveWriter::insertDocument(const Document& doc, const PreparedDocument& prepared) {
    const auto tsv = tsvectorText(doc.title, doc.body);
    const auto r = c_.queryPrepared(
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
        return {intOf(c_.queryPrepared("SELECT id FROM documents WHERE content_hash = $1",
                                       pg::Params().add(doc.contentHash))),
                false};
    }
    const std::int64_t id = r.int64(0, 0);
    linkSimilar(id, doc.simhash);
    return {id, true};
}

void PgArchiveWriter::linkSimilar(std::int64_t documentId, std::uint64_t simhash) {
    if (simhash == 0) return;  // too little text to fingerprint
    batchFingerprints_.emplace_back(documentId, simhash);
    std::vector<std::int64_t> bands, values;
    for (int band = 0; band < kBands; ++band) {
        bands.push_back(band);
        values.push_back(static_cast<std::int64_t>((simhash >> (8 * band)) & 0xFF));
    }
    // The newest candidates of each band, every ingester's: a release stored a moment ago on another machine counts.
    const auto candidates = c_.queryPrepared(
        "SELECT DISTINCT c.id, c.simhash FROM unnest($1::int[], $2::int[]) AS k(band, value) CROSS JOIN LATERAL"
        " (SELECT d.id, d.simhash FROM simhash_bands b JOIN documents d ON d.id = b.document_id WHERE b.band = k.band"
        " AND b.value = k.value AND b.document_id <> $3 ORDER BY b.document_id DESC LIMIT $4) c ORDER BY c.id",
        pg::Params()
            .add(pg::arrayLiteral(bands))
            .add(pg::arrayLiteral(values))
            .add(documentId)
            .add(kMaxCandidatesPerBand));
    std::vector<std::int64_t> linked, distances;
    for (int i = 0; i < candidates.rows(); ++i) {
        const int distance = std::popcount(simhash ^ static_cast<std::uint64_t>(candidates.int64(i, 1)));
        if (distance > kMaxSimilarDistance) continue;
        linked.push_back(candidates.int64(i, 0));
        distances.push_back(distance);
    }
    if (!linked.empty())
        c_.queryPrepared(
            "INSERT INTO similar_documents (document_id, similar_id, distance) SELECT $1, o, d FROM"
            " unnest($2::bigint[], $3::int[]) AS t(o, d) UNION ALL SELECT o, $1, d FROM unnest($2::bigint[],"
            " $3::int[]) AS t(o, d) ON CONFLICT DO NOTHING",
            pg::Params().add(documentId).add(pg::arrayLiteral(linked)).add(pg::arrayLiteral(distances)));
    c_.queryPrepared(
        "INSERT INTO simhash_bands (band, value, document_id) SELECT b, v, $3 FROM unnest($1::int[], $2::int[])"
        " AS t(b, v) ON CONFLICT DO NOTHING",
        pg::Params().add(pg::arrayLiteral(bands)).add(pg::arrayLiteral(values)).add(documentId));
}

void PgArchiveWriter::touchFileNow(const FileLocation& location) {
    c_.queryPrepared("UPDATE files SET size = $2, mtime = $3, byte_hash = $4 WHERE path = $1",
                     pg::Params().add(location.path).add(location.size).add(location.mtime).add(location.byteHash));
    clearErrorNow(location.path);
}

void PgArchiveWriter::removeFileNow(std::string_view path) {
    const auto r = c_.query("DELETE FROM files WHERE path = $1 RETURNING document_id", pg::Params().add(path));
    clearErrorNow(path);
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
    c_.query(
        "INSERT INTO release_tags (document_id, folded, tag) SELECT $2, folded, tag FROM release_tags"
        " WHERE document_id = $1 ON CONFLICT DO NOTHING",
        pg::Params().add(from).add(to));
}

void PgArchiveWriter::deleteDocumentIfOrphan(std::int64_t documentId) {
    const auto r =
        c_.query("SELECT count(*), min(path) FROM files WHERE document_id = $1", pg::Params().add(documentId));
    if (r.int64(0, 0) == 0) {
        c_.query("DELETE FROM documents WHERE id = $1", pg::Params().add(documentId));
    } else {
        const std::string first(r.text(0, 1));
        c_.query("UPDATE documents SET path = $1 WHERE id = $2 AND path <> $1",
                 pg::Params().add(first).add(documentId));
    }
}

void PgArchiveWriter::recordErrorNow(std::string_view path, std::string_view stage, std::string_view message) {
    c_.query(
        "INSERT INTO ingest_errors (path, stage, message) VALUES ($1, $2, $3) ON CONFLICT (path) DO UPDATE SET"
        " stage = excluded.stage, message = excluded.message, at = now(), ingester = session_user",
        pg::Params().add(path).add(stage).add(message));
}

void PgArchiveWriter::clearErrorNow(std::string_view path) {
    c_.queryPrepared("DELETE FROM ingest_errors WHERE path = $1", pg::Params().add(path));
}

std::int64_t PgArchiveWriter::resolveAcronymsNow() {
    // As the SQLite writer: an acronym used without a definition joins the archive's one agency that spells it out,
    // or when none does, the one agency named by the bare acronym itself.
    const auto linked = c_.query(R"sql(
WITH pending AS (SELECT DISTINCT acronym FROM acronym_mentions WHERE NOT resolved),
spelled AS (
    SELECT acronym, min(id) AS entity_id FROM entities WHERE type = 'agency' AND acronym <> '' AND name <> acronym
    AND acronym IN (SELECT acronym FROM pending) GROUP BY acronym HAVING count(*) = 1),
bare AS (
    SELECT acronym, min(id) AS entity_id FROM entities b WHERE type = 'agency' AND name = acronym
    AND acronym IN (SELECT acronym FROM pending)
    AND NOT EXISTS (SELECT 1 FROM entities f WHERE f.type = 'agency' AND f.acronym = b.acronym AND f.name <> f.acronym)
    GROUP BY acronym),
unique_acronyms AS (SELECT * FROM spelled UNION ALL SELECT * FROM bare WHERE acronym NOT IN (SELECT acronym FROM spelled)),
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

std::map<std::string, std::string> PgArchiveWriter::boilerplateModels(const std::vector<std::string>& folders) {
    std::map<std::string, std::string> out;
    if (folders.empty()) return out;
    const auto r = c_.query("SELECT folder, model FROM boilerplate_models WHERE folder = ANY($1::text[])",
                            pg::Params().add(pg::arrayLiteral(folders)));
    for (int i = 0; i < r.rows(); ++i) out.emplace(std::string(r.text(i, 0)), r.bytes(i, 1));
    return out;
}

std::map<std::string, std::string> PgArchiveWriter::keepBoilerplateModels(
    const std::map<std::string, std::string>& models) {
    if (models.empty()) return {};
    std::vector<std::string> folders;
    {
        // One statement per model (bytea parameters), one transaction: the first ingester's model stands.
        pg::Transaction tx(c_);
        for (const auto& [folder, model] : models) {
            folders.push_back(folder);
            c_.query("INSERT INTO boilerplate_models (folder, model) VALUES ($1, $2) ON CONFLICT (folder) DO NOTHING",
                     pg::Params().add(folder).addBytes(model));
        }
        tx.commit();
    }
    return boilerplateModels(folders);
}

void PgArchiveWriter::optimizeIndex() {
    c_.exec("SELECT gin_clean_pending_list('documents_tsv'::regclass)");
}

}  // namespace bulletin::store::postgresql
