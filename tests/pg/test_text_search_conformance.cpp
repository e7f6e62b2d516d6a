// Both engines match the same releases for every query form: the SQLite archive's FTS5 index and a PostgreSQL table
// of client-built tsvectors, searched with tsqueries rendered from the same syntax trees (store/postgresql/
// text_search.hpp). The releases are the samples and texts of our own with what tokenizers disagree on (accents,
// apostrophes, backslashes, hyphens, dates, Chinese, Thai).

#include <algorithm>
#include <set>

#include "pg_support.hpp"
#include "store/archive_writer.hpp"
#include "store/postgresql/text_search.hpp"
#include "support/sample_archive.hpp"

using namespace bulletin;
using store::postgresql::tsqueryExpression;
using store::postgresql::tsvectorText;

namespace {

void storeOwnTexts(store::Archive& archive) {
    const std::pair<const char*, const char*> texts[] = {
        {"Zakariyyā visits Karachi", "The Director-General met Zakariyyā Mansoor in Karachi on 2018-05-25."},
        {"UNODC's working group", "The UNODC's working group met. A path C:\\cases\\x and O'Brien's notes."},
        {"北京会议", "代表团在北京市举行会议。Officials met in Beijing."},
        {"ประชุมที่กรุงเทพ", "เจ้าหน้าที่ประชุมกันที่กรุงเทพมหานคร"},
        {"Trafficking case", "Traffickers were sentenced; human trafficking networks were dismantled."},
        {"Working", "group of the council met to discuss the budget of the working group."},
    };
    const auto writer = archive.newWriter();
    writer->begin();
    int i = 0;
    for (const auto& [title, body] : texts) {
        Document d;
        d.title = title;
        d.body = body;
        d.raw = body;
        d.encoding = "UTF-8";
        d.contentHash = "own" + std::to_string(i);
        d.location = {"/own/" + std::to_string(i) + ".txt", 10, 1, "b" + std::to_string(i)};
        ++i;
        writer->store(d, {});
    }
    writer->commit();
}

std::set<std::int64_t> sqliteMatches(search::Searcher& searcher, const std::string& query) {
    const auto plan = test::planAll(searcher, query);
    std::set<std::int64_t> out;
    for (const auto id : searcher.reader().documentIds(plan)) out.insert(id);
    return out;
}

}  // namespace

TEST_CASE("a query matches the same releases in PostgreSQL as in the SQLite archive", "[pg][text-search]") {
    test::SampleArchive samples(false);
    storeOwnTexts(*samples.archive);
    search::Searcher searcher(*samples.archive);

    test::TestDatabase db;
    auto pg = db.connect();
    pg.exec("CREATE TABLE docs (id bigint PRIMARY KEY, tsv tsvector NOT NULL)");
    store::DocumentQuery all;
    all.limit = -1;
    const auto ids = samples.archive->reader().documentIds(all);
    REQUIRE(ids.size() >= 10);
    for (const auto id : ids) {
        const auto doc = samples.archive->reader().document(id);
        REQUIRE(doc);
        const auto tsv = tsvectorText(doc->title, doc->body);
        CHECK_FALSE(tsv.truncated);
        pg.query("INSERT INTO docs VALUES ($1, $2::tsvector)", pg::Params().add(std::int64_t{id}).add(tsv.text));
    }
    for (const std::string query :
         {"UNODC", "unodc training", "\"working group\"", "terror*", "~trafficking", "(gang OR cartel) -murder",
          "(UNODC OR NACTA) meeting", "title:\"working group\"", "title:work*", "UNODC's", "Zakariyya", "zakariyyā",
          "director-general", "2018-05-25", "北京", "กรุงเทพ", "c:\\cases", "O'Brien", "met -Karachi", "\"group of the\"",
          "working group", "\"working group\" -title:working", "Pakistan OR Maldives OR Beijing", "(meeting OR met) council"}) {
        INFO(query);
        search::SearchRequest request;
        request.query = query;
        std::vector<search::QueryNotice> notices;
        const auto plan = searcher.plan(request, notices);
        REQUIRE(plan);
        const std::string tsquery = tsqueryExpression(plan->text);
        INFO(tsquery);
        REQUIRE_FALSE(tsquery.empty());
        std::set<std::int64_t> fromPg;
        const auto rows = pg.query("SELECT id FROM docs WHERE tsv @@ $1::tsquery", pg::Params().add(tsquery));
        for (int r = 0; r < rows.rows(); ++r) fromPg.insert(rows.int64(r, 0));
        CHECK(fromPg == sqliteMatches(searcher, query));
    }
}

TEST_CASE("tsquery text quotes every word and cannot be broken out of", "[pg][text-search]") {
    using store::TextQuery;
    CHECK(store::postgresql::tsqueryLexeme("o'brien\\x") == "'o''brien\\\\x'");
    CHECK(tsqueryExpression(TextQuery::term("working group")) == "('working' <-> 'group')");
    CHECK(tsqueryExpression(TextQuery::term("terror", true)) == "'terror':*");
    CHECK(tsqueryExpression(TextQuery::term("terror", true, store::TextField::Title)) == "'terror':*A");
    CHECK(tsqueryExpression(TextQuery::all({TextQuery::term("a"), TextQuery::term("b")}, {TextQuery::term("c")})) ==
          "(('a') & ('b')) & !(('c'))");
    CHECK(tsqueryExpression(TextQuery::term("!!! ")).empty());  // no word: no condition
    // Whatever the words, the server reads the rendered text as a tsquery (no syntax error, no injection).
    test::TestDatabase db;
    auto pg = db.connect();
    for (const std::string hostile : {"')::tsquery; DROP TABLE x; --", "a & b | !c <-> d", "\\' \\\\ '' :* :A", "(((", "北京 'x'"}) {
        INFO(hostile);
        const auto q = tsqueryExpression(TextQuery::term(hostile, true, store::TextField::Body));
        if (q.empty()) continue;
        CHECK_NOTHROW(pg.query("SELECT $1::tsquery", pg::Params().add(q)));
    }
}

TEST_CASE("a tsvector keeps what PostgreSQL can hold and says when a release was longer", "[pg][text-search]") {
    std::string body;
    for (int i = 0; i < 20000; ++i) body += "word" + std::to_string(i % 3000) + " ";
    const auto tsv = tsvectorText("Long release", body);
    CHECK(tsv.truncated);
    test::TestDatabase db;
    auto pg = db.connect();
    CHECK(pg.queryInt("SELECT length($1::tsvector)", pg::Params().add(tsv.text)) == 3002);
    const auto small = tsvectorText("Title words", "body words");
    CHECK_FALSE(small.truncated);
    CHECK(small.text == "'body':4B 'title':1A 'words':2A,5B");
}
