#include "boilerplate_learner.hpp"

#include <set>

#include "decoder.hpp"
#include "document_builder.hpp"

namespace bulletin::ingest {

std::string folderOf(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

BoilerplateModels learnBoilerplate(const std::vector<DiscoveredFile>& all,
                                   const std::vector<const DiscoveredFile*>& needed, std::size_t samplePerFolder,
                                   std::int64_t maxBytes) {
    std::set<std::string> folders;
    for (const auto* f : needed) folders.insert(folderOf(f->path));
    std::map<std::string, std::vector<const DiscoveredFile*>> byFolder;
    for (const auto& f : all) {
        auto folder = folderOf(f.path);
        if (folders.count(folder)) byFolder[folder].push_back(&f);
    }
    BoilerplateModels models;
    const auto empty = std::make_shared<const BoilerplateModel>();
    for (const auto& folder : folders) {
        const auto& files = byFolder[folder];
        if (files.size() < BoilerplateModel::kMinSamples) {
            models[folder] = empty;
            continue;
        }
        const std::size_t n = std::min(samplePerFolder, files.size());
        std::vector<std::string> texts;
        texts.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            const auto* f = files[i * files.size() / n];
            auto bytes = readFileBytes(f->path, maxBytes);
            if (auto* b = std::get_if<std::string>(&bytes)) {
                auto decoded = decode(*b);
                if (auto* d = std::get_if<Decoded>(&decoded)) texts.push_back(std::move(d->text));
            }
        }
        models[folder] = std::make_shared<const BoilerplateModel>(BoilerplateModel::learn(texts));
    }
    return models;
}

}  // namespace bulletin::ingest
