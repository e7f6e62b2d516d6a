// Dates over any text, with and without a publication date to resolve relative ones: spans inside the text,
// first day never after last day, and the ISO form reads back as the same value.
#include "core/date_scanner.hpp"
#include "extract/date_rules.hpp"
#include "fuzz_support.hpp"

using namespace bulletin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto text = fuzz::asText(data, size);
    const auto check = [&](const DateValue& v) {
        fuzz::require(v.firstDay() <= v.lastDay(), "a date's first day is not after its last");
        const auto back = DateValue::fromIso(v.iso());
        fuzz::require(back && back->iso() == v.iso(), "a date's ISO form reads back");
    };
    DateContext context;
    context.defaultYear = 2018;
    context.reference = CalendarDate{2018, 10, 24};
    for (const auto& hit : scanDates(text, context)) {
        fuzz::requireSpan(hit.begin, hit.end, text.size(), "a date hit lies inside the text");
        check(hit.value);
    }
    for (const auto& d : extract::findDates(text, size ? data[0] % (size + 1) : 0, DateValue::fromIso("2022-07-27"))) {
        fuzz::requireSpan(d.mention.span.begin, d.mention.span.end, text.size(), "a date mention lies inside the text");
        check(d.value);
    }
    return 0;
}
