#pragma once
// Events that restate another of the release, joined to it and dropped: a bare "conference" on the day of a press
// conference is that press conference; a plural trigger dated with a month only ("public meetings in January")
// sums up the events of its family dated on days of that month.

#include <vector>

#include "core/document.hpp"

namespace bulletin::extract {

void absorbRestatedEvents(std::vector<Meeting>& events);

}  // namespace bulletin::extract
