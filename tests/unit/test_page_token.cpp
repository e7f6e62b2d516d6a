#include "search/page_token.hpp"
#include "support/test_support.hpp"

using namespace bulletin;

TEST_CASE("page tokens carry a page key exactly and refuse anything else", "[page_token]") {
    for (const store::PageKey& key : {store::PageKey{"2018-10-24", "UNODC and NCTC meet. Again.", -3.25e-7, 42, 0},
                                      store::PageKey{"", "", 0.0, 1, 7},
                                      store::PageKey{"2022", "Zakariyy\xC4\x81 \xE5\x8C\x97\xE4\xBA\xAC", -12.0625, 1LL << 40, 1LL << 33}}) {
        const auto token = search::encodePageToken(key);
        INFO(token);
        CHECK(token.find(' ') == std::string::npos);  // one shell word
        const auto back = search::decodePageToken(token);
        REQUIRE(back);
        CHECK(back->date == key.date);
        CHECK(back->title == key.title);
        CHECK(back->rank == key.rank);  // bit for bit: ties at the same rank depend on it
        CHECK(back->id == key.id);
        CHECK(back->id2 == key.id2);
    }
    for (const char* bad : {"", "k2.", "k1.00.00.0x0p+0.1.0", "k2.zz.00.0x0p+0.1.0", "k2.0.00.0x0p+0.1.0",
                            "k2.00.00.rank.1.0", "k2.00.00.0x0p+0.1x.0", "k2.00.00.0x0p+0..0", "k2.00.00.0x0p+0.1.",
                            "k2.00.00.0x0p+0.1", "hello"})
        CHECK_FALSE(search::decodePageToken(bad));
}
