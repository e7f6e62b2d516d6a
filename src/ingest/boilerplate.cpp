#include "boilerplate.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>

#include "core/text.hpp"
#include "line_unwrap.hpp"

namespace bulletin::ingest {

namespace {

// Lines that are page chrome wherever they appear (compared after lowering ASCII and collapsing spaces).
constexpr std::array<std::string_view, 45> kChrome{
    "skip to content",
    "skip to main content",
    "scroll to top",
    "back to top",
    "back to top button",
    "follow us",
    "search for",
    "search",
    "menu",
    "main menu",
    "toggle navigation",
    "share",
    "share this:",
    "share this",
    "tweet",
    "print",
    "email",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "home",
    "previous post",
    "next post",
    "read more",
    "leave a reply",
    "leave a comment",
    "cancel reply",
    "related posts",
    "latest posts",
    "recent posts",
    "you may also like",
    "related articles",
    "please leave this field empty.",
    // Navigation: section names alone on a line.
    "news",
    "press",
    "newsroom",
    "press releases",
    "press release",
    "news releases",
    "media",
    "media releases",
    "media centre",
    "media center",
    "contact us",
};

// Lines after which the remainder of a scraped page is chrome.
constexpr std::array<std::string_view, 12> kEndMarkers{
    "leave a reply",    "leave a comment", "back to top button", "related posts",
    "related articles", "latest posts",    "recent posts",       "you may also like",
    "more stories",     "share this:",     "share this article", "comments are closed.",
};

std::string normalizeLine(std::string_view line) {
    return text::toLowerAscii(text::collapseWhitespace(line));
}

bool isReadingTime(const std::string& n) {
    // "7 min read", "3 minute read"
    std::size_t i = 0;
    while (i < n.size() && std::isdigit(static_cast<unsigned char>(n[i]))) ++i;
    if (i == 0) return false;
    const std::string_view rest = std::string_view(n).substr(i);
    return rest == " min read" || rest == " minute read" || rest == " minutes read" || rest == " mins read";
}

// A spam check of a comment form: "Are You a Human? 6 + 6 =", "What is 3 + 4?", "7 x 2 = ". Its numbers change from
// page to page, so no learned line matches it. (Normalised: lower case, single spaces.)
bool isArithmeticCaptcha(const std::string& n) {
    std::size_t end = n.size();
    while (end > 0 && (n[end - 1] == ' ' || n[end - 1] == '?' || n[end - 1] == '=')) --end;
    if (end == n.size() || end == 0) return false;  // it ends in "=" or "?"
    std::size_t i = end;
    auto digitsBefore = [&]() {
        std::size_t k = i;
        while (k > 0 && std::isdigit(static_cast<unsigned char>(n[k - 1]))) --k;
        const bool found = k < i && i - k <= 2;
        i = k;
        return found;
    };
    if (!digitsBefore()) return false;
    while (i > 0 && n[i - 1] == ' ') --i;
    if (i == 0 || (n[i - 1] != '+' && n[i - 1] != '-' && n[i - 1] != 'x' && n[i - 1] != '*')) return false;
    --i;
    while (i > 0 && n[i - 1] == ' ') --i;
    if (!digitsBefore()) return false;
    // Short: a question and a sum, not a sentence of a release that ends in arithmetic.
    const std::size_t words = static_cast<std::size_t>(std::count(n.begin(), n.begin() + static_cast<long>(i), ' '));
    return words <= 6;
}

std::uint64_t fnv1a(std::string_view s) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
    return h;
}

// The part of a headline after its last " - ", " | " or " – " separator.
std::string_view suffixOf(std::string_view title) {
    std::size_t best = std::string_view::npos;
    for (std::string_view sep : {std::string_view(" - "), std::string_view(" | "), std::string_view(" \u2013 "),
                                 std::string_view(" \u2014 ")}) {
        const auto p = title.rfind(sep);
        if (p != std::string_view::npos && (best == std::string_view::npos || p > best)) best = p;
    }
    return best == std::string_view::npos ? std::string_view{} : title.substr(best);
}

// Eight words or more ending in a full stop, a question or an exclamation mark, or a semicolon: a clause of a list
// in running text ("a) Visit or write to us at the ... Headquarters @ 2 ... Road;"), which no menu or footer ends with.
bool looksLikeSentence(std::string_view line) {
    line = text::trimUnicode(line);
    if (line.empty() || (line.back() != '.' && line.back() != '!' && line.back() != '?' && line.back() != ';'))
        return false;
    return text::countSpacedWords(line) >= 8;
}

std::string_view firstNonEmptyLine(std::string_view text) {
    for (auto line : text::splitLines(text)) {
        auto t = text::trimUnicode(line);
        if (!t.empty()) return t;
    }
    return {};
}

}  // namespace

std::uint64_t lineKey(std::string_view line) {
    return fnv1a(normalizeLine(line));
}

BoilerplateModel BoilerplateModel::learn(const std::vector<std::string>& texts) {
    BoilerplateModel model;
    if (texts.size() < kMinSamples) return model;
    model.trained_ = true;
    std::unordered_map<std::uint64_t, std::size_t> documentFrequency;
    std::unordered_set<std::uint64_t> sentences;
    std::unordered_map<std::string, std::size_t> suffixes;
    for (const auto& t : texts) {
        std::unordered_set<std::uint64_t> seen;
        // The lines structure parsing will classify: a wrapped paragraph is one line there.
        for (const auto& line : unwrapLines(text::splitLines(t))) {
            if (text::trimUnicode(line).empty()) continue;
            const auto key = lineKey(line);
            seen.insert(key);
            if (looksLikeSentence(line)) sentences.insert(key);
        }
        for (auto k : seen) ++documentFrequency[k];
        const auto suffix = suffixOf(firstNonEmptyLine(t));
        if (!suffix.empty()) ++suffixes[std::string(suffix)];
    }
    // A line in at least 10% of a folder's files (and at least 4 of them) is the site's, not the release's.
    const std::size_t threshold = std::max<std::size_t>(4, (texts.size() + 9) / 10);
    // A sentence of running text shared by many releases ("The Official Cash Rate will remain unchanged at 7.25
    // percent.") is the news of each of them unless nearly every release has it (a standard closing paragraph).
    const std::size_t sentenceThreshold = std::max<std::size_t>(threshold, (texts.size() * 3 + 9) / 10);
    for (const auto& [key, df] : documentFrequency)
        if (df >= (sentences.count(key) ? sentenceThreshold : threshold)) model.lines_.insert(key);
    for (const auto& [suffix, count] : suffixes)
        if (count * 2 >= texts.size()) model.titleSuffix_ = suffix;
    return model;
}

namespace {
bool isChromeLine(const std::string& normalized) {
    if (normalized.empty()) return false;
    if (std::find(kChrome.begin(), kChrome.end(), normalized) != kChrome.end()) return true;
    return isReadingTime(normalized) || isArithmeticCaptcha(normalized);
}

bool isEndMarkerLine(const std::string& normalized) {
    return std::find(kEndMarkers.begin(), kEndMarkers.end(), normalized) != kEndMarkers.end();
}
}  // namespace

bool BoilerplateModel::isKnownChrome(std::string_view line) {
    return isChromeLine(normalizeLine(line));
}

bool BoilerplateModel::isBoilerplate(std::string_view line) const {
    return classify(line).boilerplate;
}

bool BoilerplateModel::isEndMarker(std::string_view line) {
    return isEndMarkerLine(normalizeLine(line));
}

BoilerplateModel::LineVerdict BoilerplateModel::classify(std::string_view line) const {
    const std::string n = normalizeLine(line);
    LineVerdict verdict;
    verdict.endMarker = isEndMarkerLine(n);
    verdict.boilerplate = isChromeLine(n) || (!lines_.empty() && lines_.count(fnv1a(n)) > 0);
    return verdict;
}

namespace {
// "BPM1", the title suffix's length (4 bytes) and bytes, the number of line keys (4 bytes), the keys (8 bytes each,
// in increasing order); integers little-endian.
constexpr std::string_view kModelMagic = "BPM1";

void putInteger(std::string& out, std::uint64_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

std::optional<std::uint64_t> takeInteger(std::string_view& in, int bytes) {
    if (in.size() < static_cast<std::size_t>(bytes)) return std::nullopt;
    std::uint64_t value = 0;
    for (int i = 0; i < bytes; ++i) value |= static_cast<std::uint64_t>(static_cast<unsigned char>(in[i])) << (8 * i);
    in.remove_prefix(static_cast<std::size_t>(bytes));
    return value;
}
}  // namespace

std::string BoilerplateModel::serialize() const {
    std::vector<std::uint64_t> keys(lines_.begin(), lines_.end());
    std::sort(keys.begin(), keys.end());
    std::string out(kModelMagic);
    putInteger(out, titleSuffix_.size(), 4);
    out += titleSuffix_;
    putInteger(out, keys.size(), 4);
    for (const auto k : keys) putInteger(out, k, 8);
    return out;
}

std::optional<BoilerplateModel> BoilerplateModel::deserialize(std::string_view in) {
    if (in.substr(0, kModelMagic.size()) != kModelMagic) return std::nullopt;
    in.remove_prefix(kModelMagic.size());
    BoilerplateModel model;
    const auto suffixLength = takeInteger(in, 4);
    if (!suffixLength || *suffixLength > in.size()) return std::nullopt;
    model.titleSuffix_ = std::string(in.substr(0, *suffixLength));
    in.remove_prefix(*suffixLength);
    const auto count = takeInteger(in, 4);
    if (!count || in.size() != *count * 8) return std::nullopt;
    model.lines_.reserve(*count);
    for (std::uint64_t i = 0; i < *count; ++i) model.lines_.insert(*takeInteger(in, 8));
    model.trained_ = true;
    return model;
}

std::string BoilerplateModel::stripTitleSuffix(std::string_view title) const {
    if (!titleSuffix_.empty() && text::endsWith(title, titleSuffix_) && title.size() > titleSuffix_.size())
        return std::string(text::trimUnicode(title.substr(0, title.size() - titleSuffix_.size())));
    return std::string(title);
}

}  // namespace bulletin::ingest
