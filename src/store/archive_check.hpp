#pragma once
// The outcome of `bulletin-cli check` (Archive::check): the engine's own checks (SQLite's integrity_check, FTS5's
// integrity-check) and Bulletin's invariants (every document has a file, the full-text index matches the documents).

#include <string>
#include <vector>


namespace bulletin::store {

struct CheckResult final {
    std::vector<std::string> passed;
    std::vector<std::string> problems;
    [[nodiscard]] bool ok() const { return problems.empty(); }
};


}  // namespace bulletin::store
