#include "ingester.hpp"

#include <chrono>
#include <condition_variable>
#include <ctime>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include "boilerplate_learner.hpp"
#include "document_builder.hpp"
#include "store/archive_writer.hpp"
#include "store/corrections.hpp"

namespace bulletin::ingest {

namespace {

using Clock = std::chrono::steady_clock;

double threadCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

struct WorkResult final {
    std::optional<Document> document;
    Extraction extraction;
    store::PreparedDocument prepared;
    BuildFailure failure;
    bool unchangedBytes = false;  // mtime moved but the bytes hash as before
};

struct WorkItem final {
    const DiscoveredFile* file = nullptr;
    const BoilerplateModel* boilerplate = nullptr;
    const store::KnownFile* known = nullptr;
};

// Workers fill slots of a ring buffer; the writer drains them in index order.
class OrderedResults final {
public:
    explicit OrderedResults(std::size_t window) : slots_(window) {}

    // Blocks while the slot for `index` is still held by an unwritten earlier item. False when stopping.
    bool waitForRoom(std::size_t index) {
        std::unique_lock lock(mutex_);
        roomCv_.wait(lock, [&] { return stop_ || index < written_ + slots_.size(); });
        return !stop_;
    }

    void put(std::size_t index, WorkResult result) {
        {
            std::lock_guard lock(mutex_);
            slots_[index % slots_.size()] = std::move(result);
        }
        readyCv_.notify_all();
    }

    // Waits up to `timeout` for result `index`; nullopt on timeout (so the caller can check for cancellation).
    std::optional<WorkResult> take(std::size_t index, std::chrono::milliseconds timeout) {
        std::unique_lock lock(mutex_);
        auto& slot = slots_[index % slots_.size()];
        if (!readyCv_.wait_for(lock, timeout, [&] { return slot.has_value(); })) return std::nullopt;
        WorkResult r = std::move(*slot);
        slot.reset();
        written_ = index + 1;
        lock.unlock();
        roomCv_.notify_all();
        return r;
    }

    void stop() {
        {
            std::lock_guard lock(mutex_);
            stop_ = true;
        }
        roomCv_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable roomCv_, readyCv_;
    std::vector<std::optional<WorkResult>> slots_;
    std::size_t written_ = 0;
    bool stop_ = false;
};

bool underAnyRoot(const std::string& path, const std::vector<std::string>& roots) {
    for (const auto& r : roots) {
        if (path == r) return true;
        if (path.size() > r.size() && path.compare(0, r.size(), r) == 0 && (r.back() == '/' || path[r.size()] == '/'))
            return true;
    }
    return false;
}

}  // namespace

Ingester::Ingester(store::Archive& archive, IngestOptions options, Analyzer analyzer)
    : archive_(archive), options_(std::move(options)), analyzer_(std::move(analyzer)) {}

IngestReport Ingester::run(const std::vector<std::filesystem::path>& roots, const std::atomic<bool>& cancel,
                           ProgressListener* listener) {
    const auto started = Clock::now();
    IngestReport report;
    IngestProgress& p = report.progress;
    const auto writerOwner = archive_.newWriter();
    auto& writer = *writerOwner;
    const auto maxBytes = static_cast<std::int64_t>(options_.discovery.maxFileSize);

    DiscoveryResult found = discover(roots, options_.discovery);
    auto lap = started;
    auto seconds = [&lap] {
        const auto now = Clock::now();
        const double s = std::chrono::duration<double>(now - lap).count();
        lap = now;
        return s;
    };
    p.discovered = found.files.size() + found.rejected.size();
    const auto known = writer.knownFiles();

    std::vector<WorkItem> work;
    for (const auto& f : found.files) {
        auto it = known.find(f.path);
        if (it != known.end() && it->second.size == f.size && it->second.mtime == f.mtime) {
            ++p.skipped;
            continue;
        }
        work.push_back({&f, nullptr, it == known.end() ? nullptr : &it->second});
        p.bytesTotal += static_cast<std::uint64_t>(f.size);
    }
    p.toProcess = work.size();

    Clock::time_point lastReport{};
    auto report_ = [&](bool force) {
        const auto now = Clock::now();
        if (!listener || (!force && now - lastReport < std::chrono::milliseconds(50))) return;
        lastReport = now;
        p.elapsedSeconds = std::chrono::duration<double>(now - started).count();
        listener->onProgress(p);
    };
    auto reject = [&](const std::string& path, const std::string& stage, const std::string& why) {
        writer.recordError(path, stage, why);
        report.rejected.push_back({path, why});
        ++p.failed;
        if (listener) listener->onRejected(path, stage, why);
    };

    // Rejections found by discovery and files gone from disk are recorded in one small transaction.
    writer.begin();
    try {
        for (const auto& r : found.rejected) reject(r.path, "discover", r.message);
        if (options_.prune) {
            std::vector<std::string> rootStrings;
            for (const auto& r : roots) rootStrings.push_back(canonicalPath(r));
            std::set<std::string> present;
            for (const auto& f : found.files) present.insert(f.path);
            for (const auto& r : found.rejected) present.insert(r.path);
            for (const auto& [path, k] : known) {
                if (!present.count(path) && underAnyRoot(path, rootStrings)) {
                    writer.removeFile(path);
                    ++p.removed;
                }
            }
        }
        writer.commit();
    } catch (...) {
        writer.rollback();
        throw;
    }
    report_(true);

    report.discoverSeconds = seconds();
    std::vector<const DiscoveredFile*> needed;
    for (const auto& w : work) needed.push_back(w.file);
    const BoilerplateModels models =
        sharedBoilerplate(writer, found.files, needed, options_.boilerplateSample, maxBytes);
    for (auto& w : work) w.boilerplate = models.at(folderOf(w.file->path)).get();
    report.learnSeconds = seconds();

    // The writer wants a core of its own, but with the learned tagger extraction outweighs storing: on two cores
    // two workers and the writer share them (86,000 generated releases: 1,524 docs/s against 1,069 with one
    // worker), and on more cores the writer keeps one.
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const unsigned jobs = options_.jobs ? options_.jobs : std::max(2u, cores - 1);
    OrderedResults results(std::max<std::size_t>(options_.window, 1));
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stopWorkers{false};

    auto worker = [&] {
        for (;;) {
            const std::size_t i = next.fetch_add(1);
            if (i >= work.size() || stopWorkers.load()) return;
            if (!results.waitForRoom(i)) return;
            WorkResult r;
            if (cancel.load()) {
                r.failure = {"cancel", "cancelled"};
                results.put(i, std::move(r));
                continue;
            }
            const WorkItem& item = work[i];
            try {
                auto built = buildDocument(*item.file, *item.boilerplate, maxBytes);
                if (auto* doc = std::get_if<Document>(&built)) {
                    if (item.known && item.known->byteHash == doc->location.byteHash) {
                        r.unchangedBytes = true;
                        r.document = std::move(*doc);
                    } else {
                        if (analyzer_) r.extraction = analyzer_(*doc);
                        r.prepared = store::ArchiveWriter::prepare(*doc);
                        r.document = std::move(*doc);
                    }
                } else {
                    r.failure = std::get<BuildFailure>(built);
                }
            } catch (const std::exception& e) {
                r.failure = {"parse", std::string("internal error: ") + e.what()};
            }
            results.put(i, std::move(r));
        }
    };

    std::vector<std::thread> threads;
    for (unsigned t = 0; t < jobs && t < work.size(); ++t) threads.emplace_back(worker);
    auto stopAll = [&] {
        stopWorkers = true;
        results.stop();
        for (auto& t : threads) t.join();
        threads.clear();
    };

    std::size_t inBatch = 0;
    // The engine's preferred transaction size, when it has one, caps the caller's (a shared server's ingesters wait
    // on each other's open transactions).
    const std::size_t preferred = writer.preferredBatchSize();
    const std::size_t batchSize =
        std::max<std::size_t>(1, preferred > 0 ? std::min(options_.batchSize, preferred) : options_.batchSize);
    const double writerCpuAtStart = threadCpuSeconds();
    try {
        writer.begin();
        for (std::size_t i = 0; i < work.size(); ++i) {
            std::optional<WorkResult> r;
            while (!(r = results.take(i, std::chrono::milliseconds(20)))) {
                if (cancel.load()) break;
            }
            if (!r || cancel.load()) {
                report.cancelled = true;
                break;
            }
            const DiscoveredFile& f = *work[i].file;
            if (r->document) {
                if (r->unchangedBytes) {
                    writer.touchFile(r->document->location);
                    ++p.skipped;
                } else {
                    const auto outcome = writer.store(*r->document, r->extraction, r->prepared);
                    ++p.done;
                    if (outcome.newDocument)
                        ++p.added;
                    else
                        ++p.duplicates;
                }
            } else {
                reject(f.path, r->failure.stage, r->failure.message);
            }
            p.bytesDone += static_cast<std::uint64_t>(f.size);
            ++p.processed;
            if (++inBatch >= batchSize) {
                writer.commit();
                writer.begin();
                inBatch = 0;
            }
            report_(false);
        }
        writer.commit();
    } catch (...) {
        writer.rollback();
        stopAll();
        throw;
    }
    stopAll();
    report.writerCpuSeconds = threadCpuSeconds() - writerCpuAtStart;
    report.pipelineSeconds = seconds();
    // Acronyms defined in this run may explain earlier documents, and the other way round.
    writer.begin();
    try {
        writer.resolveAcronyms();
        archive_.corrections().applyToNewEntities();
        writer.commit();
    } catch (...) {
        writer.rollback();
        throw;
    }
    if (!report.cancelled && options_.optimizeAfter && p.added >= 1000) writer.optimizeIndex();
    report_(true);
    return report;
}

}  // namespace bulletin::ingest
