#pragma once
// The single writer. Owns the prepared statements used while ingesting; the caller groups calls in batches
// with begin()/commit() so that a document, its file location and its extracted data land together.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/document.hpp"

namespace bulletin::store {

struct KnownFile final {
    std::int64_t size = 0;
    std::int64_t mtime = 0;
    std::string byteHash;
    std::int64_t documentId = 0;
};

struct StoreOutcome final {
    std::int64_t documentId = 0;
    bool newDocument = false;       // false: the same content was already in the archive (a duplicate)
    bool replacedDocument = false;  // the file previously held other content
};

// What the writer would otherwise compute on its own thread, computed beforehand by a worker: the one writer is the
// ingest pipeline's narrowest point.
struct PreparedDocument final {
    std::string rawBlob;  // compressText(doc.raw)
};

class ArchiveWriter {
public:
    virtual ~ArchiveWriter() = default;
    // Thread-safe; touches no database.
    [[nodiscard]] static PreparedDocument prepare(const Document& doc);

    virtual void begin() = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;

    // Every file of the archive, with what the archive knows of it (size, mtime, bytes' hash, document).
    [[nodiscard]] virtual std::unordered_map<std::string, KnownFile> knownFiles() = 0;

    // Stores a document found at doc.location. Same content already stored: the file becomes one more location.
    virtual StoreOutcome store(const Document& doc, const Extraction& extraction, const PreparedDocument& prepared) = 0;
    StoreOutcome store(const Document& doc, const Extraction& extraction) {
        return store(doc, extraction, prepare(doc));
    }
    // The file's bytes are unchanged but its mtime moved: record the new stat only.
    virtual void touchFile(const FileLocation& location) = 0;
    // Forgets a file; its document goes too when no other file holds it.
    virtual void removeFile(std::string_view path) = 0;

    virtual void recordError(std::string_view path, std::string_view stage, std::string_view message) = 0;
    virtual void clearError(std::string_view path) = 0;

    // Links acronyms used without a definition to the one agency of the archive that has that acronym; earlier
    // documents gain the link when a later release defines the acronym. Returns the mentions linked.
    virtual std::int64_t resolveAcronyms() = 0;

    // The boilerplate models (chrome lines learned per source folder, in ingest's serialized form) the archive keeps
    // for these folders, so that every ingester of a shared archive strips a folder's releases alike. Outside a
    // transaction. An engine whose archive has one writer at a time (a SQLite file) keeps none: each run learns.
    [[nodiscard]] virtual std::map<std::string, std::string> boilerplateModels(
        const std::vector<std::string>& folders) {
        (void)folders;
        return {};
    }
    // Keeps models learned by this run for folders that had none, unless another ingester kept one first; returns
    // the model the archive holds for each of them now (this run's or the first ingester's).
    virtual std::map<std::string, std::string> keepBoilerplateModels(const std::map<std::string, std::string>& models) {
        return models;
    }

    // Releases per transaction this engine works best with (0: the caller's choice). A shared server wants short
    // transactions: an ingester inserting an entity another one inserted waits until that one commits.
    [[nodiscard]] virtual std::size_t preferredBatchSize() const { return 0; }

    // Compacts the full-text index (FTS5: merges its segments); worth it after large imports.
    virtual void optimizeIndex() = 0;

protected:
    ArchiveWriter() = default;
};

}  // namespace bulletin::store
