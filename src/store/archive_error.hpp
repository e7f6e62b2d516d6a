#pragma once

#include <stdexcept>
#include <string>

namespace bulletin::store {

// A problem with the archive as a whole (wrong file, newer version, unwritable), worded for the user.
class ArchiveError final : public std::runtime_error {
public:
    explicit ArchiveError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace bulletin::store
