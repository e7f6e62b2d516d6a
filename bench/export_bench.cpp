// Export benchmark: streams one list of an archive to a CSV file and prints rows, time, rate, file size and peak
// memory, to show that exports of a million rows and more run in constant memory.
//
//   export_bench ARCHIVE LIST [--query Q] [--format csv|jsonl] [--out FILE]

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "bench_support.hpp"
#include "export/list_export.hpp"

namespace fs = std::filesystem;
using namespace bulletin;
using bench::peakRssMiB;

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: export_bench ARCHIVE LIST [--query Q] [--format csv|jsonl] [--out FILE]\n");
        return 2;
    }
    const auto kind = exporting::listKindFromString(argv[2]);
    if (!kind) {
        std::fprintf(stderr, "export_bench: unknown list '%s'\n", argv[2]);
        return 2;
    }
    search::SearchRequest request;
    exporting::ExportOptions options;
    fs::path out = fs::temp_directory_path() / "bulletin-export-bench.csv";
    for (int i = 3; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--query") request.query = argv[i + 1];
        else if (arg == "--out") out = argv[i + 1];
        else if (arg == "--format")
            options.format = std::string(argv[i + 1]) == "jsonl" ? exporting::Format::JsonLines : exporting::Format::Csv;
        else {
            std::fprintf(stderr, "export_bench: unknown option %s\n", arg.c_str());
            return 2;
        }
    }
    store::Archive archive(argv[1], store::Access::Read);
    search::Searcher searcher(archive);
    const double rssBefore = peakRssMiB();
    std::int64_t lastShown = 0;
    const auto t0 = std::chrono::steady_clock::now();
    const auto result = exporting::exportListToFile(searcher, *kind, request, options, out, nullptr, [&](std::int64_t rows) {
        if (rows - lastShown >= 250000) {
            lastShown = rows;
            std::printf("  %10lld rows  %6.1f s  peak RSS %.0f MiB\n", static_cast<long long>(rows),
                        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), peakRssMiB());
            std::fflush(stdout);
        }
    });
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!result.ran) {
        for (const auto& n : result.notices) std::fprintf(stderr, "export_bench: %s\n", n.message.c_str());
        return 1;
    }
    std::error_code ec;
    const auto bytes = fs::file_size(out, ec);
    std::printf("export %s: %lld rows in %.1f s, %.0f rows/s, %.1f MiB written, peak RSS %.0f MiB (%.0f MiB before)\n",
                argv[2], static_cast<long long>(result.rows), seconds,
                seconds > 0 ? static_cast<double>(result.rows) / seconds : 0.0,
                static_cast<double>(ec ? 0 : bytes) / 1048576.0, peakRssMiB(), rssBefore);
    return 0;
}
