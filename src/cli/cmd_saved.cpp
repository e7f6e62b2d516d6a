#include <cstdio>

#include "args.hpp"
#include "commands.hpp"
#include "export/list_export.hpp"
#include "search/watched_searches.hpp"
#include "store/search_memory.hpp"

namespace bulletin::cli {

namespace {
// `saved new [NAME] [--mark-seen]`: each watched search's count of new releases, and, for one named search (or
// every watched one with new releases), the new releases themselves.
int printNew(store::Archive& archive, const std::optional<std::string>& name, bool markSeen, bool quietRows) {
    search::Searcher searcher(archive);
    auto statuses = search::watchedStatus(searcher);
    if (name) {
        std::erase_if(statuses, [&](const search::WatchedStatus& s) { return s.search.name != *name; });
        if (statuses.empty()) {
            std::fprintf(stderr, "bulletin-cli saved: no watched search named '%s' (saved watch NAME watches one)\n",
                         name->c_str());
            return kExitFatal;
        }
    }
    if (statuses.empty()) std::fprintf(stderr, "no watched searches (saved watch NAME watches one)\n");
    int code = kExitOk;
    for (const auto& s : statuses) {
        if (!s.error.empty()) {
            std::fprintf(stderr, "%s: cannot run: %s\n", s.search.name.c_str(), s.error.c_str());
            code = kExitPartial;
            continue;
        }
        std::fprintf(stderr, "%s: %lld new\n", s.search.name.c_str(), static_cast<long long>(s.fresh));
        if (s.fresh == 0 || quietRows) continue;
        auto request = search::newReleasesRequest(s.search);
        request.limit = -1;
        request.withCount = false;
        request.snippetOpen = request.snippetClose = "";
        for (const auto& r : searcher.search(request).rows)
            std::printf("%s\t%lld\t%s\t%s\t%s\n", s.search.name.c_str(), static_cast<long long>(r.id),
                        r.publicationDate.empty() ? "-" : r.publicationDate.c_str(), r.title.c_str(), r.path.c_str());
    }
    if (markSeen)
        for (const auto& s : statuses) (void)archive.searchMemory().markSeen(s.search.name);
    return code;
}
}  // namespace

int runSaved(const std::vector<std::string>& argv) {
    const Args args(argv, {{"archive", true}, {"list", true}, {"mark-seen", false}, {"count", false}});
    const auto& p = args.positional();
    const std::string action = p.empty() ? "list" : p[0];
    if (action == "list" && p.size() <= 1) {
        store::Archive archive(archiveLocation(args), store::Access::Read);
        for (const auto& s : archive.searchMemory().saved())
            std::printf("%s\t%s\t%s%s\n", s.name.c_str(), s.list.c_str(), s.query.c_str(), s.watched ? "\twatched" : "");
        return kExitOk;
    }
    if ((action == "watch" || action == "unwatch") && p.size() == 2) {
        store::Archive archive(archiveLocation(args), store::Access::Write);
        if (!archive.searchMemory().setWatched(p[1], action == "watch")) {
            std::fprintf(stderr, "bulletin-cli saved: no saved search named '%s'\n", p[1].c_str());
            return kExitFatal;
        }
        std::fprintf(stderr, action == "watch" ? "watching '%s': releases added from now on are new\n"
                                               : "no longer watching '%s'\n",
                     p[1].c_str());
        return kExitOk;
    }
    if (action == "new" && p.size() <= 2) {
        const bool markSeen = args.flag("mark-seen");
        store::Archive archive(archiveLocation(args), markSeen ? store::Access::Write : store::Access::Read);
        return printNew(archive, p.size() == 2 ? std::optional<std::string>(p[1]) : std::nullopt, markSeen,
                        args.flag("count"));
    }
    if (action == "add" && p.size() == 3) {
        const std::string list = args.value("list").value_or("documents");
        if (!exporting::listKindFromString(list))
            throw UsageError("--list takes documents, people, agencies, locations, dates, meetings or cooccurrence");
        store::Archive archive(archiveLocation(args), store::Access::Write);
        archive.searchMemory().save(p[1], p[2], list);
        std::fprintf(stderr, "saved '%s'\n", p[1].c_str());
        return kExitOk;
    }
    if (action == "remove" && p.size() == 2) {
        store::Archive archive(archiveLocation(args), store::Access::Write);
        if (!archive.searchMemory().remove(p[1])) {
            std::fprintf(stderr, "bulletin-cli saved: no saved search named '%s'\n", p[1].c_str());
            return kExitFatal;
        }
        return kExitOk;
    }
    throw UsageError("saved takes: list | add NAME QUERY [--list LIST] | remove NAME | watch NAME | unwatch NAME | "
                     "new [NAME] [--count] [--mark-seen]");
}

int runHistory(const std::vector<std::string>& argv) {
    const Args args(argv, {{"archive", true}, {"limit", true}});
    const auto limit = args.intValue("limit", 50, 1, 500);
    store::Archive archive(archiveLocation(args), store::Access::Read);
    for (const auto& q : archive.searchMemory().history(limit)) std::printf("%s\n", q.c_str());
    return kExitOk;
}

}  // namespace bulletin::cli
