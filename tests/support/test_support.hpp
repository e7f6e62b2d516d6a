#pragma once
// Helpers shared by the tests: temporary folders, file writing, the samples and the shared corpus.

#include <filesystem>
#include <string>
#include <string_view>

#include "support/catch.hpp"

namespace bulletin::test {

// A fresh folder under the system temp dir, removed with everything in it on destruction.
class TempDir final {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    [[nodiscard]] std::filesystem::path operator/(std::string_view name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

void writeFile(const std::filesystem::path& file, std::string_view bytes);
[[nodiscard]] std::string readFile(const std::filesystem::path& file);

[[nodiscard]] std::filesystem::path samplesDir();             // data/samples in the source tree
[[nodiscard]] std::filesystem::path sharedDir();              // ../shared beside the repository (may be absent)
[[nodiscard]] std::filesystem::path corpusDir();              // ../shared/corpus/orange_ca (may be absent)

// A command line run through the shell: its exit status (-1 when it did not exit normally), standard output, and
// standard error (captured through `errFile`).
struct ShellRun final {
    int exit = -1;
    std::string out, err;
};
[[nodiscard]] ShellRun runShell(std::string command, const std::filesystem::path& errFile);
// One shell word, single-quoted.
[[nodiscard]] std::string shellQuote(const std::string& s);

// Copies the five sample releases into `dir`.
void copySamples(const std::filesystem::path& dir);

}  // namespace bulletin::test
