#pragma once
// A body named, then described by another body's name in apposition: "PUB, Singapore's National Water Agency".

#include "extraction_state.hpp"

namespace bulletin::extract {

// "PUB, Singapore's National Water Agency", "Rosatom, Russia's State Atomic Energy Corporation": the organisation
// after the comma and a place's possessive is what the one before it is, said by its role; one body, named as first
// written, holding both forms.
void mergeDescribedAppositions(ExtractionState& st);

}  // namespace bulletin::extract
