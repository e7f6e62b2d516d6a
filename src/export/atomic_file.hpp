#pragma once
// Writes to "<target>.partial-XXXX" and renames over the target on commit, so a failed or cancelled export never
// leaves a partial file under the target's name.

#include <filesystem>
#include <fstream>

namespace bulletin::exporting {

class AtomicFile final {
public:
    explicit AtomicFile(std::filesystem::path target);
    ~AtomicFile();  // removes the temporary file unless committed
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    [[nodiscard]] std::ostream& stream() { return out_; }
    // Flushes, checks for write errors and renames into place; throws std::runtime_error with the reason.
    void commit();

private:
    std::filesystem::path target_;
    std::filesystem::path temp_;
    std::ofstream out_;
    bool committed_ = false;
};

}  // namespace bulletin::exporting
