#pragma once
// What went wrong with the archive, in words an analyst can act on ("the disk holding the archive is full")
// rather than SQLite's ("database or disk is full"), which is kept in parentheses for support.

#include <exception>
#include <string>

namespace bulletin::store {

[[nodiscard]] std::string userMessage(const std::exception& error);

}  // namespace bulletin::store
