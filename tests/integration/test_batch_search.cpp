// Batch search: a list of names and queries, one summary row each; names match entities with their aliases,
// malformed lines are reported and the rest carries on; the exports of the summary and of the hits.

#include <sstream>

#include "export/batch_export.hpp"
#include "search/batch_search.hpp"
#include "support/sample_archive.hpp"
#include "support/test_support.hpp"

using namespace bulletin;

namespace {
const search::BatchRow& rowFor(const std::vector<search::BatchRow>& rows, const std::string& label) {
    for (const auto& r : rows)
        if (r.input.label == label) return r;
    FAIL("no row labelled " << label);
    return rows.front();
}
}  // namespace

TEST_CASE("a list of names and queries gives one row each, names matched as entities with their aliases",
          "[batch]") {
    test::SampleArchive samples;
    search::Searcher searcher(*samples.archive);
    const auto lines = search::parseBatchList(
        "label,query\n"
        "acronym,UNODC\n"
        "full name,United Nations Office on Drugs and Crime\n"
        "surname,Kapinos\n"
        "phrase,\"working group\" date:2022\n"
        "not a name,counter narcotics cooperation\n"
        "malformed,date:2019..2018\n"
        "everything,person:\n"
        "no query,\n");
    REQUIRE(lines.size() == 8);
    std::atomic<bool> cancel{false};
    std::vector<std::size_t> progress;
    const auto rows = search::BatchSearch(searcher).run(lines, &cancel,
                                                        [&](const search::BatchProgress& p) { progress.push_back(p.done); });
    REQUIRE(rows.size() == 8);
    CHECK(progress.back() == 8);

    const auto& acronym = rowFor(rows, "acronym");
    const auto& full = rowFor(rows, "full name");
    CHECK(acronym.ran());
    CHECK(acronym.understood.find("agency named 'UNODC'") != std::string::npos);
    CHECK(acronym.hits > 0);
    CHECK(acronym.hits == full.hits);  // alias-equivalent: the same releases, each counted once
    CHECK(acronym.first <= acronym.last);
    CHECK_FALSE(acronym.topAgencies.empty());
    CHECK(rowFor(rows, "surname").understood.find("person named 'Kapinos'") != std::string::npos);
    CHECK(rowFor(rows, "surname").hits == 1);
    CHECK(rowFor(rows, "phrase").understood == "query");
    CHECK(rowFor(rows, "not a name").understood.find("the phrase") == 0);

    for (const char* bad : {"malformed", "everything", "no query"}) {
        INFO(bad);
        CHECK_FALSE(rowFor(rows, bad).ran());
        CHECK_FALSE(rowFor(rows, bad).understood.empty());
    }
    CHECK(rowFor(rows, "malformed").understood.find("column 1") != std::string::npos);

    // Cancel stops between lines.
    cancel = true;
    CHECK(search::BatchSearch(searcher).run(lines, &cancel).empty());

    // The exports: a summary row per line, and a hit row per line and release.
    exporting::ExportOptions options;
    options.csv.byteOrderMark = false;
    std::ostringstream summary;
    exporting::writeBatchSummary(summary, rows, options);
    const auto text = summary.str();
    CHECK(text.rfind("line,label,query,understood,hits,first,last,top_agencies,status\r\n", 0) == 0);
    CHECK(text.find(",cannot run\r\n") != std::string::npos);
    CHECK(std::count(text.begin(), text.end(), '\n') == 9);
    std::ostringstream hits;
    options.format = exporting::Format::JsonLines;
    const auto written = exporting::writeBatchHits(hits, searcher, rows, options);
    std::int64_t expected = 0;
    for (const auto& r : rows) expected += r.hits;
    CHECK(written == expected);
    CHECK(hits.str().find("\"label\": \"acronym\"") != std::string::npos);
}

TEST_CASE("a batch list is plain lines or CSV with a query column, unreadable input is refused", "[batch]") {
    auto plain = search::parseBatchList("\xEF\xBB\xBF" "UNODC\r\n\r\n# a comment\n  NACTA  \n");
    REQUIRE(plain.size() == 2);
    CHECK(plain[0].query == "UNODC");
    CHECK(plain[1].query == "NACTA");
    CHECK(plain[1].line == 4);

    auto csv = search::parseBatchList("Name;Label\n\"Smith; John\";suspect\n\"multi\nline\";x\nJones;\n");
    REQUIRE(csv.size() == 3);
    CHECK(csv[0].query == "Smith; John");
    CHECK(csv[0].label == "suspect");
    CHECK(csv[1].query == "multi\nline");
    CHECK(csv[2].line == 5);
    CHECK(csv[2].label == "Jones");  // no label: the query names the row

    // A line with a comma but no header naming a query column is a plain query.
    CHECK(search::parseBatchList("Karachi, Pakistan\n").front().query == "Karachi, Pakistan");
    CHECK_THROWS_AS(search::parseBatchList(std::string("\xFF\xFE", 2)), std::invalid_argument);

    CHECK(search::BatchSearch::isNameOnly("Henry T. Nicholas"));
    CHECK(search::BatchSearch::isNameOnly("O’Neill"));
    CHECK_FALSE(search::BatchSearch::isNameOnly("person:Kapinos"));
    CHECK_FALSE(search::BatchSearch::isNameOnly("UNODC OR NACTA"));
    CHECK_FALSE(search::BatchSearch::isNameOnly("\"working group\""));
    CHECK_FALSE(search::BatchSearch::isNameOnly("-Karachi"));
}
