#include <bit>
#include <cstdint>

#include "search/page_token.hpp"
#include "store/archive_reader.hpp"
#include "support/test_support.hpp"

using namespace bulletin;

TEST_CASE("page tokens carry a page key exactly and refuse anything else", "[page_token]") {
    for (const store::PageKey& key :
         {store::PageKey{"2018-10-24", "UNODC and NCTC meet. Again.", -3.25e-7, 42, 0},
          store::PageKey{"", "", 0.0, 1, 7}, store::PageKey{"", "", -0.0, 0, 0},
          store::PageKey{"2022", "Zakariyy\xC4\x81 \xE5\x8C\x97\xE4\xBA\xAC", -12.0625, 1LL << 40, 1LL << 33}}) {
        const auto token = search::encodePageToken(key);
        INFO(token);
        CHECK(token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") ==
              std::string::npos);  // one shell word, nothing to quote
        const auto back = search::decodePageToken(token);
        REQUIRE(back);
        CHECK(back->date == key.date);
        CHECK(back->title == key.title);
        CHECK(std::bit_cast<std::uint64_t>(back->rank) == std::bit_cast<std::uint64_t>(key.rank));  // bit for bit
        CHECK(back->id == key.id);
        CHECK(back->id2 == key.id2);
    }
    const std::string good = search::encodePageToken(store::PageKey{"2018-10-24", "", 0, 42, 0});
    for (const std::string& bad :
         {std::string(""), std::string("p"), std::string("k2.00.00.0x0p+0.1.0"), std::string("p!!"), std::string("pA"),
          std::string("p_w"), good + "A", good.substr(0, good.size() - 1), std::string("hello")})
        CHECK_FALSE(search::decodePageToken(bad));
}

TEST_CASE("a page token holds only what the list's order compares, so it stays short", "[page_token]") {
    store::DocumentRow row;
    row.id = 86012;
    row.publicationDate = "2024-03-14";
    row.title = std::string(200, 'T');
    row.rank = -7.5;
    store::DocumentQuery byDate;
    byDate.sort = store::DocumentSort::DateDescending;
    const auto dateToken = search::encodePageToken(row.pageKey(byDate));
    CHECK(dateToken.size() <= 24);
    store::DocumentQuery byRelevance;
    byRelevance.text = store::TextQuery::term("police");
    const auto rankKey = row.pageKey(byRelevance);
    CHECK(rankKey.title.empty());
    CHECK(rankKey.rank == -7.5);
    CHECK(search::encodePageToken(rankKey).size() <= 24);
    store::DocumentQuery byTitle;
    byTitle.sort = store::DocumentSort::Title;
    CHECK(row.pageKey(byTitle).title == row.title);  // the title order needs the title itself
}
