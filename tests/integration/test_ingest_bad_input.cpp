// Every class of bad input ends either stored or listed in ingest_errors with a reason; nothing stops the run.

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <map>

#include "ingest/ingester.hpp"
#include "store/archive_check.hpp"
#include "store/archive_reader.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
namespace fs = std::filesystem;

namespace {
std::map<std::string, store::IngestErrorRow> errorsByName(store::Archive& archive) {
    auto& reader = archive.reader();
    std::map<std::string, store::IngestErrorRow> out;
    for (auto& e : reader.errors()) out[fs::path(e.path).filename().string()] = e;
    return out;
}
}  // namespace

TEST_CASE("bad files are rejected with reasons and good ones stored", "[ingest][bad-input]") {
    test::TempDir dir;
    const auto in = dir / "in";
    test::writeFile(in / "good.txt", "Good release\n\nBody about Lahore.");
    test::writeFile(in / "binary.txt", std::string("\x7F" "ELF\0\0\0\x01garbage", 14));
    test::writeFile(in / "empty.txt", "");
    test::writeFile(in / "invalid-utf8-with-bom.txt", "\xEF\xBB\xBFHeadline\n\xC3\x28 broken");
    std::string utf16 = "\xFF\xFE";
    for (char c : std::string("UTF-16 headline\n\nBody from Multan.")) utf16 += std::string{c, '\0'};
    test::writeFile(in / "utf16-bom.txt", utf16);
    std::string utf16nobom;
    for (char c : std::string("UTF-16 without BOM\n\nBody from Sukkur.")) utf16nobom += std::string{c, '\0'};
    test::writeFile(in / "utf16-nobom.txt", utf16nobom);
    test::writeFile(in / "cp1252.txt",
                    "Caf\xE9 owners meet officials\n\nThe owners said \x93we are grateful\x94 to the police of "
                    "Hyderabad for their help during the festival season this year.");
    test::writeFile(in / "big.txt", std::string(3 * 1024 * 1024, 'a'));
    test::writeFile(in / "unreadable.txt", "secret");
    ::chmod((in / "unreadable.txt").c_str(), 0);
    test::writeFile(in / "name-with-\xFF-byte.txt", "Odd name\n\nBody with an odd file name.");
    test::writeFile(in / "name\nwith-newline.txt", "Newline name\n\nBody in a file whose name has a newline.");
    fs::create_directory_symlink(in, in / "loop");

    store::Archive archive(dir / "a.bulletin");
    ingest::IngestOptions options;
    options.discovery.maxFileSize = 1024 * 1024;
    std::atomic<bool> cancel{false};
    auto report = ingest::Ingester(archive, options).run({in}, cancel);

    const auto errors = errorsByName(archive);
    CHECK(errors.at("binary.txt").message.find("NUL byte") != std::string::npos);
    CHECK(errors.at("empty.txt").message == "empty file");
    CHECK(errors.at("invalid-utf8-with-bom.txt").stage == "decode");
    CHECK(errors.at("big.txt").message.find("over the limit") != std::string::npos);
    if (::geteuid() != 0) CHECK(errors.at("unreadable.txt").stage == "read");  // root reads anything

    auto& reader = archive.reader();
    store::DocumentQuery q;
    for (const char* word : {"Lahore", "Multan", "Sukkur", "Hyderabad", "odd", "newline"}) {
        q.text = store::TextQuery::term(word);
        INFO(word);
        CHECK(reader.countDocuments(q) == 1);
    }
    CHECK(report.progress.failed == errors.size());
    CHECK(archive.check().ok());
}

TEST_CASE("a file that vanishes between discovery and reading is reported", "[ingest][bad-input]") {
    test::TempDir dir;
    for (int i = 0; i < 20; ++i)
        test::writeFile(dir / "in" / ("f" + std::to_string(i) + ".txt"),
                        "Release\n\nThe board of district " + std::string(1, static_cast<char>('a' + i)) +
                            " met today to discuss its budget.");
    store::Archive archive(dir / "a.bulletin");
    std::atomic<bool> cancel{false};
    ingest::IngestOptions options;
    options.jobs = 1;
    bool removed = false;
    // The analyzer of the first document deletes a later file, as another program might.
    ingest::Ingester ingester(archive, options, [&](const Document&) {
        if (!removed) fs::remove(dir / "in" / "f9.txt");
        removed = true;
        return Extraction{};
    });
    auto report = ingester.run({dir / "in"}, cancel);
    const auto errors = errorsByName(archive);
    REQUIRE(errors.count("f9.txt"));
    CHECK(errors.at("f9.txt").message.find("vanished") != std::string::npos);
    CHECK(report.progress.added == 19);
}
