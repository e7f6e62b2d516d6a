#pragma once
// Maximal runs of capitalised words that may name organisations ("Federal Board of Revenue", "Ministry of Finance,
// Economic Stabilization and National Policies"): the chains the agency rules (agency_rules.cpp) split and trim.

#include <cstddef>
#include <string_view>
#include <vector>

#include "extraction_state.hpp"

namespace bulletin::extract {

struct Chain final {
    std::size_t first = 0, end = 0;  // token range [first, end)
    bool afterPersonOf = false;      // starts after "<person> of (the)": a body's name, no title before it
};

// Abbreviated words inside names, whose period does not end them ("Dept. of Labor", "St. Thomas").
[[nodiscard]] bool nameAbbreviation(const Token& t);

// "Florida-based", "HSI-led", "Award-winning": a hyphened modifier of a name, telling where a body is or who leads it,
// no part of its name.
[[nodiscard]] bool nameModifier(const Token& t);

// A field of people a possessive names inside a body's name: "Veterans'" of "Committee on Veterans' Affairs",
// "People's" of "National People's Congress".
[[nodiscard]] bool peopleField(std::string_view word);
// A plural's possessive, its apostrophe alone ("Girls’", "Teachers'").
[[nodiscard]] bool pluralPossessive(const Token& w);

// Capitalised words joined by connectors ("of", "and", "&", "the" after "of"), possessives before a head word,
// abbreviations and initials inside names, and a ministry's portfolios after commas.
[[nodiscard]] std::vector<Chain> chains(const ExtractionState& st, const std::vector<Token>& t);

// A head word at this token: an organisation's head word ("Ministry", "Police"), an institution's own name ("State
// Duma"), or the acronym of a known or defined body. `i` indexes st.tokens(): an ambiguous acronym heads a name
// only by what follows it.
[[nodiscard]] bool headAt(const ExtractionState& st, std::size_t i);
// "the All-Russia People's Front", "the Patriotic Front": token i is a movement's "Front", after a word that says
// whose or what kind (not a war's "Eastern Front", a ship's "MT Front Splendour").
[[nodiscard]] bool movementFront(const std::vector<Token>& t, std::size_t i);

// Whether any token in [from, to) of st.tokens() is a head word.
[[nodiscard]] bool anyHeadIn(const ExtractionState& st, std::size_t from, std::size_t to);
// A country, a region or a city of 100,000 or more: a word surely a place's name, not a surname ("Ciobanu" is a
// village too, "Alexander" a town in Arkansas).
[[nodiscard]] bool largePlace(const ExtractionState& st, std::string_view word);

// The people a body consists of, in the plural: a member noun ("officials", "members") or a title's plural
// ("Officers", "Commissioners").
[[nodiscard]] bool namesMembers(const Gazetteer& gazetteer, std::string_view word);

// A body named for its members: a head word of membership before "of" inside tokens [first, end) ("Association of
// Chief Police Officers", "National Union of Teachers"), so that a member noun ending the name is part of it.
[[nodiscard]] bool membersBodyOf(const std::vector<Token>& t, std::size_t first, std::size_t end);

// Tokens [first, end) are a ministry's name with its list of portfolios joined by commas: a head word and "of" open
// it (after "The") and a comma stands inside ("Ministry of Public Administration, Provincial Councils and Local
// Government"). The chain rules read such a list as one name only where its groups are portfolios, not bodies.
[[nodiscard]] bool portfolioList(const std::vector<Token>& t, std::size_t first, std::size_t end);

}  // namespace bulletin::extract
