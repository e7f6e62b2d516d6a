#include "args.hpp"

#include <cstdlib>

namespace bulletin::cli {

Args::Args(const std::vector<std::string>& argv, const std::vector<OptionSpec>& specs) {
    bool onlyPositional = false;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (onlyPositional || a.size() < 2 || a[0] != '-' || a == "-") {
            positional_.push_back(a);
            continue;
        }
        if (a == "--") {
            onlyPositional = true;
            continue;
        }
        std::string name = a.substr(a[1] == '-' ? 2 : 1);
        std::optional<std::string> inlineValue;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        const OptionSpec* spec = nullptr;
        for (const auto& s : specs)
            if (s.name == name) spec = &s;
        if (!spec)
            throw UsageError("unknown option '" + a + "' (a query or path starting with '-' goes after '--')");
        if (!spec->takesValue) {
            if (inlineValue) throw UsageError("option '--" + name + "' takes no value");
            flags_.insert(name);
            continue;
        }
        std::string v;
        if (inlineValue) v = *inlineValue;
        else if (i + 1 < argv.size()) v = argv[++i];
        else throw UsageError("option '--" + name + "' needs a value");
        auto& list = values_[name];
        if (!list.empty() && !spec->repeatable) throw UsageError("option '--" + name + "' given twice");
        list.push_back(v);
    }
}

std::optional<std::string> Args::value(const std::string& name) const {
    auto it = values_.find(name);
    if (it == values_.end() || it->second.empty()) return std::nullopt;
    return it->second.back();
}

std::vector<std::string> Args::values(const std::string& name) const {
    auto it = values_.find(name);
    return it == values_.end() ? std::vector<std::string>{} : it->second;
}

long long Args::intValue(const std::string& name, long long fallback, long long min, long long max) const {
    auto v = value(name);
    if (!v) return fallback;
    std::size_t used = 0;
    long long n = 0;
    try {
        n = std::stoll(*v, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != v->size() || n < min || n > max)
        throw UsageError("option '--" + name + "' needs a whole number from " + std::to_string(min) + " to " +
                         std::to_string(max) + ", not '" + *v + "'");
    return n;
}

store::Location archiveLocation(const Args& args) {
    if (auto a = args.value("archive")) return store::Location::parse(*a);
    if (const char* env = std::getenv("BULLETIN_ARCHIVE"); env && *env) return store::Location::parse(env);
    throw UsageError("no archive given: use --archive FILE (or set BULLETIN_ARCHIVE)");
}

std::vector<std::string> splitList(const std::string& text, char sep) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : text) {
        if (c == sep) {
            if (!cur.empty()) out.push_back(cur);
            cur.clear();
        } else if (c != ' ') {
            cur.push_back(c);
        }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

std::optional<EntityType> entityTypeArgument(const std::string& s) {
    if (s == "person" || s == "people") return EntityType::Person;
    if (s == "agency" || s == "agencies") return EntityType::Agency;
    if (s == "location" || s == "locations" || s == "place") return EntityType::Location;
    return std::nullopt;
}

}  // namespace bulletin::cli
