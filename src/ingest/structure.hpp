#pragma once
// Splits a decoded release into headline, deck, dateline, publication date and clean body, dropping web chrome
// with a BoilerplateModel.

#include <optional>
#include <string>
#include <string_view>

#include "boilerplate.hpp"
#include "core/date_value.hpp"
#include "publication_date.hpp"
#include <vector>

namespace bulletin::ingest {

struct Structure final {
    std::string title;
    std::string subtitle;
    // Lines of the release's own header that every release of the folder repeats (letterhead, contact block):
    // not clean text, but named organisations and people in them belong to the release.
    std::string letterhead;
    std::string datelinePlace;
    std::optional<DateValue> publicationDate;  // the strongest of dateEvidence
    std::vector<DateEvidence> dateEvidence;    // every date the page gives for its release, with its source
    std::string body;  // clean text, paragraphs separated by blank lines; the title is not repeated here
};

// Dateline at the start of a paragraph: "Karachi, 24 October 2018.", "27 July 2022, Islamabad -", "SANTA ANA –".
struct Dateline final {
    std::string place;
    std::optional<DateValue> date;
    std::size_t length = 0;  // bytes of the paragraph the dateline covers
};
[[nodiscard]] std::optional<Dateline> parseDateline(std::string_view paragraph);

[[nodiscard]] Structure parseStructure(std::string_view text, const BoilerplateModel& boilerplate);

}  // namespace bulletin::ingest
