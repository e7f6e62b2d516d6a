// The timeline's meetings and releases per month, against the meetings and documents lists of the same query.

#include <map>

#include "extract/extractor.hpp"
#include "ingest/ingester.hpp"
#include "search/searcher.hpp"
#include "store/timeline.hpp"
#include "support/sample_archive.hpp"
#include "support/test_support.hpp"

using namespace bulletin;

TEST_CASE("meetings and releases per month equal the lists of the same query, counted by hand", "[timeline]") {
    test::SampleArchive samples;
    auto& archive = *samples.archive;
    search::Searcher searcher(archive);
    for (const std::string query : {"", "agency:UNODC", "Karachi", "date:2017..2019", "-agency:UNODC"}) {
        INFO(query);
        const auto plan = test::planAll(searcher, query);
        std::map<std::string, std::int64_t> meetings, releases;
        for (const auto& m : searcher.entities().meetings(plan))
            if (!m.date.empty()) ++meetings[m.date.substr(0, 7)];
        for (const auto& d : searcher.reader().documents(plan))
            if (!d.publicationDate.empty()) ++releases[d.publicationDate.substr(0, 7)];
        std::map<std::string, std::int64_t> gotMeetings, gotReleases;
        std::string previous;
        for (const auto& month : archive.reader().timeline(plan)) {
            CHECK(month.month > previous);
            previous = month.month;
            CHECK(month.month.size() == 7);
            if (month.meetings) gotMeetings[month.month] = month.meetings;
            if (month.releases) gotReleases[month.month] = month.releases;
        }
        CHECK(gotMeetings == meetings);
        CHECK(gotReleases == releases);
    }
    const auto all = archive.reader().timeline(test::planAll(searcher, ""));
    std::int64_t total = 0;
    for (const auto& m : all) total += m.meetings;
    CHECK(total == 5);  // the sixth meeting of the samples is undated
}
