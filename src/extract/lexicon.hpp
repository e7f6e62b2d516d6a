#pragma once
// Word lists of the recognisers, kept as data (data/lexicons/<name>.txt or .tsv: one entry per line, '#' comments) so that
// they can be read and extended without touching code. Entries are compared case-insensitively.

#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace bulletin::extract {

class Lexicon final {
public:
    // The named list from the shipped data folder (found like the gazetteers); empty when the file is missing.
    [[nodiscard]] static const Lexicon& get(std::string_view name);
    [[nodiscard]] static Lexicon load(const std::filesystem::path& file);

    [[nodiscard]] bool contains(std::string_view entry) const;
    [[nodiscard]] const std::vector<std::string>& entries() const { return entries_; }  // as written, file order
    [[nodiscard]] std::size_t maxWords() const { return maxWords_; }

private:
    std::vector<std::string> entries_;
    std::set<std::string, std::less<>> folded_;
    std::size_t maxWords_ = 0;
};

}  // namespace bulletin::extract
