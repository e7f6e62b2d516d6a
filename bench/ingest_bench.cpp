// Ingest benchmark: the full pipeline on a corpus folder, then the same files loaded bare into FTS5 in the same
// process as a floor. Prints docs/s, MB/s, peak RSS and archive size.
//
//   ingest_bench CORPUS_DIR [--jobs N] [--work DIR] [--no-extract] [--every N]
//
// --no-extract runs the pipeline without extraction, to show what extraction costs.
// --every N prints the rate of each N documents as the archive grows: flat figures mean time grows linearly.

#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "bench_support.hpp"
#include "extract/extractor.hpp"
#include "ingest/discovery.hpp"
#include "ingest/ingester.hpp"
#include "store/sqlite/sqlite.hpp"

namespace fs = std::filesystem;
using namespace bulletin;
using bench::peakRssMiB;

namespace {

std::pair<double, double> cpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    auto s = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return {s(u.ru_utime), s(u.ru_stime)};
}

// Prints the rate of every `every` documents: whether ingest slows down as the archive grows.
class IntervalTrace final : public ingest::ProgressListener {
public:
    explicit IntervalTrace(std::uint64_t every) : every_(every) {}
    void onProgress(const ingest::IngestProgress& p) override {
        if (every_ == 0 || p.processed < next_) return;
        const double interval = p.elapsedSeconds - lastSeconds_;
        std::printf("  %9llu documents  %7.1f s  %6.0f docs/s over the last %llu\n",
                    static_cast<unsigned long long>(p.processed), p.elapsedSeconds,
                    interval > 0 ? static_cast<double>(p.processed - lastCount_) / interval : 0.0,
                    static_cast<unsigned long long>(p.processed - lastCount_));
        std::fflush(stdout);
        lastSeconds_ = p.elapsedSeconds;
        lastCount_ = p.processed;
        next_ = (p.processed / every_ + 1) * every_;
    }

private:
    std::uint64_t every_;
    std::uint64_t next_ = 0;
    std::uint64_t lastCount_ = 0;
    double lastSeconds_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: ingest_bench CORPUS_DIR [--jobs N] [--work DIR]\n");
        return 2;
    }
    const fs::path corpus = argv[1];
    unsigned jobs = 0;
    fs::path work = fs::temp_directory_path() / "bulletin-bench";
    bool extract = true;
    std::uint64_t every = 0;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--no-extract")
            extract = false;
        else if (arg == "--jobs" && i + 1 < argc)
            jobs = static_cast<unsigned>(std::stoul(argv[++i]));
        else if (arg == "--work" && i + 1 < argc)
            work = argv[++i];
        else if (arg == "--every" && i + 1 < argc)
            every = std::stoull(argv[++i]);
        else {
            std::fprintf(stderr, "ingest_bench: unknown option %s\n", arg.c_str());
            return 2;
        }
    }
    fs::create_directories(work);
    const auto archivePath = work / "bench.bulletin";
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(archivePath.string() + suffix);

    using Clock = std::chrono::steady_clock;
    auto t0 = Clock::now();
    ingest::IngestReport report;
    {
        store::Archive archive(archivePath);
        ingest::IngestOptions options;
        options.jobs = jobs;
        std::atomic<bool> cancel{false};
        IntervalTrace trace(every);
        report = ingest::Ingester(archive, options, extract ? extract::defaultAnalyzer() : ingest::Analyzer{})
                     .run({corpus}, cancel, every ? &trace : nullptr);
    }
    const double pipelineSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
    const double rss = peakRssMiB();
    const auto& p = report.progress;
    const double mb = static_cast<double>(p.bytesDone) / 1048576.0;
    std::printf("pipeline: %llu files (%llu new documents, %llu failed) in %.1f s\n",
                static_cast<unsigned long long>(p.processed), static_cast<unsigned long long>(p.added),
                static_cast<unsigned long long>(p.failed), pipelineSeconds);
    std::printf(
        "pipeline: discovery %.1f s, boilerplate learning %.1f s, workers + writer %.1f s"
        " (writer thread busy %.1f s)\n",
        report.discoverSeconds, report.learnSeconds, report.pipelineSeconds, report.writerCpuSeconds);
    std::printf("pipeline: CPU %.1f s user + %.1f s system for %.1f s wall\n", cpuSeconds().first, cpuSeconds().second,
                pipelineSeconds);
    std::printf("pipeline: %.0f docs/s, %.1f MB/s, peak RSS %.0f MiB, archive %.1f MiB\n",
                static_cast<double>(p.processed) / pipelineSeconds, mb / pipelineSeconds, rss,
                static_cast<double>(bench::archiveBytes(archivePath)) / 1048576.0);

    // Floor: read the same files and insert them into a bare FTS5 table, one transaction.
    const auto floorPath = work / "floor.db";
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(floorPath.string() + suffix);
    auto files = ingest::discover({corpus}, {}).files;
    t0 = Clock::now();
    {
        sql::Database db(floorPath);
        db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        db.exec("CREATE VIRTUAL TABLE t USING fts5(body)");
        db.exec("BEGIN");
        auto ins = db.prepare("INSERT INTO t (body) VALUES (?)");
        for (const auto& f : files) {
            std::ifstream in(f.path, std::ios::binary);
            std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
            ins.bind(1, text);
            ins.run();
        }
        db.exec("COMMIT");
    }
    const double floorSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
    std::printf("bare FTS5 floor: %zu files in %.1f s, %.0f docs/s, archive %.1f MiB\n", files.size(), floorSeconds,
                static_cast<double>(files.size()) / floorSeconds,
                static_cast<double>(bench::archiveBytes(floorPath)) / 1048576.0);
    return 0;
}
