#pragma once
// Prints an entity profile (`bulletin-cli entity show`) as plain text.

#include "store/entity_profile.hpp"

namespace bulletin::cli {

void printEntityProfile(const store::EntityProfile& profile);

}  // namespace bulletin::cli
