#include <string>

#include "extract/flat_key_map.hpp"
#include "support/test_support.hpp"

using namespace bulletin::extract;

TEST_CASE("a query finds its folded key whatever the case of its ASCII letters", "[flat_key_map]") {
    FlatKeyMap<int> map;
    CHECK(map.find("anything") == nullptr);
    map.insert("ministry of health", 1);
    map.insert("são paulo", 2);
    REQUIRE(map.find("Ministry of Health") != nullptr);
    CHECK(*map.find("MINISTRY OF HEALTH") == 1);
    CHECK(*map.find("ministry of health") == 1);
    // Only ASCII capitals are lowered: a non-ASCII query must come folded.
    CHECK(*map.find("São Paulo") == 2);
    CHECK(map.find("SÃO PAULO") == nullptr);
    CHECK_FALSE(map.contains("ministry of healt"));
    CHECK_FALSE(map.contains("ministry of health "));
    CHECK_FALSE(map.contains(""));
}

TEST_CASE("a key inserted again keeps its first value unless told to overwrite", "[flat_key_map]") {
    FlatKeyMap<std::string> map;
    map.insert("french", "France");
    map.insert("french", "Canada");
    CHECK(*map.find("French") == "France");
    map.insert("french", "Belgium", true);
    CHECK(*map.find("french") == "Belgium");
    CHECK(map.size() == 1);
}

TEST_CASE("the map holds many keys apart as it grows", "[flat_key_map]") {
    FlatKeyMap<std::size_t> map;
    for (std::size_t i = 0; i < 50000; ++i) map.insert("key " + std::to_string(i), i);
    CHECK(map.size() == 50000);
    bool all = true;
    for (std::size_t i = 0; i < 50000; i += 7) {
        const std::size_t* found = map.find("KEY " + std::to_string(i));
        all = all && found && *found == i;
    }
    CHECK(all);
    CHECK(map.find("key 50000") == nullptr);
    CHECK(map.entries().front().first == "key 0");
}
