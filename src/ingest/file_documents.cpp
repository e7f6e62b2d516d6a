#include "file_documents.hpp"

#include <filesystem>
#include <set>

#include "boilerplate_learner.hpp"

namespace fs = std::filesystem;

namespace bulletin::ingest {

std::vector<FileDocument> buildFileDocuments(const std::vector<std::string>& paths, std::int64_t maxBytes) {
    std::set<std::string> folders;
    std::vector<DiscoveredFile> inputs;
    for (const auto& p : paths) {
        std::error_code ec;
        const auto size = fs::file_size(p, ec);
        inputs.push_back({canonicalPath(p), ec ? 0 : static_cast<std::int64_t>(size), 0});
        folders.insert(fs::path(inputs.back().path).parent_path().string());
    }
    const auto pool = discover({folders.begin(), folders.end()}, {}).files;
    std::vector<const DiscoveredFile*> needed;
    for (const auto& f : inputs) needed.push_back(&f);
    const auto models = learnBoilerplate(pool, needed, 200, maxBytes);

    std::vector<FileDocument> out;
    out.reserve(inputs.size());
    for (const auto& f : inputs) out.push_back({f.path, buildDocument(f, *models.at(folderOf(f.path)), maxBytes)});
    return out;
}

}  // namespace bulletin::ingest
