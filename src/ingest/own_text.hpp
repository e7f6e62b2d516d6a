#pragma once
// Whether a release has text of its own once page chrome is gone. A page that kept only its headline and page
// furniture (tags, "Please click to view", a test post) is rejected with a reason rather than stored: it would
// otherwise be a top search hit for the words of its headline and tags while holding nothing to read.

#include "structure.hpp"

namespace bulletin::ingest {

// False when no paragraph of the body is running text (eight words or more, or a sentence of three that is no
// link's label) and the body is short, unless the headline is itself the news, told as a sentence ("President
// Vladimir Putin held a telephone conversation with ..."): such a headline of eight words or more is text of its own.
[[nodiscard]] bool hasOwnText(const Structure& release);

}  // namespace bulletin::ingest
