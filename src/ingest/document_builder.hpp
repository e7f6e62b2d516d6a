#pragma once
// One file to one Document: read, decode, parse structure, drop boilerplate, fingerprint. Runs on worker threads.

#include <string>
#include <variant>

#include "boilerplate.hpp"
#include "core/document.hpp"
#include "decoder.hpp"
#include "discovery.hpp"

namespace bulletin::ingest {

struct BuildFailure final {
    std::string stage;  // "read", "decode", "parse"
    std::string message;
};

// Reads a whole file; a failure message says why (vanished, permission denied...).
[[nodiscard]] std::variant<std::string, BuildFailure> readFileBytes(const std::string& path, std::int64_t maxBytes);

[[nodiscard]] std::variant<Document, BuildFailure> buildDocument(const DiscoveredFile& file,
                                                                 const BoilerplateModel& boilerplate,
                                                                 std::int64_t maxBytes);

// For already-read bytes (tests, the extract command).
[[nodiscard]] std::variant<Document, BuildFailure> buildDocumentFromBytes(std::string_view bytes,
                                                                          const FileLocation& location,
                                                                          const BoilerplateModel& boilerplate);

}  // namespace bulletin::ingest
