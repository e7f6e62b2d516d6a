#pragma once
// Meetings and releases per month for a document query: the GUI's timeline.

#include <cstdint>
#include <string>
#include <vector>


namespace bulletin::store {

struct MonthCount final {
    std::string month;           // "YYYY-MM"
    std::int64_t meetings = 0;   // meetings of the query's releases that began that month
    std::int64_t releases = 0;   // the query's releases published that month
};


}  // namespace bulletin::store
