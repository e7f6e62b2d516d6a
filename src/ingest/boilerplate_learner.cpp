#include "boilerplate_learner.hpp"

#include <atomic>
#include <set>
#include <thread>

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
    for (const auto& folder : folders) models[folder] = empty;
    // Folders are learned in parallel; each model depends only on its folder's sample, so the result is the same.
    std::vector<std::string> work(folders.begin(), folders.end());
    std::vector<std::shared_ptr<const BoilerplateModel>> learned(work.size());
    std::atomic<std::size_t> next{0};
    auto learnOne = [&](const std::string& folder) -> std::shared_ptr<const BoilerplateModel> {
        const auto& files = byFolder.at(folder);
        if (files.size() < BoilerplateModel::kMinSamples) return empty;
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
        return std::make_shared<const BoilerplateModel>(BoilerplateModel::learn(texts));
    };
    for (const auto& folder : work) (void)byFolder[folder];  // no insertion while threads read the map
    auto worker = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < work.size();) learned[i] = learnOne(work[i]);
    };
    const unsigned threads =
        std::max(1u, std::min<unsigned>(std::thread::hardware_concurrency(), static_cast<unsigned>(work.size())));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
    for (std::size_t i = 0; i < work.size(); ++i) models[work[i]] = learned[i];
    return models;
}

BoilerplateModels sharedBoilerplate(store::ArchiveWriter& writer, const std::vector<DiscoveredFile>& all,
                                    const std::vector<const DiscoveredFile*>& needed, std::size_t samplePerFolder,
                                    std::int64_t maxBytes) {
    std::set<std::string> folders;
    for (const auto* f : needed) folders.insert(folderOf(f->path));
    BoilerplateModels models;
    for (const auto& [folder, bytes] : writer.boilerplateModels({folders.begin(), folders.end()}))
        if (auto model = BoilerplateModel::deserialize(bytes))  // a damaged one is learned again, not kept
            models[folder] = std::make_shared<const BoilerplateModel>(std::move(*model));
    std::vector<const DiscoveredFile*> toLearn;
    for (const auto* f : needed)
        if (!models.count(folderOf(f->path))) toLearn.push_back(f);
    auto learned = learnBoilerplate(all, toLearn, samplePerFolder, maxBytes);
    std::map<std::string, std::string> offered;
    for (const auto& [folder, model] : learned)
        if (model->trained()) offered.emplace(folder, model->serialize());
    for (const auto& [folder, bytes] : writer.keepBoilerplateModels(offered)) {
        if (bytes == offered[folder]) continue;  // ours was kept
        if (auto model = BoilerplateModel::deserialize(bytes))
            learned[folder] = std::make_shared<const BoilerplateModel>(std::move(*model));
    }
    models.insert(learned.begin(), learned.end());
    return models;
}

}  // namespace bulletin::ingest
