#include "discovery.hpp"

#include <algorithm>
#include <set>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>


namespace fs = std::filesystem;

namespace bulletin::ingest {

namespace {
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool matchClass(std::string_view pattern, std::size_t& p, char c) {
    // pattern[p] == '['; on return p is past the closing ']'.
    std::size_t i = p + 1;
    bool negate = i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^');
    if (negate) ++i;
    bool matched = false;
    bool first = true;
    for (; i < pattern.size() && (first || pattern[i] != ']'); ++i, first = false) {
        if (i + 2 < pattern.size() && pattern[i + 1] == '-' && pattern[i + 2] != ']') {
            if (lower(c) >= lower(pattern[i]) && lower(c) <= lower(pattern[i + 2])) matched = true;
            i += 2;
        } else if (lower(pattern[i]) == lower(c)) {
            matched = true;
        }
    }
    p = i + 1;
    return matched != negate;
}

bool globAt(std::string_view pat, std::size_t p, std::string_view s, std::size_t i, bool slashIsSpecial) {
    while (p < pat.size()) {
        const char pc = pat[p];
        if (pc == '*') {
            while (p < pat.size() && pat[p] == '*') ++p;
            if (p == pat.size()) return !slashIsSpecial || s.find('/', i) == std::string_view::npos;
            for (std::size_t k = i; k <= s.size(); ++k) {
                if (globAt(pat, p, s, k, slashIsSpecial)) return true;
                if (k < s.size() && slashIsSpecial && s[k] == '/') return false;
            }
            return false;
        }
        if (i >= s.size()) return false;
        if (pc == '?') {
            if (slashIsSpecial && s[i] == '/') return false;
            ++p, ++i;
        } else if (pc == '[') {
            if (!matchClass(pat, p, s[i])) return false;
            ++i;
        } else {
            if (lower(pc) != lower(s[i])) return false;
            ++p, ++i;
        }
    }
    return i == s.size();
}

std::int64_t mtimeSeconds(const struct stat& st) { return static_cast<std::int64_t>(st.st_mtime); }

struct Walker final {
    const DiscoveryOptions& options;
    DiscoveryResult& result;
    std::set<std::pair<dev_t, ino_t>> visitedDirs;

    bool included(const std::string& name, const std::string& relative) const {
        for (const auto& ex : options.exclude)
            if (globMatch(ex, name) || globMatch(ex, relative)) return false;
        return std::any_of(options.include.begin(), options.include.end(),
                           [&](const std::string& inc) { return globMatch(inc, name); });
    }

    void addFile(const fs::path& path, const struct stat& st) {
        const auto p = canonicalPath(path);
        if (static_cast<std::uintmax_t>(st.st_size) > options.maxFileSize) {
            result.rejected.push_back({p, "file is " + std::to_string(st.st_size) + " bytes, over the limit of " +
                                              std::to_string(options.maxFileSize) + " bytes"});
            return;
        }
        result.files.push_back({p, static_cast<std::int64_t>(st.st_size), mtimeSeconds(st)});
    }

    void walk(const fs::path& dir, const fs::path& root) {
        struct stat dst{};
        if (::stat(dir.c_str(), &dst) != 0) {
            result.rejected.push_back({canonicalPath(dir), "cannot read folder: " + std::string(std::strerror(errno))});
            return;
        }
        if (!visitedDirs.insert({dst.st_dev, dst.st_ino}).second) return;  // already walked (symlink loop or alias)
        std::error_code ec;
        fs::directory_iterator it(dir, fs::directory_options::none, ec);
        if (ec) {
            result.rejected.push_back({canonicalPath(dir), "cannot read folder: " + ec.message()});
            return;
        }
        for (; it != fs::directory_iterator(); it.increment(ec)) {
            if (ec) {
                result.rejected.push_back({canonicalPath(dir), "cannot list folder: " + ec.message()});
                break;
            }
            const fs::path& entry = it->path();
            const std::string name = entry.filename().string();
            if (name.empty() || name[0] == '.') continue;
            struct stat st{};
            if (::stat(entry.c_str(), &st) != 0) {
                struct stat lst{};
                if (::lstat(entry.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode))
                    result.rejected.push_back({canonicalPath(entry), "broken symbolic link"});
                else
                    result.rejected.push_back({canonicalPath(entry), std::string("cannot stat: ") + std::strerror(errno)});
                continue;
            }
            if (S_ISDIR(st.st_mode)) {
                walk(entry, root);
            } else if (S_ISREG(st.st_mode)) {
                const std::string relative = entry.lexically_relative(root).generic_string();
                if (included(name, relative)) addFile(entry, st);
            }
        }
    }
};
}  // namespace

bool globMatch(std::string_view pattern, std::string_view text) {
    return globAt(pattern, 0, text, 0, pattern.find('/') != std::string_view::npos);
}

std::string canonicalPath(const fs::path& path) {
    std::error_code ec;
    fs::path abs = fs::absolute(path, ec);
    if (ec) abs = path;
    return abs.lexically_normal().string();
}

DiscoveryResult discover(const std::vector<fs::path>& roots, const DiscoveryOptions& options) {
    DiscoveryResult result;
    Walker walker{options, result, {}};
    for (const auto& root : roots) {
        struct stat st{};
        if (::stat(root.c_str(), &st) != 0) {
            result.rejected.push_back({canonicalPath(root), std::string("cannot open: ") + std::strerror(errno)});
            continue;
        }
        if (S_ISDIR(st.st_mode)) walker.walk(root, root);
        else if (S_ISREG(st.st_mode)) walker.addFile(root, st);
        else result.rejected.push_back({canonicalPath(root), "not a regular file or folder"});
    }
    std::sort(result.files.begin(), result.files.end(),
              [](const DiscoveredFile& a, const DiscoveredFile& b) { return a.path < b.path; });
    result.files.erase(std::unique(result.files.begin(), result.files.end(),
                                   [](const DiscoveredFile& a, const DiscoveredFile& b) { return a.path == b.path; }),
                       result.files.end());
    return result;
}

}  // namespace bulletin::ingest
