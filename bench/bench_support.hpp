#pragma once
// Shared by the benchmark programs: the figures they all print.

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <system_error>
#include <vector>

namespace bulletin::bench {

using Clock = std::chrono::steady_clock;

// The process's peak resident memory so far, in MiB.
inline double peakRssMiB() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0;
}

// Median and 95th percentile of `runs` timings of f, in milliseconds.
struct Timing final {
    double p50 = 0, p95 = 0;
};

template <typename F>
Timing measure(int runs, F&& f) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        f();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)]};
}

// An SQLite archive's size on disk with its write-ahead log and shared-memory files.
inline std::uintmax_t archiveBytes(const std::filesystem::path& file) {
    std::uintmax_t total = 0;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        std::error_code ec;
        const auto n = std::filesystem::file_size(std::filesystem::path(file.string() + suffix), ec);
        if (!ec) total += n;
    }
    return total;
}

}  // namespace bulletin::bench
