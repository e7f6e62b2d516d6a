#pragma once
// Consistency checks for `bulletin-cli check`: SQLite's integrity_check, FTS5's integrity-check and Bulletin's
// own invariants (every document has a file, the full-text index matches the documents...).

#include <string>
#include <vector>

#include "archive.hpp"

namespace bulletin::store {

struct CheckResult final {
    std::vector<std::string> passed;
    std::vector<std::string> problems;
    [[nodiscard]] bool ok() const { return problems.empty(); }
};

[[nodiscard]] CheckResult checkArchive(Archive& archive);

}  // namespace bulletin::store
