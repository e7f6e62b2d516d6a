#include "word_tokenizer.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <memory>
#include <vector>

#include "text.hpp"

namespace bulletin::text {

namespace {
bool isWordChar(UChar32 c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    const auto mask = U_GET_GC_MASK(c);
    return (mask & (U_GC_L_MASK | U_GC_N_MASK | U_GC_M_MASK)) != 0;
}

bool needsDictionary(UChar32 c) {
    if (c < 0x0E00) return false;  // below Thai: every script there separates words with spaces
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(c, &status)) {
        case USCRIPT_THAI:
        case USCRIPT_LAO:
        case USCRIPT_KHMER:
        case USCRIPT_MYANMAR:
        case USCRIPT_HAN:
        case USCRIPT_HIRAGANA:
        case USCRIPT_KATAKANA:
            return true;
        default:
            return false;
    }
}

// One word break iterator per thread: creating one loads dictionaries and costs milliseconds.
icu::BreakIterator* wordBreaker() {
    thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> b(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        return U_SUCCESS(status) ? std::move(b) : nullptr;
    }();
    return breaker.get();
}

bool emitFolded(std::string_view text, std::size_t begin, std::size_t end, std::string& buffer,
                const std::function<bool(const Word&)>& emit) {
    const auto piece = text.substr(begin, end - begin);
    buffer = foldForMatching(piece);  // ASCII: lower-cased without ICU
    if (buffer.empty()) return true;  // nothing but combining marks
    return emit(Word{buffer, begin, end});
}

// A run of word characters that contains text of a dictionary script: split it with ICU.
bool splitRun(std::string_view text, std::size_t begin, std::size_t end, std::string& buffer,
              const std::function<bool(const Word&)>& emit) {
    icu::BreakIterator* breaker = wordBreaker();
    if (!breaker) return emitFolded(text, begin, end, buffer, emit);
    const auto run = text.substr(begin, end - begin);
    const auto u = icu::UnicodeString::fromUTF8(icu::StringPiece(run.data(), static_cast<int32_t>(run.size())));
    // UTF-16 index -> byte offset in the run.
    std::vector<std::size_t> byteAt(static_cast<std::size_t>(u.length()) + 1, run.size());
    {
        int32_t i16 = 0;
        for (int32_t i8 = 0; i8 < static_cast<int32_t>(run.size());) {
            const int32_t start = i8;
            UChar32 c = 0;
            U8_NEXT(reinterpret_cast<const std::uint8_t*>(run.data()), i8, static_cast<int32_t>(run.size()), c);
            if (c < 0) c = 0xFFFD;
            byteAt[static_cast<std::size_t>(i16)] = static_cast<std::size_t>(start);
            i16 += U16_LENGTH(c);
            if (i16 > u.length()) break;
        }
    }
    breaker->setText(u);
    int32_t from = breaker->first();
    for (int32_t to = breaker->next(); to != icu::BreakIterator::DONE; from = to, to = breaker->next()) {
        if (breaker->getRuleStatus() == UBRK_WORD_NONE) continue;
        const auto b = begin + byteAt[static_cast<std::size_t>(from)];
        const auto e = begin + byteAt[static_cast<std::size_t>(to)];
        if (e > b && !emitFolded(text, b, e, buffer, emit)) return false;
    }
    return true;
}
}  // namespace

void forEachWord(std::string_view text, const std::function<bool(const Word&)>& emit) {
    const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto n = static_cast<int32_t>(text.size());
    std::string buffer;
    int32_t i = 0;
    while (i < n) {
        // Skip separators.
        int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(s, i, n, c);
        if (c < 0 || !isWordChar(c)) continue;
        // A run of word characters.
        bool dictionary = needsDictionary(c);
        int32_t end = i;
        while (end < n) {
            int32_t next = end;
            U8_NEXT(s, next, n, c);
            if (c < 0 || !isWordChar(c)) break;
            dictionary = dictionary || needsDictionary(c);
            end = next;
        }
        const bool go = dictionary ? splitRun(text, static_cast<std::size_t>(start), static_cast<std::size_t>(end), buffer, emit)
                                   : emitFolded(text, static_cast<std::size_t>(start), static_cast<std::size_t>(end), buffer, emit);
        if (!go) return;
        i = end;
    }
}

}  // namespace bulletin::text
