#pragma once
// Learns one BoilerplateModel per source folder from a sample of the folder's files.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "boilerplate.hpp"
#include "discovery.hpp"
#include "store/archive_writer.hpp"

namespace bulletin::ingest {

using BoilerplateModels = std::map<std::string, std::shared_ptr<const BoilerplateModel>>;

// `all` are every discovered file (the sample is drawn from them); models are built for the folders of `needed`.
// Sampling is evenly spaced over the sorted paths, so the result is deterministic.
[[nodiscard]] BoilerplateModels learnBoilerplate(const std::vector<DiscoveredFile>& all,
                                                 const std::vector<const DiscoveredFile*>& needed,
                                                 std::size_t samplePerFolder, std::int64_t maxBytes);

// As learnBoilerplate, through the archive: folders whose model the archive keeps (a team archive, where several
// ingesters must strip a folder's releases alike) use it; the others are learned here and offered to the archive,
// which keeps the first ingester's model for each folder.
[[nodiscard]] BoilerplateModels sharedBoilerplate(store::ArchiveWriter& writer, const std::vector<DiscoveredFile>& all,
                                                  const std::vector<const DiscoveredFile*>& needed,
                                                  std::size_t samplePerFolder, std::int64_t maxBytes);

[[nodiscard]] std::string folderOf(const std::string& path);

}  // namespace bulletin::ingest
