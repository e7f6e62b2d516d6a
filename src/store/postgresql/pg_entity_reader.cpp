#include "pg_entity_reader.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "core/text.hpp"
#include "pg_document_filter.hpp"
#include "store/engine_support.hpp"

namespace bulletin::store::postgresql {

namespace {

std::string idArray(const std::vector<std::int64_t>& ids) {
    std::string out = "{";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i) out += ',';
        out += std::to_string(ids[i]);
    }
    return out + "}";
}

// A list over the documents a query selects: "WITH scope AS (...), list AS (<select>) SELECT * FROM list [WHERE
// <after>] ORDER BY <order> LIMIT .. OFFSET ..". `select` and `after` take their parameters from the builder, in the
// order they are written.
struct ListOrder final {
    std::string order;
    std::function<std::string(SqlBuilder&, const PageKey&)> after;
};

SqlBuilder pagedOverScope(const std::function<std::string(SqlBuilder&)>& select, const ListOrder& order,
                          const DocumentQuery& scope) {
    SqlBuilder b;
    DocumentQuery all = scope;
    all.limit = -1;
    all.offset = 0;
    all.after.reset();
    b.sql = "WITH scope AS (SELECT d.id FROM documents d WHERE true";
    appendDocumentFilters(all, b);
    b.sql += "), list AS (";
    const std::string selected = select(b);
    b.sql += selected + ") SELECT * FROM list";
    if (scope.after) {
        const std::string condition = order.after(b, *scope.after);
        b.sql += " WHERE " + condition;
    }
    b.sql += " ORDER BY " + order.order;
    if (scope.limit >= 0) b.sql += " LIMIT " + b.param(scope.limit);
    if (!scope.after && scope.offset > 0) b.sql += " OFFSET " + b.param(scope.offset);
    return b;
}

// SQLite's COLLATE NOCASE: ASCII letters folded, every other byte compared as it is.
constexpr const char* kNocase = "lower(name COLLATE \"C\") COLLATE \"C\"";

}  // namespace

std::vector<std::int64_t> PgEntityReader::resolve(EntityType type, const std::string& value) {
    const std::string folded = text::foldForMatching(text::collapseWhitespace(value));
    auto idsOf = [&](const std::string& hits, pg::Params params) {
        const auto r = c_.query("WITH hits AS (" + hits +
                                    ") SELECT r.id FROM resolved_entities r WHERE r.type = $1 AND NOT r.hidden"
                                    " AND r.canonical_id IN (SELECT * FROM hits) ORDER BY r.id",
                                params);
        std::vector<std::int64_t> ids;
        for (int i = 0; i < r.rows(); ++i) ids.push_back(r.int64(i, 0));
        return ids;
    };
    // Exactly an entity's shown name: its key (the folded extracted name), unless a rename changed the name; the
    // renamed names (a few: corrections) are folded here, as the SQLite engine's bulletin_fold folds them.
    std::vector<std::int64_t> renamed;
    const auto overrides = c_.query("SELECT o.entity_id, o.name FROM entity_overrides o JOIN entities e ON e.id ="
                                    " o.entity_id WHERE e.type = $1 AND o.canonical_id = o.entity_id",
                                    pg::Params().add(toString(type)));
    for (int i = 0; i < overrides.rows(); ++i)
        if (text::foldForMatching(text::collapseWhitespace(overrides.text(i, 1))) == folded)
            renamed.push_back(overrides.int64(i, 0));
    auto ids = idsOf("SELECT r.canonical_id FROM resolved_entities r LEFT JOIN entity_overrides o ON o.entity_id = r.id"
                     " WHERE r.type = $1 AND r.id = r.canonical_id AND ((r.key = $2 AND o.entity_id IS NULL)"
                     " OR r.id = ANY($3::bigint[]))",
                     pg::Params().add(toString(type)).add(folded).add(idArray(renamed)));
    if (!ids.empty()) return ids;
    ids = idsOf("SELECT r.canonical_id FROM entity_aliases a JOIN resolved_entities r ON r.id = a.entity_id"
                " WHERE r.type = $1 AND a.folded = $2"
                " UNION SELECT r.canonical_id FROM resolved_entities r WHERE r.type = $1 AND r.key = $2"
                " UNION SELECT r.canonical_id FROM resolved_entities r WHERE r.type = $1 AND r.id = ANY($3::bigint[])"
                " UNION SELECT r.canonical_id FROM active_corrections c JOIN entities e ON e.type = c.type AND e.key ="
                " c.key JOIN resolved_entities r ON r.id = e.id WHERE c.action = 'alias' AND c.type = $1 AND c.value = $2",
                pg::Params().add(toString(type)).add(folded).add(idArray(renamed)));
    if (!ids.empty() || type != EntityType::Person || folded.find(' ') != std::string::npos) return ids;
    // A surname alone ("person:Milsom") finds the people of that surname.
    std::string escaped;
    for (char c : folded) {
        if (c == '%' || c == '_' || c == '\\') escaped += '\\';
        escaped += c;
    }
    return idsOf("SELECT r.canonical_id FROM entity_aliases a JOIN resolved_entities r ON r.id = a.entity_id"
                 " WHERE r.type = $1 AND a.folded LIKE '% ' || $2",
                 pg::Params().add(toString(type)).add(escaped));
}

std::vector<EntityRow> PgEntityReader::entities(EntityType type, const DocumentQuery& scope, EntitySort sort) {
    return collectRows<EntityRow>([&](const auto& visit) { forEachEntity(type, scope, sort, visit); });
}

std::vector<DateRow> PgEntityReader::dates(const DocumentQuery& scope) {
    return collectRows<DateRow>([&](const auto& visit) { forEachDate(scope, visit); });
}

std::vector<MeetingRow> PgEntityReader::meetings(const DocumentQuery& scope) {
    return collectRows<MeetingRow>([&](const auto& visit) { forEachMeeting(scope, visit); });
}

std::vector<PairRow> PgEntityReader::cooccurrences(const DocumentQuery& scope) {
    return collectRows<PairRow>([&](const auto& visit) { forEachCooccurrence(scope, visit); });
}

void PgEntityReader::forEachEntity(EntityType type, const DocumentQuery& scope, EntitySort sort,
                                   const std::function<bool(const EntityRow&)>& visit) {
    auto select = [&](SqlBuilder& b) {
        return "SELECT r.canonical_id AS id, max(r.type) AS type, max(r.name) AS name, max(r.acronym) AS acronym,"
               " count(DISTINCT de.document_id) AS docs, sum(de.mentions) AS mentions FROM document_entities de"
               " JOIN scope s ON s.id = de.document_id JOIN resolved_entities r ON r.id = de.entity_id"
               " WHERE r.type = " + b.param(toString(type)) + " AND NOT r.hidden GROUP BY r.canonical_id";
    };
    const ListOrder byDocuments{std::string("docs DESC, ") + kNocase + ", id", [](SqlBuilder& b, const PageKey& k) {
        const std::string docs = b.param(static_cast<std::int64_t>(k.rank));
        const std::string name = "lower(" + b.param(k.title) + " COLLATE \"C\") COLLATE \"C\"";
        const std::string id = b.param(k.id);
        return "(docs < " + docs + " OR (docs = " + docs + " AND (" + kNocase + " > " + name + " OR (" + kNocase +
               " = " + name + " AND id > " + id + "))))";
    }};
    const ListOrder byName{std::string(kNocase) + ", id", [](SqlBuilder& b, const PageKey& k) {
        const std::string name = "lower(" + b.param(k.title) + " COLLATE \"C\") COLLATE \"C\"";
        const std::string id = b.param(k.id);
        return std::string("(") + kNocase + " > " + name + " OR (" + kNocase + " = " + name + " AND id > " + id + "))";
    }};
    const auto b = pagedOverScope(select, sort == EntitySort::Documents ? byDocuments : byName, scope);
    const auto r = c_.query(b.sql, b.params());
    for (int i = 0; i < r.rows(); ++i)
        if (!visit({r.int64(i, 0), std::string(r.text(i, 1)), std::string(r.text(i, 2)), std::string(r.text(i, 3)),
                    r.int64(i, 4), r.int64(i, 5)}))
            return;
}

Facets PgEntityReader::facets(const DocumentQuery& scope, int top) {
    Facets f;
    DocumentQuery q = scope;
    q.after.reset();
    q.offset = 0;
    q.limit = top;
    auto fill = [&](EntityType type, const char* field, std::vector<FacetValue>& out) {
        for (const auto& e : entities(type, q, EntitySort::Documents))
            out.push_back({e.name, e.documents, std::string(field) + ":" + quotedFilterValue(e.name)});
    };
    fill(EntityType::Agency, "agency", f.agencies);
    fill(EntityType::Person, "person", f.people);
    fill(EntityType::Location, "location", f.locations);
    auto grouped = [&](const std::string& select, const std::string& field, std::vector<FacetValue>& out) {
        SqlBuilder b;
        DocumentQuery all = scope;
        all.limit = -1;
        all.offset = 0;
        all.after.reset();
        b.sql = "WITH scope AS (SELECT d.id FROM documents d WHERE true";
        appendDocumentFilters(all, b);
        b.sql += ") " + select + " LIMIT " + b.param(top);
        const auto r = c_.query(b.sql, b.params());
        for (int i = 0; i < r.rows(); ++i)
            out.push_back({std::string(r.text(i, 0)), r.int64(i, 1), field + ":" + std::string(r.text(i, 0))});
    };
    grouped("SELECT m.kind, count(DISTINCT m.document_id) FROM meetings m JOIN scope s ON s.id = m.document_id"
            " GROUP BY m.kind ORDER BY 2 DESC, m.kind COLLATE \"C\"",
            "kind", f.kinds);
    grouped("SELECT substr(d.publication_date, 1, 4), count(*) FROM documents d JOIN scope s ON s.id = d.id"
            " WHERE d.publication_date IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 DESC",
            "date", f.years);
    std::sort(f.years.begin(), f.years.end(), [](const FacetValue& a, const FacetValue& b) { return a.value > b.value; });
    return f;
}

void PgEntityReader::forEachDate(const DocumentQuery& scope, const std::function<bool(const DateRow&)>& visit) {
    const ListOrder order{"first_day COLLATE \"C\" DESC, document_id, start", [](SqlBuilder& b, const PageKey& k) {
        const std::string day = b.param(k.date);
        const std::string doc = b.param(k.id);
        const std::string start = b.param(k.id2);
        return "(first_day COLLATE \"C\" < " + day + " OR (first_day = " + day + " AND (document_id, start) > (" +
               doc + "::bigint, " + start + "::int)))";
    }};
    const auto b = pagedOverScope(
        [](SqlBuilder&) {
            return std::string("SELECT t.document_id AS document_id, t.iso, t.role, t.text, d.title, t.first_day AS"
                               " first_day, t.start AS start, t.\"end\" FROM dates t JOIN scope s ON s.id ="
                               " t.document_id JOIN documents d ON d.id = t.document_id");
        },
        order, scope);
    const auto r = c_.query(b.sql, b.params());
    for (int i = 0; i < r.rows(); ++i)
        if (!visit({r.int64(i, 0), std::string(r.text(i, 1)), std::string(r.text(i, 2)), std::string(r.text(i, 3)),
                    std::string(r.text(i, 4)), std::string(r.text(i, 5)), r.int64(i, 6), r.int64(i, 7)}))
            return;
}

void PgEntityReader::forEachMeeting(const DocumentQuery& scope, const std::function<bool(const MeetingRow&)>& visit) {
    auto participants = [](const char* type) {
        return std::string(" (SELECT string_agg(name, E'\\x1f' ORDER BY name COLLATE \"C\") FROM (SELECT DISTINCT"
                           " r.name FROM meeting_participants p JOIN resolved_entities r ON r.id = p.entity_id WHERE"
                           " p.meeting_id = m.id AND r.type = '") +
               type + "' AND NOT r.hidden) names)";
    };
    // Newest first, undated last; a key without a day continues among the undated ones.
    const ListOrder order{"first_day COLLATE \"C\" DESC NULLS LAST, id", [](SqlBuilder& b, const PageKey& k) {
        const std::string id = b.param(k.id);
        if (k.date.empty()) return "(first_day IS NULL AND id > " + id + ")";
        const std::string day = b.param(k.date);
        return "(first_day COLLATE \"C\" < " + day + " OR (first_day = " + day + " AND id > " + id +
               ") OR first_day IS NULL)";
    }};
    const auto b = pagedOverScope(
        [&](SqlBuilder& sb) {
            std::string held;
            if (scope.heldFrom) held += " AND m.last_day >= " + sb.param(*scope.heldFrom);
            if (scope.heldTo) held += " AND m.first_day <= " + sb.param(*scope.heldTo);
            return "SELECT m.id AS id, m.document_id, m.kind, coalesce(m.date, ''), m.location," + participants("agency") +
                   "," + participants("person") +
                   ", d.title, d.path, m.first_day AS first_day, m.start, m.\"end\" FROM meetings m JOIN scope s ON"
                   " s.id = m.document_id JOIN documents d ON d.id = m.document_id WHERE true" + held;
        },
        order, scope);
    const auto r = c_.query(b.sql, b.params());
    for (int i = 0; i < r.rows(); ++i)
        if (!visit({r.int64(i, 0), r.int64(i, 1), std::string(r.text(i, 2)), std::string(r.text(i, 3)),
                    std::string(r.text(i, 4)), splitUnitSeparated(r.text(i, 5)), splitUnitSeparated(r.text(i, 6)),
                    std::string(r.text(i, 7)), std::string(r.text(i, 8)), r.isNull(i, 9) ? "" : std::string(r.text(i, 9)),
                    r.int64(i, 10), r.int64(i, 11)}))
            return;
}

void PgEntityReader::forEachCooccurrence(const DocumentQuery& scope, const std::function<bool(const PairRow&)>& visit) {
    const ListOrder order{"docs DESC, person COLLATE \"C\", agency COLLATE \"C\", pid, aid",
                          [](SqlBuilder& b, const PageKey& k) {
                              return "(-docs, person COLLATE \"C\", agency COLLATE \"C\", pid, aid) > (" +
                                     b.param(-static_cast<std::int64_t>(k.rank)) + "::bigint, " + b.param(k.title) +
                                     " COLLATE \"C\", " + b.param(k.date) + " COLLATE \"C\", " + b.param(k.id) +
                                     "::bigint, " + b.param(k.id2) + "::bigint)";
                          }};
    const auto b = pagedOverScope(
        [](SqlBuilder&) {
            return std::string(
                "SELECT max(p.name) AS person, max(a.name) AS agency, count(DISTINCT dp.document_id) AS docs,"
                " p.canonical_id AS pid, a.canonical_id AS aid FROM document_entities dp"
                " JOIN scope s ON s.id = dp.document_id"
                " JOIN resolved_entities p ON p.id = dp.entity_id AND p.type = 'person' AND NOT p.hidden"
                " JOIN document_entities da ON da.document_id = dp.document_id"
                " JOIN resolved_entities a ON a.id = da.entity_id AND a.type = 'agency' AND NOT a.hidden"
                " GROUP BY p.canonical_id, a.canonical_id");
        },
        order, scope);
    const auto r = c_.query(b.sql, b.params());
    for (int i = 0; i < r.rows(); ++i)
        if (!visit({std::string(r.text(i, 0)), std::string(r.text(i, 1)), r.int64(i, 2), r.int64(i, 3), r.int64(i, 4)}))
            return;
}

std::vector<std::string> PgEntityReader::completionTerms(int limit) {
    const auto r = c_.query(
        "SELECT max(r.type), max(r.name) AS name, max(r.acronym), count(DISTINCT de.document_id) AS n FROM"
        " resolved_entities r JOIN document_entities de ON de.entity_id = r.id WHERE NOT r.hidden GROUP BY"
        " r.canonical_id ORDER BY n DESC, max(r.name) COLLATE \"C\" LIMIT $1",
        pg::Params().add(limit));
    std::vector<std::string> terms;
    auto term = [](std::string_view type, const std::string& value) {
        const bool plain = value.find_first_of(" \t\"():") == std::string::npos;
        std::string quotedValue;
        for (char c : value) quotedValue += c == '"' ? '\'' : c;
        return std::string(type) + ":" + (plain ? value : "\"" + quotedValue + "\"");
    };
    for (int i = 0; i < r.rows(); ++i) {
        terms.push_back(term(r.text(i, 0), std::string(r.text(i, 1))));
        if (const std::string acronym(r.text(i, 2)); !acronym.empty()) terms.push_back(term(r.text(i, 0), acronym));
    }
    return terms;
}

DocumentEntityNames PgEntityReader::entityNames(std::int64_t documentId) {
    const auto r = c_.query("SELECT max(r.type), max(r.name) AS name FROM document_entities de JOIN resolved_entities r"
                            " ON r.id = de.entity_id WHERE de.document_id = $1 AND NOT r.hidden GROUP BY r.canonical_id"
                            " ORDER BY sum(de.mentions) DESC, lower(max(r.name) COLLATE \"C\") COLLATE \"C\"",
                            pg::Params().add(documentId));
    DocumentEntityNames names;
    for (int i = 0; i < r.rows(); ++i) {
        const auto type = r.text(i, 0);
        auto& list = type == "agency" ? names.agencies : type == "person" ? names.people : names.locations;
        list.emplace_back(r.text(i, 1));
    }
    return names;
}

std::vector<MentionRow> PgEntityReader::mentions(std::int64_t documentId) {
    struct Raw final {
        std::int64_t entity, start, end;
        std::string rule;
        double score = 1.0;
    };
    std::vector<Raw> raw;
    const auto blob = c_.query("SELECT data FROM document_mentions WHERE document_id = $1", pg::Params().add(documentId));
    if (blob.rows() > 0)
        for (auto& m : parseMentionRecords(blob.text(0, 0))) raw.push_back({m.entity, m.start, m.end, std::move(m.rule), m.score});
    const auto acronyms = c_.query("SELECT entity_id, start, \"end\" FROM acronym_mentions WHERE document_id = $1 AND"
                                   " entity_id IS NOT NULL",
                                   pg::Params().add(documentId));
    for (int i = 0; i < acronyms.rows(); ++i)
        raw.push_back({acronyms.int64(i, 0), acronyms.int64(i, 1), acronyms.int64(i, 2), "agency.acronym_archive", 1.0});
    if (raw.empty()) return {};
    std::vector<std::int64_t> ids;
    for (const auto& r : raw) ids.push_back(r.entity);
    struct Resolved final {
        std::int64_t canonical;
        std::string type, name;
    };
    std::map<std::int64_t, Resolved> resolved;
    const auto names = c_.query("SELECT id, canonical_id, type, name FROM resolved_entities WHERE NOT hidden AND"
                                " id = ANY($1::bigint[])",
                                pg::Params().add(idArray(ids)));
    for (int i = 0; i < names.rows(); ++i)
        resolved[names.int64(i, 0)] = {names.int64(i, 1), std::string(names.text(i, 2)), std::string(names.text(i, 3))};
    std::vector<MentionRow> rows;
    for (const auto& r : raw) {
        auto it = resolved.find(r.entity);
        if (it == resolved.end()) continue;  // hidden
        rows.push_back({it->second.canonical, it->second.type, it->second.name, r.start, r.end, r.rule, r.score});
    }
    std::sort(rows.begin(), rows.end(), [](const MentionRow& a, const MentionRow& b) { return a.start < b.start; });
    return rows;
}

std::optional<EntityProfile> PgEntityReader::profile(EntityType type, const std::string& name, int top) {
    const auto ids = resolve(type, name);
    if (ids.empty()) return std::nullopt;
    EntityProfile p;
    p.type = type;
    p.id = c_.queryInt("SELECT canonical_id FROM resolved_entities WHERE id = $1", pg::Params().add(ids.front()));
    if (p.id == 0) return std::nullopt;
    // $1 is the canonical id; members are itself and every entity merged into it.
    const std::string scope =
        "WITH members AS (SELECT $1::bigint AS id UNION SELECT entity_id FROM entity_overrides WHERE canonical_id = $1),"
        " docs AS (SELECT DISTINCT document_id AS id FROM document_entities WHERE entity_id IN (SELECT id FROM members)) ";
    const auto names = c_.query("SELECT name, acronym FROM resolved_entities WHERE id = $1", pg::Params().add(p.id));
    if (names.rows() > 0) {
        p.name = std::string(names.text(0, 0));
        p.acronym = std::string(names.text(0, 1));
    }
    std::set<std::string> seen{text::foldForMatching(p.name)};
    const auto aliases = c_.query(scope +
                                      "SELECT name FROM entities WHERE id IN (SELECT id FROM members)"
                                      " UNION ALL SELECT acronym FROM entities WHERE id IN (SELECT id FROM members) AND acronym <> ''"
                                      " UNION ALL SELECT alias FROM entity_aliases WHERE entity_id IN (SELECT id FROM members)"
                                      " UNION ALL SELECT c.value FROM active_corrections c JOIN entities e ON e.type = c.type"
                                      " AND e.key = c.key WHERE c.action = 'alias' AND e.id IN (SELECT id FROM members)",
                                  pg::Params().add(p.id));
    for (int i = 0; i < aliases.rows(); ++i) {
        const std::string alias(aliases.text(i, 0));
        if (!alias.empty() && seen.insert(text::foldForMatching(alias)).second) p.aliases.push_back(alias);
    }
    const auto counts = c_.query(scope + "SELECT count(DISTINCT document_id), coalesce(sum(mentions), 0) FROM"
                                         " document_entities WHERE entity_id IN (SELECT id FROM members)",
                                 pg::Params().add(p.id));
    p.documents = counts.int64(0, 0);
    p.mentions = counts.int64(0, 1);
    const auto span = c_.query(scope + "SELECT coalesce(min(publication_date), ''), coalesce(max(publication_date), '')"
                                       " FROM documents WHERE id IN (SELECT id FROM docs) AND publication_date IS NOT NULL",
                               pg::Params().add(p.id));
    p.firstDate = std::string(span.text(0, 0));
    p.lastDate = std::string(span.text(0, 1));
    if (type == EntityType::Person) {
        const auto roles = c_.query(scope + "SELECT role, affiliation, count(*) FROM document_entities WHERE entity_id IN"
                                            " (SELECT id FROM members) AND (role <> '' OR affiliation <> '') GROUP BY role,"
                                            " affiliation ORDER BY 3 DESC, role COLLATE \"C\", affiliation COLLATE \"C\" LIMIT $2",
                                    pg::Params().add(p.id).add(top));
        for (int i = 0; i < roles.rows(); ++i)
            p.roles.push_back({p.name, std::string(roles.text(i, 0)), std::string(roles.text(i, 1)), roles.int64(i, 2)});
    } else if (type == EntityType::Agency) {
        std::set<std::string> own{text::foldForMatching(p.name)};
        if (!p.acronym.empty()) own.insert(text::foldForMatching(p.acronym));
        for (const auto& a : p.aliases) own.insert(text::foldForMatching(a));
        const auto roles = c_.query(scope +
                                        "SELECT max(c.name), de.role, de.affiliation, count(*) FROM docs JOIN document_entities de"
                                        " ON de.document_id = docs.id JOIN resolved_entities r ON r.id = de.entity_id"
                                        " JOIN resolved_entities c ON c.id = r.canonical_id WHERE de.affiliation <> '' AND"
                                        " r.type = 'person' AND NOT r.hidden GROUP BY r.canonical_id, de.role, de.affiliation"
                                        " ORDER BY r.canonical_id, de.role COLLATE \"C\", de.affiliation COLLATE \"C\"",
                                    pg::Params().add(p.id));
        for (int i = 0; i < roles.rows(); ++i)
            if (own.count(text::foldForMatching(roles.text(i, 2))))
                p.roles.push_back({std::string(roles.text(i, 0)), std::string(roles.text(i, 1)),
                                   std::string(roles.text(i, 2)), roles.int64(i, 3)});
        std::stable_sort(p.roles.begin(), p.roles.end(), [](const RoleRow& a, const RoleRow& b) { return a.documents > b.documents; });
        if (p.roles.size() > static_cast<std::size_t>(top)) p.roles.resize(static_cast<std::size_t>(top));
    }
    const auto together = c_.query(scope +
                                       "SELECT max(r.type), max(c.name) AS name, count(DISTINCT de.document_id) AS n FROM docs"
                                       " JOIN document_entities de ON de.document_id = docs.id JOIN resolved_entities r ON"
                                       " r.id = de.entity_id JOIN resolved_entities c ON c.id = r.canonical_id WHERE NOT"
                                       " r.hidden AND r.canonical_id <> $1 GROUP BY r.canonical_id ORDER BY n DESC,"
                                       " lower(max(c.name) COLLATE \"C\") COLLATE \"C\"",
                                   pg::Params().add(p.id));
    for (int i = 0; i < together.rows(); ++i) {
        const auto t = together.text(i, 0);
        auto& list = t == "person" ? p.people : t == "agency" ? p.agencies : p.locations;
        if (list.size() < static_cast<std::size_t>(top)) list.push_back({std::string(together.text(i, 1)), together.int64(i, 2)});
    }
    const auto releases = c_.query(scope + "SELECT d.id, d.title, coalesce(d.publication_date, '') FROM documents d WHERE"
                                           " d.id IN (SELECT id FROM docs) ORDER BY d.publication_date DESC NULLS LAST,"
                                           " d.id DESC LIMIT $2",
                                   pg::Params().add(p.id).add(top));
    for (int i = 0; i < releases.rows(); ++i)
        p.releases.push_back({releases.int64(i, 0), std::string(releases.text(i, 1)), std::string(releases.text(i, 2))});
    DocumentQuery meetingScope;
    meetingScope.limit = -1;
    EntityConstraint constraint;
    const auto members = c_.query(scope + "SELECT id FROM members ORDER BY id", pg::Params().add(p.id));
    for (int i = 0; i < members.rows(); ++i) constraint.entityIds.push_back(members.int64(i, 0));
    meetingScope.entities.push_back(std::move(constraint));
    const std::string folded = text::foldForMatching(p.name);
    auto named = [&](const std::vector<std::string>& list) {
        return std::any_of(list.begin(), list.end(), [&](const auto& n) { return text::foldForMatching(n) == folded; });
    };
    forEachMeeting(meetingScope, [&](const MeetingRow& m) {
        const bool takesPart = p.type == EntityType::Person   ? named(m.people)
                               : p.type == EntityType::Agency ? named(m.agencies)
                                                              : text::foldForMatching(m.location) == folded;
        if (!takesPart) return true;
        ++p.meetingCount;
        if (p.meetings.size() < static_cast<std::size_t>(top)) p.meetings.push_back(m);
        return true;
    });
    return p;
}

}  // namespace bulletin::store::postgresql
