#include <filesystem>

#include "ingest/discovery.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
using namespace bulletin::ingest;
namespace fs = std::filesystem;

TEST_CASE("globs", "[discovery]") {
    CHECK(globMatch("*.txt", "release.TXT"));
    CHECK(globMatch("press_[0-9]*.txt", "press_1.txt"));
    CHECK_FALSE(globMatch("*.txt", "release.txt.bak"));
    CHECK(globMatch("drafts/*", "drafts/a.txt"));
    CHECK_FALSE(globMatch("drafts/*", "drafts/sub/a.txt"));
    CHECK(globMatch("?.text", "a.text"));
}

TEST_CASE("recursive discovery with filters, hidden files and size limit", "[discovery]") {
    test::TempDir dir;
    test::writeFile(dir / "a.txt", "a");
    test::writeFile(dir / "sub" / "b.text", "b");
    test::writeFile(dir / "sub" / "c.html", "c");
    test::writeFile(dir / ".hidden.txt", "h");
    test::writeFile(dir / ".git" / "d.txt", "d");
    test::writeFile(dir / "big.txt", std::string(2048, 'x'));
    test::writeFile(dir / "drafts" / "e.txt", "e");
    DiscoveryOptions options;
    options.maxFileSize = 1024;
    options.exclude = {"drafts/*"};
    auto r = discover({dir.path()}, options);
    REQUIRE(r.files.size() == 2);
    CHECK(fs::path(r.files[0].path).filename() == "a.txt");
    CHECK(fs::path(r.files[1].path).filename() == "b.text");
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected[0].message.find("over the limit") != std::string::npos);
}

TEST_CASE("symbolic links are followed once, loops terminate", "[discovery]") {
    test::TempDir dir;
    test::writeFile(dir / "real" / "a.txt", "a");
    fs::create_directory_symlink(dir / "real", dir / "link");
    fs::create_directory_symlink(dir.path(), dir / "real" / "loop");
    fs::create_symlink(dir / "missing.txt", dir / "broken.txt");
    auto r = discover({dir.path()}, {});
    // real/a.txt is reached through the folder and the link, but the folder is walked once.
    CHECK(r.files.size() == 1);
    bool brokenReported = false;
    for (const auto& rej : r.rejected) brokenReported |= rej.message == "broken symbolic link";
    CHECK(brokenReported);
}

TEST_CASE("a missing root is reported, not fatal", "[discovery]") {
    test::TempDir dir;
    test::writeFile(dir / "a.txt", "a");
    auto r = discover({dir / "nope", dir.path()}, {});
    CHECK(r.files.size() == 1);
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected[0].message.find("cannot open") != std::string::npos);
}
