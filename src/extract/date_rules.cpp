#include "date_rules.hpp"

#include <map>

#include "core/date_scanner.hpp"

namespace bulletin::extract {

std::vector<DateMention> findDates(std::string_view text, std::size_t bodyOffset,
                                   const std::optional<DateValue>& publication) {
    DateContext ctx;
    if (publication && publication->start.day != 0 && !publication->isRange()) ctx.reference = publication->start;
    // Expressions without a year ("from the 11-13 of July") take the publication year, else the year the
    // document names most often.
    if (publication) {
        ctx.defaultYear = publication->start.year;
    } else {
        std::map<int, int> years;
        for (const auto& h : scanDates(text, ctx))
            if (h.form == DateForm::Full || h.form == DateForm::Month || h.form == DateForm::Range) ++years[h.value.start.year];
        int best = 0;
        for (const auto& [y, n] : years)
            if (n > best) best = n, ctx.defaultYear = y;
    }
    // Only dates the text states are listed: a publication date taken from the file name or a page label is the
    // document's (documents.publication_date), not a date the release mentions.
    std::vector<DateMention> out;
    for (const auto& h : scanDates(text, ctx)) {
        DateMention m;
        m.value = h.value;
        m.mention = Mention{Span{h.begin, h.end}, std::string(text.substr(h.begin, h.end - h.begin)), h.rule};
        const bool inDateline = h.begin >= bodyOffset && h.begin < bodyOffset + 80;
        if (publication && h.value == *publication && (inDateline || h.begin < bodyOffset)) {
            m.role = DateRole::Publication;
        } else if (h.form == DateForm::Year || h.form == DateForm::YearSpan) {
            m.role = DateRole::Other;
        } else {
            m.role = DateRole::Event;
        }
        out.push_back(std::move(m));
    }
    return out;
}

}  // namespace bulletin::extract
