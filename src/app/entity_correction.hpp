#pragma once
// The analyst corrections the GUI offers for a person, agency or place (see store/corrections.hpp).

namespace bulletin::app {

enum class EntityCorrection { Rename, Alias, Merge, Hide };

}  // namespace bulletin::app
