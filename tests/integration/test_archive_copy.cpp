// Copying an archive into another (`bulletin-cli copy`): every release with all its files and extracted data,
// rejected files, corrections in effect with their times, marks without undo steps, saved searches with what is new
// in them; the copy shows the same lists and answers the same queries. Engine to engine (file <-> server) is in
// tests/pg; here file to file, which runs the same code on both sides.

#include <filesystem>

#include "search/watched_searches.hpp"
#include "store/archive_reader.hpp"
#include "store/archive_transfer.hpp"
#include "store/corrections.hpp"
#include "store/error.hpp"
#include "store/marks.hpp"
#include "store/search_memory.hpp"
#include "support/sample_archive.hpp"

using namespace bulletin;
namespace fs = std::filesystem;

namespace {

void ingestFolder(store::Archive& archive, const fs::path& dir) {
    std::atomic<bool> cancel{false};
    ingest::Ingester(archive, {}, extract::defaultAnalyzer()).run({dir}, cancel);
}

std::vector<std::pair<std::string, std::int64_t>> answers(store::Archive& archive) {
    search::Searcher searcher(archive);
    std::vector<std::pair<std::string, std::int64_t>> out;
    for (const std::string query :
         {"", "UNODC", "agency:UNODC", "person:Milsom", "location:Islamabad meeting", "kind:training", "is:starred",
          "tag:\"to verify\"", "has:note", "note:check", "date:2018..2022", "\"working group\" -Karachi"}) {
        search::SearchRequest r;
        r.query = query;
        r.limit = 100;
        r.sort = store::DocumentSort::DateAscending;
        const auto result = searcher.search(r);
        INFO(query);
        REQUIRE(result.ran);
        std::string titles;
        for (const auto& row : result.rows) titles += row.title + "|";
        out.emplace_back(query + " -> " + titles, result.total);
    }
    return out;
}

// The samples, one of them at a second path, a file that is rejected, corrections (one undone), marks on releases
// and entities, a watched search with one release new since it was last looked at, and some history.
struct SourceArchive final {
    test::TempDir dir;
    store::Archive archive{dir / "source.bulletin"};

    SourceArchive() {
        test::copySamples(dir / "in");
        const auto first = *fs::directory_iterator(dir / "in");
        fs::copy_file(first.path(), dir / "in" / "zz-same-content.txt");
        test::writeFile(dir / "in" / "empty.txt", "");
        ingestFolder(archive, dir / "in");

        auto& corrections = archive.corrections();
        corrections.hide(EntityType::Agency, "UNODC");
        corrections.rename(EntityType::Location, "Islamabad", "Islamabad Capital");
        corrections.addAlias(EntityType::Location, "Quetta", "Shal");
        corrections.hide(EntityType::Location, "Karachi");
        (void)corrections.undo();  // Karachi stays

        search::Searcher searcher(archive);
        search::SearchRequest r;
        r.query = "training";
        r.limit = 100;
        std::vector<std::int64_t> training;
        for (const auto& row : searcher.search(r).rows) training.push_back(row.id);
        REQUIRE(training.size() >= 2);
        auto& marks = archive.marks();
        (void)marks.setStarred(training, true);
        (void)marks.addTag({training.front()}, "to verify");
        (void)marks.setNote({training.back()}, "check the dates");
        const auto person = marks.findEntity(EntityType::Person, "Milsom");
        (void)marks.addEntityTag(person, "contact");
        (void)marks.setEntityNote(person, "met twice");

        auto& memory = archive.searchMemory();
        memory.save("meetings in Islamabad", "location:Islamabad meeting");
        memory.save("all", "");
        REQUIRE(memory.setWatched("all", true));
        memory.remember("UNODC");
        memory.remember("kind:training");
        test::writeFile(dir / "later" / "new.txt",
                        "Police hold workshop\n\nLahore, 5 May 2023. The Punjab Police held a workshop on cyber "
                        "crime for investigators from three districts.\n");
        ingestFolder(archive, dir / "later");
    }
};

std::int64_t freshIn(store::Archive& archive, const std::string& name) {
    search::Searcher searcher(archive);
    for (const auto& w : search::watchedStatus(searcher))
        if (w.search.name == name) return w.fresh;
    FAIL("no watched search " << name);
    return -1;
}

}  // namespace

TEST_CASE("a copied archive shows the same lists, marks and answers as its source", "[copy]") {
    SourceArchive source;
    store::Archive copy(source.dir / "copy.bulletin");
    const auto report = store::copyArchive(source.archive, copy);

    const auto stats = source.archive.reader().stats();
    CHECK(report.releases == stats.documents);
    CHECK(report.files == stats.files);
    CHECK(report.rejectedFiles == 1);
    CHECK(report.corrections == 3);  // the undone one is left out
    CHECK(report.markedReleases >= 2);
    CHECK(report.markedEntities == 1);
    CHECK(report.savedSearches == 2);
    CHECK(report.historyEntries == 2);
    CHECK(report.notes.empty());

    CHECK(store::compareArchives(source.archive, copy).empty());
    CHECK(answers(source.archive) == answers(copy));
    CHECK(copy.reader().errors().size() == 1);
    CHECK(copy.reader().stats().duplicateFiles == stats.duplicateFiles);

    // Corrections keep their times and are in effect; none is undone, so the copy's first undo takes back the newest.
    const auto before = source.archive.corrections().history();
    const auto after = copy.corrections().history();
    REQUIRE(after.size() == 3);
    CHECK(after.front().action == "alias");
    CHECK(after.front().at == before[1].at);
    CHECK(copy.entities().resolve(EntityType::Agency, "UNODC").empty());
    CHECK_FALSE(copy.entities().resolve(EntityType::Location, "Shal").empty());
    CHECK_FALSE(copy.entities().resolve(EntityType::Location, "Karachi").empty());

    // Marks arrive as they are, not as steps to undo; the entity's marks hang on its key.
    CHECK(copy.marks().history().empty());
    const auto person = copy.marks().findEntity(EntityType::Person, "Milsom");
    CHECK(copy.marks().entity(person).note == "met twice");
    CHECK(copy.marks().entity(person).tags == std::vector<std::string>{"contact"});

    // The watched search has the same one new release; the history the same queries, newest first.
    CHECK(freshIn(source.archive, "all") == 1);
    CHECK(freshIn(copy, "all") == 1);
    CHECK(copy.searchMemory().history() == source.archive.searchMemory().history());
}

TEST_CASE("a copy goes only into an empty archive, and a cancelled copy says what it left", "[copy]") {
    SourceArchive source;
    SECTION("a destination with releases is refused, unchanged") {
        store::Archive other(source.dir / "other.bulletin");
        ingestFolder(other, source.dir / "later");
        try {
            (void)store::copyArchive(source.archive, other);
            FAIL("copied into an archive that has releases");
        } catch (const store::Error& e) {
            CHECK(e.kind() == store::Error::Kind::Rejected);
            CHECK(std::string(e.what()).find("already holds 1 release;") != std::string::npos);
        }
        CHECK(other.reader().stats().documents == 1);
    }
    SECTION("cancelling stops after the batch in hand, and says what the destination keeps") {
        store::Archive copy(source.dir / "copy.bulletin");
        const auto all = source.archive.reader().stats().documents;
        REQUIRE(all > 2);
        try {
            (void)store::copyArchive(
                source.archive, copy,
                [&](const store::CopyProgress& p) {
                    CHECK(p.total == all);
                    return false;
                },
                2);
            FAIL("the copy went on after it was cancelled");
        } catch (const store::Error& e) {
            CHECK(e.kind() == store::Error::Kind::Interrupted);
            CHECK(std::string(e.what()).find("holds the first 2 releases of " + std::to_string(all)) !=
                  std::string::npos);
        }
        CHECK(copy.reader().stats().documents == 2);
    }
}

TEST_CASE("comparing archives names what differs", "[copy]") {
    SourceArchive source;
    store::Archive copy(source.dir / "copy.bulletin");
    (void)store::copyArchive(source.archive, copy);
    copy.corrections().hide(EntityType::Location, "Quetta");
    (void)copy.marks().addTag({copy.reader().documents(store::DocumentQuery{}).front().id}, "extra");
    const auto differences = store::compareArchives(source.archive, copy);
    REQUIRE(differences.size() >= 3);
    auto mentions = [&](const std::string& what) {
        return std::any_of(differences.begin(), differences.end(),
                           [&](const std::string& d) { return d.rfind(what, 0) == 0; });
    };
    CHECK(mentions("places: "));
    CHECK(mentions("releases and their marks: "));
    CHECK(mentions("tags: "));
}
