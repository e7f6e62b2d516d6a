#pragma once
// One document's extraction as JSON in the evaluation schema (shared/eval/README.md), keys in schema order.

#include <string>

#include "core/document.hpp"

namespace bulletin::exporting {

[[nodiscard]] std::string extractionJson(const Document& doc, const Extraction& extraction,
                                         const std::string& sourcePath);

}  // namespace bulletin::exporting
