#include <cstdio>

#include "args.hpp"
#include "commands.hpp"
#include "export/list_export.hpp"
#include "store/search_memory.hpp"

namespace bulletin::cli {

int runSaved(const std::vector<std::string>& argv) {
    const Args args(argv, {{"archive", true}, {"list", true}});
    const auto& p = args.positional();
    const std::string action = p.empty() ? "list" : p[0];
    if (action == "list" && p.size() <= 1) {
        store::Archive archive(archiveLocation(args), store::Access::Read);
        for (const auto& s : archive.searchMemory().saved())
            std::printf("%s\t%s\t%s\n", s.name.c_str(), s.list.c_str(), s.query.c_str());
        return kExitOk;
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
    throw UsageError("saved takes: list | add NAME QUERY [--list LIST] | remove NAME");
}

int runHistory(const std::vector<std::string>& argv) {
    const Args args(argv, {{"archive", true}, {"limit", true}});
    const auto limit = args.intValue("limit", 50, 1, 500);
    store::Archive archive(archiveLocation(args), store::Access::Read);
    for (const auto& q : archive.searchMemory().history(limit)) std::printf("%s\n", q.c_str());
    return kExitOk;
}

}  // namespace bulletin::cli
