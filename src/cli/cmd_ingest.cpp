#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "extract/extractor.hpp"
#include "ingest/change_debouncer.hpp"
#include "ingest/folder_watcher.hpp"
#include "ingest/ingester.hpp"
#include "store/archive.hpp"
#include "store/error.hpp"

namespace bulletin::cli {

namespace {

std::atomic<bool> gCancel{false};

extern "C" void onInterrupt(int) { gCancel.store(true); }

std::string humanBytes(double b) {
    const char* units[] = {"B", "KB", "MB", "GB", "TB"};
    int u = 0;
    while (b >= 1024 && u < 4) b /= 1024, ++u;
    char buf[32];
    std::snprintf(buf, sizeof buf, u ? "%.1f %s" : "%.0f %s", b, units[u]);
    return buf;
}

// A progress bar on a terminal; plain lines at most once a second otherwise.
class ConsoleProgress final : public ingest::ProgressListener {
public:
    explicit ConsoleProgress(bool quiet) : tty_(::isatty(STDERR_FILENO) != 0), quiet_(quiet) {}

    void onProgress(const ingest::IngestProgress& p) override {
        if (quiet_) return;
        const double processed = static_cast<double>(p.processed);
        const double total = static_cast<double>(p.toProcess);
        const double fraction = total > 0 ? std::min(1.0, processed / total) : 1.0;
        char eta[32] = "";
        if (p.etaSeconds() >= 0) std::snprintf(eta, sizeof eta, " ETA %.0fs", p.etaSeconds());
        char line[256];
        std::snprintf(line, sizeof line, "%3.0f%% %llu/%llu files, %llu new, %llu skipped, %llu failed, %.0f docs/s, %s/s%s",
                      fraction * 100, static_cast<unsigned long long>(p.processed),
                      static_cast<unsigned long long>(p.toProcess),
                      static_cast<unsigned long long>(p.added), static_cast<unsigned long long>(p.skipped),
                      static_cast<unsigned long long>(p.failed), p.docsPerSecond(),
                      humanBytes(p.bytesPerSecond()).c_str(), eta);
        if (tty_) {
            const int width = 24;
            const int filled = static_cast<int>(fraction * width);
            std::fprintf(stderr, "\r[%s%s] %s\033[K", std::string(static_cast<std::size_t>(filled), '#').c_str(),
                         std::string(static_cast<std::size_t>(width - filled), '.').c_str(), line);
        } else if (p.elapsedSeconds - lastLine_ >= 1.0) {
            lastLine_ = p.elapsedSeconds;
            std::fprintf(stderr, "progress: %s\n", line);
        }
    }

    void onRejected(const std::string& path, const std::string& stage, const std::string& why) override {
        if (quiet_) return;
        if (tty_ && !quiet_) std::fprintf(stderr, "\r\033[K");
        std::fprintf(stderr, "rejected: %s (%s): %s\n", path.c_str(), stage.c_str(), why.c_str());
    }

    void finish() const {
        if (tty_ && !quiet_) std::fprintf(stderr, "\n");
    }

private:
    bool tty_;
    bool quiet_;
    double lastLine_ = -1;
};

void printSummary(const ingest::IngestReport& report) {
    const auto& p = report.progress;
    std::fprintf(stderr,
                 "%s: %llu new documents, %llu duplicate files, %llu unchanged, %llu failed, %llu removed "
                 "(%.1f s, %.0f docs/s)\n",
                 report.cancelled ? "cancelled" : "done", static_cast<unsigned long long>(p.added),
                 static_cast<unsigned long long>(p.duplicates), static_cast<unsigned long long>(p.skipped),
                 static_cast<unsigned long long>(p.failed), static_cast<unsigned long long>(p.removed),
                 p.elapsedSeconds, p.docsPerSecond());
}

// After the first run: wait for changes, let them settle for a second, ingest again (incrementally). Ctrl+C stops.
int watchAndIngest(ingest::Ingester& ingester, const std::vector<std::filesystem::path>& roots,
                   ConsoleProgress& progress) {
    ingest::FolderWatcher watcher(roots);
    ingest::ChangeDebouncer debouncer(std::chrono::milliseconds(1000));
    std::fprintf(stderr, "watching %zu folder%s for changes; Ctrl+C stops\n", watcher.watchedFolders(),
                 watcher.watchedFolders() == 1 ? "" : "s");
    bool failures = false;
    while (!gCancel.load()) {
        for (const auto& path : watcher.wait(std::chrono::milliseconds(200)))
            debouncer.noteChange(path, ingest::ChangeDebouncer::Clock::now());
        if (debouncer.takeReady(ingest::ChangeDebouncer::Clock::now()).empty()) continue;
        const auto report = ingester.run(roots, gCancel, &progress);
        progress.finish();
        printSummary(report);
        failures = failures || report.progress.failed > 0;
    }
    std::fprintf(stderr, "stopped watching\n");
    return failures ? kExitPartial : kExitOk;
}

}  // namespace

int runIngest(const std::vector<std::string>& argv) {
    const Args args(argv, {{"archive", true},
                           {"include", true, true},
                           {"exclude", true, true},
                           {"max-size", true},
                           {"jobs", true},
                           {"prune", false},
                           {"watch", false},
                           {"quiet", false}});
    if (args.positional().empty()) throw UsageError("ingest needs at least one folder or file");
    warnIfTaggerMissing();
    const auto location = archiveLocation(args);
    ingest::IngestOptions options;
    if (!args.values("include").empty()) {
        options.discovery.include.clear();
        for (const auto& v : args.values("include"))
            for (const auto& p : splitList(v)) options.discovery.include.push_back(p);
    }
    for (const auto& v : args.values("exclude"))
        for (const auto& p : splitList(v)) options.discovery.exclude.push_back(p);
    options.discovery.maxFileSize =
        static_cast<std::uintmax_t>(args.intValue("max-size", 20, 1, 4096)) * 1024 * 1024;
    options.jobs = static_cast<unsigned>(args.intValue("jobs", 0, 0, 256));
    options.prune = args.flag("prune");

    std::vector<std::filesystem::path> roots(args.positional().begin(), args.positional().end());
    store::Archive archive(location, store::Access::Write);
    ingest::Ingester ingester(archive, options, extract::defaultAnalyzer());
    ConsoleProgress progress(args.flag("quiet"));
    gCancel = false;
    auto previous = std::signal(SIGINT, onInterrupt);
    auto previousTerm = std::signal(SIGTERM, onInterrupt);
    ingest::IngestReport report;
    try {
        report = ingester.run(roots, gCancel, &progress);
    } catch (...) {
        std::signal(SIGINT, previous);
        std::signal(SIGTERM, previousTerm);
        progress.finish();
        throw;
    }
    progress.finish();
    printSummary(report);
    if (args.flag("watch") && !report.cancelled) {
        const int code = watchAndIngest(ingester, roots, progress);
        std::signal(SIGINT, previous);
        std::signal(SIGTERM, previousTerm);
        return code;
    }
    std::signal(SIGINT, previous);
    std::signal(SIGTERM, previousTerm);
    const auto& p = report.progress;
    if (report.cancelled) {
        std::fprintf(stderr, "the archive is consistent; run the same command again to resume\n");
        return kExitPartial;
    }
    return p.failed > 0 ? kExitPartial : kExitOk;
}

}  // namespace bulletin::cli
