// The archive under stress from outside: another process reading while an ingest writes, an archive locked by
// another writer, a read-only archive, a full disk. Each gives a clear message and never a damaged archive.

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <thread>

#include "search/searcher.hpp"
#include "store/archive.hpp"
#include "store/archive_check.hpp"
#include "store/archive_reader.hpp"
#include "store/sqlite/sqlite.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {
using Run = test::ShellRun;
using test::shellQuote;

Run runCommand(std::string cmd, const fs::path& errFile) { return test::runShell(std::move(cmd), errFile); }

// bulletin-cli with arguments; `prefix` (e.g. "setpriv ...") goes before it.
Run shell(const std::string& prefix, const std::vector<std::string>& args, const fs::path& errFile) {
    std::string cmd = prefix + shellQuote(BULLETIN_CLI);
    for (const auto& a : args) cmd += " " + shellQuote(a);
    return runCommand(cmd, errFile);
}

void writeReleases(const fs::path& folder, int count, int first = 0) {
    fs::create_directories(folder);
    for (int i = first; i < first + count; ++i)
        test::writeFile(folder / ("r" + std::to_string(i) + ".txt"),
                        "Release " + std::to_string(i) + " on counter-narcotics cooperation\n\nIslamabad, 24 October "
                        "2018. The United Nations Office on Drugs and Crime (UNODC) met officials in Karachi to "
                        "discuss case number " + std::to_string(i * 7919) + " and training plans.");
}

std::int64_t documentCount(const fs::path& archive) {
    store::Archive a(archive, store::Access::Read);
    return a.reader().stats().documents;
}
}  // namespace

TEST_CASE("another process searches while an ingest writes, and sees a growing, consistent archive", "[failures][concurrency]") {
    test::TempDir dir;
    writeReleases(dir / "in", 1500);
    const auto archive = dir / "a.bulletin";
    // Create the archive first so the reader has something to open from the start.
    REQUIRE(shell("", {"ingest", "--archive", archive.string(), "--quiet", (dir / "none").string()}, dir / "e0").exit != -1);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::execl(BULLETIN_CLI, BULLETIN_CLI, "ingest", "--archive", archive.c_str(), "--quiet", (dir / "in").c_str(),
                static_cast<char*>(nullptr));
        ::_exit(127);
    }
    std::int64_t last = 0, searches = 0, growth = 0;
    int status = 0;
    for (;;) {
        const bool done = ::waitpid(pid, &status, WNOHANG) == pid;
        store::Archive reader(archive, store::Access::Read);
        search::Searcher searcher(reader);
        search::SearchRequest request;
        request.query = "agency:UNODC Karachi";
        request.limit = 5;
        const auto result = searcher.search(request);
        REQUIRE(result.ran);
        // Within one read transaction the count and the documents agree; across reads they only grow.
        CHECK(result.total >= last);
        CHECK(static_cast<std::int64_t>(result.rows.size()) == std::min<std::int64_t>(5, result.total));
        growth += result.total > last;
        last = result.total;
        ++searches;
        if (done) break;
        std::this_thread::sleep_for(20ms);
    }
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(last == 1500);
    CHECK(searches >= 3);
    WARN(searches << " searches during the ingest saw the count grow " << growth << " times");
    store::Archive a(archive, store::Access::Read);
    CHECK(a.check().ok());
}

TEST_CASE("an archive locked by another writer gives a clear message and stays intact", "[failures][locked]") {
    test::TempDir dir;
    writeReleases(dir / "first", 20);
    writeReleases(dir / "second", 20, 100);
    const auto archive = dir / "a.bulletin";
    REQUIRE(shell("", {"ingest", "--archive", archive.string(), "--quiet", (dir / "first").string()}, dir / "e0").exit == 0);
    {
        sql::Database holder(archive);
        holder.exec("BEGIN IMMEDIATE");  // another writer holds the write lock
        const auto r = shell("", {"ingest", "--archive", archive.string(), (dir / "second").string()}, dir / "e1");
        CHECK(r.exit == 2);
        INFO(r.err);
        CHECK(r.err.find("busy: another program is writing") != std::string::npos);
        // Readers are not blocked by a writer.
        const auto s = shell("", {"search", "--archive", archive.string(), "Karachi"}, dir / "e2");
        CHECK(s.exit == 0);
        holder.exec("ROLLBACK");
    }
    CHECK(documentCount(archive) == 20);
    REQUIRE(shell("", {"ingest", "--archive", archive.string(), "--quiet", (dir / "second").string()}, dir / "e3").exit == 0);
    CHECK(documentCount(archive) == 40);
    CHECK(shell("", {"check", "--archive", archive.string()}, dir / "e4").exit == 0);
}

TEST_CASE("a read-only archive can be searched, and an ingest says why it cannot write", "[failures][read-only]") {
    // Permissions do not bind root: as root, the commands run as the unprivileged "nobody" (setpriv).
    std::string as;
    if (::geteuid() == 0) {
        if (std::system("command -v setpriv >/dev/null 2>&1") != 0) {
            WARN("skipped: running as root without setpriv");
            return;
        }
        as = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    }
    test::TempDir dir;
    writeReleases(dir / "first", 10);
    writeReleases(dir / "second", 10, 100);
    const auto archive = dir / "a.bulletin";
    REQUIRE(shell("", {"ingest", "--archive", archive.string(), "--quiet", (dir / "first").string()}, dir / "e0").exit == 0);
    // Everything readable, nothing writable: the archive file and its folder.
    fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                    fs::perms::others_read | fs::perms::others_exec);
    for (const auto& e : fs::recursive_directory_iterator(dir.path()))
        fs::permissions(e.path(), e.is_directory() ? fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                                         fs::perms::others_read | fs::perms::others_exec
                                                   : fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    const auto errFile = fs::temp_directory_path() / ("bulletin-ro-" + std::to_string(::getpid()) + ".txt");
    const auto r = shell(as, {"ingest", "--archive", archive.string(), (dir / "second").string()}, errFile);
    CHECK(r.exit == 2);
    INFO(r.err);
    CHECK(r.err.find("read-only") != std::string::npos);
    const auto s = shell(as, {"search", "--archive", archive.string(), "Karachi", "--limit", "3"}, errFile);
    CHECK(s.exit == 0);
    CHECK(s.out.find("Release") != std::string::npos);
    fs::remove(errFile);
    fs::permissions(archive, fs::perms::owner_read | fs::perms::owner_write);
    CHECK(documentCount(archive) == 10);
    CHECK(shell("", {"check", "--archive", archive.string()}, dir / "e1").exit == 0);
}

TEST_CASE("a full disk stops an ingest with a clear message, and the archive stays intact and resumes", "[failures][disk-full]") {
    // A 3 MiB tmpfs in a private mount namespace (unshare works for root and, with user namespaces, for others).
    if (std::system("unshare -rm true >/dev/null 2>&1") != 0) {
        WARN("skipped: cannot create a private mount namespace for a small file system");
        return;
    }
    test::TempDir dir;
    writeReleases(dir / "in", 3000);
    const auto mount = dir / "small";
    fs::create_directories(mount);
    const auto archive = mount / "a.bulletin";
    const auto copy = dir / "copy.bulletin";
    // Ingest into the small file system until it is full, then copy the archive out (with its WAL) to inspect it.
    const std::string script =
        "mount -t tmpfs -o size=3m tmpfs " + shellQuote(mount.string()) + " && " + shellQuote(BULLETIN_CLI) + " ingest --archive " +
        shellQuote(archive.string()) + " --quiet " + shellQuote((dir / "in").string()) + "; rc=$?; " + shellQuote(BULLETIN_CLI) +
        " check --archive " + shellQuote(archive.string()) + " >/dev/null 2>&1; check=$?; cp " + shellQuote(archive.string()) +
        " " + shellQuote(copy.string()) + "; for s in -wal -shm; do [ -f " + shellQuote(archive.string()) + "$s ] && cp " +
        shellQuote(archive.string()) + "$s " + shellQuote(copy.string()) + "$s; done; echo \"$rc $check\"";
    const auto errFile = dir / "err.txt";
    const auto r = runCommand("unshare -rm sh -c " + shellQuote(script), errFile);
    INFO(r.out << r.err);
    int ingestExit = -1, checkExit = -1;
    REQUIRE(std::sscanf(r.out.c_str(), "%d %d", &ingestExit, &checkExit) == 2);
    CHECK(ingestExit == 2);
    CHECK(r.err.find("the disk holding the archive is full") != std::string::npos);
    CHECK(checkExit == 0);  // checked in place, on the full disk
    // What was committed before the disk filled is kept; the next run on a roomy disk completes it exactly.
    const auto kept = documentCount(copy);
    CHECK(kept < 3000);
    CHECK(kept > 0);
    WARN(kept << " of 3000 releases were stored before the disk filled");
    REQUIRE(shell("", {"ingest", "--archive", copy.string(), "--quiet", (dir / "in").string()}, dir / "e1").exit == 0);
    CHECK(documentCount(copy) == 3000);
    CHECK(shell("", {"check", "--archive", copy.string()}, dir / "e2").exit == 0);
}

TEST_CASE("output that cannot be written is a failure, not a success", "[failures][disk-full]") {
    test::TempDir dir;
    writeReleases(dir / "in", 5);
    const auto archive = dir / "a.bulletin";
    REQUIRE(shell("", {"ingest", "--archive", archive.string(), "--quiet", (dir / "in").string()}, dir / "e0").exit == 0);
    // /dev/full: every write fails with "No space left on device".
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"export", "--archive", archive.string(), "--out", "-"},
          std::vector<std::string>{"search", "--archive", archive.string(), "Karachi"},
          std::vector<std::string>{"list", "agencies", "--archive", archive.string(), "--format", "csv"}}) {
        std::string cmd = shellQuote(BULLETIN_CLI);
        for (const auto& a : args) cmd += " " + shellQuote(a);
        const auto r = runCommand(cmd + " >/dev/full", dir / "err.txt");
        INFO(args[0] << ": " << r.err);
        CHECK(r.exit == 2);
        CHECK(r.err.find("could not write") != std::string::npos);
    }
}
