#include <cstdio>
#include <filesystem>

#include "args.hpp"
#include "commands.hpp"
#include "store/archive.hpp"
#include "store/archive_reader.hpp"
#include "store/archive_transfer.hpp"
#include "store/error.hpp"

namespace bulletin::cli {

int runCopy(const std::vector<std::string>& argv) {
    const Args args(argv, {{"no-verify", false}, {"quiet", false}});
    const auto& p = args.positional();
    if (p.size() != 2) throw UsageError("copy needs two archives: SRC and DEST");
    const auto from = store::Location::parse(p[0]);
    const auto to = store::Location::parse(p[1]);
    auto same = [](const store::Location& a, const store::Location& b) {
        if (a.isFile() && b.isFile()) {
            std::error_code ec;
            return std::filesystem::weakly_canonical(a.file, ec) == std::filesystem::weakly_canonical(b.file, ec);
        }
        return a.text() == b.text();
    };
    if (same(from, to)) throw UsageError("SRC and DEST are the same archive");
    const bool quiet = args.flag("quiet");

    store::Archive source(from, store::Access::Read);
    store::Archive dest(to, store::Access::Write);
    const auto report = store::copyArchive(source, dest, [&](const store::CopyProgress& progress) {
        if (!quiet)
            std::fprintf(stderr, "\rcopied %lld of %lld releases", static_cast<long long>(progress.releases),
                         static_cast<long long>(progress.total));
        return true;
    });
    if (!quiet) std::fprintf(stderr, "\n");
    std::printf("releases         %lld\n", static_cast<long long>(report.releases));
    std::printf("files            %lld\n", static_cast<long long>(report.files));
    std::printf("rejected files   %lld\n", static_cast<long long>(report.rejectedFiles));
    std::printf("corrections      %lld\n", static_cast<long long>(report.corrections));
    std::printf("marked releases  %lld\n", static_cast<long long>(report.markedReleases));
    std::printf("marked entities  %lld\n", static_cast<long long>(report.markedEntities));
    std::printf("saved searches   %lld\n", static_cast<long long>(report.savedSearches));
    std::printf("history entries  %lld\n", static_cast<long long>(report.historyEntries));
    for (const auto& note : report.notes) std::printf("note             %s\n", note.c_str());
    if (args.flag("no-verify")) return kExitOk;

    const auto differences = store::compareArchives(source, dest);
    for (const auto& d : differences) std::printf("DIFFERS          %s\n", d.c_str());
    std::fprintf(stderr, "%s\n",
                 differences.empty() ? "verified: both archives show the same counts, lists, marks and saved searches"
                                     : "the copy differs from its source (above)");
    return differences.empty() ? kExitOk : kExitPartial;
}

}  // namespace bulletin::cli
