#include "store/compressed_text.hpp"
#include "store/error.hpp"
#include "support/test_support.hpp"

using namespace bulletin::store;
using namespace std::string_literals;

TEST_CASE("raw text survives compression byte for byte", "[compressed_text]") {
    std::string page;
    for (int i = 0; i < 200; ++i) page += "Skip to content\nMenu\nShare this:\n";
    page += "Zakariyy\xC4\x81 met the UNODC \xF0\x9F\x98\x80 in Karachi.\r\nNUL\0inside"s;
    for (const std::string& text : {std::string(), std::string("x"), page}) {
        const auto blob = compressText(text);
        CHECK(decompressText(blob) == text);
    }
    // Repeated chrome compresses many times over: that is the point of storing it this way.
    CHECK(compressText(page).size() * 5 < page.size());
}

TEST_CASE("a damaged raw-text blob is reported, never read past", "[compressed_text]") {
    const auto blob = compressText("The Director General met the Regional Representative.");
    CHECK_THROWS_AS(decompressText(""), ArchiveError);
    CHECK_THROWS_AS(decompressText(blob.substr(0, 3)), ArchiveError);
    CHECK_THROWS_AS(decompressText(blob.substr(0, blob.size() - 4)), ArchiveError);
    std::string flipped = blob;
    flipped[0] = static_cast<char>(flipped[0] + 1);  // claims another length
    CHECK_THROWS_AS(decompressText(flipped), ArchiveError);
    std::string huge = blob;
    huge[3] = '\x7F';  // claims about 2 GB
    CHECK_THROWS_AS(decompressText(huge), ArchiveError);
}
