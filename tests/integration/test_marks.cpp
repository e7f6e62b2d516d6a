// The analyst's marks: stars, tags and notes on releases and entities, the query forms that find them, marks that
// follow a changed file and go with a release's last file, and undo/redo of whole steps.

#include <filesystem>

#include "export/list_export.hpp"
#include "extract/extractor.hpp"
#include "ingest/ingester.hpp"
#include "search/searcher.hpp"
#include "store/archive_check.hpp"
#include "store/archive_reader.hpp"
#include "store/corrections.hpp"
#include "store/marks.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
namespace fs = std::filesystem;

namespace {
void ingestFolder(store::Archive& archive, const fs::path& dir, bool prune = false) {
    std::atomic<bool> cancel{false};
    ingest::IngestOptions options;
    options.prune = prune;
    ingest::Ingester(archive, options, extract::defaultAnalyzer()).run({dir}, cancel);
}

std::vector<std::int64_t> ids(search::Searcher& s, const std::string& query) {
    search::SearchRequest r;
    r.query = query;
    r.limit = 1000;
    r.sort = store::DocumentSort::DateAscending;
    const auto result = s.search(r);
    INFO(query);
    REQUIRE(result.ran);
    std::vector<std::int64_t> out;
    for (const auto& row : result.rows) out.push_back(row.id);
    std::sort(out.begin(), out.end());
    return out;
}

std::int64_t idOfPath(search::Searcher& s, const std::string& fileName) {
    const auto found = ids(s, "path:" + fileName);
    REQUIRE(found.size() == 1);
    return found.front();
}

void writeRelease(const fs::path& file, const std::string& headline, const std::string& body) {
    test::writeFile(file, headline + "\n\nIslamabad, 3 March 2021. " + body + "\n");
}

// Three releases of our own: two about training, one about a meeting.
struct MarkedArchive final {
    test::TempDir dir;
    store::Archive archive{dir / "a.bulletin"};
    search::Searcher searcher{archive};
    std::int64_t training = 0, workshop = 0, meeting = 0;

    MarkedArchive() {
        writeRelease(dir / "in" / "training.txt", "Police training held",
                     "The Federal Investigation Agency held a training course for investigators.");
        writeRelease(dir / "in" / "workshop.txt", "Workshop on cyber crime",
                     "The National Police Bureau held a workshop on cyber crime for police officers.");
        writeRelease(dir / "in" / "meeting.txt", "Ministers meet on border control",
                     "The Ministry of Interior and the Ministry of Foreign Affairs met on border control.");
        ingestFolder(archive, dir / "in");
        training = idOfPath(searcher, "training.txt");
        workshop = idOfPath(searcher, "workshop.txt");
        meeting = idOfPath(searcher, "meeting.txt");
    }
};

std::vector<std::int64_t> sorted(std::vector<std::int64_t> v) {
    std::sort(v.begin(), v.end());
    return v;
}
}  // namespace

TEST_CASE("stars, tags and notes on releases are stored and found by is:, tag:, has: and note:", "[marks]") {
    MarkedArchive a;
    auto& marks = a.archive.marks();
    CHECK(marks.setStarred({a.training, a.meeting}, true) == 2);
    CHECK(marks.setStarred({a.training}, true) == 0);  // already starred: nothing changes, nothing is logged
    CHECK(marks.addTag({a.training, a.workshop}, "  To   verify ") == 2);
    CHECK(marks.addTag({a.workshop}, "to VERIFY") == 0);  // tags compare without regard to case
    CHECK(marks.addTag({a.meeting}, "done") == 1);
    CHECK(marks.setNote({a.workshop}, "Ask the Bureau about the trainers' names.") == 1);

    const auto training = marks.release(a.training);
    CHECK(training.starred);
    CHECK(training.tags == std::vector<std::string>{"To verify"});
    CHECK(training.note.empty());
    CHECK(marks.release(a.workshop).note == "Ask the Bureau about the trainers' names.");

    CHECK(ids(a.searcher, "is:starred") == sorted({a.training, a.meeting}));
    CHECK(ids(a.searcher, "-is:starred") == std::vector<std::int64_t>{a.workshop});
    CHECK(ids(a.searcher, "tag:\"to verify\"") == sorted({a.training, a.workshop}));
    CHECK(ids(a.searcher, "tag:\"TO VERIFY\" -tag:done") == sorted({a.training, a.workshop}));
    CHECK(ids(a.searcher, "-tag:done") == sorted({a.training, a.workshop}));
    CHECK(ids(a.searcher, "has:tag") == sorted({a.training, a.workshop, a.meeting}));
    CHECK(ids(a.searcher, "has:note") == std::vector<std::int64_t>{a.workshop});
    CHECK(ids(a.searcher, "-has:note") == sorted({a.training, a.meeting}));
    CHECK(ids(a.searcher, "note:trainers") == std::vector<std::int64_t>{a.workshop});
    CHECK(ids(a.searcher, "note:bureau").size() == 1);  // folded: case does not matter
    CHECK(ids(a.searcher, "note:100%").empty());        // LIKE wildcards are plain characters
    CHECK(ids(a.searcher, "police is:starred") == std::vector<std::int64_t>{a.training});
    CHECK(ids(a.searcher, "police tag:\"to verify\" has:note") == std::vector<std::int64_t>{a.workshop});

    const auto tags = marks.tags();
    REQUIRE(tags.size() == 2);
    CHECK(tags[0].tag == "To verify");
    CHECK(tags[0].releases == 2);
    CHECK(tags[1].tag == "done");
    CHECK(marks.releasesWith("", 10).size() == 2);
    CHECK(marks.releasesWith("to verify", 10).size() == 2);

    // The Tags facet counts the query's releases per tag, and its filter finds them.
    search::SearchRequest police;
    police.query = "police";
    std::vector<search::QueryNotice> notices;
    const auto scope = a.searcher.plan(police, notices);
    REQUIRE(scope);
    const auto facets = a.searcher.facets(*scope, 8);
    REQUIRE(facets.tags.size() == 1);  // "done" is on the meeting, which does not mention police
    CHECK(facets.tags[0].value == "To verify");
    CHECK(facets.tags[0].documents == 2);
    CHECK(ids(a.searcher, facets.tags[0].filter) == sorted({a.training, a.workshop}));

    // The Tags list: the query's releases per tag, and the entities that carry it.
    search::SearchRequest everything;
    const auto tagList = exporting::listRows(a.searcher, exporting::ListKind::Tags, everything);
    REQUIRE(tagList.ran);
    REQUIRE(tagList.rows.size() == 2);
    CHECK(tagList.columns == std::vector<std::string>{"tag", "releases", "entities"});
    CHECK(tagList.rows[0][0].text == "To verify");
    CHECK(tagList.rows[0][1].text == "2");
    CHECK(exporting::listRows(a.searcher, exporting::ListKind::Tags, police).rows.size() == 1);

    // Removing a note and a tag.
    CHECK(marks.setNote({a.workshop}, "  ") == 1);
    CHECK(ids(a.searcher, "has:note").empty());
    CHECK(marks.removeTag({a.training, a.meeting}, "to verify") == 1);
    CHECK(ids(a.searcher, "tag:\"to verify\"") == std::vector<std::int64_t>{a.workshop});
    CHECK(a.archive.check().ok());
}

TEST_CASE("marks that cannot be made are refused with the reason, and nothing changes", "[marks]") {
    MarkedArchive a;
    auto& marks = a.archive.marks();
    CHECK_THROWS_AS(marks.addTag({a.training}, "   "), store::MarkError);
    CHECK_THROWS_AS(marks.addTag({a.training}, std::string(81, 'x')), store::MarkError);
    try {
        (void)marks.setStarred({a.training, 999999}, true);
        FAIL("a release that is not in the archive was starred");
    } catch (const store::MarkError& e) {
        CHECK(std::string(e.what()).find("999999") != std::string::npos);
    }
    CHECK_FALSE(marks.release(a.training).starred);  // the whole step was refused
    CHECK(marks.history().empty());
    CHECK_THROWS_AS((void)marks.findEntity(EntityType::Person, "Nobody At All"), store::MarkError);

    for (const char* bad : {"is:read", "has:stars", "-is:unread"}) {
        search::SearchRequest r;
        r.query = bad;
        const auto result = a.searcher.search(r);
        INFO(bad);
        CHECK_FALSE(result.ran);
        REQUIRE_FALSE(result.notices.empty());
        CHECK(result.notices.front().error);
    }
}

TEST_CASE("undo takes back a whole marking step and redo puts it back, as in an editor", "[marks]") {
    MarkedArchive a;
    auto& marks = a.archive.marks();
    (void)marks.addTag({a.training, a.workshop, a.meeting}, "batch");
    (void)marks.setNote({a.meeting}, "first");
    (void)marks.setNote({a.meeting}, "second");
    (void)marks.setStarred({a.workshop}, true);
    REQUIRE(marks.history().size() == 6);

    auto undone = marks.undo();  // the star
    REQUIRE(undone.size() == 1);
    CHECK(undone.front().action == "star");
    CHECK(store::describe(undone.front()).find("star release") == 0);
    CHECK_FALSE(marks.release(a.workshop).starred);
    CHECK(marks.undo().size() == 1);  // the second note
    CHECK(marks.release(a.meeting).note == "first");
    CHECK(marks.undo().size() == 1);  // the first note
    CHECK(marks.release(a.meeting).note.empty());
    CHECK(marks.undo().size() == 3);  // the tag on three releases, as one step
    CHECK(ids(a.searcher, "has:tag").empty());
    CHECK(marks.undo().empty());

    CHECK(marks.redo().size() == 3);
    CHECK(ids(a.searcher, "tag:batch").size() == 3);
    CHECK(marks.redo().size() == 1);
    CHECK(marks.release(a.meeting).note == "first");
    // A new mark after undo ends redo, as in an editor.
    (void)marks.setStarred({a.meeting}, true);
    CHECK(marks.redo().empty());
    CHECK(marks.release(a.meeting).note == "first");
    const auto history = marks.history();
    CHECK(history.front().action == "star");
    CHECK(std::count_if(history.begin(), history.end(), [](const auto& c) { return c.undone; }) == 2);
}

TEST_CASE("a release's marks follow its file when it changes, and go with the release's last file", "[marks]") {
    MarkedArchive a;
    auto& marks = a.archive.marks();
    (void)marks.setStarred({a.training}, true);
    (void)marks.addTag({a.training}, "to verify");
    (void)marks.setNote({a.training}, "check the dates");

    // The file changes: its new content is a new release, which carries the marks.
    writeRelease(a.dir / "in" / "training.txt", "Police training held",
                 "The Federal Investigation Agency held a two-week training course for investigators.");
    ingestFolder(a.archive, a.dir / "in");
    const auto changed = idOfPath(a.searcher, "training.txt");
    CHECK(changed != a.training);
    auto m = marks.release(changed);
    CHECK(m.starred);
    CHECK(m.tags == std::vector<std::string>{"to verify"});
    CHECK(m.note == "check the dates");
    CHECK(ids(a.searcher, "note:dates") == std::vector<std::int64_t>{changed});
    CHECK(ids(a.searcher, "two-week is:starred") == std::vector<std::int64_t>{changed});

    // A copy of the file keeps the release (and its marks) when the original goes.
    fs::copy_file(a.dir / "in" / "training.txt", a.dir / "in" / "training copy.txt");
    ingestFolder(a.archive, a.dir / "in");
    fs::remove(a.dir / "in" / "training.txt");
    ingestFolder(a.archive, a.dir / "in", true);
    CHECK(ids(a.searcher, "is:starred") == std::vector<std::int64_t>{changed});
    CHECK(marks.release(changed).starred);

    // Its last file gone, the release and its marks go.
    fs::remove(a.dir / "in" / "training copy.txt");
    ingestFolder(a.archive, a.dir / "in", true);
    CHECK(ids(a.searcher, "is:starred").empty());
    CHECK(marks.tags().empty());
    CHECK(a.archive.check().ok());
    // Undo of a mark on a release that is gone changes nothing and does not fail.
    CHECK(marks.undo().size() == 1);
}

TEST_CASE("tags and notes on entities are kept by the entity's key and survive re-ingest", "[marks]") {
    MarkedArchive a;
    auto& marks = a.archive.marks();
    const auto agency = marks.findEntity(EntityType::Agency, "Federal Investigation Agency");
    CHECK(marks.addEntityTag(agency, "watch"));
    CHECK_FALSE(marks.addEntityTag(agency, "WATCH"));
    CHECK(marks.setEntityNote(agency, "Lead agency on border cases."));
    CHECK(marks.addTag({a.meeting}, "watch") == 1);

    ingestFolder(a.archive, a.dir / "in");  // nothing changed, and entities are written again
    const auto again = marks.findEntity(EntityType::Agency, "Federal Investigation Agency");
    CHECK(again.key == agency.key);
    const auto m = marks.entity(again);
    CHECK(m.tags == std::vector<std::string>{"watch"});
    CHECK(m.note == "Lead agency on border cases.");
    const auto tags = marks.tags();
    REQUIRE(tags.size() == 1);
    CHECK(tags.front().releases == 1);
    CHECK(tags.front().entities == 1);

    CHECK(marks.undo().size() == 1);  // the release tag
    CHECK(marks.undo().size() == 1);  // the note
    CHECK(marks.entity(again).note.empty());
    CHECK(marks.removeEntityTag(again, "Watch"));
    CHECK(marks.undo().front().value == "watch");  // put back as it was written
    CHECK(marks.entity(again).tags == std::vector<std::string>{"watch"});
}

TEST_CASE("words that leave out marked releases: page and count as with every filter, a release marked twice "
          "left out once", "[marks]") {
    MarkedArchive a;
    auto& marks = a.archive.marks();
    CHECK(marks.addTag({a.training}, "done") == 1);
    CHECK(marks.setStarred({a.training, a.meeting}, true) == 2);
    for (const auto sort : {store::DocumentSort::Relevance, store::DocumentSort::DateDescending}) {
        search::SearchRequest r;
        r.query = "held -tag:done -is:starred";  // "held": the training and the workshop; the training is both
        r.sort = sort;
        const auto result = a.searcher.search(r);
        REQUIRE(result.ran);
        CHECK(result.total == 1);
        REQUIRE(result.rows.size() == 1);
        CHECK(result.rows.front().id == a.workshop);
        r.query = "held -tag:done";
        CHECK(a.searcher.search(r).total == 1);
        r.query = "held -tag:nothing";
        CHECK(a.searcher.search(r).total == 2);
    }
}

TEST_CASE("marking releases keeps the facet index, corrections and ingests reload it", "[marks][facets]") {
    MarkedArchive a;
    store::DocumentQuery all;
    auto facets = a.searcher.facets(all);
    const int loads = a.searcher.facetIndex().loads();
    CHECK(loads >= 1);
    auto& marks = a.archive.marks();
    CHECK(marks.setStarred({a.training}, true) == 1);
    CHECK(marks.addTag({a.workshop}, "to verify") == 1);
    facets = a.searcher.facets(all);
    CHECK(a.searcher.facetIndex().loads() == loads);  // the tags are read apart: the new one is counted all the same
    REQUIRE(facets.tags.size() == 1);
    CHECK(facets.tags.front().documents == 1);
    // A correction changes what the facets count: read again.
    const auto agencies = facets.agencies.size();
    REQUIRE(agencies > 0);
    a.archive.corrections().hide(EntityType::Agency, facets.agencies.front().value);
    facets = a.searcher.facets(all);
    CHECK(a.searcher.facetIndex().loads() == loads + 1);
    CHECK(facets.agencies.size() == agencies - 1);
    // An ingest adds what it stored: only the new release is read.
    writeRelease(a.dir / "in" / "later.txt", "Customs officers trained", "The Federal Board of Revenue trained officers.");
    ingestFolder(a.archive, a.dir / "in");
    facets = a.searcher.facets(all);
    CHECK(a.searcher.facetIndex().loads() == loads + 1);
    CHECK(a.searcher.facetIndex().deltas() == 1);
    search::Searcher fresh(a.archive);
    const auto whole = fresh.facets(all);
    CHECK(facets.agencies.size() == whole.agencies.size());
    for (std::size_t i = 0; i < facets.agencies.size() && i < whole.agencies.size(); ++i) {
        CHECK(facets.agencies[i].value == whole.agencies[i].value);
        CHECK(facets.agencies[i].documents == whole.agencies[i].documents);
    }
    CHECK(facets.kinds.size() == whole.kinds.size());
}
