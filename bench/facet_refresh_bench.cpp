// What a facet index pays to follow an archive that grows: reading the facet data whole against reading only the
// releases stored since (the delta a window reads after a colleague's commit), on any archive location.
//
//   facet_refresh_bench LOCATION [--new N] [--runs R]
//
// N (default 200) is how many of the newest releases count as "stored since"; each figure is the median of R runs
// (default 5).

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "bench_support.hpp"
#include "store/archive.hpp"
#include "store/archive_reader.hpp"
#include "store/location.hpp"

using namespace bulletin;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: facet_refresh_bench LOCATION [--new N] [--runs R]\n");
        return 2;
    }
    std::uint32_t fresh = 200;
    int runs = 5;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (std::string(argv[i]) == "--new")
            fresh = static_cast<std::uint32_t>(std::stoul(argv[i + 1]));
        else if (std::string(argv[i]) == "--runs")
            runs = std::max(1, std::stoi(argv[i + 1]));
    }
    store::Archive archive(store::Location::parse(argv[1]), store::Access::Read);
    auto& reader = archive.reader();
    store::FacetData whole;
    const double wholeMs = bench::measure(runs, [&] { whole = reader.facetData(); }).p50;
    const std::uint32_t last = whole.base.lastDocument > fresh ? whole.base.lastDocument - fresh : 0;
    store::FacetData delta;
    double baseMs = 0;
    const double deltaMs = bench::measure(runs, [&] {
                               const auto t0 = bench::Clock::now();
                               (void)reader.facetBase(last, whole.base.lastEntity);
                               baseMs = std::chrono::duration<double, std::milli>(bench::Clock::now() - t0).count();
                               delta = reader.facetDataAfter(last, whole.base.lastEntity);
                           }).p50;
    std::printf("archive            %s\n", argv[1]);
    std::printf("releases           %lld (newest id %u), entity-release pairs %zu\n",
                static_cast<long long>(whole.base.documents), whole.base.lastDocument, whole.entityIds.size());
    std::printf("read whole         %.1f ms\n", wholeMs);
    std::printf("read %u newest     %.1f ms (of which the base check %.1f ms), %zu pairs\n", fresh, deltaMs, baseMs,
                delta.entityIds.size());
    return 0;
}
