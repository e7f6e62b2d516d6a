#pragma once
// The words full-text search indexes and looks up, for every script. Words are runs of letters, digits and
// combining marks, case folded and with diacritics removed ("Zakariyyā" -> "zakariyya"); runs in scripts written
// without spaces (Thai, Lao, Khmer, Myanmar, Chinese, Japanese) are split into words by ICU's dictionary-based
// word breaking, as Calibre's ICU tokenizer does. Latin-script text never reaches ICU's break iterator, so
// indexing it costs little more than SQLite's own unicode61 tokenizer.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace bulletin::text {

struct Word final {
    std::string_view folded;  // valid during the callback only
    std::size_t begin = 0;    // byte offsets of the word in the text
    std::size_t end = 0;
};

// Calls `emit` for each word in order; stops early when it returns false.
void forEachWord(std::string_view text, const std::function<bool(const Word&)>& emit);

}  // namespace bulletin::text
