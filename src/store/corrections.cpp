#include "corrections.hpp"

namespace bulletin::store {

std::string describe(const CorrectionRecord& r) {
    const std::string what = std::string(toString(r.type)) + " '" + r.entity + "'";
    if (r.action == "merge") return "merge " + what + " into '" + r.value + "'";
    if (r.action == "rename") return "rename " + what + " to '" + r.value + "'";
    if (r.action == "alias") return "alias '" + r.value + "' for " + what;
    if (r.action == "hide") return "hide " + what;
    return r.action + " " + what;
}

}  // namespace bulletin::store
