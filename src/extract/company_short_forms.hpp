#pragma once
// A company named once with its legal form ("Velmar Systems GmbH", "M/s Swift Catering") and elsewhere without it
// ("Velmar Systems said it would appeal"): the short form is the same company, not a person or a place the tagger
// might read it as.

#include <cstddef>
#include <string>
#include <vector>

#include "extraction_state.hpp"

namespace bulletin::extract {

// A company the legal-form rule found: the tokens [first, end) of its name before the form, and its canonical name.
struct CompanyName final {
    std::size_t first = 0, end = 0;
    std::string name;
};

// Mentions of each company's name without its form, as written elsewhere in the release (two words or more, the whole
// of a capitalised run), under the company's canonical name.
void findCompanyShortForms(ExtractionState& st, const std::vector<CompanyName>& companies);

}  // namespace bulletin::extract
