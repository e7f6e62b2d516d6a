#pragma once
// Shared by the libFuzzer targets: a failed property aborts with a message, which libFuzzer reports as a crash
// and saves the input that caused it (then it becomes a regression test in tests/).

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/document.hpp"

namespace bulletin::fuzz {

inline void require(bool ok, const char* what) {
    if (ok) return;
    std::fprintf(stderr, "property violated: %s\n", what);
    std::abort();
}

// Every span lies inside the text it points into.
inline void requireSpan(std::size_t begin, std::size_t end, std::size_t size, const char* what) {
    require(begin <= end && end <= size, what);
}

inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

}  // namespace bulletin::fuzz
