#pragma once
// Minimal JSON output helpers (strings escaped per RFC 8259; UTF-8 passed through).

#include <string>
#include <string_view>
#include <vector>

namespace bulletin::exporting {

[[nodiscard]] std::string jsonString(std::string_view s);
[[nodiscard]] std::string jsonStringArray(const std::vector<std::string>& items);

}  // namespace bulletin::exporting
