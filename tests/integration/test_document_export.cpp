#include <memory>
#include <sstream>

#include "export/document_export.hpp"
#include "extract/extractor.hpp"
#include "ingest/ingester.hpp"
#include "support/csv_reader.hpp"
#include "support/test_support.hpp"

using namespace bulletin;

namespace {
using test::parseCsv;

// The samples (plus any extra files) ingested into a fresh archive, with a searcher over it.
struct SampleArchive final {
    test::TempDir dir;
    std::unique_ptr<store::Archive> archive;
    std::unique_ptr<search::Searcher> searcher;

    explicit SampleArchive(const std::vector<std::pair<std::string, std::string>>& extra = {}) {
        test::copySamples(dir / "in");
        for (const auto& [name, content] : extra) test::writeFile(dir / "in" / name, content);
        archive = std::make_unique<store::Archive>(dir / "a.bulletin");
        std::atomic<bool> cancel{false};
        ingest::Ingester(*archive, {}, extract::defaultAnalyzer()).run({dir / "in"}, cancel);
        searcher = std::make_unique<search::Searcher>(*archive);
    }
};
}  // namespace

TEST_CASE("an export holds exactly the listed rows, in order, and reads back", "[export]") {
    SampleArchive samples(std::vector<std::pair<std::string, std::string>>{{"tricky.txt",
                            "=HYPERLINK(\"http://evil\") \"quoted\", with comma\n\nBody about Karachi with "
                            "\xF0\x9F\x98\x80."}});
    const auto& dir = samples.dir;
    auto& searcher = *samples.searcher;
    search::SearchRequest request;
    request.query = "Karachi";
    request.sort = store::DocumentSort::Title;
    const auto listed = searcher.search(request);

    exporting::ExportOptions options;
    options.columns = {"title", "date", "path"};
    const auto file = dir / "out.csv";
    auto result = exporting::exportDocumentsToFile(searcher, request, options, file);
    CHECK(result.rows == listed.total);
    const auto rows = parseCsv(test::readFile(file));
    REQUIRE(rows.size() == static_cast<std::size_t>(listed.total) + 1);
    CHECK(rows[0] == std::vector<std::string>{"title", "date", "path"});
    for (std::size_t i = 0; i < listed.rows.size(); ++i) {
        const std::string expectedTitle = listed.rows[i].title;
        CHECK(rows[i + 1][0] == (expectedTitle[0] == '=' ? "'" + expectedTitle : expectedTitle));
        CHECK(rows[i + 1][2] == listed.rows[i].path);
    }
    CHECK(test::readFile(file).rfind("\xEF\xBB\xBF", 0) == 0);
}

TEST_CASE("JSON Lines export and unknown columns", "[export]") {
    SampleArchive samples;
    auto& searcher = *samples.searcher;
    search::SearchRequest request;
    request.query = "Naqvi";
    exporting::ExportOptions options;
    options.format = exporting::Format::JsonLines;
    options.columns = {"id", "title"};
    std::ostringstream out;
    auto r = exporting::exportDocuments(searcher, request, options, out);
    CHECK(r.rows == 1);
    CHECK(out.str().find("\"title\": \"Pakistan and the UK") != std::string::npos);
    options.columns = {"nope"};
    CHECK_THROWS_AS(exporting::exportDocuments(searcher, request, options, out), std::invalid_argument);
}

TEST_CASE("a failed export leaves no file under the target name", "[export]") {
    SampleArchive samples;
    const auto& dir = samples.dir;
    auto& searcher = *samples.searcher;
    std::atomic<bool> cancelled{true};
    auto r = exporting::exportDocumentsToFile(searcher, {}, {}, dir / "out.csv", &cancelled);
    CHECK(r.cancelled);
    CHECK_FALSE(std::filesystem::exists(dir / "out.csv"));
    std::size_t leftovers = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir.path()))
        leftovers += e.path().filename().string().find("partial") != std::string::npos;
    CHECK(leftovers == 0);
}

TEST_CASE("a document export carries each release's agencies, people and places", "[export]") {
    SampleArchive samples;
    auto& searcher = *samples.searcher;
    search::SearchRequest request;
    request.query = "agency:UNODC";
    exporting::ExportOptions options;
    options.format = exporting::Format::JsonLines;
    options.columns = {"title", "agencies", "people", "locations"};
    std::ostringstream out;
    const auto r = exporting::exportDocuments(searcher, request, options, out);
    REQUIRE(r.rows >= 1);
    // Arrays stay arrays in JSON Lines; every exported release names the agency it was filtered by.
    std::istringstream lines(out.str());
    std::string line;
    std::int64_t seen = 0;
    while (std::getline(lines, line)) {
        ++seen;
        INFO(line);
        CHECK(line.find("\"agencies\": [") != std::string::npos);
        CHECK(line.find("\"United Nations Office on Drugs and Crime\"") != std::string::npos);
        CHECK(line.find("\"locations\": [") != std::string::npos);
    }
    CHECK(seen == r.rows);
    // In CSV the values of a cell are joined with "; ".
    options.format = exporting::Format::Csv;
    options.columns = {"agencies"};
    std::ostringstream csv;
    exporting::exportDocuments(searcher, request, options, csv);
    const auto rows = parseCsv(csv.str());
    REQUIRE(rows.size() == static_cast<std::size_t>(r.rows) + 1);
    CHECK(rows[1][0].find("; ") != std::string::npos);
}

TEST_CASE("every list exports exactly the rows it lists, in the chosen column order", "[export]") {
    SampleArchive samples;
    auto& searcher = *samples.searcher;
    for (const std::string query : {"", "Karachi", "agency:UNODC"}) {
        for (auto kind : {exporting::ListKind::Documents, exporting::ListKind::People, exporting::ListKind::Agencies,
                          exporting::ListKind::Locations, exporting::ListKind::Dates, exporting::ListKind::Meetings,
                          exporting::ListKind::Cooccurrence}) {
            INFO(query << " " << exporting::listName(kind));
            search::SearchRequest request;
            request.query = query;
            request.limit = -1;
            request.snippetOpen = request.snippetClose = "";
            const auto listed = exporting::listRows(searcher, kind, request);
            REQUIRE(listed.ran);
            if (query.empty()) CHECK_FALSE(listed.rows.empty());
            // Columns reversed: the file follows the chosen order.
            exporting::ExportOptions options;
            options.columns = std::vector<std::string>(listed.columns.rbegin(), listed.columns.rend());
            options.csv.excelSafe = false;
            std::ostringstream out;
            const auto r = exporting::exportList(searcher, kind, request, options, out);
            CHECK(r.rows == static_cast<std::int64_t>(listed.rows.size()));
            const auto rows = parseCsv(out.str());
            REQUIRE(rows.size() == listed.rows.size() + 1);
            CHECK(rows[0] == options.columns);
            for (std::size_t i = 0; i < listed.rows.size(); ++i) {
                const auto& cells = listed.rows[i];
                REQUIRE(rows[i + 1].size() == cells.size());
                for (std::size_t c = 0; c < cells.size(); ++c) {
                    const auto& cell = cells[cells.size() - 1 - c];
                    std::string expected = cell.text;
                    if (cell.type == exporting::Cell::Type::List) {
                        expected.clear();
                        for (std::size_t k = 0; k < cell.values.size(); ++k) expected += (k ? "; " : "") + cell.values[k];
                    }
                    CHECK(rows[i + 1][c] == expected);
                }
            }
        }
    }
}

TEST_CASE("cancelling a list export mid-stream stops it and leaves no file", "[export]") {
    SampleArchive samples;
    const auto& dir = samples.dir;
    auto& searcher = *samples.searcher;
    std::atomic<bool> cancel{false};
    std::int64_t written = 0;
    const auto r = exporting::exportListToFile(searcher, exporting::ListKind::Dates, {}, {}, dir / "dates.csv", &cancel,
                                               [&](std::int64_t rows) {
                                                   written = rows;
                                                   if (rows == 3) cancel = true;
                                               });
    CHECK(r.cancelled);
    CHECK(r.rows == 3);
    CHECK(written == 3);
    CHECK_FALSE(std::filesystem::exists(dir / "dates.csv"));
    // Not cancelled, the same export lands whole.
    cancel = false;
    const auto whole = exporting::exportListToFile(searcher, exporting::ListKind::Dates, {}, {}, dir / "dates.csv", &cancel);
    CHECK_FALSE(whole.cancelled);
    CHECK(whole.rows > 3);
    CHECK(parseCsv(test::readFile(dir / "dates.csv")).size() == static_cast<std::size_t>(whole.rows) + 1);
}
