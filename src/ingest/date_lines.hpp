#pragma once
// The release's own date lines as the structure reads them: a date alone on a line, a labelled one ("For Immediate
// Release: June 1, 2020"), a sign-off's reference line, front matter's "date:"; and the "Updated" lines that never
// date a release.

#include <optional>
#include <string_view>
#include <vector>

#include "core/date_value.hpp"

namespace bulletin::ingest {

// A line that is only a date ("September 23, 2011", "Friday, July 24, 2009").
[[nodiscard]] std::optional<DateValue> standaloneDate(std::string_view line);
// "Date: November 2, 2017", "For Immediate Release: June 1, 2020", "For Immediate Distribution:  12/13/23": a label
// of the release's own date and the date, on one line.
[[nodiscard]] std::optional<DateValue> labelledDateLine(std::string_view line);
// "Last updated at ...", "Updated: ...": never the publication date.
[[nodiscard]] bool mentionsUpdate(std::string_view line);
// A short closing line holding a full date: "D/Media/Out/1784/2025 2025.09.22 ...", "Issued on 3 May 2021".
[[nodiscard]] std::optional<DateValue> signOffDate(std::string_view paragraph);
// "---" front matter at the top of the file (Jekyll, Hugo): its "date:" value, and where the block ends (0 when
// there is none).
[[nodiscard]] std::optional<DateValue> frontMatterDate(const std::vector<std::string_view>& lines, std::size_t& end);

}  // namespace bulletin::ingest
