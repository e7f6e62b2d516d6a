#pragma once
// The date of an event from its own sentence: the date mention closest to the trigger, full or a range, one of the
// trigger's own clause first; a year alone only when said "in 2024" or in words and nothing finer is there.

#include <optional>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "tokens.hpp"

namespace bulletin::extract {

[[nodiscard]] std::optional<DateValue> sentenceDate(const std::vector<DateMention>& dates, const Sentence& s,
                                                    std::size_t at, std::string_view text);

}  // namespace bulletin::extract
