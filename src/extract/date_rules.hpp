#pragma once
// Dates of a document with their role (publication, event, other).

#include <vector>

#include "core/document.hpp"

namespace bulletin::extract {

[[nodiscard]] std::vector<DateMention> findDates(std::string_view text, std::size_t bodyOffset,
                                                 const std::optional<DateValue>& publication);

}  // namespace bulletin::extract
