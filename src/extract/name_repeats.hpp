#pragma once
// Where a name a rule found stands again in the release, as written ("Velmar Systems" after "Velmar Systems GmbH",
// "Quillnet" after "About Quillnet"): the whole of a capitalised run each time, not the start of a longer name, nor
// its words after a connector of one ("the Center for COVID Control"), and nowhere already claimed.

#include <cstddef>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extraction_state.hpp"

namespace bulletin::extract {

class NameRepeats final {
public:
    explicit NameRepeats(const ExtractionState& state) : st_(state) {}

    // The first tokens of the other places the words of tokens [first, end) stand, in text order. A place already
    // claimed is left out unless `yields` says what holds it there gives way to the name (its bytes begin, end).
    [[nodiscard]] std::vector<std::size_t> of(std::size_t first, std::size_t end,
                                              const std::function<bool(std::size_t, std::size_t)>& yields = {});

private:
    const ExtractionState& st_;
    // Where each first word asked about stands: a name is looked for only where its first word is.
    std::unordered_map<std::string_view, std::vector<std::size_t>> positions_;
};

}  // namespace bulletin::extract
