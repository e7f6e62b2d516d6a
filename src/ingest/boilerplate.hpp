#pragma once
// Web-page chrome detection. Learned from the data (lines that recur across many files of one source folder,
// a site name appended to every headline) plus a short list of known patterns ("Skip to content", "Share"...).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace bulletin::ingest {

class BoilerplateModel final {
public:
    BoilerplateModel() = default;

    // Learns from decoded texts of one folder. Fewer than kMinSamples texts teach nothing (known patterns remain).
    [[nodiscard]] static BoilerplateModel learn(const std::vector<std::string>& texts);
    static constexpr std::size_t kMinSamples = 8;

    // True for lines that recur across the folder or match a known chrome pattern.
    [[nodiscard]] bool isBoilerplate(std::string_view line) const;

    // Both verdicts from one normalisation of the line (the parser asks both of every line of every file).
    struct LineVerdict final {
        bool boilerplate = false;
        bool endMarker = false;
    };
    [[nodiscard]] LineVerdict classify(std::string_view line) const;
    // True for a line after which the rest of a page is chrome ("Leave a Reply", "Latest Posts"...).
    [[nodiscard]] static bool isEndMarker(std::string_view line);
    [[nodiscard]] static bool isKnownChrome(std::string_view line);

    // Removes a learned site suffix such as " - Orange County District Attorney" from a headline.
    [[nodiscard]] std::string stripTitleSuffix(std::string_view title) const;

    // Whether it was learned from enough files (kMinSamples): an untrained model knows the built-in patterns only.
    [[nodiscard]] bool trained() const { return trained_; }
    // A compact, deterministic form for an archive whose ingesters share one model per folder; nullopt for bytes
    // that are not such a form (damaged, or from a newer Bulletin).
    [[nodiscard]] std::string serialize() const;
    [[nodiscard]] static std::optional<BoilerplateModel> deserialize(std::string_view bytes);

    [[nodiscard]] std::size_t learnedLineCount() const { return lines_.size(); }
    [[nodiscard]] const std::string& titleSuffix() const { return titleSuffix_; }

private:
    std::unordered_set<std::uint64_t> lines_;
    std::string titleSuffix_;
    bool trained_ = false;
};

// The key a line is compared by: white space collapsed, case folded (ASCII), hashed.
[[nodiscard]] std::uint64_t lineKey(std::string_view line);

}  // namespace bulletin::ingest
