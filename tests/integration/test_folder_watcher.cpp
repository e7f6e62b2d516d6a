#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <thread>

#include "ingest/folder_watcher.hpp"
#include "store/archive.hpp"
#include "store/archive_reader.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
using namespace std::chrono_literals;

namespace {
bool reported(ingest::FolderWatcher& w, const std::string& needle) {
    for (int i = 0; i < 20; ++i)
        for (const auto& p : w.wait(100ms))
            if (p.find(needle) != std::string::npos) return true;
    return false;
}
}  // namespace

TEST_CASE("new files, new subfolders and deletions are reported", "[watch]") {
    test::TempDir dir;
    test::writeFile(dir / "in" / "old.txt", "old");
    ingest::FolderWatcher watcher({dir / "in"});
    test::writeFile(dir / "in" / "new.txt", "new release");
    CHECK(reported(watcher, "new.txt"));
    std::filesystem::create_directories(dir / "in" / "sub");
    CHECK(reported(watcher, "sub"));
    test::writeFile(dir / "in" / "sub" / "deep.txt", "deep release");
    CHECK(reported(watcher, "deep.txt"));
    std::filesystem::remove(dir / "in" / "old.txt");
    CHECK(reported(watcher, "old.txt"));
    test::writeFile(dir / "in" / ".hidden.txt", "x");
    CHECK_FALSE(reported(watcher, ".hidden"));
    CHECK_THROWS_AS(ingest::FolderWatcher({dir / "missing"}), ingest::WatchError);
}

TEST_CASE("bulletin-cli ingest --watch picks up new files and stops on Ctrl+C", "[watch][cli]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    const std::string archive = (dir / "a.bulletin").string();
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        const std::string in = (dir / "in").string();
        std::freopen((dir / "watch.log").c_str(), "w", stderr);
        ::execl(BULLETIN_CLI, BULLETIN_CLI, "ingest", in.c_str(), "--archive", archive.c_str(), "--watch", "--quiet",
                static_cast<char*>(nullptr));
        ::_exit(127);
    }
    // Wait for the first run to finish and the watch to start.
    for (int i = 0; i < 100 && test::readFile(dir / "watch.log").find("watching") == std::string::npos; ++i)
        std::this_thread::sleep_for(100ms);
    test::writeFile(dir / "in" / "late.txt", "A late release\n\nOfficials met in Peshawar on 3 May 2021.");
    std::int64_t documents = 0;
    for (int i = 0; i < 100 && documents < 6; ++i) {
        std::this_thread::sleep_for(100ms);
        try {
            store::Archive a(archive, store::Access::Read);
            documents = a.reader().stats().documents;
        } catch (const std::exception&) {
        }
    }
    CHECK(documents == 6);
    ::kill(pid, SIGINT);
    int status = 0;
    ::waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(test::readFile(dir / "watch.log").find("stopped watching") != std::string::npos);
}
