#pragma once
// Named files to Documents the way ingest makes them, for commands that work on files rather than an archive
// (`bulletin-cli extract`, the extraction quality bench): the boilerplate of each file's folder is learned from a
// sample of that folder first, so page chrome is removed exactly as it is on ingest.

#include <string>
#include <variant>
#include <vector>

#include "document_builder.hpp"

namespace bulletin::ingest {

struct FileDocument final {
    std::string path;  // canonical
    std::variant<Document, BuildFailure> built;
};

[[nodiscard]] std::vector<FileDocument> buildFileDocuments(const std::vector<std::string>& paths,
                                                           std::int64_t maxBytes);

}  // namespace bulletin::ingest
