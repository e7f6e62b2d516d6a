#include "sqlite_archive_reader.hpp"

#include <unordered_set>

#include "document_filter.hpp"
#include "fts5_expression.hpp"
#include "schema.hpp"
#include "store/compressed_text.hpp"

namespace bulletin::store {

ArchiveStats SqliteArchiveReader::stats() {
    auto& db = archive_.db();
    ArchiveStats s;
    s.documents = db.queryInt("SELECT count(*) FROM documents");
    s.files = db.queryInt("SELECT count(*) FROM files");
    s.duplicateFiles = s.files - db.queryInt("SELECT count(DISTINCT document_id) FROM files");
    s.similarPairs = db.queryInt("SELECT count(*) FROM similar_documents WHERE document_id < similar_id");
    s.errors = db.queryInt("SELECT count(*) FROM ingest_errors");
    s.bytes = db.queryInt("SELECT coalesce(sum(size), 0) FROM files");
    auto st = db.prepare("SELECT min(publication_date), max(publication_date) FROM documents");
    if (st.step()) {
        if (!st.isNull(0)) s.earliest = st.text(0);
        if (!st.isNull(1)) s.latest = st.text(1);
    }
    s.schemaVersion = schemaVersion(db);
    return s;
}

std::optional<StoredDocument> SqliteArchiveReader::document(std::int64_t id) {
    auto st = archive_.db().prepare(
        "SELECT id, title, subtitle, dateline_place, coalesce(publication_date, ''), body, raw, encoding, path,"
        " content_hash, size, mtime, publication_date_source, publication_date_evidence FROM documents WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    // Raw text is stored compressed since schema 3 (compressed_text.hpp).
    std::string raw = st.isBlob(6) ? decompressText(st.blobView(6)) : st.text(6);
    return StoredDocument{st.int64(0), st.text(1),  st.text(2),  st.text(3),     st.text(4),  st.text(12),
                          st.text(13), st.text(5),  std::move(raw), st.text(7), st.text(8),  st.text(9),
                          st.int64(10), st.int64(11)};
}

std::vector<std::string> SqliteArchiveReader::locations(std::int64_t documentId) {
    auto st = archive_.db().prepare("SELECT path FROM files WHERE document_id = ? ORDER BY path");
    st.bind(1, documentId);
    std::vector<std::string> out;
    while (st.step()) out.push_back(st.text(0));
    return out;
}

std::optional<std::int64_t> SqliteArchiveReader::documentForPath(const std::string& path) {
    auto st = archive_.db().prepare("SELECT document_id FROM files WHERE path = ?");
    st.bind(1, path);
    if (!st.step()) return std::nullopt;
    return st.int64(0);
}

std::vector<SimilarDocument> SqliteArchiveReader::similar(std::int64_t documentId) {
    auto st = archive_.db().prepare(
        "SELECT d.id, d.title, s.distance FROM similar_documents s JOIN documents d ON d.id = s.similar_id"
        " WHERE s.document_id = ? ORDER BY s.distance, d.id");
    st.bind(1, documentId);
    std::vector<SimilarDocument> out;
    while (st.step()) out.push_back({st.int64(0), st.text(1), static_cast<int>(st.int64(2))});
    return out;
}

std::vector<IngestErrorRow> SqliteArchiveReader::errors() {
    auto st = archive_.db().prepare("SELECT path, stage, message, at FROM ingest_errors ORDER BY path");
    std::vector<IngestErrorRow> out;
    while (st.step()) out.push_back({st.text(0), st.text(1), st.text(2), st.int64(3)});
    return out;
}

namespace {
// The table's rank (bm25 with title hits weighing ten times body hits, see the schema) as fts_rank.hpp computes it,
// from row lengths in memory. Ordering by the expression lets SQLite keep only the page's rows while scoring (a
// top-N sort), where ORDER BY rank makes FTS5 sort every match first. terror*, 54,500 matches: 64 ms by rank, 43 by
// bm25(), 13 by this.
constexpr const char* kRank = "bulletin_bm25(documents_fts, 10.0, 1.0)";

// The columns a list's order reads: the documents table's, or a page's copy of them.
struct SortColumns final {
    std::string date, title, id, rank;
};
const SortColumns kDocumentColumns{"d.publication_date", "d.title", "d.id", kRank};
const SortColumns kTextColumns{"d.publication_date", "d.title", "documents_fts.rowid", kRank};
const SortColumns kPageColumns{"page.date", "page.title", "page.id", "page.rk"};

std::string orderBy(const DocumentQuery& q, const SortColumns& c) {
    switch (q.sort) {
        case DocumentSort::Relevance:
            // Ties in rank in id order, as the keyset of the next page expects.
            if (!q.text.empty()) return " ORDER BY " + c.rank + ", " + c.id;
            [[fallthrough]];
        // Newest first, undated last (SQLite's DESC order), ties newest-added first: the order of the date index
        // read backwards, which large filtered lists walk instead of sorting (see prepareDocuments).
        case DocumentSort::DateDescending: return " ORDER BY " + c.date + " DESC, " + c.id + " DESC";
        case DocumentSort::DateAscending: return " ORDER BY " + c.date + " ASC NULLS LAST, " + c.id;
        case DocumentSort::Title: return " ORDER BY " + c.title + " COLLATE NOCASE, " + c.id;
    }
    return "";
}

// The rows after q.after in the order orderBy() gives (ties broken by id everywhere).
std::string keysetClause(const DocumentQuery& q, const SortColumns& c) {
    if (!q.after) return "";
    const bool undated = q.after->date.empty();
    switch (q.sort) {
        case DocumentSort::Relevance:
            if (!q.text.empty())
                return " AND (" + c.rank + " > ? OR (" + c.rank + " = ? AND " + c.id + " > ?))";
            [[fallthrough]];
        case DocumentSort::DateDescending:
            return undated ? " AND " + c.date + " IS NULL AND " + c.id + " < ?"
                           : " AND (" + c.date + " < ? OR (" + c.date + " = ? AND " + c.id + " < ?) OR " + c.date +
                                 " IS NULL)";
        case DocumentSort::DateAscending:
            return undated ? " AND " + c.date + " IS NULL AND " + c.id + " > ?"
                           : " AND (" + c.date + " > ? OR (" + c.date + " = ? AND " + c.id + " > ?) OR " + c.date +
                                 " IS NULL)";
        case DocumentSort::Title:
            return " AND (" + c.title + " > ? COLLATE NOCASE OR (" + c.title + " = ? COLLATE NOCASE AND " + c.id +
                   " > ?))";
    }
    return "";
}

void bindKeyset(sql::Statement& st, const DocumentQuery& q, int& index) {
    if (!q.after) return;
    const auto& k = *q.after;
    const bool byRank = q.sort == DocumentSort::Relevance && !q.text.empty();
    for (int twice = 0; twice < 2; ++twice) {  // the value appears in both halves of the comparison
        if (byRank) st.bind(++index, k.rank);
        else if (q.sort == DocumentSort::Title) st.bind(++index, k.title);
        else if (!k.date.empty()) st.bind(++index, k.date);
    }
    st.bind(++index, k.id);
}

// The page's rows from its CTE `page` (id, and what `order` reads): joined to their documents and given their rank
// and snippet. FTS5 gives rank and snippet functions the hits of the row its cursor is on, so both come from one pass
// over the matches that keeps the page's ids; looking each page row up by rowid instead re-reads the whole index for
// a prefix query every time (50 rows of terror*: 70 ms instead of 6).
std::string pageRowsSql(const DocumentQuery& q, const std::string& order, const std::string& extraColumns = "") {
    std::string sql = ", hits AS MATERIALIZED (SELECT documents_fts.rowid AS id, ";
    sql += q.withSnippets ? "snippet(documents_fts, 1, :open, :close, '…', 16)" : "''";
    sql += std::string(" AS snippet, ") + kRank +
           " AS rk FROM documents_fts WHERE documents_fts MATCH :match AND +documents_fts.rowid IN (SELECT id FROM"
           " page)) SELECT d.id, d.title, coalesce(d.publication_date, ''), d.path, hits.snippet, hits.rk" +
           extraColumns + " FROM page JOIN documents d ON d.id = page.id JOIN hits ON hits.id = page.id";
    return sql + order;
}

// The page of a text query: its matches filtered, ordered and cut to the page by their ids and sort keys alone, and
// only then joined to their documents and given snippets. Selecting the wide document row and its snippet in the
// scan itself made SQLite build them for every match before sorting.
std::string textPageSql(const DocumentQuery& q) {
    const bool joinDocuments = q.sort != DocumentSort::Relevance || q.pathLike;
    std::string sql = std::string("WITH page AS MATERIALIZED (SELECT documents_fts.rowid AS id, ") + kRank + " AS rk";
    sql += joinDocuments ? ", d.publication_date AS date, d.title AS title FROM documents_fts JOIN documents d ON d.id ="
                           " documents_fts.rowid"
                         : ", NULL AS date, NULL AS title FROM documents_fts";
    sql += " WHERE 1" + documentFilterClause(q) + keysetClause(q, kTextColumns) + orderBy(q, kTextColumns);
    sql += " LIMIT :limit OFFSET :offset)";
    return sql + pageRowsSql(q, orderBy(q, kPageColumns));
}

// The page of a text query with many matches, sorted by date or title: the index in that order (dates or titles
// and ids, no table rows) read until the page is full, keeping the matches' ids, instead of every match's wide row
// read for its date or title and sorted (terror*, 54,500 matches: newest first 250 -> 19 ms, by title 110 -> 19 ms).
// Oldest first, which puts undated releases last, sorts the matches' index entries (also 19 ms).
std::string textPageByIndexSql(const DocumentQuery& q) {
    const bool byTitle = q.sort == DocumentSort::Title;
    std::string sql = std::string("WITH page AS MATERIALIZED (SELECT d.id AS id, d.publication_date AS date, d.title AS"
                                  " title FROM documents d INDEXED BY ") +
                      (byTitle ? "documents_title" : "documents_publication_date") +
                      " WHERE d.id IN (SELECT documents_fts.rowid FROM documents_fts WHERE 1" + documentFilterClause(q) +
                      ")";
    sql += keysetClause(q, kDocumentColumns) + orderBy(q, kDocumentColumns) + " LIMIT :limit OFFSET :offset)";
    return sql + pageRowsSql(q, orderBy(q, kPageColumns));
}

// A list without a text query: its columns, the snippet being the body's start.
constexpr const char* kListColumns =
    "SELECT d.id, d.title, coalesce(d.publication_date, ''), d.path, substr(d.body, 1, 160), 0.0";

// Oldest first puts undated releases last, an order the date index (undated first) cannot give in one read: the
// dated releases are read from it in order, then the undated ones (in id order there too), each part stopping at the
// page's end. The filters and keyset apply to both parts (a dated key leaves every undated release after it; an
// undated key leaves no dated one).
std::string oldestFirstByIndexSql(const DocumentQuery& q) {
    const std::string part = std::string(kListColumns) +
                             " FROM documents d INDEXED BY documents_publication_date WHERE d.publication_date IS ";
    const std::string filters = documentFilterClause(q) + keysetClause(q, kDocumentColumns);
    return "SELECT * FROM (" + part + "NOT NULL" + filters +
           " ORDER BY d.publication_date, d.id LIMIT :page_end) UNION ALL SELECT * FROM (" + part + "NULL" + filters +
           " ORDER BY d.id LIMIT :page_end) LIMIT :limit OFFSET :offset";
}
}  // namespace

bool SqliteArchiveReader::countsToPlan(const DocumentQuery& q) {
    // A path filter reads every selected row anyway, and a text query by relevance lets FTS5 order its matches.
    if (q.pathLike) return false;
    // Text sorted by date or title: other filters only narrow the matches the index walk keeps.
    if (!q.text.empty()) return q.sort != DocumentSort::Relevance;
    // A large entity-filtered list (in any order), or a large filtered list by title: walking the date or title
    // index in the list's order and keeping the filter's documents stops after one page, where reading every
    // selected (wide) row to sort them took 80-130 ms for 30,000. (Date-filtered lists by date read the date index's
    // range in order anyway.)
    const bool filtered = q.dateFrom || q.dateTo || q.heldFrom || q.heldTo || !q.entities.empty() || !q.meetingKinds.empty() || !q.marks.empty() ||
                          q.afterDocument > 0 || q.upToDocument > 0;
    return entityFiltersOnly(q) || (q.sort == DocumentSort::Title && filtered);
}

sql::Statement SqliteArchiveReader::prepareDocuments(const DocumentQuery& q) {
    if (!q.text.empty()) {
        const bool walkIndex = countsToPlan(q) && q.knownCount.value_or(countMatches(fts5Expression(q.text))) > kWalkIndexAbove;
        auto st = archive_.db().prepare(walkIndex ? textPageByIndexSql(q) : textPageSql(q));
        int index = 0;
        bindDocumentFilters(st, q, index);  // :match first: the outer MATCH reuses its number
        bindKeyset(st, q, index);
        st.bind(++index, q.limit);
        st.bind(++index, q.after ? 0 : q.offset);
        if (q.withSnippets) {
            st.bind(++index, q.snippetOpen);
            st.bind(++index, q.snippetClose);
        }
        return st;
    }
    const bool walkIndex = countsToPlan(q) && q.knownCount.value_or(countDocuments(q)) > kWalkIndexAbove;
    if (walkIndex && q.sort == DocumentSort::DateAscending) {
        auto st = archive_.db().prepare(oldestFirstByIndexSql(q));
        int index = 0;
        for (int arm = 0; arm < 2; ++arm) {
            bindDocumentFilters(st, q, index);
            bindKeyset(st, q, index);
            if (arm == 0) st.bind(++index, q.limit < 0 ? -1 : q.limit + (q.after ? 0 : q.offset));  // :page_end
        }
        st.bind(++index, q.limit);
        st.bind(++index, q.after ? 0 : q.offset);
        return st;
    }
    std::string sql = std::string(kListColumns) + " FROM documents d";
    if (walkIndex)
        sql += q.sort == DocumentSort::Title ? " INDEXED BY documents_title" : " INDEXED BY documents_publication_date";
    sql += " WHERE 1" + documentFilterClause(q) + keysetClause(q, kDocumentColumns) + orderBy(q, kDocumentColumns);
    sql += " LIMIT :limit OFFSET :offset";
    auto st = archive_.db().prepare(sql);
    int index = 0;
    bindDocumentFilters(st, q, index);
    bindKeyset(st, q, index);
    st.bind(++index, q.limit);
    st.bind(++index, q.after ? 0 : q.offset);
    return st;
}

namespace {

DocumentRow rowFrom(sql::Statement& st) {
    DocumentRow row;
    row.id = st.int64(0);
    row.title = st.text(1);
    row.publicationDate = st.text(2);
    row.path = st.text(3);
    row.snippet = st.text(4);
    row.rank = st.real(5);
    return row;
}

}  // namespace

// Which rows of a page the analyst starred: one lookup for the page, by the ids it holds.
void SqliteArchiveReader::markStarred(std::vector<DocumentRow>& rows) {
    if (rows.empty()) return;
    std::string sql = "SELECT document_id FROM release_marks WHERE starred = 1 AND document_id IN (";
    for (std::size_t i = 0; i < rows.size(); ++i) sql += i ? ",?" : "?";
    sql += ")";
    auto st = archive_.db().prepare(sql);
    for (std::size_t i = 0; i < rows.size(); ++i) st.bind(static_cast<int>(i + 1), rows[i].id);
    std::unordered_set<std::int64_t> starred;
    while (st.step()) starred.insert(st.int64(0));
    for (auto& r : rows) r.starred = starred.count(r.id) > 0;
}

std::vector<DocumentRow> SqliteArchiveReader::documents(const DocumentQuery& query) {
    std::vector<DocumentRow> rows;
    auto st = prepareDocuments(query);
    while (st.step()) rows.push_back(rowFrom(st));
    markStarred(rows);
    return rows;
}

std::optional<ArchiveReader::PageWithTotal> SqliteArchiveReader::firstPageWithTotal(const DocumentQuery& q) {
    const bool filtered =
        q.dateFrom || q.dateTo || q.heldFrom || q.heldTo || q.pathLike || !q.entities.empty() || !q.meetingKinds.empty() || !q.marks.empty() ||
        q.afterDocument > 0 || q.upToDocument > 0;
    if (q.text.empty() || !filtered || q.after || q.offset != 0 || q.limit <= 0) return std::nullopt;
    // Words that leave out the few releases the analyst marked ("police -tag:done"): the page is the words' page
    // with the marked ones skipped, and the count the words' count less the marked ones among them (see
    // countDocuments), both from the full-text index, rather than every match numbered in one pass.
    if (onlyNegatedMarks(q)) return std::nullopt;
    // Inner: the filtered matches numbered in the list's order and counted (window functions), cut to the page;
    // only then are the page's rows joined to their documents and given snippets.
    const bool joinDocuments = q.sort != DocumentSort::Relevance || q.pathLike;
    // Scored in the scan (rank functions run only there), numbered after it.
    std::string sql = std::string("WITH scored AS MATERIALIZED (SELECT documents_fts.rowid AS id, ") + kRank + " AS rk";
    sql += joinDocuments ? ", d.publication_date AS date, d.title AS title FROM documents_fts JOIN documents d ON d.id ="
                           " documents_fts.rowid"
                         : ", NULL AS date, NULL AS title FROM documents_fts";
    sql += " WHERE 1" + documentFilterClause(q) + "), page AS MATERIALIZED (SELECT id, rk, row_number() OVER (" +
           orderBy(q, {"scored.date", "scored.title", "scored.id", "scored.rk"}).substr(1) +
           ") AS ord, count(*) OVER () AS total FROM scored ORDER BY ord LIMIT :limit)";
    sql += pageRowsSql(q, " ORDER BY page.ord", ", page.total");
    auto st = archive_.db().prepare(sql);
    int index = 0;
    bindDocumentFilters(st, q, index);  // :match first: the outer MATCH reuses its number
    st.bind(++index, q.limit);
    if (q.withSnippets) {
        st.bind(++index, q.snippetOpen);
        st.bind(++index, q.snippetClose);
    }
    PageWithTotal page;
    while (st.step()) {
        page.rows.push_back(rowFrom(st));
        page.total = st.int64(6);
    }
    markStarred(page.rows);
    return page;
}

std::int64_t SqliteArchiveReader::countMatches(const std::string& match) {
    auto st = archive_.db().prepare("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?");
    st.bind(1, match);
    return st.step() ? st.int64(0) : 0;
}

std::int64_t SqliteArchiveReader::countDocuments(const DocumentQuery& q) {
    if (onlyNegatedMarks(q)) {
        // |words \ marked| = |words| - |words and marked|: the index counts the first, the few marked releases the
        // second (a release marked in several of the ways left out counts once).
        std::string sql = "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ? AND (0";
        for (const auto& m : q.marks) sql += " OR " + markSetClause(m, "+documents_fts.rowid");
        sql += ")";
        auto st = archive_.db().prepare(sql);
        int index = 0;
        st.bind(++index, fts5Expression(q.text));
        for (const auto& m : q.marks) bindMark(st, m, index);
        const std::int64_t marked = st.step() ? st.int64(0) : 0;
        return countMatches(fts5Expression(q.text)) - marked;
    }
    if (entityFiltersOnly(q)) {
        auto st = archive_.db().prepare("SELECT count(*) FROM (" + documentScopeSql(q) + ")");
        int index = 0;
        bindDocumentFilters(st, q, index);
        return st.step() ? st.int64(0) : 0;
    }
    // Text only: the full-text index counts alone, without visiting documents.
    if (!q.text.empty() && !q.dateFrom && !q.dateTo && !q.heldFrom && !q.heldTo && !q.pathLike && q.entities.empty() && q.meetingKinds.empty() &&
        q.marks.empty() && q.afterDocument == 0 && q.upToDocument == 0)
        return countMatches(fts5Expression(q.text));
    std::string sql = q.text.empty() ? "SELECT count(*) FROM documents d WHERE 1"
                                      : "SELECT count(*) FROM documents_fts JOIN documents d ON d.id = "
                                        "documents_fts.rowid WHERE 1";
    sql += documentFilterClause(q);
    auto st = archive_.db().prepare(sql);
    int index = 0;
    bindDocumentFilters(st, q, index);
    return st.step() ? st.int64(0) : 0;
}

void SqliteArchiveReader::forEachDocument(const DocumentQuery& query,
                                          const std::function<bool(const DocumentRow&)>& visit) {
    auto st = prepareDocuments(query);
    while (st.step()) {
        if (!visit(rowFrom(st))) break;
    }
}

}  // namespace bulletin::store
