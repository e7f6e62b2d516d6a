#pragma once
// Learns one BoilerplateModel per source folder from a sample of the folder's files.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "boilerplate.hpp"
#include "discovery.hpp"

namespace bulletin::ingest {

using BoilerplateModels = std::map<std::string, std::shared_ptr<const BoilerplateModel>>;

// `all` are every discovered file (the sample is drawn from them); models are built for the folders of `needed`.
// Sampling is evenly spaced over the sorted paths, so the result is deterministic.
[[nodiscard]] BoilerplateModels learnBoilerplate(const std::vector<DiscoveredFile>& all,
                                                 const std::vector<const DiscoveredFile*>& needed,
                                                 std::size_t samplePerFolder, std::int64_t maxBytes);

[[nodiscard]] std::string folderOf(const std::string& path);

}  // namespace bulletin::ingest
