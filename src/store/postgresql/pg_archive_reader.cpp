#include "pg_archive_reader.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_set>

#include "core/text.hpp"
#include "pg_document_filter.hpp"
#include "pg_schema.hpp"
#include "store/compressed_text.hpp"
#include "text_search.hpp"

namespace bulletin::store::postgresql {

namespace {

// Headline words weigh 1, body words 0.1 (weights D, C, B, A), normalised by the length (2: by unique words), as
// measured closest to FTS5's bm25(10, 1) in the design note. Negated: smaller first, as bm25's ranks.
std::string rankOf(const std::string& tsquery) {
    // (As float8: a page key's rank read back from the text compares equal to the row's own.)
    return "(-ts_rank_cd('{0, 0, 0.1, 1}', d.tsv, " + tsquery + ", 2))::float8";
}

std::string orderBy(const DocumentQuery& q, const std::string& rank) {
    switch (q.sort) {
        case DocumentSort::Relevance:
            if (!rank.empty()) return " ORDER BY rk, d.id";
            [[fallthrough]];
        // Newest first, undated last, ties newest-added first (the SQLite archive's order).
        case DocumentSort::DateDescending:
            return " ORDER BY d.publication_date DESC NULLS LAST, d.id DESC";
        case DocumentSort::DateAscending:
            return " ORDER BY d.publication_date ASC NULLS LAST, d.id";
        case DocumentSort::Title:
            return " ORDER BY d.title_key, d.id";
    }
    return "";
}

// The rows after q.after in orderBy()'s order.
void appendKeyset(const DocumentQuery& q, const std::string& rank, SqlBuilder& b) {
    if (!q.after) return;
    const auto& k = *q.after;
    const bool undated = k.date.empty();
    switch (q.sort) {
        case DocumentSort::Relevance:
            if (!rank.empty()) {
                const std::string r = b.param(k.rank);
                b.sql += " AND (" + rank + " > " + r + "::float8 OR (" + rank + " = " + r + "::float8 AND d.id > " +
                         b.param(k.id) + "))";
                return;
            }
            [[fallthrough]];
        case DocumentSort::DateDescending:
            if (undated) {
                b.sql += " AND d.publication_date IS NULL AND d.id < " + b.param(k.id);
            } else {
                const std::string date = b.param(k.date);
                b.sql += " AND (d.publication_date < " + date + " OR (d.publication_date = " + date + " AND d.id < " +
                         b.param(k.id) + ") OR d.publication_date IS NULL)";
            }
            return;
        case DocumentSort::DateAscending:
            if (undated) {
                b.sql += " AND d.publication_date IS NULL AND d.id > " + b.param(k.id);
            } else {
                const std::string date = b.param(k.date);
                b.sql += " AND (d.publication_date > " + date + " OR (d.publication_date = " + date + " AND d.id > " +
                         b.param(k.id) + ") OR d.publication_date IS NULL)";
            }
            return;
        case DocumentSort::Title: {
            const std::string title = b.param(text::toLowerAscii(k.title));
            b.sql +=
                " AND (d.title_key > " + title + " OR (d.title_key = " + title + " AND d.id > " + b.param(k.id) + "))";
            return;
        }
    }
}

constexpr std::size_t kBodyStart = 160;  // characters of the body a row without a snippet shows

// The first n characters (code points) of UTF-8 text. Cut here, not by the server's left(): a body stored out of
// line is then read only for the page's rows, where left() in the SELECT read it for every row sorted (a person's
// 2,617 releases: 20,000 pages for a page of 50).
std::string firstCharacters(std::string_view text, std::size_t n) {
    std::size_t at = 0, seen = 0;
    for (; at < text.size(); ++at) {
        if ((static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) continue;
        if (seen++ == n) break;
    }
    return std::string(text.substr(0, at));
}

// The page's SELECT: id, title, date, path, the body (for the snippet or its start), rank.
SqlBuilder pageQuery(const DocumentQuery& q, bool unlimited) {
    SqlBuilder b;
    const std::string tsq = tsqueryParam(q, b);
    const std::string rank = tsq.empty() ? "" : rankOf(tsq);
    b.sql = "SELECT d.id, d.title, coalesce(d.publication_date, ''), d.path, d.body, " +
            (rank.empty() ? std::string("0.0") : rank) + " AS rk FROM documents d WHERE true";
    SqlBuilder filters = std::move(b);
    // The filters' tsquery placeholder is reused: the builder numbers parameters once.
    appendDocumentFilters(q, filters, tsq);
    appendKeyset(q, rank, filters);
    filters.sql += orderBy(q, rank);
    const bool noLimit = unlimited || q.limit < 0;
    if (!noLimit) filters.sql += " LIMIT " + filters.param(q.limit);
    if (!q.after && q.offset > 0) filters.sql += " OFFSET " + filters.param(q.offset);
    return filters;
}

DocumentRow rowOf(const pg::Result& r, int i, const DocumentQuery& q) {
    DocumentRow row;
    row.id = r.int64(i, 0);
    row.title = std::string(r.text(i, 1));
    row.publicationDate = std::string(r.text(i, 2));
    row.path = std::string(r.text(i, 3));
    row.snippet = q.withSnippets && !q.text.empty() ? snippet(r.text(i, 4), q.text, q.snippetOpen, q.snippetClose)
                                                    : firstCharacters(r.text(i, 4), kBodyStart);
    row.rank = r.real(i, 5);
    return row;
}

}  // namespace

ArchiveStats PgArchiveReader::stats() {
    ArchiveStats s;
    s.documents = c_.queryInt("SELECT count(*) FROM documents");
    s.files = c_.queryInt("SELECT count(*) FROM files");
    s.duplicateFiles = s.files - c_.queryInt("SELECT count(DISTINCT document_id) FROM files");
    s.similarPairs = c_.queryInt("SELECT count(*) FROM similar_documents WHERE document_id < similar_id");
    s.errors = c_.queryInt("SELECT count(*) FROM ingest_errors");
    s.bytes = c_.queryInt("SELECT coalesce(sum(size), 0) FROM files");
    const auto r = c_.query("SELECT min(publication_date), max(publication_date) FROM documents");
    if (!r.isNull(0, 0)) s.earliest = std::string(r.text(0, 0));
    if (!r.isNull(0, 1)) s.latest = std::string(r.text(0, 1));
    s.schemaVersion = schemaVersion(c_);
    return s;
}

std::optional<StoredDocument> PgArchiveReader::document(std::int64_t id) {
    const auto r = c_.query(
        "SELECT id, title, subtitle, dateline_place, coalesce(publication_date, ''), body, raw, encoding, path,"
        " content_hash, size, mtime, publication_date_source, publication_date_evidence FROM documents WHERE id = $1",
        pg::Params().add(id));
    if (r.rows() == 0) return std::nullopt;
    auto t = [&](int col) { return std::string(r.text(0, col)); };
    return StoredDocument{
        r.int64(0, 0), t(1), t(2), t(3),           t(4),          t(12), t(13), t(5), decompressText(r.bytes(0, 6)),
        t(7),          t(8), t(9), r.int64(0, 10), r.int64(0, 11)};
}

std::vector<std::string> PgArchiveReader::locations(std::int64_t documentId) {
    const auto r = c_.query("SELECT path FROM files WHERE document_id = $1 ORDER BY path COLLATE \"C\"",
                            pg::Params().add(documentId));
    std::vector<std::string> out;
    for (int i = 0; i < r.rows(); ++i) out.emplace_back(r.text(i, 0));
    return out;
}

std::optional<std::int64_t> PgArchiveReader::documentForPath(const std::string& path) {
    const auto r = c_.query("SELECT document_id FROM files WHERE path = $1", pg::Params().add(path));
    if (r.rows() == 0) return std::nullopt;
    return r.int64(0, 0);
}

std::vector<SimilarDocument> PgArchiveReader::similar(std::int64_t documentId) {
    const auto r = c_.query(
        "SELECT d.id, d.title, s.distance FROM similar_documents s JOIN documents d ON d.id ="
        " s.similar_id WHERE s.document_id = $1 ORDER BY s.distance, d.id",
        pg::Params().add(documentId));
    std::vector<SimilarDocument> out;
    for (int i = 0; i < r.rows(); ++i)
        out.push_back({r.int64(i, 0), std::string(r.text(i, 1)), static_cast<int>(r.int64(i, 2))});
    return out;
}

std::vector<IngestErrorRow> PgArchiveReader::errors() {
    const auto r = c_.query(
        "SELECT path, stage, message, extract(epoch FROM at)::bigint FROM ingest_errors"
        " ORDER BY path COLLATE \"C\"");
    std::vector<IngestErrorRow> out;
    for (int i = 0; i < r.rows(); ++i)
        out.push_back({std::string(r.text(i, 0)), std::string(r.text(i, 1)), std::string(r.text(i, 2)), r.int64(i, 3)});
    return out;
}

void PgArchiveReader::markStarred(std::vector<DocumentRow>& rows) {
    if (rows.empty()) return;
    std::string ids = "{";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i) ids += ',';
        ids += std::to_string(rows[i].id);
    }
    const auto r = c_.query("SELECT document_id FROM release_marks WHERE starred AND document_id = ANY($1::bigint[])",
                            pg::Params().add(ids + "}"));
    std::unordered_set<std::int64_t> starred;
    for (int i = 0; i < r.rows(); ++i) starred.insert(r.int64(i, 0));
    for (auto& row : rows) row.starred = starred.count(row.id) > 0;
}

std::vector<DocumentRow> PgArchiveReader::documents(const DocumentQuery& q) {
    const auto b = pageQuery(q, false);
    const auto r = c_.query(b.sql, b.params());
    std::vector<DocumentRow> rows;
    rows.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) rows.push_back(rowOf(r, i, q));
    markStarred(rows);
    return rows;
}

void PgArchiveReader::forEachDocument(const DocumentQuery& q, const std::function<bool(const DocumentRow&)>& visit) {
    // Pages of a few thousand by keyset, so that an export of a million rows holds one page at a time.
    DocumentQuery page = q;
    page.offset = 0;
    std::int64_t left = q.limit < 0 ? -1 : q.limit;
    std::int64_t skip = q.after ? 0 : q.offset;
    constexpr std::int64_t kPage = 2000;
    while (left != 0) {
        page.limit = left < 0 ? kPage : std::min(left, kPage) + skip;
        auto rows = documents(page);
        const bool last = static_cast<std::int64_t>(rows.size()) < page.limit;
        for (auto& row : rows) {
            if (skip > 0) {
                --skip;
                continue;
            }
            if (!visit(row)) return;
            if (left > 0 && --left == 0) return;
        }
        if (last || rows.empty()) return;
        page.after = rows.back().pageKey(page);
    }
}

std::int64_t PgArchiveReader::countDocuments(const DocumentQuery& q) {
    SqlBuilder b;
    b.sql = q.countCap > 0 ? "SELECT count(*) FROM (SELECT 1 FROM documents d WHERE true"
                           : "SELECT count(*) FROM documents d WHERE true";
    appendDocumentFilters(q, b);
    if (q.countCap > 0) b.sql += " LIMIT " + std::to_string(q.countCap + 1) + ") capped";
    if (q.text.empty()) return c_.queryInt(b.sql, b.params());
    pg::Transaction tx(c_);
    steerTextScan(q, q.countCap);
    const auto n = c_.queryInt(b.sql, b.params());
    tx.commit();
    return n;
}

void PgArchiveReader::steerTextScan(const DocumentQuery& q, std::int64_t cap) {
    // Far more matches than the statement reads (a common word over a million releases): a scan that stops after
    // `cap` matches tests a few thousand releases (counting 1,000 of 273,674: 7-30 ms), where the index's bitmap of
    // every match costs about 60 ms to build before the first one comes.
    // With conditions beside the words (a broad query the searcher gave its estimate), the index's bitmap holds the
    // words' matches, many more than the query's, and the planner hashes a filter's releases before the first match
    // comes (an agency's 386,745: 2.2 s to count 10,000); a scan that stops reads about cap / share releases (3,000
    // for the facets of a word, an agency and a date range on a million releases: 52,000 releases).
    const bool filteredBroad = q.estimate && filteredBesideText(q) && *q.estimate > cap;
    if (cap > 0 && q.estimate && (filteredBroad || *q.estimate >= kStoppingScanFactor * (cap + 1))) {
        c_.exec("SET LOCAL enable_bitmapscan = off");
        return;
    }
    // Otherwise the planner's estimate favours a sequential scan that reads every release's tsvector (86,000
    // releases: 229 ms for 'meeting'); the index's bitmap needs only the matches' pages (52 ms).
    c_.exec("SET LOCAL enable_seqscan = off");
}

std::optional<std::int64_t> PgArchiveReader::estimateDocuments(const DocumentQuery& q) {
    SqlBuilder b;
    appendDocumentFilters(q, b);
    std::string key = b.sql;
    const auto values = b.params().arrays();
    for (std::size_t i = 0; i < values.values.size(); ++i) {
        key += '\0';
        if (values.values[i]) key.append(values.values[i], static_cast<std::size_t>(values.lengths[i]));
    }
    const auto now = std::chrono::steady_clock::now();
    if (key == lastEstimateKey_ && now - lastEstimateAt_ < kEstimateLifetime) return lastEstimate_;
    lastEstimate_ = estimateNow(q);
    lastEstimateKey_ = std::move(key);
    lastEstimateAt_ = now;
    return lastEstimate_;
}

std::optional<std::int64_t> PgArchiveReader::estimateNow(const DocumentQuery& q) {
    SqlBuilder b;
    b.sql = "EXPLAIN SELECT 1 FROM documents d WHERE true";
    appendDocumentFilters(q, b);
    const auto r = c_.query(b.sql, b.params());
    if (r.rows() == 0) return std::nullopt;
    // The top node's line: "Bitmap Heap Scan on documents d  (cost=... rows=273459 width=4)".
    const std::string_view line = r.text(0, 0);
    const auto at = line.find(" rows=");
    if (at == std::string_view::npos) return std::nullopt;
    std::int64_t rows = 0;
    for (std::size_t k = at + 6; k < line.size() && line[k] >= '0' && line[k] <= '9'; ++k)
        rows = rows * 10 + (line[k] - '0');
    if (rows < kSampleFrom || rows >= kSampleTo || q.text.empty()) return rows;
    // (Words alone: a filter's subquery, run for a sample's every row, would cost more than the count it spares.)
    {
        DocumentQuery rest = q;
        rest.text = {};
        SqlBuilder others;
        appendDocumentFilters(rest, others);
        if (!others.sql.empty()) return rows;
    }
    // Between: the planner multiplies the frequencies of a query's words as if they were independent ("working
    // group": 19,904 planned, 136,781 found on a million releases). A sample of the table's pages (0.2%: about 2,000
    // releases there, 17 ms) tells the share that matches; the larger of the two estimates stands.
    const std::int64_t table =
        c_.queryInt("SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = 'documents'::regclass");
    if (table < kSampleTableFrom) return rows;
    SqlBuilder sample;
    sample.sql = "SELECT count(*), count(*) FILTER (WHERE true";
    appendDocumentFilters(q, sample);
    sample.sql += ") FROM documents d TABLESAMPLE SYSTEM (0.2) REPEATABLE (7)";
    const auto counted = c_.query(sample.sql, sample.params());
    const std::int64_t seen = counted.int64(0, 0), matched = counted.int64(0, 1);
    if (seen < 200) return rows;
    return std::max(rows, matched * table / seen);
}

std::vector<std::uint32_t> PgArchiveReader::documentIds(const DocumentQuery& q) {
    SqlBuilder b;
    b.sql = "SELECT d.id FROM documents d WHERE true";
    appendDocumentFilters(q, b);
    if (q.idsCap > 0) b.sql += " LIMIT " + std::to_string(q.idsCap);
    // Sorted here, not by the server: ORDER BY id makes the planner walk the primary key and test every release's
    // tsvector; for words the index's bitmap is steered to, as in countDocuments.
    std::optional<pg::Transaction> tx;
    if (!q.text.empty()) {
        tx.emplace(c_);
        steerTextScan(q, q.idsCap);
    }
    const auto r = c_.query(b.sql, b.params());
    if (tx) tx->commit();
    std::vector<std::uint32_t> ids;
    ids.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) ids.push_back(static_cast<std::uint32_t>(r.int64(i, 0)));
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::vector<MonthCount> PgArchiveReader::timeline(const DocumentQuery& scope) {
    std::map<std::string, MonthCount> months;
    auto count = [&](bool meetings) {
        SqlBuilder b;
        b.sql = "WITH scope AS (SELECT d.id FROM documents d WHERE true";
        appendDocumentFilters(scope, b);
        b.sql += ") ";
        if (meetings) {
            b.sql +=
                "SELECT substr(m.first_day, 1, 7) AS month, count(*) FROM meetings m JOIN scope s ON s.id ="
                " m.document_id WHERE m.first_day IS NOT NULL";
            if (scope.heldFrom) b.sql += " AND m.last_day >= " + b.param(*scope.heldFrom);
            if (scope.heldTo) b.sql += " AND m.first_day <= " + b.param(*scope.heldTo);
        } else {
            b.sql +=
                "SELECT substr(d.publication_date, 1, 7) AS month, count(*) FROM documents d JOIN scope s ON s.id ="
                " d.id WHERE d.publication_date IS NOT NULL";
        }
        b.sql += " GROUP BY month";
        const auto r = c_.query(b.sql, b.params());
        for (int i = 0; i < r.rows(); ++i) {
            auto& m = months[std::string(r.text(i, 0))];
            m.month = std::string(r.text(i, 0));
            (meetings ? m.meetings : m.releases) = r.int64(i, 1);
        }
    };
    count(true);
    count(false);
    std::vector<MonthCount> out;
    out.reserve(months.size());
    for (auto& [month, counts] : months) out.push_back(std::move(counts));
    return out;
}

FacetBase PgArchiveReader::facetBase(std::uint32_t lastDocument, std::uint32_t lastEntity) {
    FacetBase base;
    base.lastDocument = lastDocument;
    base.lastEntity = lastEntity;
    const auto r = c_.query(
        "SELECT (SELECT count(*) FROM documents WHERE id <= $1), (SELECT coalesce(max(id), 0) FROM corrections) +"
        " (SELECT coalesce(max(id), 0) FROM correction_undos), (SELECT count(*) FROM acronym_mentions WHERE resolved"
        " AND document_id <= $1)",
        pg::Params().add(static_cast<std::int64_t>(lastDocument)));
    base.documents = r.int64(0, 0);
    base.corrections = r.int64(0, 1);
    base.linkedAcronyms = r.int64(0, 2);
    return base;
}

FacetData PgArchiveReader::facetDataAfter(std::uint32_t lastDocument, std::uint32_t lastEntity) {
    FacetData f;
    // One snapshot: the releases, their entities and the entities' corrections as of one moment.
    pg::Transaction tx(c_);
    c_.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const pg::Params after = pg::Params().add(static_cast<std::int64_t>(lastDocument));
    const auto maxDocument = static_cast<std::size_t>(c_.queryInt("SELECT coalesce(max(id), 0) FROM documents"));
    const auto maxEntity = static_cast<std::size_t>(c_.queryInt("SELECT coalesce(max(id), 0) FROM entities"));
    f.years.assign(maxDocument + 1, 0);
    f.kinds.assign(maxDocument + 1, 0);
    f.offsets.assign(maxDocument + 2, 0);
    f.days.assign(maxDocument + 1, 0);
    const auto pairs = c_.query(
        "SELECT document_id, entity_id FROM document_entities WHERE document_id > $1 ORDER BY document_id, entity_id",
        after);
    for (int i = 0; i < pairs.rows(); ++i) {
        const auto d = static_cast<std::size_t>(pairs.int64(i, 0));
        if (d <= maxDocument) ++f.offsets[d + 1];
    }
    for (std::size_t i = 1; i < f.offsets.size(); ++i) f.offsets[i] += f.offsets[i - 1];
    f.entityIds.resize(f.offsets.back());
    std::vector<std::uint32_t> next(f.offsets.begin(), f.offsets.end() - 1);
    for (int i = 0; i < pairs.rows(); ++i) {
        const auto d = static_cast<std::size_t>(pairs.int64(i, 0));
        if (d <= maxDocument) f.entityIds[next[d]++] = static_cast<std::uint32_t>(pairs.int64(i, 1));
    }
    const auto dates = c_.query(
        "SELECT id, substr(publication_date, 1, 4)::int, coalesce(nullif(substr(publication_date,"
        " 6, 2), '')::int, 0), coalesce(nullif(substr(publication_date, 9, 2), '')::int, 0)"
        " FROM documents WHERE publication_date IS NOT NULL AND id > $1",
        after);
    for (int i = 0; i < dates.rows(); ++i) {
        const auto d = static_cast<std::size_t>(dates.int64(i, 0));
        if (d > maxDocument) continue;
        const auto year = dates.int64(i, 1);
        f.years[d] = static_cast<std::uint16_t>(year);
        f.days[d] = static_cast<std::uint32_t>(year * 10000 + dates.int64(i, 2) * 100 + dates.int64(i, 3));
    }
    const auto kinds = c_.query(
        "SELECT DISTINCT document_id, kind FROM meetings WHERE document_id > $1 ORDER BY document_id, kind", after);
    for (int i = 0; i < kinds.rows(); ++i) {
        const auto d = static_cast<std::size_t>(kinds.int64(i, 0));
        const std::string kind(kinds.text(i, 1));
        std::size_t k = 0;
        while (k < f.kindNames.size() && f.kindNames[k] != kind) ++k;
        if (k == f.kindNames.size()) f.kindNames.push_back(kind);
        if (d <= maxDocument && k < 32) f.kinds[d] |= 1U << k;
    }
    f.entities.assign(maxEntity + 1, {});
    const auto entities = c_.query("SELECT id, canonical_id, type, hidden, name FROM resolved_entities WHERE id > $1",
                                   pg::Params().add(static_cast<std::int64_t>(lastEntity)));
    for (int i = 0; i < entities.rows(); ++i) {
        const auto id = static_cast<std::size_t>(entities.int64(i, 0));
        if (id > maxEntity) continue;
        auto& e = f.entities[id];
        e.canonical = static_cast<std::uint32_t>(entities.int64(i, 1));
        const auto type = entities.text(i, 2);
        e.type = type == "agency" ? EntityType::Agency : type == "location" ? EntityType::Location : EntityType::Person;
        e.hidden = entities.boolean(i, 3);
        e.known = true;
        if (id == e.canonical) f.names[e.canonical] = std::string(entities.text(i, 4));
    }
    f.base = facetBase(static_cast<std::uint32_t>(maxDocument), static_cast<std::uint32_t>(maxEntity));
    tx.commit();
    return f;
}

}  // namespace bulletin::store::postgresql
