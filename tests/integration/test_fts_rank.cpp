// The rank function (store/fts_rank.hpp) against FTS5's own bm25(), on real releases.

#include <cmath>
#include <string>
#include <vector>

#include "store/archive.hpp"
#include "store/sqlite/sqlite_archive.hpp"
#include "support/sample_archive.hpp"

using namespace bulletin;

namespace {
struct Scores final {
    std::int64_t rowid = 0;
    double fts5 = 0;
    double ours = 0;
};

std::vector<Scores> scores(store::Archive& archive, const std::string& match, const std::string& weights) {
    auto st = store::sqliteDatabase(archive).prepare("SELECT rowid, bm25(documents_fts" + weights + "), bulletin_bm25(documents_fts" +
                                   weights + ") FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid");
    st.bind(1, match);
    std::vector<Scores> out;
    while (st.step()) out.push_back({st.int64(0), st.real(1), st.real(2)});
    return out;
}

// Equal to the last bit: the function adds the same terms in the same order as FTS5.
void requireEqualScores(store::Archive& archive, const std::string& match, const std::string& weights = ", 10.0, 1.0") {
    const auto rows = scores(archive, match, weights);
    INFO(match << weights);
    REQUIRE_FALSE(rows.empty());
    for (const auto& r : rows) {
        INFO("row " << r.rowid);
        CHECK(r.ours == r.fts5);
    }
}

void insertDocument(store::Archive& archive, std::int64_t id, const std::string& title, const std::string& body) {
    auto st = store::sqliteDatabase(archive).prepare(
        "INSERT INTO documents (id, content_hash, path, title, body, raw, encoding, size, mtime, added_at)"
        " VALUES (?, ?, ?, ?, ?, ?, 'UTF-8', 1, 1, 1)");
    st.bind(1, id).bind(2, "hash-" + std::to_string(id) + title).bind(3, "/x/" + std::to_string(id));
    st.bind(4, title).bind(5, body).bind(6, body);
    st.run();
}
}  // namespace

TEST_CASE("bulletin_bm25 scores every match as FTS5's bm25 does", "[fts_rank]") {
    test::SampleArchive sample(false);
    for (const char* match : {"meeting", "drug trafficking", "\"working group\"", "terror*", "pakistan OR police",
                              "balochistan NOT customs", "title:meeting", "{title body}: counter*"})
        requireEqualScores(*sample.archive, match);
    requireEqualScores(*sample.archive, "terrorism", "");                // default weights
    requireEqualScores(*sample.archive, "meeting OR training", ", 2.5");  // fewer weights than columns
}

TEST_CASE("bulletin_bm25 follows documents another connection adds, removes and replaces", "[fts_rank]") {
    test::SampleArchive sample(false);
    auto& writer = *sample.archive;
    const std::int64_t last = store::sqliteDatabase(writer).queryInt("SELECT max(id) FROM documents") + 1;
    insertDocument(writer, last, "Short", "meeting");
    store::Archive reader(sample.archive->location(), store::Access::Read);
    requireEqualScores(reader, "meeting");  // lengths loaded for the archive as it was

    insertDocument(writer, last + 1, "A meeting", "The meeting met, and the meeting ended in a meeting about meeting.");
    // The highest id removed and handed to a document of another length: only a reloaded length ranks it right.
    store::sqliteDatabase(writer).prepare("DELETE FROM documents WHERE id = ?").bind(1, last).run();
    insertDocument(writer, last, "Long meeting notes",
                   "meeting " + std::string(200, 'x') + " words words words words words words words words words");

    const auto rows = scores(reader, "meeting", ", 10.0, 1.0");
    REQUIRE(rows.size() >= 2);
    REQUIRE(rows[rows.size() - 2].rowid == last);
    for (const auto& r : rows) {
        INFO("row " << r.rowid);
        CHECK(r.ours == r.fts5);
    }
}

TEST_CASE("bulletin_bm25 ranks a fresh archive's first documents", "[fts_rank]") {
    test::TempDir dir;
    store::Archive archive(dir / "a.bulletin");
    {
        auto st = store::sqliteDatabase(archive).prepare("SELECT bulletin_bm25(documents_fts) FROM documents_fts WHERE documents_fts "
                                       "MATCH 'meeting'");
        CHECK_FALSE(st.step());  // no rows, no lengths: nothing to rank and no error
    }
    insertDocument(archive, 1, "Meeting", "A meeting in Vienna.");
    requireEqualScores(archive, "meeting");
}
