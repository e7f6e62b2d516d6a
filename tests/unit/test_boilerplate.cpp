#include "ingest/boilerplate.hpp"
#include "support/test_support.hpp"

using namespace bulletin::ingest;

namespace {
std::vector<std::string> siteFiles(std::size_t n) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < n; ++i) {
        out.push_back("Release number " + std::to_string(i) +
                      " - Example County Sheriff\nSkip to content\n"
                      "Follow Us\nSusan Example\nChief of Staff\nOffice: 555-0100\nBody sentence number " +
                      std::to_string(i) + " about a unique event.\nShare\nLatest Posts\nSome other story\n");
    }
    return out;
}
}  // namespace

TEST_CASE("recurring lines of a folder are learned as boilerplate", "[boilerplate]") {
    const auto model = BoilerplateModel::learn(siteFiles(20));
    CHECK(model.isBoilerplate("Susan Example"));
    CHECK(model.isBoilerplate("  Office:   555-0100 "));
    CHECK(model.isBoilerplate("Some other story"));
    CHECK_FALSE(model.isBoilerplate("Body sentence number 3 about a unique event."));
    CHECK(model.titleSuffix() == " - Example County Sheriff");
    CHECK(model.stripTitleSuffix("Release number 3 - Example County Sheriff") == "Release number 3");
}

TEST_CASE("too few files teach nothing but known chrome still counts", "[boilerplate]") {
    const auto model = BoilerplateModel::learn(siteFiles(3));
    CHECK(model.learnedLineCount() == 0);
    CHECK_FALSE(model.isBoilerplate("Susan Example"));
    CHECK(model.isBoilerplate("Skip to content"));
    CHECK(model.isBoilerplate("7 min read"));
    CHECK(BoilerplateModel::isEndMarker("Leave a Reply"));
    CHECK(BoilerplateModel::isEndMarker("Back to top button"));
    CHECK_FALSE(BoilerplateModel::isEndMarker("Leave a reply to the ministry"));
}

TEST_CASE("a sentence many releases share is their news, unless nearly all of them have it", "[boilerplate]") {
    std::vector<std::string> files;
    for (std::size_t i = 0; i < 40; ++i) {
        std::string f = "Decision " + std::to_string(i) + "\nSkip to content\n";
        // One release in five says the rate stays where it is: each time, that is the news.
        if (i % 5 == 0) f += "The Official Cash Rate will remain unchanged at 7.25 percent.\n";
        // A clause of a list in running text, in one release in five: the releases' own contact channels.
        if (i % 5 == 1) f += "a) Visit or write to us at the Quorvale Bureau Headquarters @ 2 Lengkok Road;\n";
        f += "Body sentence number " + std::to_string(i) + " about a unique decision.\n";
        // The closing paragraph of every release is the publisher's.
        f += "For further information about this decision please contact the media office today.\n";
        files.push_back(f);
    }
    const auto model = BoilerplateModel::learn(files);
    CHECK(model.isBoilerplate("Skip to content"));
    CHECK_FALSE(model.isBoilerplate("The Official Cash Rate will remain unchanged at 7.25 percent."));
    CHECK_FALSE(model.isBoilerplate("a) Visit or write to us at the Quorvale Bureau Headquarters @ 2 Lengkok Road;"));
    CHECK(model.isBoilerplate("For further information about this decision please contact the media office today."));
}

TEST_CASE("a comment form's arithmetic spam check is chrome whatever its numbers", "[boilerplate]") {
    CHECK(BoilerplateModel::isKnownChrome("Are You a Human? 6 + 6 ="));
    CHECK(BoilerplateModel::isKnownChrome("Are you human? 12 - 3 = "));
    CHECK(BoilerplateModel::isKnownChrome("What is 3 + 4?"));
    CHECK_FALSE(BoilerplateModel::isKnownChrome("The county's share rose from 12 to 15 percent."));
    CHECK_FALSE(
        BoilerplateModel::isKnownChrome("Section 6 + 6 of the agreement and the long list of things that are "
                                        "counted here ="));
}

TEST_CASE("a learned model read back from its stored form classifies every line alike", "[boilerplate]") {
    const auto model = BoilerplateModel::learn(siteFiles(20));
    REQUIRE(model.trained());
    const auto bytes = model.serialize();
    CHECK(bytes == BoilerplateModel::learn(siteFiles(20)).serialize());  // deterministic
    const auto back = BoilerplateModel::deserialize(bytes);
    REQUIRE(back);
    CHECK(back->trained());
    CHECK(back->learnedLineCount() == model.learnedLineCount());
    CHECK(back->titleSuffix() == model.titleSuffix());
    for (const char* line :
         {"Susan Example", "Office: 555-0100", "Body sentence number 3 about a unique event.", "Share", "Latest Posts"})
        CHECK(back->classify(line).boilerplate == model.classify(line).boilerplate);
    CHECK(back->stripTitleSuffix("Release number 3 - Example County Sheriff") == "Release number 3");
    CHECK_FALSE(BoilerplateModel::learn(siteFiles(3)).trained());
}

TEST_CASE("damaged or foreign bytes are no model", "[boilerplate]") {
    const auto bytes = BoilerplateModel::learn(siteFiles(20)).serialize();
    CHECK_FALSE(BoilerplateModel::deserialize(""));
    CHECK_FALSE(BoilerplateModel::deserialize("BPM2" + bytes.substr(4)));
    CHECK_FALSE(BoilerplateModel::deserialize(bytes.substr(0, bytes.size() - 1)));
    CHECK_FALSE(BoilerplateModel::deserialize(bytes + "x"));
    CHECK_FALSE(BoilerplateModel::deserialize(std::string("BPM1\xff\xff\xff\x7f", 8)));
}
