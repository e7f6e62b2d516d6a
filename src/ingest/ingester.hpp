#pragma once
// The ingest pipeline: discovery -> worker threads (read, decode, parse, extract) -> one writer (batched
// transactions). Results are written in path order whatever the number of workers, so the archive's content does
// not depend on --jobs. Memory stays bounded: at most `window` parsed documents are in flight.

#include <atomic>
#include <filesystem>
#include <functional>
#include <vector>

#include "core/document.hpp"
#include "discovery.hpp"
#include "progress.hpp"
#include "store/archive.hpp"

namespace bulletin::ingest {

// Extraction run on each document by the workers; ingest itself knows nothing of extraction rules.
using Analyzer = std::function<Extraction(const Document&)>;

struct IngestOptions final {
    DiscoveryOptions discovery;
    unsigned jobs = 0;           // worker threads; 0 = one fewer than the cores (the writer has its own), at least 2
    bool prune = false;          // forget files under the roots that are gone from disk
    std::size_t batchSize = 500; // documents per transaction
    std::size_t window = 256;    // parsed documents in flight at most
    std::size_t boilerplateSample = 200;  // files per folder read to learn its boilerplate
    bool optimizeAfter = true;   // merge FTS5 segments after large imports
};

struct IngestReport final {
    IngestProgress progress;
    bool cancelled = false;
    std::vector<Rejection> rejected;  // this run's rejected files, with reasons
    // Where the time went, for benchmarks: discovery, boilerplate learning, the parallel pipeline.
    double discoverSeconds = 0, learnSeconds = 0, pipelineSeconds = 0;
    // CPU time of the writing thread during the pipeline: when it nears pipelineSeconds, the writer is the limit.
    double writerCpuSeconds = 0;
};

class Ingester final {
public:
    Ingester(store::Archive& archive, IngestOptions options, Analyzer analyzer = {});

    // Throws store::Error when the archive itself fails (disk full, locked); the batch in
    // progress is rolled back and earlier batches stay, so the next run resumes.
    IngestReport run(const std::vector<std::filesystem::path>& roots, const std::atomic<bool>& cancel,
                     ProgressListener* listener = nullptr);

private:
    store::Archive& archive_;
    IngestOptions options_;
    Analyzer analyzer_;
};

}  // namespace bulletin::ingest
