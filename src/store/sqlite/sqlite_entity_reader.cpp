#include "sqlite_entity_reader.hpp"

#include <cstdlib>

#include "core/text.hpp"
#include "document_filter.hpp"
#include "store/engine_support.hpp"

#include <algorithm>
#include <map>

namespace bulletin::store {

namespace {
// LIMIT/OFFSET and the page key of the scope query are not part of a list's scope: lists cover every matching
// document.
DocumentQuery unpaged(DocumentQuery q) {
    q.limit = -1;
    q.offset = 0;
    q.after.reset();
    return q;
}

// How a list is ordered and how it continues after a row: `order` and `after` refer to the columns of its select
// (aliased); `bindAfter` binds the key's values for the `after` condition.
struct ListOrder final {
    std::string order;
    std::string after;
    std::function<void(sql::Statement&, int&, const PageKey&)> bindAfter;
};

// "WITH scope(id) AS (<documents the query selects>), list AS (<select>) SELECT * FROM list [WHERE <after>]
// ORDER BY <order> LIMIT ? OFFSET ?", every parameter bound but the ones `bindMiddle` binds between the scope's
// filters and the page.
template <typename BindMiddle>
sql::Statement pagedOverScope(sql::Database& db, const std::string& select, const ListOrder& order,
                              const DocumentQuery& scope, BindMiddle&& bindMiddle) {
    const DocumentQuery q = unpaged(scope);
    std::string sql = "WITH scope(id) AS (" + documentScopeSql(q) + "), list AS (" + select + ") SELECT * FROM list";
    if (scope.after) sql += " WHERE " + order.after;
    sql += " ORDER BY " + order.order + " LIMIT ? OFFSET ?";
    auto st = db.prepare(sql);
    int index = 0;
    bindDocumentFilters(st, q, index);
    bindMiddle(st, index);
    if (scope.after) order.bindAfter(st, index, *scope.after);
    st.bind(++index, scope.limit);
    st.bind(++index, scope.after ? 0 : scope.offset);
    return st;
}

sql::Statement pagedOverScope(sql::Database& db, const std::string& select, const ListOrder& order,
                              const DocumentQuery& scope) {
    return pagedOverScope(db, select, order, scope, [](sql::Statement&, int&) {});
}
}  // namespace

std::vector<std::int64_t> SqliteEntityReader::resolve(EntityType type, const std::string& value) {
    const std::string folded = text::foldForMatching(text::collapseWhitespace(value));
    // Every entity id (merges expanded, hidden ones left out) of the canonical entities `hits` selects; the hits
    // query sees the type as ?1 and the searched value as ?2.
    auto idsOf = [&](const std::string& hits, const std::string& searched) {
        auto st = archive_.db().prepare("WITH hits(cid) AS (" + hits +
                                        ") SELECT r.id FROM resolved_entities r WHERE r.type = ?1 AND NOT r.hidden"
                                        " AND r.canonical_id IN hits ORDER BY r.id");
        st.bind(1, toString(type)).bind(2, searched);
        std::vector<std::int64_t> ids;
        while (st.step()) ids.push_back(st.int64(0));
        return ids;
    };
    // A value that is exactly an entity's (possibly renamed) name means that entity, so that a facet's filter
    // selects what the facet counted; aliases, acronyms and alias corrections apply otherwise.
    auto ids = idsOf("SELECT r.canonical_id FROM resolved_entities r WHERE r.type = ?1 AND"
                     " bulletin_fold(r.name) = ?2 AND r.id = r.canonical_id",
                     folded);
    if (!ids.empty()) return ids;
    ids = idsOf("SELECT r.canonical_id FROM entity_aliases a JOIN resolved_entities r ON r.id = a.entity_id"
                " WHERE r.type = ?1 AND a.folded = ?2"
                " UNION SELECT r.canonical_id FROM resolved_entities r WHERE r.type = ?1 AND bulletin_fold(r.name) = ?2"
                " UNION SELECT r.canonical_id FROM active_corrections c JOIN entities e ON e.type = c.type AND e.key = c.key"
                " JOIN resolved_entities r ON r.id = e.id WHERE c.action = 'alias' AND c.type = ?1 AND c.value = ?2",
                folded);
    if (!ids.empty() || type != EntityType::Person || folded.find(' ') != std::string::npos) return ids;
    // A surname alone ("person:Milsom") finds the people of that surname.
    std::string escaped;
    for (char c : folded) {
        if (c == '%' || c == '_' || c == '\\') escaped += '\\';
        escaped += c;
    }
    return idsOf("SELECT r.canonical_id FROM entity_aliases a JOIN resolved_entities r ON r.id = a.entity_id"
                 " WHERE r.type = ?1 AND a.folded LIKE '% ' || ?2 ESCAPE '\\'",
                 escaped);
}

std::vector<EntityRow> SqliteEntityReader::entities(EntityType type, const DocumentQuery& scope, EntitySort sort) {
    return collectRows<EntityRow>([&](const auto& visit) { forEachEntity(type, scope, sort, visit); });
}

std::vector<DateRow> SqliteEntityReader::dates(const DocumentQuery& scope) {
    return collectRows<DateRow>([&](const auto& visit) { forEachDate(scope, visit); });
}

std::vector<MeetingRow> SqliteEntityReader::meetings(const DocumentQuery& scope) {
    return collectRows<MeetingRow>([&](const auto& visit) { forEachMeeting(scope, visit); });
}

std::vector<PairRow> SqliteEntityReader::cooccurrences(const DocumentQuery& scope) {
    return collectRows<PairRow>([&](const auto& visit) { forEachCooccurrence(scope, visit); });
}

void SqliteEntityReader::forEachEntity(EntityType type, const DocumentQuery& scope, EntitySort sort,
                                 const std::function<bool(const EntityRow&)>& visit) {
    const std::string select =
        "SELECT r.canonical_id AS id, r.type AS type, r.name AS name, r.acronym AS acronym,"
        " count(DISTINCT de.document_id) AS docs, sum(de.mentions) AS mentions FROM document_entities de"
        " JOIN scope s ON s.id = de.document_id JOIN resolved_entities r ON r.id = de.entity_id"
        " WHERE r.type = ? AND NOT r.hidden GROUP BY r.canonical_id";
    const ListOrder byDocuments{"docs DESC, name COLLATE NOCASE, id", "(-docs, name COLLATE NOCASE, id) > (?, ?, ?)",
                                [](sql::Statement& st, int& index, const PageKey& k) {
                                    st.bind(++index, -static_cast<std::int64_t>(k.rank));
                                    st.bind(++index, k.title);
                                    st.bind(++index, k.id);
                                }};
    const ListOrder byName{"name COLLATE NOCASE, id", "(name COLLATE NOCASE, id) > (?, ?)",
                           [](sql::Statement& st, int& index, const PageKey& k) {
                               st.bind(++index, k.title);
                               st.bind(++index, k.id);
                           }};
    auto st = pagedOverScope(archive_.db(), select, sort == EntitySort::Documents ? byDocuments : byName, scope,
                             [&](sql::Statement& s, int& index) { s.bind(++index, toString(type)); });
    while (st.step())
        if (!visit({st.int64(0), st.text(1), st.text(2), st.text(3), st.int64(4), st.int64(5)})) return;
}

Facets SqliteEntityReader::facets(const DocumentQuery& scope, int top) {
    Facets f;
    DocumentQuery q = unpaged(scope);
    q.limit = top;
    auto fill = [&](EntityType type, const char* field, std::vector<FacetValue>& out) {
        for (const auto& e : entities(type, q, EntitySort::Documents))
            out.push_back({e.name, e.documents, std::string(field) + ":" + quotedFilterValue(e.name)});
    };
    fill(EntityType::Agency, "agency", f.agencies);
    fill(EntityType::Person, "person", f.people);
    fill(EntityType::Location, "location", f.locations);
    const DocumentQuery all = unpaged(scope);
    auto grouped = [&](const std::string& select, const std::string& field, std::vector<FacetValue>& out) {
        auto st = archive_.db().prepare("WITH scope(id) AS (" + documentScopeSql(all) + ") " + select + " LIMIT ?");
        int index = 0;
        bindDocumentFilters(st, all, index);
        st.bind(++index, top);
        while (st.step()) out.push_back({st.text(0), st.int64(1), field + ":" + st.text(0)});
    };
    grouped("SELECT m.kind, count(DISTINCT m.document_id) FROM meetings m JOIN scope s ON s.id = m.document_id"
            " GROUP BY m.kind ORDER BY 2 DESC, 1",
            "kind", f.kinds);
    // The years with the most releases (ties: the newer), shown newest first.
    grouped("SELECT substr(d.publication_date, 1, 4), count(*) FROM documents d JOIN scope s ON s.id = d.id"
            " WHERE d.publication_date IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 DESC",
            "date", f.years);
    std::sort(f.years.begin(), f.years.end(), [](const FacetValue& a, const FacetValue& b) { return a.value > b.value; });
    return f;
}

void SqliteEntityReader::forEachDate(const DocumentQuery& scope, const std::function<bool(const DateRow&)>& visit) {
    const ListOrder order{"first_day DESC, document_id, start",
                          "(first_day < ? OR (first_day = ? AND (document_id, start) > (?, ?)))",
                          [](sql::Statement& st, int& index, const PageKey& k) {
                              st.bind(++index, k.date);
                              st.bind(++index, k.date);
                              st.bind(++index, k.id);
                              st.bind(++index, k.id2);
                          }};
    auto st = pagedOverScope(archive_.db(),
                             "SELECT t.document_id AS document_id, t.iso, t.role, t.text, d.title,"
                             " t.first_day AS first_day, t.start AS start, t.end FROM dates t JOIN scope s ON"
                             " s.id = t.document_id JOIN documents d ON d.id = t.document_id",
                             order, scope);
    while (st.step())
        if (!visit({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.int64(6), st.int64(7)}))
            return;
}

void SqliteEntityReader::forEachMeeting(const DocumentQuery& scope, const std::function<bool(const MeetingRow&)>& visit) {
    auto participants = [](const char* type) {
        return std::string(" (SELECT group_concat(name, char(31)) FROM (SELECT DISTINCT r.name FROM"
                           " meeting_participants p JOIN resolved_entities r ON r.id = p.entity_id WHERE"
                           " p.meeting_id = m.id AND r.type = '") +
               type + "' AND NOT r.hidden ORDER BY r.name))";
    };
    // Newest first, undated last; a key without a day continues among the undated ones.
    const ListOrder order{"first_day DESC NULLS LAST, id",
                          scope.after && scope.after->date.empty()
                              ? "(first_day IS NULL AND id > ?)"
                              : "(first_day < ? OR (first_day = ? AND id > ?) OR first_day IS NULL)",
                          [](sql::Statement& st, int& index, const PageKey& k) {
                              if (!k.date.empty()) {
                                  st.bind(++index, k.date);
                                  st.bind(++index, k.date);
                              }
                              st.bind(++index, k.id);
                          }};
    // held: keeps the events of its range, not every event of the releases that report one there.
    std::string held;
    if (scope.heldFrom) held += " AND m.last_day >= ?";
    if (scope.heldTo) held += " AND m.first_day <= ?";
    auto st = pagedOverScope(archive_.db(),
                             "SELECT m.id AS id, m.document_id, m.kind, coalesce(m.date, ''), m.location," +
                                 participants("agency") + "," + participants("person") +
                                 ", d.title, d.path, m.first_day AS first_day, m.start, m.end FROM meetings m"
                                 " JOIN scope s ON s.id = m.document_id JOIN documents d ON d.id = m.document_id"
                                 " WHERE 1" + held,
                             order, scope, [&](sql::Statement& s, int& index) {
                                 if (scope.heldFrom) s.bind(++index, *scope.heldFrom);
                                 if (scope.heldTo) s.bind(++index, *scope.heldTo);
                             });
    while (st.step()) {
        if (!visit({st.int64(0), st.int64(1), st.text(2), st.text(3), st.text(4), splitUnitSeparated(st.textView(5)),
                    splitUnitSeparated(st.textView(6)), st.text(7), st.text(8), st.isNull(9) ? "" : st.text(9),
                    st.int64(10), st.int64(11)}))
            return;
    }
}

void SqliteEntityReader::forEachCooccurrence(const DocumentQuery& scope, const std::function<bool(const PairRow&)>& visit) {
    const ListOrder order{"docs DESC, person, agency, pid, aid", "(-docs, person, agency, pid, aid) > (?, ?, ?, ?, ?)",
                          [](sql::Statement& st, int& index, const PageKey& k) {
                              st.bind(++index, -static_cast<std::int64_t>(k.rank));
                              st.bind(++index, k.title);
                              st.bind(++index, k.date);
                              st.bind(++index, k.id);
                              st.bind(++index, k.id2);
                          }};
    auto st = pagedOverScope(
        archive_.db(),
        "SELECT p.name AS person, a.name AS agency, count(DISTINCT dp.document_id) AS docs, p.canonical_id AS pid,"
        " a.canonical_id AS aid FROM document_entities dp"
        " JOIN scope s ON s.id = dp.document_id"
        " JOIN resolved_entities p ON p.id = dp.entity_id AND p.type = 'person' AND NOT p.hidden"
        " JOIN document_entities da ON da.document_id = dp.document_id"
        " JOIN resolved_entities a ON a.id = da.entity_id AND a.type = 'agency' AND NOT a.hidden"
        " GROUP BY p.canonical_id, a.canonical_id",
        order, scope);
    while (st.step())
        if (!visit({st.text(0), st.text(1), st.int64(2), st.int64(3), st.int64(4)})) return;
}

std::vector<std::string> SqliteEntityReader::completionTerms(int limit) {
    auto st = archive_.db().prepare(
        "SELECT r.type, r.name, max(r.acronym), count(DISTINCT de.document_id) AS n FROM resolved_entities r"
        " JOIN document_entities de ON de.entity_id = r.id WHERE NOT r.hidden GROUP BY r.canonical_id"
        " ORDER BY n DESC, r.name LIMIT ?");
    st.bind(1, limit);
    std::vector<std::string> terms;
    auto term = [](std::string_view type, const std::string& value) {
        const bool plain = value.find_first_of(" \t\"():") == std::string::npos;
        std::string quotedValue;
        for (char c : value) quotedValue += c == '"' ? '\'' : c;
        return std::string(type) + ":" + (plain ? value : "\"" + quotedValue + "\"");
    };
    while (st.step()) {
        const auto type = st.textView(0);
        terms.push_back(term(type, st.text(1)));
        if (const std::string acronym = st.text(2); !acronym.empty()) terms.push_back(term(type, acronym));
    }
    return terms;
}

DocumentEntityNames SqliteEntityReader::entityNames(std::int64_t documentId) {
    if (!entityNames_)
        entityNames_ = archive_.db().prepare(
            "SELECT r.type, r.name FROM document_entities de JOIN resolved_entities r ON r.id = de.entity_id"
            " WHERE de.document_id = ? AND NOT r.hidden GROUP BY r.canonical_id"
            " ORDER BY sum(de.mentions) DESC, r.name COLLATE NOCASE");
    auto& st = *entityNames_;
    st.reset();
    st.bind(1, documentId);
    DocumentEntityNames names;
    while (st.step()) {
        const auto type = st.textView(0);
        auto& list = type == "agency" ? names.agencies : type == "person" ? names.people : names.locations;
        list.push_back(st.text(1));
    }
    st.reset();
    return names;
}

std::vector<MentionRow> SqliteEntityReader::mentions(std::int64_t documentId) {
    struct Raw final {
        std::int64_t entity, start, end;
        std::string rule;
        double score = 1.0;
    };
    std::vector<Raw> raw;
    auto blob = archive_.db().prepare("SELECT data FROM document_mentions WHERE document_id = ?");
    blob.bind(1, documentId);
    if (blob.step())
        for (auto& m : parseMentionRecords(blob.textView(0))) raw.push_back({m.entity, m.start, m.end, std::move(m.rule), m.score});
    // Acronyms linked across the archive ("PNCB" defined in another release).
    auto acronyms = archive_.db().prepare(
        "SELECT entity_id, start, end FROM acronym_mentions WHERE document_id = ? AND entity_id IS NOT NULL");
    acronyms.bind(1, documentId);
    while (acronyms.step())
        raw.push_back({acronyms.int64(0), acronyms.int64(1), acronyms.int64(2), "agency.acronym_archive", 1.0});
    if (raw.empty()) return {};
    std::string ids = "[";
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (i) ids += ',';
        ids += std::to_string(raw[i].entity);
    }
    ids += ']';
    struct Resolved final {
        std::int64_t canonical;
        std::string type, name;
    };
    std::map<std::int64_t, Resolved> resolved;
    auto names = archive_.db().prepare(
        "SELECT id, canonical_id, type, name FROM resolved_entities WHERE NOT hidden AND id IN"
        " (SELECT value FROM json_each(?))");
    names.bind(1, ids);
    while (names.step()) resolved[names.int64(0)] = {names.int64(1), names.text(2), names.text(3)};
    std::vector<MentionRow> rows;
    for (const auto& r : raw) {
        auto it = resolved.find(r.entity);
        if (it == resolved.end()) continue;  // hidden
        rows.push_back({it->second.canonical, it->second.type, it->second.name, r.start, r.end, r.rule, r.score});
    }
    std::sort(rows.begin(), rows.end(), [](const MentionRow& a, const MentionRow& b) { return a.start < b.start; });
    return rows;
}

}  // namespace bulletin::store
