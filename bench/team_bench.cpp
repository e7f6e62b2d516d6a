// Team archive benchmark, in one run: a generated corpus (bench/generate_corpus) into a PostgreSQL server by one
// ingester, then into a second database by two ingesters at once (each given half of the corpus's source folders, as
// two machines would be), with docs/s and the server's size for each; the same corpus into an archive file; then the
// search mix (bench/search_mix.hpp) on the server and on the file.
//
//   team_bench CORPUS_DIR --server CONNINFO [--runs N] [--work DIR] [--keep] [--skip-one]
//
// CONNINFO names a role that may create databases ("host=/tmp/pgc port=5499 user=postgres dbname=postgres"). The
// bench makes bulletin_bench_one and bulletin_bench_two there (dropping earlier ones) and drops them at the end
// unless --keep. --skip-one leaves out the one-ingester run (the search mix then runs on the two-ingester database);
// --only-one runs the one ingester and the server's search mix alone (a million releases take an hour each way, so
// the two halves of the comparison can be measured in two sittings; the README says which figure came from which).

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "bench_support.hpp"
#include "extract/extractor.hpp"
#include "ingest/ingester.hpp"
#include "search_mix.hpp"
#include "store/postgresql/pg.hpp"

namespace fs = std::filesystem;
using namespace bulletin;
using bench::Clock;

namespace {

struct Run final {
    std::uint64_t files = 0, added = 0, failed = 0;
    double seconds = 0;
};

Run ingestInto(const store::Location& location, const std::vector<fs::path>& folders) {
    const auto t0 = Clock::now();
    store::Archive archive(location);
    std::atomic<bool> cancel{false};
    const auto report = ingest::Ingester(archive, {}, extract::defaultAnalyzer()).run(folders, cancel);
    Run run;
    run.files = report.progress.processed;
    run.added = report.progress.added;
    run.failed = report.progress.failed;
    run.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    return run;
}

void printRun(const char* label, const Run& run, double sizeMiB) {
    std::printf("%-34s %8llu files %8llu new %5llu failed %8.1f s %7.0f docs/s %9.1f MiB\n", label,
                static_cast<unsigned long long>(run.files), static_cast<unsigned long long>(run.added),
                static_cast<unsigned long long>(run.failed), run.seconds, static_cast<double>(run.files) / run.seconds,
                sizeMiB);
    std::fflush(stdout);
}

double databaseMiB(pg::Connection& admin, const std::string& name) {
    return static_cast<double>(admin.queryInt("SELECT pg_database_size($1)", pg::Params().add(name))) / 1048576.0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: team_bench CORPUS_DIR --server CONNINFO [--runs N] [--work DIR] [--keep]"
                             " [--skip-one|--only-one]\n");
        return 2;
    }
    const fs::path corpus = argv[1];
    std::string server;
    int runs = 20;
    fs::path work = fs::temp_directory_path() / "bulletin-team-bench";
    bool keep = false, skipOne = false, onlyOne = false;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--server" && i + 1 < argc)
            server = argv[++i];
        else if (arg == "--runs" && i + 1 < argc)
            runs = std::stoi(argv[++i]);
        else if (arg == "--work" && i + 1 < argc)
            work = argv[++i];
        else if (arg == "--keep")
            keep = true;
        else if (arg == "--skip-one")
            skipOne = true;
        else if (arg == "--only-one")
            onlyOne = true;
        else {
            std::fprintf(stderr, "team_bench: unknown option %s\n", arg.c_str());
            return 2;
        }
    }
    if (skipOne && onlyOne) {
        std::fprintf(stderr, "team_bench: --skip-one and --only-one leave nothing to run\n");
        return 2;
    }
    if (server.empty()) {
        std::fprintf(stderr, "team_bench: --server CONNINFO is needed (a role that may create databases)\n");
        return 2;
    }
    // The corpus's source folders, split in two halves for the two ingesters (generate_corpus writes source_N).
    std::vector<fs::path> folders;
    for (const auto& entry : fs::directory_iterator(corpus))
        if (entry.is_directory()) folders.push_back(entry.path());
    std::sort(folders.begin(), folders.end());
    if (folders.size() < 2) {
        std::fprintf(stderr, "team_bench: %s needs at least two source folders (bench/generate_corpus makes them)\n",
                     corpus.string().c_str());
        return 2;
    }
    const std::vector<fs::path> firstHalf(folders.begin(), folders.begin() + static_cast<long>(folders.size() / 2));
    const std::vector<fs::path> secondHalf(folders.begin() + static_cast<long>(folders.size() / 2), folders.end());

    try {
        pg::Connection admin(server);
        const std::vector<std::string> databases{"bulletin_bench_one", "bulletin_bench_two"};
        for (const auto& name : databases) {
            admin.exec("DROP DATABASE IF EXISTS " + name);
            admin.exec("CREATE DATABASE " + name);
        }
        auto locationOf = [&](const std::string& name) {
            return store::Location::parse("postgresql:" + server + " dbname=" + name);
        };
        for (const auto& name : databases) store::Archive make(locationOf(name));  // the schema, before timing

        std::printf("corpus %s: %zu source folders; ingesters use the default workers each\n", corpus.string().c_str(),
                    folders.size());
        Run one;
        if (!skipOne) {
            one = ingestInto(locationOf(databases[0]), folders);
            printRun("server, one ingester", one, databaseMiB(admin, databases[0]));
        }

        if (onlyOne) {
            std::printf("\nsearch mix on the server (%d runs each)\n", runs);
            {
                store::Archive archive(locationOf(databases[0]), store::Access::Read);
                bench::printSearchMix(archive, locationOf(databases[0]), runs);
            }
            if (!keep)
                for (const auto& name : databases) admin.exec("DROP DATABASE IF EXISTS " + name);
            std::printf("\npeak RSS %.0f MiB\n", bench::peakRssMiB());
            return 0;
        }
        Run halves[2];
        const auto t0 = Clock::now();
        std::exception_ptr failures[2];
        {
            std::thread other([&] {
                try {
                    halves[1] = ingestInto(locationOf(databases[1]), secondHalf);
                } catch (...) {
                    failures[1] = std::current_exception();
                }
            });
            try {
                halves[0] = ingestInto(locationOf(databases[1]), firstHalf);
            } catch (...) {
                failures[0] = std::current_exception();
            }
            other.join();
        }
        for (const auto& f : failures)
            if (f) std::rethrow_exception(f);
        Run two;
        two.files = halves[0].files + halves[1].files;
        two.added = halves[0].added + halves[1].added;
        two.failed = halves[0].failed + halves[1].failed;
        two.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
        printRun("server, two ingesters at once", two, databaseMiB(admin, databases[1]));
        if (!skipOne) std::printf("two ingesters against one: %.2fx\n", one.seconds / two.seconds);

        fs::create_directories(work);
        const auto file = work / "bench.bulletin";
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(file.string() + suffix);
        const Run alone = ingestInto(store::Location::parse(file.string()), folders);
        printRun("archive file, one ingester", alone, static_cast<double>(bench::archiveBytes(file)) / 1048576.0);

        const std::string searched = skipOne ? databases[1] : databases[0];
        for (const auto& location : {locationOf(searched), store::Location::parse(file.string())}) {
            std::printf("\nsearch mix on %s (%d runs each)\n", location.isFile() ? "the archive file" : "the server",
                        runs);
            store::Archive archive(location, store::Access::Read);
            bench::printSearchMix(archive, location, runs);
        }
        if (!keep)
            for (const auto& name : databases) admin.exec("DROP DATABASE IF EXISTS " + name);
        std::printf("\npeak RSS %.0f MiB\n", bench::peakRssMiB());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "team_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
