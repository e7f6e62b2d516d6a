#include "atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <random>
#include <stdexcept>

namespace bulletin::exporting {

AtomicFile::AtomicFile(std::filesystem::path target) : target_(std::move(target)) {
    std::random_device rd;
    temp_ = target_;
    temp_ += ".partial-" + std::to_string(rd() % 1000000);
    out_.open(temp_, std::ios::binary | std::ios::trunc);
    if (!out_)
        throw std::runtime_error("cannot write '" + target_.string() + "': " + std::strerror(errno));
}

AtomicFile::~AtomicFile() {
    if (committed_) return;
    out_.close();
    std::error_code ec;
    std::filesystem::remove(temp_, ec);
}

void AtomicFile::commit() {
    out_.flush();
    if (!out_) throw std::runtime_error("write to '" + target_.string() + "' failed (disk full?)");
    out_.close();
    std::error_code ec;
    std::filesystem::rename(temp_, target_, ec);
    if (ec) throw std::runtime_error("cannot move export into place at '" + target_.string() + "': " + ec.message());
    committed_ = true;
}

}  // namespace bulletin::exporting
