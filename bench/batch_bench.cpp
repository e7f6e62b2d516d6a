// Batch search and mark-filter benchmark on an existing archive.
//
//   batch_bench ARCHIVE [--names N] [--tags]
//
// Batch: N lines (default 10,000) made of the archive's own entity names (people, agencies and places, most
// mentioned first, so most lines have hits) and, for one line in ten, a name that is in no release (searched as a
// phrase); prints the wall time, lines per second and the peak RSS at 10%, 50% and 100% of the run (flat memory:
// the rows are small and nothing else is kept).
//
// --tags: tags 2,000 releases "bench-tag" and stars 500 in one undoable step each, measures p50/p95 of the first page
// plus the total for tag and star filters alone and with words, then undoes both steps (the archive's marks are as
// before; the log keeps the two undone steps).

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "search/batch_search.hpp"
#include "store/marks.hpp"

using namespace bulletin;
using Clock = std::chrono::steady_clock;

namespace {
long peakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

void tagFilters(store::Archive& archive, search::Searcher& searcher) {
    store::DocumentQuery all;
    all.limit = -1;
    auto ids = archive.reader().documentIds(all);
    std::vector<std::int64_t> tagged, starred;
    for (std::size_t i = 0; i < ids.size() && tagged.size() < 2000; i += std::max<std::size_t>(ids.size() / 2000, 1))
        tagged.push_back(ids[i]);
    for (std::size_t i = 0; i < tagged.size() && starred.size() < 500; i += 4) starred.push_back(tagged[i]);
    auto& marks = archive.marks();
    const auto t0 = Clock::now();
    (void)marks.addTag(tagged, "bench-tag");
    (void)marks.setStarred(starred, true);
    std::printf("marked %zu releases with a tag and %zu with a star in %.2f s\n", tagged.size(), starred.size(),
                seconds(t0));
    // Each filtered query beside the same query without the filter: what the filter itself costs.
    for (const char* query : {"tag:bench-tag", "is:starred", "police", "police tag:bench-tag", "police -tag:bench-tag",
                              "court", "court is:starred", "date:2015", "has:tag date:2015"}) {
        std::vector<double> ms;
        std::int64_t total = 0;
        for (int run = 0; run < 20; ++run) {
            search::SearchRequest r;
            r.query = query;
            const auto start = Clock::now();
            total = searcher.search(r).total;
            ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        }
        std::sort(ms.begin(), ms.end());
        std::printf("  %-26s p50 %6.1f ms  p95 %6.1f ms  (%lld releases)\n", query, ms[ms.size() / 2],
                    ms[ms.size() * 95 / 100], static_cast<long long>(total));
    }
    (void)marks.undo();
    (void)marks.undo();
    std::printf("both marking steps undone\n");
}
}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: batch_bench ARCHIVE [--names N] [--tags]\n");
        return 2;
    }
    std::size_t wanted = 10000;
    bool tags = false;
    for (int i = 2; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--names") && i + 1 < argc) wanted = std::stoul(argv[++i]);
        else if (!std::strcmp(argv[i], "--tags")) tags = true;
    }
    try {
        store::Archive archive(argv[1], tags ? store::Access::Write : store::Access::Read);
        search::Searcher searcher(archive);
        if (tags) tagFilters(archive, searcher);

        // The list: the archive's names, most mentioned first, and a tenth of names found nowhere.
        std::vector<search::BatchLine> lines;
        store::DocumentQuery all;
        std::vector<std::vector<std::string>> names;
        for (const auto type : {EntityType::Person, EntityType::Agency, EntityType::Location}) {
            names.emplace_back();
            for (const auto& e : archive.entities().entities(type, all)) names.back().push_back(e.name);
        }
        for (std::size_t i = 0; lines.size() < wanted; ++i) {
            std::string name;
            if (i % 10 == 9) {
                name = "Nobody Known Number " + std::to_string(i);
            } else {
                auto& pool = names[i % 3];
                if (pool.empty()) continue;
                name = pool[(i / 3) % pool.size()];
            }
            lines.push_back({static_cast<int>(lines.size() + 1), name, name, {}});
        }
        if (lines.empty()) return 0;
        std::printf("batch of %zu lines on %s; peak RSS before %ld MiB\n", lines.size(), argv[1], peakRssMiB());
        const auto start = Clock::now();
        std::size_t nextReport = lines.size() / 10;
        std::int64_t hits = 0;
        const auto rows = search::BatchSearch(searcher).run(lines, nullptr, [&](const search::BatchProgress& p) {
            if (p.done == nextReport || p.done == p.total) {
                std::printf("  %5zu lines  %6.1f s  peak RSS %ld MiB\n", p.done, seconds(start), peakRssMiB());
                nextReport = p.done < p.total / 2 ? p.total / 2 : p.total;
            }
        });
        for (const auto& r : rows) hits += r.hits > 0;
        const double elapsed = seconds(start);
        std::printf("%zu lines in %.1f s (%.0f lines/s), %lld with hits; peak RSS %ld MiB\n", rows.size(), elapsed,
                    static_cast<double>(rows.size()) / elapsed, static_cast<long long>(hits), peakRssMiB());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "batch_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
