#pragma once
// Command-line parsing for bulletin-cli: each command declares its options; anything else is a usage error.

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "store/location.hpp"

namespace bulletin::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitPartial = 1;
inline constexpr int kExitFatal = 2;

class UsageError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct OptionSpec final {
    std::string name;    // without dashes
    bool takesValue = false;
    bool repeatable = false;
};

class Args final {
public:
    // Throws UsageError on an unknown option or a missing value.
    Args(const std::vector<std::string>& argv, const std::vector<OptionSpec>& specs);

    [[nodiscard]] const std::vector<std::string>& positional() const { return positional_; }
    [[nodiscard]] bool flag(const std::string& name) const { return flags_.count(name) > 0; }
    [[nodiscard]] std::optional<std::string> value(const std::string& name) const;
    [[nodiscard]] std::vector<std::string> values(const std::string& name) const;
    [[nodiscard]] long long intValue(const std::string& name, long long fallback, long long min, long long max) const;

private:
    std::vector<std::string> positional_;
    std::set<std::string> flags_;
    std::map<std::string, std::vector<std::string>> values_;
};

// The archive named by --archive, else $BULLETIN_ARCHIVE; UsageError when neither is set.
// The archive named by --archive or BULLETIN_ARCHIVE: a file, or a server as "postgresql:SERVICE-OR-CONNINFO".
[[nodiscard]] store::Location archiveLocation(const Args& args);

// An entity type as the commands take it: person|people, agency|agencies, location|locations|place.
[[nodiscard]] std::optional<EntityType> entityTypeArgument(const std::string& s);

[[nodiscard]] std::vector<std::string> splitList(const std::string& text, char sep = ',');

}  // namespace bulletin::cli
