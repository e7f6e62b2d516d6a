#include "decoder.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <memory>
#include <optional>

#include "character_references.hpp"
#include "core/text.hpp"
#include "markup_text.hpp"

namespace bulletin::ingest {

namespace {

struct Bom final {
    std::string_view bytes;
    const char* encoding;
};

// Longest first: the UTF-32LE BOM starts with the UTF-16LE one.
constexpr Bom kBoms[] = {
    {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
    {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
    {std::string_view("\xEF\xBB\xBF", 3), "UTF-8"},
    {std::string_view("\xFE\xFF", 2), "UTF-16BE"},
    {std::string_view("\xFF\xFE", 2), "UTF-16LE"},
};

// Converts with ICU; fails on any illegal or unmappable sequence rather than inventing characters.
std::variant<std::string, DecodeFailure> convert(std::string_view bytes, const char* encoding) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(encoding, &status), &ucnv_close);
    if (U_FAILURE(status)) return DecodeFailure{std::string("unsupported encoding ") + encoding};
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    icu::UnicodeString utf16;
    const int32_t capacity = static_cast<int32_t>(bytes.size()) * 2 + 16;
    UChar* buffer = utf16.getBuffer(capacity);
    status = U_ZERO_ERROR;
    const int32_t n = ucnv_toUChars(conv.get(), buffer, capacity, bytes.data(), static_cast<int32_t>(bytes.size()),
                                    &status);
    utf16.releaseBuffer(U_SUCCESS(status) ? n : 0);
    if (U_FAILURE(status))
        return DecodeFailure{std::string("bytes are not valid ") + encoding + " (" + u_errorName(status) + ")"};
    std::string out;
    utf16.toUTF8String(out);
    return out;
}

// UTF-16 without a BOM: Latin text puts a NUL in every other byte. Returns the encoding or nullptr.
const char* sniffUtf16(std::string_view bytes) {
    if (bytes.size() < 4 || bytes.size() % 2 != 0) return nullptr;
    std::size_t evenNul = 0, oddNul = 0;
    const std::size_t n = std::min<std::size_t>(bytes.size(), 4096);
    for (std::size_t i = 0; i + 1 < n; i += 2) {
        evenNul += bytes[i] == '\0';
        oddNul += bytes[i + 1] == '\0';
    }
    const std::size_t pairs = n / 2;
    if (oddNul * 10 >= pairs * 7 && evenNul * 20 < pairs) return "UTF-16LE";
    if (evenNul * 10 >= pairs * 7 && oddNul * 20 < pairs) return "UTF-16BE";
    return nullptr;
}

std::optional<std::string> binaryReason(std::string_view bytes, double maxControlRatio) {
    std::size_t controls = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0) return "binary file: NUL byte at offset " + std::to_string(i);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
    }
    if (!bytes.empty() && static_cast<double>(controls) / static_cast<double>(bytes.size()) > maxControlRatio)
        return "binary file: " + std::to_string(controls) + " control characters in " + std::to_string(bytes.size()) +
               " bytes";
    return std::nullopt;
}

std::variant<std::string, DecodeFailure> detectAndConvert(std::string_view bytes, int minConfidence,
                                                           std::string& encoding) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status), &ucsdet_close);
    if (U_FAILURE(status)) return DecodeFailure{"charset detector unavailable"};
    ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &count, &status);
    if (U_FAILURE(status) || count == 0) return DecodeFailure{"cannot detect the character encoding"};
    std::string lastError;
    for (int32_t i = 0; i < count; ++i) {
        const int confidence = ucsdet_getConfidence(matches[i], &status);
        const char* name = ucsdet_getName(matches[i], &status);
        if (U_FAILURE(status) || confidence < minConfidence) break;
        // ISO-8859-1 guesses are upgraded to windows-1252, its superset: "smart quotes" live in 0x80-0x9F.
        std::string candidate = std::string_view(name) == "ISO-8859-1" ? "windows-1252" : name;
        auto converted = convert(bytes, candidate.c_str());
        if (auto* text = std::get_if<std::string>(&converted)) {
            encoding = candidate;
            return std::move(*text);
        }
        lastError = std::get<DecodeFailure>(converted).message;
    }
    return DecodeFailure{lastError.empty() ? "character encoding not recognised with enough confidence"
                                           : "character encoding not recognised: " + lastError};
}

std::variant<Decoded, DecodeFailure> finish(std::string text, std::string encoding, const DecoderOptions& options) {
    // A doubled byte order mark (files concatenated or converted twice) leaves U+FEFF at the start: not text.
    while (text::startsWith(text, "\xEF\xBB\xBF")) text.erase(0, 3);
    // Decoding can turn bytes into NULs and controls (UTF-16 "text" that is binary): the same test as for bytes.
    if (auto reason = binaryReason(text, options.maxControlCharRatio))
        return DecodeFailure{*reason + " (after decoding it as " + encoding + ")"};
    // A page's source saved as text is read as the page shows it; its character references, and those of text
    // copied out of a page ("Trade &amp; Industry"), are the characters they stand for (after the tags are gone:
    // "&lt;p&gt;" is text).
    if (auto page = markupText(text)) text = std::move(*page);
    text = decodeCharacterReferences(text);
    // (A page's text may open with the mark its tags stood before.)
    while (text::startsWith(text, "\xEF\xBB\xBF")) text.erase(0, 3);
    return Decoded{text::toNfc(text::normalizeLineEndings(text)), std::move(encoding)};
}

}  // namespace

std::variant<Decoded, DecodeFailure> decode(std::string_view bytes, const DecoderOptions& options) {
    for (const Bom& bom : kBoms) {
        if (!text::startsWith(bytes, bom.bytes)) continue;
        const auto body = bytes.substr(bom.bytes.size());
        if (std::string_view(bom.encoding) == "UTF-8") {
            if (!text::isValidUtf8(body)) return DecodeFailure{"invalid UTF-8 after a UTF-8 byte order mark"};
            return finish(std::string(body), "UTF-8", options);
        }
        auto converted = convert(body, bom.encoding);
        if (auto* failure = std::get_if<DecodeFailure>(&converted)) return *failure;
        return finish(std::move(std::get<std::string>(converted)), bom.encoding, options);
    }
    if (bytes.empty()) return DecodeFailure{"empty file"};
    if (const char* utf16 = sniffUtf16(bytes)) {
        auto converted = convert(bytes, utf16);
        if (auto* text = std::get_if<std::string>(&converted)) return finish(std::move(*text), utf16, options);
    }
    if (auto reason = binaryReason(bytes, options.maxControlCharRatio)) return DecodeFailure{*reason};
    if (text::isValidUtf8(bytes)) return finish(std::string(bytes), "UTF-8", options);
    std::string encoding;
    auto converted = detectAndConvert(bytes, options.minConfidence, encoding);
    if (auto* failure = std::get_if<DecodeFailure>(&converted)) return *failure;
    return finish(std::move(std::get<std::string>(converted)), encoding, options);
}

}  // namespace bulletin::ingest
