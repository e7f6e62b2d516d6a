#pragma once
// Counters reported while ingesting, shared by the CLI progress bar and the GUI.

#include <cstdint>
#include <string>

namespace bulletin::ingest {

struct IngestProgress final {
    std::uint64_t discovered = 0;  // candidate files found
    std::uint64_t toProcess = 0;   // new or changed files this run reads
    std::uint64_t processed = 0;   // of toProcess, handled in any way
    std::uint64_t done = 0;        // files read and stored (new, duplicate or replaced)
    std::uint64_t added = 0;       // new documents
    std::uint64_t duplicates = 0;  // files whose content was already in the archive
    std::uint64_t skipped = 0;     // unchanged since the last run
    std::uint64_t failed = 0;      // rejected or failed, with a reason in ingest_errors
    std::uint64_t removed = 0;     // files gone from disk and pruned
    std::uint64_t bytesTotal = 0;  // bytes of the files to process
    std::uint64_t bytesDone = 0;
    double elapsedSeconds = 0;

    [[nodiscard]] double docsPerSecond() const {
        return elapsedSeconds > 0 ? static_cast<double>(done + failed) / elapsedSeconds : 0;
    }
    [[nodiscard]] double bytesPerSecond() const {
        return elapsedSeconds > 0 ? static_cast<double>(bytesDone) / elapsedSeconds : 0;
    }
    // Seconds left, from the byte rate so far; negative when unknown.
    [[nodiscard]] double etaSeconds() const {
        const double rate = bytesPerSecond();
        if (rate <= 0 || bytesTotal < bytesDone) return -1;
        return static_cast<double>(bytesTotal - bytesDone) / rate;
    }
};

class ProgressListener {
public:
    virtual ~ProgressListener() = default;
    // Called from the writer thread, at most every few tens of milliseconds and once at the end.
    virtual void onProgress(const IngestProgress& progress) = 0;
    virtual void onRejected(const std::string& /*path*/, const std::string& /*stage*/, const std::string& /*why*/) {}
};

}  // namespace bulletin::ingest
