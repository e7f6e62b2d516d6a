// Extracted entities in the archive: filters by person, agency and place honour aliases and acronyms; lists and
// facet-like counts; analyst corrections apply at once and survive re-ingest; v1 archives migrate with a backup.

#include <filesystem>

#include "extract/extractor.hpp"
#include "ingest/ingester.hpp"
#include "search/searcher.hpp"
#include "store/archive_check.hpp"
#include "store/archive_reader.hpp"
#include "store/corrections.hpp"
#include "store/marks.hpp"
#include "store/search_memory.hpp"
#include "store/sqlite/schema.hpp"
#include "store/sqlite/sqlite_archive.hpp"
#include "support/sample_archive.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
namespace fs = std::filesystem;

namespace {
ingest::IngestReport ingestWithExtraction(store::Archive& archive, const fs::path& dir) {
    std::atomic<bool> cancel{false};
    return ingest::Ingester(archive, {}, extract::defaultAnalyzer()).run({dir}, cancel);
}

std::int64_t count(search::Searcher& s, const std::string& q) {
    search::SearchRequest r;
    r.query = q;
    const auto result = s.search(r);
    REQUIRE(result.ran);
    return result.total;
}

std::vector<std::string> entityNames(search::Searcher& s, EntityType type, const std::string& q = "") {
    std::vector<std::string> out;
    for (const auto& e : s.entities().entities(type, test::planAll(s, q))) out.push_back(e.name);
    return out;
}

// Copies the samples into dir/in and returns where their archive goes.
fs::path samplesArchivePath(const test::TempDir& dir) {
    test::copySamples(dir / "in");
    return dir / "a.bulletin";
}

// The five samples, ingested with extraction.
struct ExtractedSamples final {
    test::TempDir dir;
    store::Archive archive{samplesArchivePath(dir)};
    ExtractedSamples() { ingestWithExtraction(archive, dir / "in"); }
};

bool contains(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}
}  // namespace

TEST_CASE("entity filters honour acronyms, aliases and surnames", "[entities]") {
    ExtractedSamples samples;
    auto& archive = samples.archive;
    search::Searcher s(archive);
    CHECK(count(s, "agency:UNODC") == 4);
    CHECK(count(s, "agency:\"United Nations Office on Drugs and Crime\"") == 4);
    CHECK(count(s, "agency:nacta") == 2);
    CHECK(count(s, "person:\"Zakariyya Mansoor\"") == 1);
    CHECK(count(s, "person:\"BG Mansoor\"") == 1);
    CHECK(count(s, "person:Kapinos") == 1);
    CHECK(count(s, "location:Islamabad") == 3);
    CHECK(count(s, "location:UK") == 1);
    CHECK(count(s, "agency:UNODC -location:Karachi") == 3);
    CHECK(count(s, "kind:training") == 1);
    CHECK(count(s, "kind:workshop agency:NCTC") == 1);
    CHECK(count(s, "person:Nobody") == 0);
    search::SearchRequest r;
    r.query = "kind:party";
    CHECK_FALSE(s.search(r).ran);
    // Notices about a filter point at the filter.
    r.query = "meeting kind:party";
    REQUIRE_FALSE(s.search(r).notices.empty());
    CHECK(s.search(r).notices.front().position == 8);
    r.query = "Karachi person:Nobody";
    const auto unknown = s.search(r);
    REQUIRE(unknown.notices.size() == 1);
    CHECK(unknown.notices.front().message == "no person named 'Nobody' in this archive");
    CHECK(unknown.notices.front().position == 8);
}

TEST_CASE("an acronym defined in one release resolves the bare acronym in another", "[entities]") {
    test::TempDir dir;
    test::writeFile(dir / "in" / "a.txt",
                    "Officials meet\n\nThe Provincial Narcotics Control Board (PNCB) met in Lahore on 3 May 2021.");
    test::writeFile(dir / "in" / "b.txt", "Raids planned\n\nPNCB officers raided two warehouses on 9 June 2021.");
    test::writeFile(dir / "in" / "c.txt",
                    "Second meeting\n\nThe Provincial Narcotics Control Board held a second meeting in Multan.");
    store::Archive archive(dir / "a.bulletin");
    ingestWithExtraction(archive, dir / "in");
    search::Searcher s(archive);
    CHECK(count(s, "agency:PNCB") == 3);
    CHECK(count(s, "agency:\"Provincial Narcotics Control Board\"") == 3);
    CHECK(contains(entityNames(s, EntityType::Agency), "Provincial Narcotics Control Board"));
    CHECK_FALSE(contains(entityNames(s, EntityType::Agency), "PNCB"));
}

TEST_CASE("an agency named by a bare acronym is the body another release spells out, unless the analyst marked it",
          "[entities]") {
    test::TempDir dir;
    test::writeFile(dir / "in" / "a.txt",
                    "Officials meet\n\nThe Provincial Narcotics Control Board (PNCB) met in Lahore on 3 May 2021.");
    test::writeFile(dir / "later" / "b.txt", "Raids\n\nPNCB said it raided two warehouses on 9 June 2021.");
    {
        // The bare acronym first, alone: an agency of its own, for nothing says what it stands for.
        store::Archive archive(dir / "one.bulletin");
        ingestWithExtraction(archive, dir / "later");
        search::Searcher s(archive);
        CHECK(contains(entityNames(s, EntityType::Agency), "PNCB"));
        // Then the release that spells it out: one body, in both releases.
        ingestWithExtraction(archive, dir / "in");
        search::Searcher after(archive);
        CHECK_FALSE(contains(entityNames(after, EntityType::Agency), "PNCB"));
        CHECK(count(after, "agency:\"Provincial Narcotics Control Board\"") == 2);
        CHECK(count(after, "agency:PNCB") == 2);
        // Its mention in the raids release is highlighted as the body's.
        const auto raids = after.search(search::SearchRequest{"warehouses"}).rows;
        REQUIRE(raids.size() == 1);
        const auto mentions = after.entities().mentions(raids[0].id);
        CHECK(std::any_of(mentions.begin(), mentions.end(), [](const store::MentionRow& m) {
            return m.type == "agency" && m.name == "Provincial Narcotics Control Board";
        }));
    }
    {
        // An agency the analyst has tagged stays as they left it.
        store::Archive archive(dir / "two.bulletin");
        ingestWithExtraction(archive, dir / "later");
        REQUIRE(archive.marks().addEntityTag({EntityType::Agency, "pncb", "PNCB"}, "watch"));
        ingestWithExtraction(archive, dir / "in");
        search::Searcher s(archive);
        CHECK(contains(entityNames(s, EntityType::Agency), "PNCB"));
        CHECK(contains(entityNames(s, EntityType::Agency), "Provincial Narcotics Control Board"));
    }
}

TEST_CASE("entity lists count documents within the query", "[entities]") {
    ExtractedSamples samples;
    auto& archive = samples.archive;
    search::Searcher s(archive);
    search::SearchRequest r;
    std::vector<search::QueryNotice> notices;
    auto all = s.plan(r, notices);
    const auto agencies = s.entities().entities(EntityType::Agency, *all);
    REQUIRE_FALSE(agencies.empty());
    CHECK(agencies[0].name == "United Nations Office on Drugs and Crime");
    CHECK(agencies[0].documents == 4);
    CHECK(contains(entityNames(s, EntityType::Person, "date:2022"), "Muhammad Tahir Rai"));
    CHECK_FALSE(contains(entityNames(s, EntityType::Person, "date:2022"), "Sergey Kapinos"));
    const auto meetings = s.entities().meetings(*all);
    CHECK(meetings.size() == 6);
    const auto dates = s.entities().dates(*all);
    CHECK(std::any_of(dates.begin(), dates.end(), [](const store::DateRow& d) { return d.iso == "2017-05-25"; }));
    // Mentions keep their offsets into "title\n\nbody" and their rule.
    auto doc = s.reader().document(s.search(search::SearchRequest{"Kapinos"}).rows.at(0).id);
    REQUIRE(doc);
    const std::string text = doc->title + "\n\n" + doc->body;
    const auto mentions = s.entities().mentions(doc->id);
    REQUIRE(mentions.size() > 10);
    for (const auto& m : mentions) CHECK_FALSE(m.rule.empty());
    CHECK(std::any_of(mentions.begin(), mentions.end(), [&](const store::MentionRow& m) {
        return text.substr(static_cast<std::size_t>(m.start), static_cast<std::size_t>(m.end - m.start)) ==
               "Brigadier General Zakariyya Mansoor";
    }));
}

TEST_CASE("corrections apply at once and survive re-ingest", "[entities][corrections]") {
    ExtractedSamples samples;
    auto& archive = samples.archive;
    const auto& dir = samples.dir;
    auto& corrections = archive.corrections();
    corrections.merge(EntityType::Person, "Muhammad Tahir Rai", "Jeremy Milsom");
    corrections.rename(EntityType::Agency, "UNODC", "UN Office on Drugs and Crime");
    corrections.addAlias(EntityType::Agency, "NACTA", "Counter-Terror Authority");
    corrections.hide(EntityType::Location, "South Asia");
    CHECK_THROWS_AS(corrections.hide(EntityType::Location, "Atlantis"), store::CorrectionError);
    CHECK_THROWS_AS(corrections.merge(EntityType::Person, "Jeremy Milsom", "Mr Rai"), store::CorrectionError);

    auto check = [&] {
        search::Searcher s(archive);
        const auto people = entityNames(s, EntityType::Person);
        CHECK(contains(people, "Jeremy Milsom"));
        CHECK_FALSE(contains(people, "Muhammad Tahir Rai"));
        CHECK(count(s, "person:\"Muhammad Tahir Rai\"") == 1);
        CHECK(contains(entityNames(s, EntityType::Agency), "UN Office on Drugs and Crime"));
        CHECK(count(s, "agency:\"UN Office on Drugs and Crime\"") == 4);
        CHECK(count(s, "agency:\"counter-terror authority\"") == 2);
        CHECK_FALSE(contains(entityNames(s, EntityType::Location), "South Asia"));
    };
    check();
    // Re-ingest with changed files: documents and their extracted rows are replaced, corrections stay.
    for (const auto& e : fs::directory_iterator(dir / "in")) {
        std::string text = test::readFile(e.path());
        test::writeFile(e.path(), text + "\n\nUpdated.");
        fs::last_write_time(e.path(), fs::last_write_time(e.path()) + std::chrono::seconds(10));
    }
    auto report = ingestWithExtraction(archive, dir / "in");
    // Four releases change; the fifth's addition falls in its page footer, so its clean text is the same.
    CHECK(report.progress.added == 4);
    CHECK(report.progress.duplicates == 1);
    check();
    CHECK(archive.check().ok());
    // Extracted rows of replaced documents are gone with them.
    CHECK(store::sqliteDatabase(archive).queryInt("SELECT count(DISTINCT document_id) FROM document_entities") == 5);
    CHECK(store::sqliteDatabase(archive).queryInt(
              "SELECT count(*) FROM document_mentions WHERE document_id NOT IN (SELECT id FROM documents)") == 0);
}

TEST_CASE("corrections are undone and redone in order, and any one can be reverted from the history",
          "[entities][corrections][undo]") {
    ExtractedSamples samples;
    auto& archive = samples.archive;
    auto& corrections = archive.corrections();
    auto people = [&] {
        search::Searcher s(archive);
        return entityNames(s, EntityType::Person);
    };
    auto places = [&] {
        search::Searcher s(archive);
        return entityNames(s, EntityType::Location);
    };
    CHECK_FALSE(corrections.undo());  // nothing to undo yet
    corrections.hide(EntityType::Location, "South Asia");
    corrections.merge(EntityType::Person, "Muhammad Tahir Rai", "Jeremy Milsom");
    REQUIRE_FALSE(contains(people(), "Muhammad Tahir Rai"));

    // Undo takes back the newest first, and says what it took back.
    const auto undone = corrections.undo();
    REQUIRE(undone);
    CHECK(undone->action == "merge");
    CHECK(store::describe(*undone) == "merge person 'Muhammad Tahir Rai' into 'Jeremy Milsom'");
    CHECK(contains(people(), "Muhammad Tahir Rai"));
    CHECK_FALSE(contains(places(), "South Asia"));
    REQUIRE(corrections.undo());
    CHECK(contains(places(), "South Asia"));
    CHECK_FALSE(corrections.undo());

    // Redo puts them back in the order they were undone.
    REQUIRE(corrections.redo());
    CHECK(corrections.history().front().undone);  // the merge, still undone
    CHECK_FALSE(contains(places(), "South Asia"));
    REQUIRE(corrections.redo());
    CHECK_FALSE(contains(people(), "Muhammad Tahir Rai"));
    CHECK_FALSE(corrections.redo());

    // A new correction after an undo ends the redo chain, as in an editor.
    REQUIRE(corrections.undo());
    corrections.rename(EntityType::Agency, "NACTA", "National Counter Terrorism Authority (renamed)");
    CHECK_FALSE(corrections.redo());

    // The history holds everything, newest first, undone ones marked; any one can be reverted and restored.
    const auto history = corrections.history();
    REQUIRE(history.size() == 3);
    CHECK(history[0].action == "rename");
    CHECK(history[1].action == "merge");
    CHECK(history[1].undone);
    CHECK_FALSE(history[2].undone);
    corrections.revert(history[2].id);  // the hide, under the newer rename
    CHECK(contains(places(), "South Asia"));
    corrections.restore(history[1].id);
    CHECK_FALSE(contains(people(), "Muhammad Tahir Rai"));
    CHECK_THROWS_AS(corrections.revert(999999), store::CorrectionError);
    CHECK(archive.check().ok());
}

TEST_CASE("undoing one merge of a chain leaves the others in effect", "[entities][corrections][undo]") {
    ExtractedSamples samples;
    auto& archive = samples.archive;
    auto& corrections = archive.corrections();
    auto agencies = [&] {
        search::Searcher s(archive);
        return entityNames(s, EntityType::Agency);
    };
    const auto before = agencies();
    REQUIRE(before.size() >= 3);
    // A into B, then B into C: A is C. Undoing B into C makes A B again, not C, and not itself.
    const std::string a = before[before.size() - 1], b = before[before.size() - 2], c = before[before.size() - 3];
    corrections.merge(EntityType::Agency, a, b);
    corrections.merge(EntityType::Agency, b, c);
    {
        search::Searcher s(archive);
        CHECK(count(s, "agency:\"" + a + "\"") == count(s, "agency:\"" + c + "\""));
    }
    REQUIRE(corrections.undo());
    const auto after = agencies();
    CHECK(contains(after, b));
    CHECK_FALSE(contains(after, a));
    CHECK(contains(after, c));
    // Putting back a merge that would close a loop is refused: merge B into A's target, then restore A into B.
    corrections.revert(corrections.history().back().id);  // A into B taken back
    corrections.merge(EntityType::Agency, b, a);
    CHECK_THROWS_AS(corrections.restore(corrections.history().back().id), store::CorrectionError);
}

TEST_CASE("a version-1 archive migrates to the current schema with a backup", "[entities][store]") {
    test::TempDir dir;
    const auto file = dir / "old.bulletin";
    {
        // Build a v1 archive by hand: the v1 schema only.
        store::Archive current(file);
        store::sqliteDatabase(current).exec(
            "DROP VIEW resolved_entities; DROP TABLE entity_overrides; DROP TABLE saved_searches; DROP TABLE "
            "search_history; DROP TABLE corrections; DROP TABLE meeting_participants; DROP TABLE meetings;"
            "DROP TABLE acronym_mentions; DROP TABLE dates; DROP TABLE document_mentions; DROP TABLE "
            "document_entities; DROP TABLE entity_aliases;"
            "DROP TABLE entities; PRAGMA user_version = 1;");
    }
    store::Archive upgraded(file);
    CHECK(store::schemaVersion(store::sqliteDatabase(upgraded)) == store::currentSchemaVersion());
    CHECK(fs::exists(dir / "old.bulletin.v1.bak"));
    CHECK(store::sqliteDatabase(upgraded).queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'corrections'") ==
          1);
}

TEST_CASE("a version-2 archive's plain raw text is compressed by the upgrade and reads back the same",
          "[entities][store]") {
    test::TempDir dir;
    const auto file = dir / "v2.bulletin";
    const std::string raw = "Skip to content\nUNODC and NCTC meet in Karachi\nShare this:\n";
    std::int64_t id = 0;
    {
        store::Archive current(file);
        store::sqliteDatabase(current).exec(
            "INSERT INTO documents (content_hash, path, title, body, raw, encoding, size, mtime, added_at)"
            " VALUES ('h', '/a.txt', 'UNODC and NCTC meet in Karachi', 'Body.', '" +
            raw +
            "', 'UTF-8', 1, 1, 1);"
            "PRAGMA user_version = 2;");
        id = store::sqliteDatabase(current).lastInsertRowid();
        CHECK(store::sqliteDatabase(current).queryInt("SELECT typeof(raw) = 'text' FROM documents") == 1);
    }
    store::Archive upgraded(file);
    CHECK(store::schemaVersion(store::sqliteDatabase(upgraded)) == store::currentSchemaVersion());
    CHECK(fs::exists(dir / "v2.bulletin.v2.bak"));
    CHECK(store::sqliteDatabase(upgraded).queryInt("SELECT typeof(raw) = 'blob' FROM documents") == 1);
    const auto doc = upgraded.reader().document(id);
    REQUIRE(doc);
    CHECK(doc->raw == raw);
    CHECK(doc->title == "UNODC and NCTC meet in Karachi");
}

TEST_CASE("facet counts equal the results of their filters, co-occurrence pairs", "[entities][facets]") {
    ExtractedSamples samples;
    auto& archive = samples.archive;
    search::Searcher s(archive);
    for (const std::string query : {"", "UNODC", "meeting -Karachi"}) {
        search::SearchRequest r;
        r.query = query;
        std::vector<search::QueryNotice> notices;
        auto plan = s.plan(r, notices);
        REQUIRE(plan);
        const auto f = s.entities().facets(*plan, 5);
        CHECK_FALSE(f.agencies.empty());
        CHECK_FALSE(f.years.empty());
        // Brute force: each facet's count is the number of results once its filter is added.
        for (const auto* facet : {&f.agencies, &f.people, &f.locations, &f.kinds, &f.years})
            for (const auto& v : *facet) {
                INFO(query << " + " << v.filter);
                CHECK(count(s, query + " " + v.filter) == v.documents);
            }
    }
    search::SearchRequest r;
    std::vector<search::QueryNotice> notices;
    auto all = s.plan(r, notices);
    const auto pairs = s.entities().cooccurrences(*all);
    REQUIRE_FALSE(pairs.empty());
    CHECK(std::any_of(pairs.begin(), pairs.end(), [](const store::PairRow& p) {
        return p.person == "Graeme Biggar" && p.agency == "National Crime Agency" && p.documents == 1;
    }));
}

namespace {
void requireSameFacets(const store::Facets& memory, const store::Facets& sql) {
    const std::pair<const std::vector<store::FacetValue>*, const std::vector<store::FacetValue>*> facets[] = {
        {&memory.agencies, &sql.agencies},
        {&memory.people, &sql.people},
        {&memory.locations, &sql.locations},
        {&memory.kinds, &sql.kinds},
        {&memory.years, &sql.years}};
    for (const auto& [m, q] : facets) {
        REQUIRE(m->size() == q->size());
        for (std::size_t i = 0; i < m->size(); ++i) {
            INFO((*q)[i].filter);
            CHECK((*m)[i].documents == (*q)[i].documents);
            // Ties in count may list names in another order; the set of values with a count is the same.
            if (i + 1 < m->size() && (*q)[i].documents != (*q)[i + 1].documents &&
                (i == 0 || (*q)[i - 1].documents != (*q)[i].documents))
                CHECK((*m)[i].filter == (*q)[i].filter);
        }
    }
}
}  // namespace

TEST_CASE("facets counted in memory equal facets counted in SQL, before and after corrections", "[entities][facets]") {
    ExtractedSamples samples;
    auto& archive = samples.archive;
    search::Searcher s(archive);
    auto compare = [&] {
        for (const std::string query :
             {"", "UNODC", "meeting -Karachi", "agency:UNODC", "date:2018", "kind:training"}) {
            INFO(query);
            search::SearchRequest r;
            r.query = query;
            std::vector<search::QueryNotice> notices;
            auto plan = s.plan(r, notices);
            REQUIRE(plan);
            requireSameFacets(s.facets(*plan, 50), s.entities().facets(*plan, 50));
        }
    };
    compare();
    // Corrections change what facets show; the in-memory index notices the archive changed.
    auto& corrections = archive.corrections();
    corrections.merge(EntityType::Agency, "UNODC Country Office Pakistan", "United Nations Office on Drugs and Crime");
    corrections.hide(EntityType::Location, "Karachi");
    corrections.rename(EntityType::Person, "Graeme Biggar", "Graeme R. Biggar");
    compare();
    search::SearchRequest r;
    std::vector<search::QueryNotice> notices;
    const auto f = s.facets(*s.plan(r, notices), 50);
    CHECK(std::none_of(f.locations.begin(), f.locations.end(), [](const auto& v) { return v.value == "Karachi"; }));
    CHECK(std::any_of(f.people.begin(), f.people.end(), [](const auto& v) { return v.value == "Graeme R. Biggar"; }));
}

TEST_CASE("saved searches and history are kept in the archive", "[search][memory]") {
    test::TempDir dir;
    store::Archive archive(dir / "a.bulletin");
    auto& memory = archive.searchMemory();
    memory.save("UNODC trainings", "agency:UNODC kind:training");
    memory.save("Agencies in Balochistan", "location:Balochistan", "agencies");
    memory.save("UNODC trainings", "agency:UNODC kind:workshop");  // replaces
    const auto saved = memory.saved();
    REQUIRE(saved.size() == 2);
    CHECK(saved[0].name == "Agencies in Balochistan");
    CHECK(saved[0].list == "agencies");
    CHECK(saved[1].query == "agency:UNODC kind:workshop");
    CHECK(memory.remove("Agencies in Balochistan"));
    CHECK_FALSE(memory.remove("nothing"));
    for (const char* q : {"UNODC", "UNODC", "  ", "Karachi", "UNODC"}) memory.remember(q);
    CHECK(memory.history() == std::vector<std::string>{"UNODC", "Karachi"});
    for (int i = 0; i < 600; ++i) memory.remember("query " + std::to_string(i));
    CHECK(store::sqliteDatabase(archive).queryInt("SELECT count(*) FROM search_history") ==
          store::SearchMemory::kHistoryLimit);
    CHECK(memory.history(3) == std::vector<std::string>{"query 599", "query 598", "query 597"});
}
