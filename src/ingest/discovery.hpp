#pragma once
// Finds candidate release files under one or more roots.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace bulletin::ingest {

struct DiscoveryOptions final {
    std::vector<std::string> include{"*.txt", "*.text"};  // matched against the file name, case-insensitive
    std::vector<std::string> exclude;                     // matched against the file name and the relative path
    std::uintmax_t maxFileSize = 20ull * 1024 * 1024;
};

struct DiscoveredFile final {
    std::string path;  // absolute, lexically normal
    std::int64_t size = 0;
    std::int64_t mtime = 0;
};

struct Rejection final {
    std::string path;
    std::string message;
};

struct DiscoveryResult final {
    std::vector<DiscoveredFile> files;  // sorted by path
    std::vector<Rejection> rejected;    // over the size limit, unreadable folders...
};

// Glob with '*', '?' and '[...]' classes; '*' does not cross '/' unless the pattern holds a '/'.
[[nodiscard]] bool globMatch(std::string_view pattern, std::string_view text);

// Walks each root recursively. Hidden files and folders (".name") are skipped; symbolic links are followed, each
// real folder is entered once (loop protection). A root that is a file is taken as it is, whatever its name.
[[nodiscard]] DiscoveryResult discover(const std::vector<std::filesystem::path>& roots,
                                       const DiscoveryOptions& options);

// Absolute, lexically normal form used as a file's identity in the archive.
[[nodiscard]] std::string canonicalPath(const std::filesystem::path& path);

}  // namespace bulletin::ingest
