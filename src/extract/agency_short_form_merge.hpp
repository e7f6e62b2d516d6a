#pragma once
// One organisation said in several ways in one release: "UNODC Pakistan" and "UNODC Country Office Pakistan",
// "Ministry of Health" and "Ministry of Health of the Kingdom of Saudi Arabia", an acronym and its spelt-out name,
// "the Country Office" and the one office whose name holds it. The shorter forms merge into the longer.

#include <vector>

#include "extraction_state.hpp"
#include "gazetteer.hpp"

namespace bulletin::extract {

void mergeShortAgencyForms(std::vector<DraftEntity>& entities, const Gazetteer& gazetteer);

}  // namespace bulletin::extract
