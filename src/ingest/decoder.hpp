#pragma once
// Turns the bytes of a file into clean UTF-8: BOM detection (UTF-8/16/32), strict UTF-8 validation, otherwise
// ICU charset detection with a confidence floor. Binary files are rejected with a reason. The result is NFC
// with "\n" line endings.

#include <string>
#include <string_view>
#include <variant>

namespace bulletin::ingest {

struct Decoded final {
    std::string text;      // UTF-8, NFC, "\n" line endings, no BOM
    std::string encoding;  // e.g. "UTF-8", "UTF-16LE", "windows-1252"
};

struct DecodeFailure final {
    std::string message;
};

struct DecoderOptions final {
    int minConfidence = 10;             // ICU's 0-100 detection confidence
    double maxControlCharRatio = 0.05;  // C0 controls other than TAB/LF/CR/FF, of all bytes
};

[[nodiscard]] std::variant<Decoded, DecodeFailure> decode(std::string_view bytes, const DecoderOptions& options = {});

}  // namespace bulletin::ingest
