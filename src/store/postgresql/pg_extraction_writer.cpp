// The extraction of a release written to PostgreSQL: its entities upserted (through the dictionary connection that
// commits them at once, so that concurrent ingesters share one row per entity), its mentions, dates, events and
// aliases. Split from pg_archive_writer.cpp, whose header declares them.
#include <algorithm>
#include <map>
#include <vector>

#include "core/text.hpp"
#include "pg_archive_writer.hpp"
#include "store/engine_support.hpp"
#include "text_search.hpp"

namespace bulletin::store::postgresql {

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

}  // namespace bulletin::store::postgresql
