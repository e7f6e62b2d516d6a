#pragma once
// The publication date from the strongest evidence, with its source. A release's own date line (a dateline, a
// "For Immediate Release" date, a date alone on a header line, a sign-off reference line) beats front matter, which
// beats a page's "Published"/"Posted" label (never an "Updated" one), which beats a date in the file or folder
// name, which beats a full date in the headline ("Police Media Release - 2025.06.14"), which beats the first full date
// of the opening text. When sources disagree, every one is kept.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date_value.hpp"

namespace bulletin::ingest {

// Strongest first: the order is the ranking.
enum class DateSource { OwnDateLine, FrontMatter, PublishedLabel, FileName, Headline, OpeningText };

[[nodiscard]] const char* toString(DateSource source);

struct DateEvidence final {
    DateValue value;
    DateSource source = DateSource::OpeningText;
};

struct PublicationDate final {
    std::optional<DateValue> value;
    std::string source;    // toString(DateSource) of the winner; empty when there is no date
    std::string evidence;  // every distinct dated source when they disagree ("date line 2017-02-10; published
                           // label 2017-02-28"), else empty
};

[[nodiscard]] PublicationDate choosePublicationDate(const std::vector<DateEvidence>& evidence);

// "2025-02-27_slug.txt", "20230412_x.txt", ".../2019/05/28/x.txt": a full date in the file name, else in the
// folder names (year/month/day folders). Eight-digit runs must be a plausible date (1990-2099).
[[nodiscard]] std::optional<DateValue> dateInPath(std::string_view path);

}  // namespace bulletin::ingest
