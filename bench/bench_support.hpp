#pragma once
// Shared by the benchmark programs: the figures they all print.

#include <sys/resource.h>

namespace bulletin::bench {

// The process's peak resident memory so far, in MiB.
inline double peakRssMiB() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0;
}

}  // namespace bulletin::bench
