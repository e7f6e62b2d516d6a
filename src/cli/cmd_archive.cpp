#include <cstdio>

#include "args.hpp"
#include "commands.hpp"
#include "store/archive.hpp"
#include "store/archive_check.hpp"
#include "store/archive_reader.hpp"
#include "store/server.hpp"

namespace bulletin::cli {

int runStats(const std::vector<std::string>& argv) {
    const Args args(argv, {{"archive", true}});
    const auto location = archiveLocation(args);
    store::Archive archive(location, store::Access::Read);
    auto& reader = archive.reader();
    const auto s = reader.stats();
    std::printf("Archive:         %s (schema %d)\n", location.text().c_str(), s.schemaVersion);
    std::printf("Documents:       %lld\n", static_cast<long long>(s.documents));
    std::printf("Files:           %lld (%lld with the same content as another file)\n",
                static_cast<long long>(s.files), static_cast<long long>(s.duplicateFiles));
    std::printf("Similar pairs:   %lld\n", static_cast<long long>(s.similarPairs));
    double size = static_cast<double>(s.bytes);
    const char* unit = "bytes";
    for (const char* next : {"KB", "MB", "GB"}) {
        if (size < 1024) break;
        size /= 1024;
        unit = next;
    }
    std::printf("Source size:     %.1f %s\n", size, unit);
    std::printf("Published:       %s .. %s\n", s.earliest.value_or("?").c_str(), s.latest.value_or("?").c_str());
    std::printf("Rejected files:  %lld%s\n", static_cast<long long>(s.errors),
                s.errors ? " (see: bulletin-cli errors)" : "");
    return kExitOk;
}

int runErrors(const std::vector<std::string>& argv) {
    const Args args(argv, {{"archive", true}});
    store::Archive archive(archiveLocation(args), store::Access::Read);
    auto& reader = archive.reader();
    const auto errors = reader.errors();
    for (const auto& e : errors) std::printf("%s\t%s\t%s\n", e.path.c_str(), e.stage.c_str(), e.message.c_str());
    std::fprintf(stderr, "%zu rejected file%s\n", errors.size(), errors.size() == 1 ? "" : "s");
    return kExitOk;
}

int runCheck(const std::vector<std::string>& argv) {
    const Args args(argv, {{"archive", true}});
    store::Archive archive(archiveLocation(args), store::Access::Read);
    const auto r = archive.check();
    for (const auto& p : r.passed) std::printf("ok       %s\n", p.c_str());
    for (const auto& p : r.problems) std::printf("PROBLEM  %s\n", p.c_str());
    std::fprintf(stderr, "%s\n", r.ok() ? "archive is consistent" : "archive has problems");
    return r.ok() ? kExitOk : kExitPartial;
}

}  // namespace bulletin::cli

namespace bulletin::cli {

int runServer(const std::vector<std::string>& argv) {
    const Args args(argv, {{"archive", true}});
    const auto& p = args.positional();
    const std::string action = p.empty() ? "" : p[0];
    const bool init = action == "init" || action == "upgrade" || action == "grant";
    if (!((action == "init" || action == "check" || action == "upgrade") && p.size() == 1) &&
        !(action == "grant" && p.size() == 3))
        throw UsageError("server needs one action: init, check, upgrade, or grant USER reader|analyst|ingester|admin");
    const auto location = archiveLocation(args);
    store::ServerReport report;
    if (action == "grant") {
        const auto role = store::teamRoleFromString(p[2]);
        if (!role) throw UsageError("'" + p[2] + "' is not a team role: reader, analyst, ingester or admin");
        report = store::grantServerRole(location, p[1], *role);
    } else {
        report = action == "init" ? store::initServer(location)
                 : action == "upgrade" ? store::upgradeServer(location)
                                       : store::checkServer(location);
    }
    std::printf("server   %s, connected as %s\n", report.server.c_str(), report.role.c_str());
    for (const auto& d : report.done) std::printf("done     %s\n", d.c_str());
    for (const auto& p : report.passed) std::printf("ok       %s\n", p.c_str());
    for (const auto& p : report.problems) std::printf("PROBLEM  %s\n", p.c_str());
    if (init && action != "grant") std::fprintf(stderr, "archive schema %d is ready\n", report.schemaVersion);
    else std::fprintf(stderr, "%s\n", report.ok() ? "server is ready" : "server has problems");
    return report.ok() ? kExitOk : kExitPartial;
}

}  // namespace bulletin::cli
