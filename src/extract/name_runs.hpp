#pragma once
// The capitalised run a company's, a venue's or a school's name is read from (company_venue_rules.cpp).

#include <cstddef>

#include "extraction_state.hpp"

namespace bulletin::extract {

// The first token of the capitalised run that ends at token `last` (inclusive), walking back over capitalised
// words, numbers, "&", and "of"/"for"/"and" between capitalised words, within one sentence and at most 8 tokens. A
// sentence-initial function word ("The", "In") is not part of it, nor a title or an honorific, nor a person's role
// before "of" ("Estate Manager of Orchid Lane Pte Ltd").
[[nodiscard]] std::size_t runStart(const ExtractionState& st, std::size_t last);

}  // namespace bulletin::extract
