// SIGKILL at random moments during `bulletin-cli ingest`: after every kill the archive passes `check`, and running
// the ingest to the end gives exactly the archive an uninterrupted run gives.

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>
#include <thread>

#include "store/archive.hpp"
#include "store/sqlite/sqlite_archive.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
using namespace std::chrono_literals;

namespace {
int runCli(const std::vector<std::string>& args, std::chrono::milliseconds killAfter = 0ms) {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        std::vector<char*> argv{const_cast<char*>(BULLETIN_CLI)};
        for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        std::freopen("/dev/null", "w", stderr);
        std::freopen("/dev/null", "w", stdout);
        ::execv(BULLETIN_CLI, argv.data());
        ::_exit(127);
    }
    if (killAfter > 0ms) {
        std::this_thread::sleep_for(killAfter);
        ::kill(pid, SIGKILL);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Counts that describe an archive's content, independent of row ids and timestamps.
std::vector<std::int64_t> content(const std::filesystem::path& file) {
    store::Archive a(file, store::Access::Read);
    std::vector<std::int64_t> out;
    for (const char* sql :
         {"SELECT count(*) FROM documents", "SELECT count(*) FROM files", "SELECT count(*) FROM entities",
          "SELECT count(*) FROM document_entities", "SELECT count(*) FROM document_mentions",
          "SELECT count(*) FROM dates", "SELECT count(*) FROM meetings", "SELECT count(*) FROM meeting_participants",
          "SELECT count(*) FROM similar_documents", "SELECT count(*) FROM ingest_errors",
          "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'release'"})
        out.push_back(store::sqliteDatabase(a).queryInt(sql));
    return out;
}
}  // namespace

TEST_CASE("SIGKILL during ingest never corrupts the archive, the next run completes it exactly", "[crash]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    const char* places[] = {"Islamabad", "Karachi", "Quetta", "Lahore", "Peshawar", "Multan"};
    for (int i = 0; i < 400; ++i)
        test::writeFile(dir / "in" / ("gen" + std::to_string(1000 + i) + ".txt"),
                        "Release " + std::to_string(i) + " on border management\n\n" + places[i % 6] + ", " +
                            std::to_string(i % 28 + 1) + " March 2020. The Federal Investigation Agency (FIA) and "
                            "Mr. Ahmed Khan" + std::to_string(i) + ", Director General of the National Counter "
                            "Terrorism Authority (NACTA), held a meeting on case " + std::to_string(i * 7) + ".");
    const std::string in = (dir / "in").string();
    const std::string reference = (dir / "reference.bulletin").string();
    REQUIRE(runCli({"ingest", in, "--archive", reference, "--quiet"}) == 0);

    const std::string archive = (dir / "killed.bulletin").string();
    std::mt19937 rng(20261122);
    std::uniform_int_distribution<int> delay(30, 700);
    int killedMidRun = 0;
    for (int run = 0; run < 20; ++run) {
        const int code = runCli({"ingest", in, "--archive", archive, "--quiet"}, std::chrono::milliseconds(delay(rng)));
        killedMidRun += code == -1;
        INFO("after kill " << run);
        // A kill before the archive's schema was committed leaves no archive at all (it is built under another name
        // and linked into place), which `check` rightly reports as missing; any archive that exists must pass.
        if (std::filesystem::exists(archive)) CHECK(runCli({"check", "--archive", archive}) == 0);
    }
    CHECK(killedMidRun > 0);  // the kills did land while ingesting
    REQUIRE(runCli({"ingest", in, "--archive", archive, "--quiet"}) == 0);
    CHECK(runCli({"check", "--archive", archive}) == 0);
    CHECK(content(archive) == content(reference));
    CHECK_FALSE(std::filesystem::exists(archive + ".creating"));
}

TEST_CASE("SIGKILL while an archive is being created leaves no archive or a complete one", "[crash]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    const std::string in = (dir / "in").string();
    int missing = 0;
    int complete = 0;
    for (int delay = 5; delay <= 120; delay += 5) {
        const std::string archive = (dir / ("a" + std::to_string(delay) + ".bulletin")).string();
        runCli({"ingest", in, "--archive", archive, "--quiet"}, std::chrono::milliseconds(delay));
        INFO("killed after " << delay << " ms");
        if (!std::filesystem::exists(archive)) {
            ++missing;
            continue;
        }
        ++complete;
        CHECK(runCli({"check", "--archive", archive}) == 0);
        CHECK(runCli({"search", "release", "--archive", archive}) == 0);
    }
    // The next ingest into an abandoned half-built archive completes it.
    const std::string last = (dir / "a5.bulletin").string();
    REQUIRE(runCli({"ingest", in, "--archive", last, "--quiet"}) == 0);
    CHECK(runCli({"check", "--archive", last}) == 0);
    CHECK_FALSE(std::filesystem::exists(last + ".creating"));
    CHECK(missing + complete == 24);
}
