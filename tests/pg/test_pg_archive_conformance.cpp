// The PostgreSQL engine's writer and reader against the SQLite engine's: the same releases (the samples and texts of
// our own, with their extraction) stored through each, then the same queries read from each. Counts, result sets,
// pages in every order (by offset and by keyset), timelines, statistics and facet data agree; ids are compared through
// the releases' content hashes, since each archive numbers its own rows.

#include <algorithm>
#include <map>
#include <set>

#include "extract/extractor.hpp"
#include "ingest/file_documents.hpp"
#include "pg_support.hpp"
#include "store/archive_reader.hpp"
#include "store/archive_writer.hpp"
#include "store/corrections.hpp"
#include "store/postgresql/pg_archive_reader.hpp"
#include "store/postgresql/pg_archive_writer.hpp"
#include "store/postgresql/pg_corrections.hpp"
#include "store/postgresql/pg_entity_reader.hpp"
#include "store/postgresql/pg_schema.hpp"
#include "store/postgresql/pg_search_memory.hpp"
#include "support/sample_archive.hpp"

using namespace bulletin;

namespace {

struct TwoArchives final {
    test::TempDir dir;
    store::Archive sqlite{dir / "a.bulletin"};
    test::TestDatabase db;
    pg::Connection pg = db.connect();
    store::postgresql::PgArchiveReader pgReader{pg};
    std::map<std::int64_t, std::string> sqliteHash, pgHash;  // id -> content hash

    TwoArchives() {
        store::postgresql::migrate(pg);
        test::copySamples(dir / "in");
        std::vector<std::string> paths;
        for (const auto& e : std::filesystem::directory_iterator(dir / "in")) paths.push_back(e.path().string());
        std::sort(paths.begin(), paths.end());
        const auto built = ingest::buildFileDocuments(paths, 1 << 24);
        const auto analyze = extract::defaultAnalyzer();
        std::vector<std::pair<Document, Extraction>> releases;
        for (const auto& f : built)
            if (const auto* doc = std::get_if<Document>(&f.built)) releases.emplace_back(*doc, analyze(*doc));
        // Texts of our own: what tokenizers disagree on, dates for the orders, one release at two paths.
        const std::pair<const char*, const char*> own[] = {
            {"Zakariyyā visits Karachi", "The Director-General met Zakariyyā Mansoor in Karachi on 2018-05-25."},
            {"UNODC's working group", "The UNODC's working group met in Islamabad with the police."},
            {"北京会议", "代表团在北京市举行会议。Officials met in Beijing."},
            {"Working", "group of the council met to discuss the budget of the working group."},
            // A body one release spells out and another names by its bare acronym: one agency in both engines.
            {"Board meets", "The Provincial Narcotics Control Board (PNCB) met in Lahore."},
            {"Raids", "PNCB said it raided two warehouses."},
        };
        int i = 0;
        for (const auto& [title, body] : own) {
            Document d;
            d.title = title;
            d.body = body;
            d.raw = body;
            d.encoding = "UTF-8";
            d.contentHash = "own" + std::to_string(i);
            if (i % 2 == 0)
                d.publicationDate = DateValue::fromIso("2019-0" + std::to_string(i + 1) + "-1" + std::to_string(i));
            d.location = {(dir / ("own" + std::to_string(i) + ".txt")).string(), 10, 1, "b" + std::to_string(i)};
            releases.emplace_back(d, analyze(d));
            ++i;
        }
        Document copy = releases.front().first;
        copy.location.path = (dir / "copy.txt").string();
        releases.emplace_back(copy, releases.front().second);
        REQUIRE(releases.size() >= 10);

        const auto sqliteWriter = sqlite.newWriter();
        store::postgresql::PgArchiveWriter pgWriter(pg);
        sqliteWriter->begin();
        pgWriter.begin();
        for (const auto& [doc, x] : releases) {
            const auto a = sqliteWriter->store(doc, x);
            const auto b = pgWriter.store(doc, x);
            CHECK(a.newDocument == b.newDocument);
            sqliteHash[a.documentId] = doc.contentHash;
            pgHash[b.documentId] = doc.contentHash;
        }
        sqliteWriter->recordError("/x/bad.txt", "decode", "not text");
        pgWriter.recordError("/x/bad.txt", "decode", "not text");
        sqliteWriter->commit();
        pgWriter.commit();
        CHECK(sqliteWriter->resolveAcronyms() == pgWriter.resolveAcronyms());
        // As after an ingest: corrections (none) and the archive's own merges applied.
        sqlite.corrections().applyToNewEntities();
        store::postgresql::PgEntityReader entities(pg);
        store::postgresql::PgCorrections(pg, entities).applyToNewEntities();
    }

    std::vector<std::string> hashes(const std::vector<store::DocumentRow>& rows, bool fromPg) const {
        std::vector<std::string> out;
        for (const auto& r : rows) out.push_back((fromPg ? pgHash : sqliteHash).at(r.id));
        return out;
    }
};

}  // namespace

TEST_CASE("the PostgreSQL reader answers as the SQLite reader for the same releases", "[pg][conformance]") {
    TwoArchives a;
    search::Searcher searcher(a.sqlite);
    auto& lite = a.sqlite.reader();
    auto& pg = a.pgReader;

    const auto ls = lite.stats();
    const auto ps = pg.stats();
    CHECK(ps.documents == ls.documents);
    CHECK(ps.files == ls.files);
    CHECK(ps.duplicateFiles == 1);
    CHECK(ps.duplicateFiles == ls.duplicateFiles);
    CHECK(ps.similarPairs == ls.similarPairs);
    CHECK(ps.errors == 1);
    CHECK(ps.bytes == ls.bytes);
    CHECK(ps.earliest == ls.earliest);
    CHECK(ps.latest == ls.latest);
    CHECK(pg.errors().front().message == "not text");

    for (const std::string query :
         {"", "UNODC", "\"working group\"", "terror*", "(UNODC OR NACTA) meeting", "-UNODC met", "title:working",
          "北京", "date:2014..2019", "met date:2019", "path:own", "held:2017", "Karachi -title:Karachi"}) {
        INFO("query: " << query);
        const auto plan = test::planAll(searcher, query);
        CHECK(pg.countDocuments(plan) == lite.countDocuments(plan));
        std::set<std::string> fromLite, fromPg;
        for (const auto id : lite.documentIds(plan)) fromLite.insert(a.sqliteHash.at(id));
        for (const auto id : pg.documentIds(plan)) fromPg.insert(a.pgHash.at(id));
        CHECK(fromPg == fromLite);
        CHECK(pg.timeline(plan).size() == lite.timeline(plan).size());
        // Every order but relevance (whose scores differ between bm25 and ts_rank_cd): the same rows in the same order,
        // whole, by offset pages and by keyset pages.
        for (const auto sort :
             {store::DocumentSort::DateDescending, store::DocumentSort::DateAscending, store::DocumentSort::Title}) {
            INFO("sort " << static_cast<int>(sort));
            auto q = plan;
            q.sort = sort;
            q.limit = -1;
            const auto whole = a.hashes(lite.documents(q), false);
            CHECK(a.hashes(pg.documents(q), true) == whole);
            q.limit = 3;
            std::vector<std::string> byKeyset;
            for (int page = 0; page < 10; ++page) {
                const auto rows = pg.documents(q);
                for (const auto& h : a.hashes(rows, true)) byKeyset.push_back(h);
                if (static_cast<std::int64_t>(rows.size()) < q.limit) break;
                q.after = rows.back().pageKey(q);
            }
            CHECK(byKeyset == whole);
            q.after.reset();
            q.offset = 2;
            const auto offsetPage = a.hashes(pg.documents(q), true);
            CHECK(offsetPage == std::vector<std::string>(whole.begin() + std::min<std::size_t>(2, whole.size()),
                                                         whole.begin() + std::min<std::size_t>(5, whole.size())));
        }
        // Relevance: the same set, each page after the one before, none twice.
        if (!plan.text.empty()) {
            auto q = plan;
            q.sort = store::DocumentSort::Relevance;
            q.limit = 2;
            std::set<std::string> seen;
            for (int page = 0; page < 20; ++page) {
                const auto rows = pg.documents(q);
                for (const auto& h : a.hashes(rows, true)) CHECK(seen.insert(h).second);
                if (static_cast<std::int64_t>(rows.size()) < q.limit) break;
                q.after = rows.back().pageKey(q);
            }
            CHECK(seen == fromLite);
        }
    }
    // A release read whole, with its raw text, its files and its snippet's marked words.
    store::DocumentQuery q = test::planAll(searcher, "Zakariyya Karachi");
    q.limit = 1;
    const auto row = pg.documents(q);
    REQUIRE(row.size() == 1);
    CHECK(row.front().snippet.find("[Karachi]") != std::string::npos);
    CHECK(row.front().snippet.find("[Zakariyyā]") != std::string::npos);
    const auto stored = pg.document(row.front().id);
    REQUIRE(stored);
    CHECK(stored->title == "Zakariyyā visits Karachi");
    CHECK(stored->raw == stored->body);
    CHECK(pg.locations(row.front().id).size() == 1);
    // Facet data: the same entities per release, by content hash and name.
    const auto lf = lite.facetData();
    const auto pf = pg.facetData();
    auto names = [](const store::FacetData& f, std::int64_t id) {
        std::set<std::string> out;
        if (static_cast<std::size_t>(id) + 1 >= f.offsets.size()) return out;
        for (auto i = f.offsets[static_cast<std::size_t>(id)]; i < f.offsets[static_cast<std::size_t>(id) + 1]; ++i) {
            const auto e = f.entityIds[i];
            out.insert(f.names.count(f.entities[e].canonical) ? f.names.at(f.entities[e].canonical) : "?");
        }
        return out;
    };
    for (const auto& [liteId, hash] : a.sqliteHash) {
        std::int64_t pgId = 0;
        for (const auto& [id, h] : a.pgHash)
            if (h == hash) pgId = id;
        INFO(hash);
        CHECK(names(pf, pgId) == names(lf, liteId));
        CHECK(pf.years[static_cast<std::size_t>(pgId)] == lf.years[static_cast<std::size_t>(liteId)]);
    }
}

TEST_CASE("the PostgreSQL writer stores a release once, follows its file and forgets it with its last file",
          "[pg][conformance]") {
    test::TestDatabase db;
    auto pg = db.connect();
    store::postgresql::migrate(pg);
    store::postgresql::PgArchiveWriter writer(pg);
    store::postgresql::PgArchiveReader reader(pg);
    Document d;
    d.title = "Harwick council meets";
    d.body = "The Harwick council met today to discuss the water budget for the coming year.";
    d.raw = d.body;
    d.encoding = "UTF-8";
    d.contentHash = "h1";
    d.simhash = 0x0123456789ABCDEFULL;
    d.location = {"/in/a.txt", 10, 1, "b1"};
    writer.begin();
    const auto first = writer.store(d, {});
    CHECK(first.newDocument);
    d.location.path = "/in/b.txt";
    CHECK_FALSE(writer.store(d, {}).newDocument);  // the same content: one more file
    // A near-duplicate re-issue is linked both ways.
    Document reissue = d;
    reissue.contentHash = "h2";
    reissue.body += " Updated.";
    reissue.simhash = d.simhash ^ 0x3;  // two bits apart
    reissue.location.path = "/in/c.txt";
    const auto second = writer.store(reissue, {});
    writer.commit();
    REQUIRE(reader.similar(first.documentId).size() == 1);
    CHECK(reader.similar(first.documentId).front().id == second.documentId);
    CHECK(reader.similar(second.documentId).front().distance == 2);
    CHECK(reader.locations(first.documentId) == std::vector<std::string>{"/in/a.txt", "/in/b.txt"});
    // The file's content changes: the file moves to a new release; the old one stays while another file holds it.
    writer.begin();
    Document changed = d;
    changed.contentHash = "h3";
    changed.body = "Entirely new text about roads.";
    changed.location.path = "/in/a.txt";
    CHECK(writer.store(changed, {}).replacedDocument);
    writer.removeFile("/in/b.txt");
    writer.commit();
    CHECK_FALSE(reader.document(first.documentId));  // its last file went
    CHECK(reader.stats().documents == 2);
    CHECK(pg.queryInt("SELECT value FROM content_generation") == 2);  // one per commit
}

TEST_CASE("saved searches and history on a server: each analyst's own, a saved search shared with the team",
          "[pg][conformance]") {
    test::TestDatabase db;
    auto admin = db.connect();
    store::postgresql::migrate(admin);
    const std::string other = "t_colleague_" + std::to_string(::getpid());
    admin.exec("DROP ROLE IF EXISTS " + other);
    admin.exec("CREATE ROLE " + other + " LOGIN SUPERUSER");  // (rights are server init's test; this is ownership)
    {
        store::postgresql::PgSearchMemory mine(admin);
        mine.save("fraud", "fraud date:2015");
        mine.save("fraud", "fraud date:2016");  // the same name: replaced
        CHECK(mine.saved().size() == 1);
        CHECK(mine.saved().front().query == "fraud date:2016");
        CHECK(mine.setWatched("fraud", true));
        CHECK_FALSE(mine.setWatched("nothing", true));
        mine.remember("fraud");
        mine.remember("fraud");  // the same as the last: once
        mine.remember("police");
        CHECK(mine.history() == std::vector<std::string>{"police", "fraud"});
        pg::Connection c(db.conninfo() + " user=" + other);
        store::postgresql::PgSearchMemory theirs(c);
        CHECK(theirs.saved().empty());    // not shared yet
        CHECK(theirs.history().empty());  // history is private
        CHECK(mine.setShared("fraud", true));
        const auto shared = theirs.saved();
        REQUIRE(shared.size() == 1);
        CHECK(shared.front().name == "fraud (postgres)");
        CHECK_FALSE(shared.front().watched);  // watching is the owner's
        CHECK_FALSE(theirs.remove("fraud"));  // only its owner removes it
        CHECK(mine.remove("fraud"));
        CHECK(theirs.saved().empty());
    }
    admin.exec("DROP ROLE " + other);
}

TEST_CASE("the PostgreSQL entity reader lists, resolves and profiles as the SQLite one", "[pg][conformance]") {
    TwoArchives a;
    search::Searcher searcher(a.sqlite);
    auto& lite = a.sqlite.entities();
    store::postgresql::PgEntityReader pg(a.pg);
    auto hashOf = [&](std::int64_t id, bool fromPg) { return (fromPg ? a.pgHash : a.sqliteHash).at(id); };
    for (const std::string query : {"", "UNODC", "-agency:UNODC", "met", "date:2014..2022", "held:2017"}) {
        INFO("query: " << query);
        const auto litePlan = test::planAll(searcher, query);
        // Each archive numbers its own entities: a filter's ids are the server's own there.
        auto plan = litePlan;
        for (auto& c : plan.entities) c.entityIds = pg.resolve(EntityType::Agency, "UNODC");
        for (const auto type : {EntityType::Person, EntityType::Agency, EntityType::Location}) {
            for (const auto sort : {store::EntitySort::Documents, store::EntitySort::Name}) {
                auto names = [](const std::vector<store::EntityRow>& rows) {
                    std::vector<std::pair<std::string, std::int64_t>> out;
                    for (const auto& r : rows) out.emplace_back(r.name, r.documents * 1000 + r.mentions);
                    return out;
                };
                const auto expected = names(lite.entities(type, litePlan, sort));
                CHECK(names(pg.entities(type, plan, sort)) == expected);
                // Keyset pages of 3 give the same list.
                auto q = plan;
                q.limit = 3;
                std::vector<std::pair<std::string, std::int64_t>> paged;
                for (int page = 0; page < 50; ++page) {
                    const auto rows = pg.entities(type, q, sort);
                    for (const auto& r : names(rows)) paged.push_back(r);
                    if (rows.size() < 3) break;
                    q.after = store::EntityReader::pageKey(rows.back());
                }
                CHECK(paged == expected);
            }
        }
        if (query.empty()) {
            // The bare acronym's release counts for the body that spells it out; no agency "PNCB" of its own.
            const auto agencies = pg.entities(EntityType::Agency, plan, store::EntitySort::Name);
            const auto board = std::find_if(agencies.begin(), agencies.end(), [](const store::EntityRow& r) {
                return r.name == "Provincial Narcotics Control Board";
            });
            REQUIRE(board != agencies.end());
            CHECK(board->documents == 2);
            CHECK(std::none_of(agencies.begin(), agencies.end(),
                               [](const store::EntityRow& r) { return r.name == "PNCB"; }));
        }
        auto meetings = [&](const std::vector<store::MeetingRow>& rows, bool fromPg) {
            std::vector<std::string> out;
            for (const auto& m : rows) {
                std::string agencies, people;
                for (const auto& x : m.agencies) agencies += x + "|";
                for (const auto& x : m.people) people += x + "|";
                out.push_back(hashOf(m.documentId, fromPg) + " " + m.kind + " " + m.date + " " + m.location + " " +
                              agencies + " " + people + std::to_string(m.start));
            }
            return out;
        };
        CHECK(meetings(pg.meetings(plan), true) == meetings(lite.meetings(litePlan), false));
        auto dates = [&](const std::vector<store::DateRow>& rows, bool fromPg) {
            std::vector<std::string> out;
            for (const auto& d : rows) out.push_back(hashOf(d.documentId, fromPg) + " " + d.iso + " " + d.text);
            return out;
        };
        CHECK(dates(pg.dates(plan), true) == dates(lite.dates(litePlan), false));
        auto pairs = [](const std::vector<store::PairRow>& rows) {
            std::vector<std::string> out;
            for (const auto& p : rows) out.push_back(p.person + " / " + p.agency + " " + std::to_string(p.documents));
            return out;
        };
        CHECK(pairs(pg.cooccurrences(plan)) == pairs(lite.cooccurrences(litePlan)));
        const auto lf = lite.facets(litePlan, 5);
        const auto pf = pg.facets(plan, 5);
        auto values = [](const std::vector<store::FacetValue>& v) {
            std::vector<std::string> out;
            for (const auto& x : v) out.push_back(x.filter + " " + std::to_string(x.documents));
            return out;
        };
        CHECK(values(pf.agencies) == values(lf.agencies));
        CHECK(values(pf.kinds) == values(lf.kinds));
        CHECK(values(pf.years) == values(lf.years));
    }
    for (const auto& [type, name] : std::vector<std::pair<EntityType, std::string>>{
             {EntityType::Agency, "UNODC"},
             {EntityType::Agency, "United Nations Office on Drugs and Crime"},
             {EntityType::Person, "Milsom"},
             {EntityType::Location, "Islamabad"},
             {EntityType::Person, "nobody at all"}}) {
        INFO(name);
        CHECK(pg.resolve(type, name).size() == lite.resolve(type, name).size());
        const auto lp = lite.profile(type, name, 10);
        const auto pp = pg.profile(type, name, 10);
        REQUIRE(lp.has_value() == pp.has_value());
        if (!lp) continue;
        CHECK(pp->name == lp->name);
        CHECK(pp->documents == lp->documents);
        CHECK(pp->mentions == lp->mentions);
        CHECK(pp->aliases.size() == lp->aliases.size());
        CHECK(pp->meetingCount == lp->meetingCount);
        CHECK(pp->agencies == lp->agencies);
        CHECK(pp->people == lp->people);
        CHECK(pp->firstDate == lp->firstDate);
        CHECK(pp->roles.size() == lp->roles.size());
    }
    // Mentions of each release for highlighting, and the names an export lists.
    for (const auto& [liteId, hash] : a.sqliteHash) {
        std::int64_t pgId = 0;
        for (const auto& [id, h] : a.pgHash)
            if (h == hash) pgId = id;
        auto spans = [](const std::vector<store::MentionRow>& rows) {
            std::vector<std::string> out;
            for (const auto& m : rows)
                out.push_back(m.type + " " + m.name + " " + std::to_string(m.start) + " " + m.rule);
            return out;
        };
        CHECK(spans(pg.mentions(pgId)) == spans(lite.mentions(liteId)));
        CHECK(pg.entityNames(pgId).agencies == lite.entityNames(liteId).agencies);
    }
    CHECK(pg.completionTerms(20) == lite.completionTerms(20));
}
