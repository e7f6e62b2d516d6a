#include <sqlite3.h>

#include "document_filter.hpp"
#include "schema.hpp"
#include "sqlite_archive_reader.hpp"

namespace bulletin::store {

std::int64_t SqliteArchive::changeCounter() {
    auto& archive = *this;
    // data_version moves on other connections' commits, total_changes on this connection's own writes.
    const std::int64_t version = archive.db().queryInt("PRAGMA data_version");
    return version * (std::int64_t{1} << 32) + sqlite3_total_changes64(archive.db().handle());
}

std::int64_t SqliteArchive::contentCounter() {
    return contentGeneration(db());
}

namespace {
// A read transaction: every statement in it reads the same snapshot (WAL), without the write lock that
// sql::Transaction takes.
class ReadSnapshot final {
public:
    explicit ReadSnapshot(sql::Database& db) : db_(db), open_(sqlite3_get_autocommit(db.handle()) != 0) {
        if (open_) db_.exec("BEGIN");
    }
    ~ReadSnapshot() {
        if (!open_) return;
        try {
            db_.exec("COMMIT");
        } catch (const sql::Error&) {
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    sql::Database& db_;
    bool open_;
};
}  // namespace

FacetBase SqliteArchiveReader::facetBase(std::uint32_t lastDocument, std::uint32_t lastEntity) {
    auto& db = archive_.db();
    FacetBase base;
    base.lastDocument = lastDocument;
    base.lastEntity = lastEntity;
    auto st = db.prepare(
        // (All releases less the newer ones: count(*) of the table reads its smallest index, a range on the id
        // would walk the wide rows.)
        "SELECT (SELECT count(*) FROM documents) - (SELECT count(*) FROM documents WHERE id > ?1),"
        " (SELECT coalesce(max(id), 0) FROM corrections) +"
        " (SELECT coalesce(max(id), 0) FROM correction_undos), (SELECT count(*) FROM acronym_mentions WHERE resolved"
        " <> 0 AND document_id <= ?1)");
    st.bind(1, static_cast<std::int64_t>(lastDocument));
    if (st.step()) {
        base.documents = st.int64(0);
        base.corrections = st.int64(1);
        base.linkedAcronyms = st.int64(2);
    }
    return base;
}

FacetData SqliteArchiveReader::facetDataAfter(std::uint32_t lastDocument, std::uint32_t lastEntity) {
    auto& db = archive_.db();
    const ReadSnapshot snapshot(db);
    FacetData f;
    const auto maxDocument = static_cast<std::size_t>(db.queryInt("SELECT coalesce(max(id), 0) FROM documents"));
    const auto maxEntity = static_cast<std::size_t>(db.queryInt("SELECT coalesce(max(id), 0) FROM entities"));
    f.years.assign(maxDocument + 1, 0);
    f.kinds.assign(maxDocument + 1, 0);
    f.offsets.assign(maxDocument + 2, 0);
    const auto after = static_cast<std::int64_t>(lastDocument);

    // Two passes over (document, entity) pairs in primary-key order (the cheapest scan), placed by document.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    auto rows = after == 0 ? db.prepare("SELECT document_id, entity_id FROM document_entities")
                           : db.prepare(
                                 "SELECT document_id, entity_id FROM document_entities INDEXED BY"
                                 " document_entities_document WHERE document_id > ?");
    if (after == 0)
        pairs.reserve(static_cast<std::size_t>(db.queryInt("SELECT count(*) FROM document_entities")));
    else
        rows.bind(1, after);
    while (rows.step()) {
        const auto d = static_cast<std::uint32_t>(rows.int64(0));
        if (d > maxDocument) continue;
        pairs.emplace_back(d, static_cast<std::uint32_t>(rows.int64(1)));
        ++f.offsets[d + 1];
    }
    for (std::size_t i = 1; i < f.offsets.size(); ++i) f.offsets[i] += f.offsets[i - 1];
    f.entityIds.resize(pairs.size());
    std::vector<std::uint32_t> next(f.offsets.begin(), f.offsets.end() - 1);
    for (const auto& [d, e] : pairs) f.entityIds[next[d]++] = e;

    f.days.assign(maxDocument + 1, 0);
    // From the date index alone (a covering scan), not from the wide document rows.
    auto years = db.prepare(
        "SELECT id, CAST(substr(publication_date, 1, 4) AS INTEGER),"
        " CAST(substr(publication_date, 6, 2) AS INTEGER), CAST(substr(publication_date, 9, 2) AS"
        " INTEGER) FROM documents INDEXED BY documents_publication_date"
        " WHERE publication_date IS NOT NULL AND id > ?");
    years.bind(1, after);
    while (years.step()) {
        const auto d = static_cast<std::size_t>(years.int64(0));
        if (d > maxDocument) continue;
        const auto year = years.int64(1);
        f.years[d] = static_cast<std::uint16_t>(year);
        f.days[d] = static_cast<std::uint32_t>(year * 10000 + years.int64(2) * 100 + years.int64(3));
    }
    auto kinds = db.prepare("SELECT DISTINCT document_id, kind FROM meetings WHERE document_id > ?");
    kinds.bind(1, after);
    while (kinds.step()) {
        const auto d = static_cast<std::size_t>(kinds.int64(0));
        const std::string kind = kinds.text(1);
        std::size_t k = 0;
        while (k < f.kindNames.size() && f.kindNames[k] != kind) ++k;
        if (k == f.kindNames.size()) f.kindNames.push_back(kind);
        if (d <= maxDocument && k < 32) f.kinds[d] |= 1U << k;
    }

    f.entities.assign(maxEntity + 1, {});
    auto entities = db.prepare("SELECT id, canonical_id, type, hidden, name FROM resolved_entities WHERE id > ?");
    entities.bind(1, static_cast<std::int64_t>(lastEntity));
    while (entities.step()) {
        const auto id = static_cast<std::size_t>(entities.int64(0));
        if (id > maxEntity) continue;
        auto& e = f.entities[id];
        e.canonical = static_cast<std::uint32_t>(entities.int64(1));
        const auto type = entities.textView(2);
        e.type = type == "agency" ? EntityType::Agency : type == "location" ? EntityType::Location : EntityType::Person;
        e.hidden = entities.int64(3) != 0;
        e.known = true;
        if (id == e.canonical) f.names[e.canonical] = entities.text(4);
    }
    f.base = facetBase(static_cast<std::uint32_t>(maxDocument), static_cast<std::uint32_t>(maxEntity));
    return f;
}

std::vector<std::uint32_t> SqliteArchiveReader::documentIds(const DocumentQuery& query) {
    auto& archive = archive_;
    auto st = archive.db().prepare(documentScopeSql(query));
    int index = 0;
    bindDocumentFilters(st, query, index);
    std::vector<std::uint32_t> ids;
    while ((query.idsCap <= 0 || static_cast<std::int64_t>(ids.size()) < query.idsCap) && st.step())
        ids.push_back(static_cast<std::uint32_t>(st.int64(0)));
    return ids;
}

}  // namespace bulletin::store
