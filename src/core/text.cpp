#include "text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstring>

namespace bulletin::text {

bool isValidUtf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
        const unsigned c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int need;
        unsigned cp;
        if (c >= 0xC2 && c <= 0xDF) need = 1, cp = c & 0x1F;
        else if (c >= 0xE0 && c <= 0xEF) need = 2, cp = c & 0x0F;
        else if (c >= 0xF0 && c <= 0xF4) need = 3, cp = c & 0x07;
        else return false;
        if (end - p <= need) return false;
        for (int i = 1; i <= need; ++i) {
            if ((p[i] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF))) return false;
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        p += need + 1;
    }
    return true;
}

namespace {
bool isAscii(std::string_view s) {
    for (unsigned char c : s)
        if (c >= 0x80) return false;
    return true;
}

std::string toUtf8(const icu::UnicodeString& u) {
    std::string out;
    u.toUTF8String(out);
    return out;
}
}  // namespace

std::string toNfc(std::string_view s) {
    if (isAscii(s)) return std::string(s);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return std::string(s);
    const auto u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    if (nfc->isNormalized(u, status) && U_SUCCESS(status)) return std::string(s);
    status = U_ZERO_ERROR;
    const icu::UnicodeString n = nfc->normalize(u, status);
    return U_SUCCESS(status) ? toUtf8(n) : std::string(s);
}

std::string foldCase(std::string_view s) {
    if (isAscii(s)) return toLowerAscii(s);
    auto u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    u.foldCase();
    return toUtf8(u);
}

std::string foldForMatching(std::string_view s) {
    if (isAscii(s)) return toLowerAscii(s);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    auto u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    if (U_SUCCESS(status)) u = nfd->normalize(u, status);
    icu::UnicodeString kept;
    for (int32_t i = 0; i < u.length();) {
        const UChar32 c = u.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK) kept.append(c);
        i += U16_LENGTH(c);
    }
    kept.foldCase();
    return toUtf8(kept);
}

std::string normalizeLineEndings(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\r') {
            out.push_back('\n');
            if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
        } else if (c == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
            out.push_back('\n');  // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
            i += 2;
        } else {
            out.push_back(c);
        }
    }
    return out;
}

std::string_view trim(std::string_view s) {
    const char* ws = " \t\n\r\f\v";
    const auto b = s.find_first_not_of(ws);
    if (b == std::string_view::npos) return {};
    const auto e = s.find_last_not_of(ws);
    return s.substr(b, e - b + 1);
}

namespace {
// Length of a Unicode space character at the start of s, or 0.
std::size_t unicodeSpaceAt(std::string_view s, std::size_t i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
    if (c < 0x80) return 0;
    UChar32 cp = 0;
    int32_t j = static_cast<int32_t>(i);
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), j, static_cast<int32_t>(s.size()), cp);
    if (cp >= 0 && (u_isUWhiteSpace(cp) || cp == 0x200B || cp == 0xFEFF)) return static_cast<std::size_t>(j) - i;
    return 0;
}
}  // namespace

std::string_view trimUnicode(std::string_view s) {
    std::size_t b = 0;
    while (b < s.size()) {
        const auto n = unicodeSpaceAt(s, b);
        if (n == 0) break;
        b += n;
    }
    s.remove_prefix(b);
    // Scan backwards by finding the last non-space start.
    std::size_t lastEnd = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto n = unicodeSpaceAt(s, i);
        if (n) {
            i += n;
        } else {
            int32_t j = static_cast<int32_t>(i);
            UChar32 cp;
            U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), j, static_cast<int32_t>(s.size()), cp);
            (void)cp;
            i = static_cast<std::size_t>(j);
            lastEnd = i;
        }
    }
    return s.substr(0, lastEnd);
}

std::string collapseWhitespace(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pendingSpace = false;
    for (std::size_t i = 0; i < s.size();) {
        const auto n = unicodeSpaceAt(s, i);
        if (n) {
            pendingSpace = !out.empty();
            i += n;
            continue;
        }
        if (pendingSpace) out.push_back(' ');
        pendingSpace = false;
        out.push_back(s[i++]);
    }
    return out;
}

std::size_t lineStartWithin(std::string_view s, std::size_t at, std::size_t maxChars) {
    const std::size_t windowStart = at > maxChars + 1 ? at - maxChars - 1 : 0;
    const std::size_t newline = s.substr(windowStart, at - windowStart).rfind('\n');
    if (newline != std::string_view::npos) return windowStart + newline + 1;
    return at <= maxChars ? 0 : std::string_view::npos;
}

std::size_t countSpacedWords(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
        const bool space = c == ' ' || c == '\t';
        if (!space && !in) ++n;
        in = !space;
    }
    return n;
}

std::vector<std::string_view> splitLines(std::string_view s) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= s.size()) {
        const auto nl = s.find('\n', start);
        if (nl == std::string_view::npos) {
            if (start < s.size()) lines.push_back(s.substr(start));
            break;
        }
        lines.push_back(s.substr(start, nl - start));
        start = nl + 1;
    }
    return lines;
}

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool endsWith(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string toLowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += sep;
        out += parts[i];
    }
    return out;
}

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::size_t codePointCount(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

namespace {
constexpr std::uint64_t kMulA = 0x9E3779B97F4A7C15ULL;
constexpr std::uint64_t kMulB = 0xC2B2AE3D27D4EB4FULL;

}  // namespace

std::string contentHash(std::string_view bytes) {
    // Two independent lanes over 8-byte words, then a murmur3 finaliser on each.
    std::uint64_t a = 0x243F6A8885A308D3ULL ^ bytes.size();
    std::uint64_t b = 0x13198A2E03707344ULL ^ (bytes.size() * kMulB);
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, bytes.data() + i, 8);
        a = (a ^ (w * kMulA)) * kMulB;
        a = (a << 31) | (a >> 33);
        b = (b ^ (w * kMulB)) * kMulA;
        b = (b << 27) | (b >> 37);
    }
    std::uint64_t tail = 0;
    for (std::size_t k = 0; i + k < bytes.size(); ++k)
        tail |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[i + k])) << (8 * k);
    a = mix64(a ^ (tail * kMulA));
    b = mix64(b ^ (tail * kMulB) ^ a);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out(32, '0');
    for (int k = 0; k < 16; ++k) {
        out[static_cast<std::size_t>(15 - k)] = kHex[(a >> (4 * k)) & 0xF];
        out[static_cast<std::size_t>(31 - k)] = kHex[(b >> (4 * k)) & 0xF];
    }
    return out;
}

}  // namespace bulletin::text
