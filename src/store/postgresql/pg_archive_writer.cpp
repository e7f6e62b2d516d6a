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

pg::Connection& PgArchiveWriter::dictionary() {
    if (conninfo_.empty()) return c_;
    if (!dictionary_) {
        dictionary_.emplace(conninfo_);
        dictionary_->exec("SET application_name = 'bulletin ingest: entities'");
    }
    return *dictionary_;
}

std::vector<std::int64_t> PgArchiveWriter::upsertEntities(const std::vector<Entity>& entities) {
    auto cacheKeyOf = [](const Entity& e) {
        std::string key = toString(e.type);
        key += '\x1f';
        key += e.key;
        if (!e.acronym.empty()) key += "\x1f+";
        return key;
    };
    // The ones not met before in this run, in one statement: inserted when new (DO NOTHING: an upsert that updates
    // would lock the row until commit, and ingesters naming the same agencies would wait on each other or deadlock),
    // read when another release or ingester stored them first.
    std::vector<std::string> types, keys, names, acronyms;
    std::vector<std::size_t> missing;
    for (std::size_t k = 0; k < entities.size(); ++k) {
        if (entityIds_.count(cacheKeyOf(entities[k]))) continue;
        missing.push_back(k);
        types.emplace_back(toString(entities[k].type));
        keys.push_back(entities[k].key);
        names.push_back(entities[k].name);
        acronyms.push_back(entities[k].acronym);
    }
    if (!missing.empty()) {
        const pg::Params arrays = pg::Params()
                                      .add(pg::arrayLiteral(types))
                                      .add(pg::arrayLiteral(keys))
                                      .add(pg::arrayLiteral(names))
                                      .add(pg::arrayLiteral(acronyms));
        const auto r = dictionary().queryPrepared(
            "WITH input AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS"
            " t(type, key, name, acronym, n)),"
            " inserted AS (INSERT INTO entities (type, key, name, acronym) SELECT type, key, name, acronym FROM"
            " (SELECT DISTINCT ON (type, key) type, key, name, acronym, n FROM input ORDER BY type, key, n) first"
            " ORDER BY n ON CONFLICT (type, key) DO NOTHING RETURNING id, type, key)"
            " SELECT i.n, coalesce(ins.id, e.id) FROM input i LEFT JOIN inserted ins ON ins.type = i.type AND"
            " ins.key = i.key LEFT JOIN entities e ON e.type = i.type AND e.key = i.key ORDER BY i.n",
            arrays);
        std::vector<std::string> lateTypes, lateKeys;
        std::vector<std::size_t> late;
        for (int row = 0; row < r.rows(); ++row) {
            const auto k = missing[static_cast<std::size_t>(r.int64(row, 0) - 1)];
            if (r.isNull(row, 1)) {
                // Another ingester inserted it and committed while this statement waited on it: the statement's
                // snapshot, taken before, cannot see the row. A new statement can.
                late.push_back(k);
                lateTypes.emplace_back(toString(entities[k].type));
                lateKeys.push_back(entities[k].key);
                continue;
            }
            entityIds_.emplace(cacheKeyOf(entities[k]), r.int64(row, 1));
        }
        if (!late.empty()) {
            const auto found = dictionary().queryPrepared(
                "SELECT v.n, e.id FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS v(type, key, n) JOIN entities "
                "e"
                " ON e.type = v.type AND e.key = v.key",
                pg::Params().add(pg::arrayLiteral(lateTypes)).add(pg::arrayLiteral(lateKeys)));
            for (int row = 0; row < found.rows(); ++row)
                entityIds_.emplace(cacheKeyOf(entities[late[static_cast<std::size_t>(found.int64(row, 0) - 1)]]),
                                   found.int64(row, 1));
            for (const auto k : late)
                if (!entityIds_.count(cacheKeyOf(entities[k])))
                    throw pg::Error("40001", "an entity another ingester stored could not be read back; trying again");
        }
        // An acronym learnt for an entity stored without one (a separate statement: it touches only those rows).
        dictionary().queryPrepared(
            "UPDATE entities SET acronym = v.acronym FROM unnest($1::text[], $2::text[], $3::text[]) AS"
            " v(type, key, acronym) WHERE entities.type = v.type AND entities.key = v.key AND entities.acronym = ''"
            " AND v.acronym <> ''",
            pg::Params().add(pg::arrayLiteral(types)).add(pg::arrayLiteral(keys)).add(pg::arrayLiteral(acronyms)));
    }
    std::vector<std::int64_t> ids;
    ids.reserve(entities.size());
    for (const auto& e : entities) {
        const std::int64_t id = entityIds_.at(cacheKeyOf(e));
        ids.push_back(id);
        auto alias = [&](const std::string& a) {
            if (a.empty() || !storedAliases_.insert(std::to_string(id) + '\x1f' + a).second) return;
            pendingAliasEntities_.push_back(id);
            pendingAliasFolded_.push_back(text::foldForMatching(text::collapseWhitespace(a)));
            pendingAliases_.push_back(a);
        };
        alias(e.name);
        alias(e.acronym);
        for (const auto& a : e.aliases) alias(a);
    }
    return ids;
}

void PgArchiveWriter::insertExtraction(std::int64_t documentId, const Extraction& x,
                                       const std::vector<std::int64_t>& entityIds, pg::Pipeline& pipe) {
    // A statement per kind of row for the whole release (arrays unnested on the server), not one per row, all sent
    // in one pipeline: each round trip costs more than the rows.
    std::map<std::pair<int, std::string>, std::int64_t> ids;  // (type, name) -> entity id
    std::vector<std::int64_t> mentionCounts;
    std::vector<std::string> roles, affiliations;
    for (std::size_t k = 0; k < x.entities.size(); ++k) {
        const auto& e = x.entities[k];
        ids[{static_cast<int>(e.type), e.name}] = entityIds[k];
        mentionCounts.push_back(static_cast<std::int64_t>(e.mentions.size()));
        roles.push_back(e.role);
        affiliations.push_back(e.affiliation);
    }
    // Two of the release's entities may be one row (the same key): the last one's counts stand, as the SQLite
    // writer's INSERT OR REPLACE leaves them (one statement may not touch a row twice).
    std::vector<std::int64_t> rowIds, rowMentions;
    std::vector<std::string> rowRoles, rowAffiliations;
    {
        std::map<std::int64_t, std::size_t> last;
        for (std::size_t k = 0; k < entityIds.size(); ++k) last[entityIds[k]] = k;
        for (const auto& [id, k] : last) {
            rowIds.push_back(id);
            rowMentions.push_back(mentionCounts[k]);
            rowRoles.push_back(roles[k]);
            rowAffiliations.push_back(affiliations[k]);
        }
    }
    if (!rowIds.empty())
        pipe.send(
            "INSERT INTO document_entities (entity_id, document_id, mentions, role, affiliation)"
            " SELECT e, $2, m, r, a FROM unnest($1::bigint[], $3::int[], $4::text[], $5::text[]) AS t(e, m, r, a)"
            " ON CONFLICT (entity_id, document_id) DO UPDATE SET mentions = excluded.mentions, role = excluded.role,"
            " affiliation = excluded.affiliation",
            pg::Params()
                .add(pg::arrayLiteral(rowIds))
                .add(documentId)
                .add(pg::arrayLiteral(rowMentions))
                .add(pg::arrayLiteral(rowRoles))
                .add(pg::arrayLiteral(rowAffiliations)));
    const std::string mentions = formatMentionRecords(x.entities, entityIds);
    if (!mentions.empty())
        pipe.send(
            "INSERT INTO document_mentions (document_id, data) VALUES ($1, $2)"
            " ON CONFLICT (document_id) DO UPDATE SET data = excluded.data",
            pg::Params().add(documentId).add(mentions));
    if (!x.unresolvedAcronyms.empty()) {
        std::vector<std::string> acronyms;
        std::vector<std::int64_t> starts, ends;
        for (const auto& m : x.unresolvedAcronyms) {
            acronyms.push_back(m.text);
            starts.push_back(static_cast<std::int64_t>(m.span.begin));
            ends.push_back(static_cast<std::int64_t>(m.span.end));
        }
        pipe.send(
            "INSERT INTO acronym_mentions (document_id, acronym, start, \"end\") SELECT $1, a, s, e FROM"
            " unnest($2::text[], $3::int[], $4::int[]) AS t(a, s, e)",
            pg::Params()
                .add(documentId)
                .add(pg::arrayLiteral(acronyms))
                .add(pg::arrayLiteral(starts))
                .add(pg::arrayLiteral(ends)));
    }
    if (!x.dates.empty()) {
        std::vector<std::string> iso, first, last, role, text, rule;
        std::vector<std::int64_t> starts, ends;
        for (const auto& d : x.dates) {
            iso.push_back(d.value.iso());
            first.push_back(d.value.firstDay().iso());
            last.push_back(d.value.lastDay().iso());
            role.push_back(toString(d.role));
            starts.push_back(static_cast<std::int64_t>(d.mention.span.begin));
            ends.push_back(static_cast<std::int64_t>(d.mention.span.end));
            text.push_back(d.mention.text);
            rule.push_back(d.mention.rule);
        }
        pipe.send(
            "INSERT INTO dates (document_id, iso, first_day, last_day, role, start, \"end\", text, rule)"
            " SELECT $1, i, f, l, r, s, e, t, u FROM unnest($2::text[], $3::text[], $4::text[], $5::text[],"
            " $6::int[], $7::int[], $8::text[], $9::text[]) AS x(i, f, l, r, s, e, t, u) ON CONFLICT DO NOTHING",
            pg::Params()
                .add(documentId)
                .add(pg::arrayLiteral(iso))
                .add(pg::arrayLiteral(first))
                .add(pg::arrayLiteral(last))
                .add(pg::arrayLiteral(role))
                .add(pg::arrayLiteral(starts))
                .add(pg::arrayLiteral(ends))
                .add(pg::arrayLiteral(text))
                .add(pg::arrayLiteral(rule)));
    }
    if (x.meetings.empty()) return;
    // The meetings and their participants in one statement: ids drawn from the sequence first, so that
    // participants can name their meeting (by its place in the release's list).
    std::vector<std::string> kinds, dates, firstDays, lastDays, locations, rules;
    std::vector<std::int64_t> starts, ends, participantMeeting, participantEntity;
    for (std::size_t k = 0; k < x.meetings.size(); ++k) {
        const auto& m = x.meetings[k];
        kinds.emplace_back(toString(m.kind));
        dates.push_back(m.date ? m.date->iso() : "");
        firstDays.push_back(m.date ? m.date->firstDay().iso() : "");
        lastDays.push_back(m.date ? m.date->lastDay().iso() : "");
        locations.push_back(m.location);
        starts.push_back(static_cast<std::int64_t>(m.trigger.span.begin));
        ends.push_back(static_cast<std::int64_t>(m.trigger.span.end));
        rules.push_back(m.trigger.rule);
        auto participant = [&](EntityType type, const std::string& name) {
            auto it = ids.find({static_cast<int>(type), name});
            if (it == ids.end()) return;
            participantMeeting.push_back(static_cast<std::int64_t>(k + 1));
            participantEntity.push_back(it->second);
        };
        for (const auto& a : m.agencies) participant(EntityType::Agency, a);
        for (const auto& p : m.people) participant(EntityType::Person, p);
    }
    pipe.send(
        "WITH m AS MATERIALIZED (SELECT nextval(pg_get_serial_sequence('meetings', 'id')) AS id, t.* FROM"
        " unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], $9::text[])"
        " WITH ORDINALITY AS t(kind, date, first_day, last_day, location, s, e, rule, n)),"
        " inserted AS (INSERT INTO meetings (id, document_id, kind, date, first_day, last_day, location, start,"
        " \"end\", rule) OVERRIDING SYSTEM VALUE SELECT id, $1, kind, nullif(date, ''), nullif(first_day, ''),"
        " nullif(last_day, ''), location, s, e, rule FROM m ORDER BY n)"
        " INSERT INTO meeting_participants (meeting_id, entity_id) SELECT m.id, p.e FROM unnest($10::bigint[],"
        " $11::bigint[]) AS p(n, e) JOIN m ON m.n = p.n ON CONFLICT DO NOTHING",
        pg::Params()
            .add(documentId)
            .add(pg::arrayLiteral(kinds))
            .add(pg::arrayLiteral(dates))
            .add(pg::arrayLiteral(firstDays))
            .add(pg::arrayLiteral(lastDays))
            .add(pg::arrayLiteral(locations))
            .add(pg::arrayLiteral(starts))
            .add(pg::arrayLiteral(ends))
            .add(pg::arrayLiteral(rules))
            .add(pg::arrayLiteral(participantMeeting))
            .add(pg::arrayLiteral(participantEntity)));
}

void PgArchiveWriter::flushAliases() {
    if (pendingAliases_.empty()) return;
    dictionary().queryPrepared(
        "INSERT INTO entity_aliases (entity_id, folded, alias) SELECT e, f, a FROM unnest($1::bigint[], $2::text[],"
        " $3::text[]) AS t(e, f, a) ON CONFLICT DO NOTHING",
        pg::Params()
            .add(pg::arrayLiteral(pendingAliasEntities_))
            .add(pg::arrayLiteral(pendingAliasFolded_))
            .add(pg::arrayLiteral(pendingAliases_)));
    pendingAliasEntities_.clear();
    pendingAliasFolded_.clear();
    pendingAliases_.clear();
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
