#include "query_options.hpp"

#include <cstdio>

namespace bulletin::cli {

store::DocumentSort parseSort(const Args& args) {
    const std::string s = args.value("sort").value_or("relevance");
    if (s == "relevance") return store::DocumentSort::Relevance;
    if (s == "date" || s == "newest") return store::DocumentSort::DateDescending;
    if (s == "oldest") return store::DocumentSort::DateAscending;
    if (s == "title" || s == "name") return store::DocumentSort::Title;
    throw UsageError("--sort takes relevance, date (newest first), oldest, title or name; not '" + s + "'");
}

bool reportNotices(const std::string& query, const std::vector<search::QueryNotice>& notices) {
    bool ok = true;
    for (const auto& n : notices) {
        std::fprintf(stderr, "%s: query at column %zu: %s\n", n.error ? "error" : "note", n.position + 1,
                     n.message.c_str());
        if (n.error) {
            std::fprintf(stderr, "  %s\n  %s^\n", query.c_str(), std::string(n.position, ' ').c_str());
            ok = false;
        }
    }
    return ok;
}

}  // namespace bulletin::cli
