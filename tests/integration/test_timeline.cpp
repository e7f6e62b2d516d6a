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
    for (const std::string query : {"", "agency:UNODC", "Karachi", "date:2017..2019", "-agency:UNODC", "held:2014..2017",
                                    "held:2017-07"}) {
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

TEST_CASE("held: selects the releases reporting an event in its range and lists only those events", "[timeline]") {
    test::SampleArchive samples;
    search::Searcher searcher(*samples.archive);
    // The samples' events: 2014-03-18 (Quetta), 2017-05-25, 2017-07-11/13 (Maldives), 2018-10-22/24, 2022-07-26,
    // and an undated one. The release reporting the 2014 meeting has no publication date: date: cannot find it.
    const auto march2014 = test::planAll(searcher, "held:2014-03");
    const auto meetings = searcher.entities().meetings(march2014);
    REQUIRE(meetings.size() == 1);
    CHECK(meetings.front().date == "2014-03-18");
    CHECK(searcher.reader().countDocuments(march2014) == 1);
    CHECK(searcher.reader().countDocuments(test::planAll(searcher, "date:2014-03")) == 0);
    // An event over several days counts when its days and the range meet.
    const auto july13 = searcher.entities().meetings(test::planAll(searcher, "held:2017-07-13"));
    REQUIRE(july13.size() == 1);
    CHECK(july13.front().date == "2017-07-11/2017-07-13");
    // A release reporting events in several months lists those of the range only.
    for (const auto& m : searcher.entities().meetings(test::planAll(searcher, "held:2017")))
        CHECK(m.date.substr(0, 4) == "2017");
    CHECK(searcher.entities().meetings(test::planAll(searcher, "held:2030")).empty());
}
