#include "archive_reader.hpp"

#include "compressed_text.hpp"

#include "document_filter.hpp"
#include "schema.hpp"

namespace bulletin::store {

ArchiveReader::ArchiveReader(Archive& archive) : archive_(archive) {}

ArchiveStats ArchiveReader::stats() {
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

std::optional<StoredDocument> ArchiveReader::document(std::int64_t id) {
    auto st = archive_.db().prepare(
        "SELECT id, title, subtitle, dateline_place, coalesce(publication_date, ''), body, raw, encoding, path,"
        " content_hash, size, mtime FROM documents WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    // Raw text is stored compressed since schema 3 (compressed_text.hpp).
    std::string raw = st.isBlob(6) ? decompressText(st.blobView(6)) : st.text(6);
    return StoredDocument{st.int64(0),   st.text(1), st.text(2), st.text(3), st.text(4),  st.text(5),
                          std::move(raw), st.text(7), st.text(8), st.text(9), st.int64(10), st.int64(11)};
}

std::vector<std::string> ArchiveReader::locations(std::int64_t documentId) {
    auto st = archive_.db().prepare("SELECT path FROM files WHERE document_id = ? ORDER BY path");
    st.bind(1, documentId);
    std::vector<std::string> out;
    while (st.step()) out.push_back(st.text(0));
    return out;
}

std::vector<SimilarDocument> ArchiveReader::similar(std::int64_t documentId) {
    auto st = archive_.db().prepare(
        "SELECT d.id, d.title, s.distance FROM similar_documents s JOIN documents d ON d.id = s.similar_id"
        " WHERE s.document_id = ? ORDER BY s.distance, d.id");
    st.bind(1, documentId);
    std::vector<SimilarDocument> out;
    while (st.step()) out.push_back({st.int64(0), st.text(1), static_cast<int>(st.int64(2))});
    return out;
}

std::vector<IngestErrorRow> ArchiveReader::errors() {
    auto st = archive_.db().prepare("SELECT path, stage, message, at FROM ingest_errors ORDER BY path");
    std::vector<IngestErrorRow> out;
    while (st.step()) out.push_back({st.text(0), st.text(1), st.text(2), st.int64(3)});
    return out;
}

namespace {
const char* orderBy(const DocumentQuery& q) {
    switch (q.sort) {
        case DocumentSort::Relevance:
            // documents_fts.rank alone lets FTS5 sort and the LIMIT stop the join after the page.
            return q.match.empty() ? " ORDER BY d.publication_date DESC, d.id DESC" : " ORDER BY documents_fts.rank";
        // Newest first, undated last (SQLite's DESC order), ties newest-added first: the order of the date index
        // read backwards, which large filtered lists walk instead of sorting (see prepareDocuments).
        case DocumentSort::DateDescending: return " ORDER BY d.publication_date DESC, d.id DESC";
        case DocumentSort::DateAscending: return " ORDER BY d.publication_date ASC NULLS LAST, d.id";
        case DocumentSort::Title: return " ORDER BY d.title COLLATE NOCASE, d.id";
    }
    return "";
}
}  // namespace

namespace {
// The rows after q.after in the order orderBy() gives (ties broken by id everywhere). Relevance keeps FTS5's own
// ordering by rank, whose ties come in rowid order, so it can still stop after one page.
std::string keysetClause(const DocumentQuery& q) {
    if (!q.after) return "";
    const bool undated = q.after->date.empty();
    switch (q.sort) {
        case DocumentSort::Relevance:
            if (!q.match.empty())
                return " AND (documents_fts.rank > ? OR (documents_fts.rank = ? AND documents_fts.rowid > ?))";
            [[fallthrough]];
        case DocumentSort::DateDescending:
            return undated ? " AND d.publication_date IS NULL AND d.id < ?"
                           : " AND (d.publication_date < ? OR (d.publication_date = ? AND d.id < ?) OR"
                             " d.publication_date IS NULL)";
        case DocumentSort::DateAscending:
            return undated ? " AND d.publication_date IS NULL AND d.id > ?"
                           : " AND (d.publication_date > ? OR (d.publication_date = ? AND d.id > ?) OR"
                             " d.publication_date IS NULL)";
        case DocumentSort::Title:
            return " AND (d.title > ? COLLATE NOCASE OR (d.title = ? COLLATE NOCASE AND d.id > ?))";
    }
    return "";
}

void bindKeyset(sql::Statement& st, const DocumentQuery& q, int& index) {
    if (!q.after) return;
    const auto& k = *q.after;
    const bool byRank = q.sort == DocumentSort::Relevance && !q.match.empty();
    for (int twice = 0; twice < 2; ++twice) {  // the value appears in both halves of the comparison
        if (byRank) st.bind(++index, k.rank);
        else if (q.sort == DocumentSort::Title) st.bind(++index, k.title);
        else if (!k.date.empty()) st.bind(++index, k.date);
    }
    st.bind(++index, k.id);
}
}  // namespace

sql::Statement ArchiveReader::prepareDocuments(const DocumentQuery& q) {
    std::string sql = "SELECT d.id, d.title, coalesce(d.publication_date, ''), d.path, ";
    if (!q.match.empty()) {
        sql += q.withSnippets ? "snippet(documents_fts, 1, :open, :close, '…', 16)" : "''";
        // The table's rank is bm25 with title hits weighing ten times body hits (see the schema).
        sql += ", documents_fts.rank AS rank FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid WHERE 1";
    } else {
        sql += "substr(d.body, 1, 160), 0.0 AS rank FROM documents d";
        // A large entity-filtered list, newest first: walking the date index and keeping the filter's documents
        // stops after one page, where reading every matching (wide) row to sort them took 130 ms for 30,000.
        const bool newestFirst = q.sort == DocumentSort::Relevance || q.sort == DocumentSort::DateDescending;
        if (newestFirst && entityFiltersOnly(q) && q.knownCount.value_or(countDocuments(q)) > kWalkDateIndexAbove)
            sql += " INDEXED BY documents_publication_date";
        sql += " WHERE 1";
    }
    sql += documentFilterClause(q);
    sql += keysetClause(q);
    sql += orderBy(q);
    sql += " LIMIT :limit OFFSET :offset";
    auto st = archive_.db().prepare(sql);
    int index = 0;
    if (!q.match.empty() && q.withSnippets) {
        st.bind(++index, q.snippetOpen);
        st.bind(++index, q.snippetClose);
    }
    bindDocumentFilters(st, q, index);
    bindKeyset(st, q, index);
    st.bind(++index, q.limit);
    st.bind(++index, q.after ? 0 : q.offset);
    return st;
}

std::vector<DocumentRow> ArchiveReader::documents(const DocumentQuery& query) {
    std::vector<DocumentRow> rows;
    forEachDocument(query, [&](DocumentRow& row) {
        rows.push_back(std::move(row));
        return true;
    });
    return rows;
}

std::optional<ArchiveReader::PageWithTotal> ArchiveReader::firstPageWithTotal(const DocumentQuery& q) {
    const bool filtered = q.dateFrom || q.dateTo || q.pathLike || !q.entities.empty() || !q.meetingKinds.empty();
    if (q.match.empty() || !filtered || q.after || q.offset != 0 || q.limit <= 0) return std::nullopt;
    // Inner: the filtered matches numbered in the list's order and counted (window functions), cut to the page;
    // only then are the page's rows joined to their documents and given snippets.
    const bool joinDocuments = q.sort != DocumentSort::Relevance || q.pathLike;
    // Ties in rank come in rowid order, as FTS5 gives them and as the keyset of the next page expects.
    const std::string order = q.sort == DocumentSort::Relevance ? std::string("ORDER BY documents_fts.rank, documents_fts.rowid")
                                                                : std::string(orderBy(q)).substr(1);
    std::string sql = "WITH page AS MATERIALIZED (SELECT documents_fts.rowid AS id, documents_fts.rank AS rk,"
                      " row_number() OVER (" + order + ") AS ord, count(*) OVER () AS total FROM documents_fts";
    if (joinDocuments) sql += " JOIN documents d ON d.id = documents_fts.rowid";
    sql += " WHERE 1" + documentFilterClause(q) + " ORDER BY ord LIMIT :limit)";
    sql += " SELECT d.id, d.title, coalesce(d.publication_date, ''), d.path, ";
    if (q.withSnippets)
        sql += "snippet(documents_fts, 1, :open, :close, '…', 16), page.rk, page.total FROM page"
               " CROSS JOIN documents_fts ON documents_fts.rowid = page.id JOIN documents d ON d.id = page.id"
               " WHERE documents_fts MATCH :match ORDER BY page.ord";
    else
        sql += "'', page.rk, page.total FROM page JOIN documents d ON d.id = page.id ORDER BY page.ord";
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
        page.rows.push_back({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.real(5)});
        page.total = st.int64(6);
    }
    return page;
}

std::int64_t ArchiveReader::countDocuments(const DocumentQuery& q) {
    if (entityFiltersOnly(q)) {
        auto st = archive_.db().prepare("SELECT count(*) FROM (" + documentScopeSql(q) + ")");
        int index = 0;
        bindDocumentFilters(st, q, index);
        return st.step() ? st.int64(0) : 0;
    }
    // Text only: the full-text index counts alone, without visiting documents.
    if (!q.match.empty() && !q.dateFrom && !q.dateTo && !q.pathLike && q.entities.empty() && q.meetingKinds.empty()) {
        auto st = archive_.db().prepare("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?");
        st.bind(1, q.match);
        return st.step() ? st.int64(0) : 0;
    }
    std::string sql = q.match.empty() ? "SELECT count(*) FROM documents d WHERE 1"
                                      : "SELECT count(*) FROM documents_fts JOIN documents d ON d.id = "
                                        "documents_fts.rowid WHERE 1";
    sql += documentFilterClause(q);
    auto st = archive_.db().prepare(sql);
    int index = 0;
    bindDocumentFilters(st, q, index);
    return st.step() ? st.int64(0) : 0;
}

}  // namespace bulletin::store
