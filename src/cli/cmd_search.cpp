#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "args.hpp"
#include "commands.hpp"
#include "export/document_export.hpp"
#include "export/list_export.hpp"
#include "query_options.hpp"
#include "search/page_token.hpp"
#include "store/archive.hpp"

namespace bulletin::cli {

namespace {
exporting::Format parseFormat(const std::string& f) {
    if (f == "csv") return exporting::Format::Csv;
    if (f == "jsonl") return exporting::Format::JsonLines;
    throw UsageError("--format takes csv or jsonl here, not '" + f + "'");
}

std::string oneLine(std::string s) {
    for (char& c : s)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return s;
}
}  // namespace

int runSearch(const std::vector<std::string>& argv) {
    const Args args(argv, {{"archive", true},
                           {"limit", true},
                           {"offset", true},
                           {"sort", true},
                           {"format", true},
                           {"facets", false},
                           {"after", true},
                           {"exact-count", false},
                           {"rank", false}});
    if (args.positional().size() != 1) throw UsageError("search takes exactly one QUERY (quote it)");
    const std::string query = args.positional()[0];
    search::SearchRequest request;
    request.query = query;
    request.sort = parseSort(args);
    request.limit = args.intValue("limit", 20, 1, 1000000);
    request.offset = args.intValue("offset", 0, 0, 1LL << 40);
    request.exactCount = args.flag("exact-count");
    request.relevanceAlways = args.flag("rank");
    if (const auto token = args.value("after")) {
        request.after = search::decodePageToken(*token);
        if (!request.after) throw UsageError("--after takes the token printed after a page ('next page: --after ...')");
    }
    const std::string format = args.value("format").value_or("table");
    if (format != "table") parseFormat(format);
    store::Archive archive(archiveLocation(args), store::Access::Read);
    search::Searcher searcher(archive);
    if (format != "table") {
        // One page of the document list, written by the same list writer as `list` and `export`.
        exporting::ExportOptions options;
        options.format = parseFormat(format);
        options.csv.byteOrderMark = false;
        const auto list = exporting::listRows(searcher, exporting::ListKind::Documents, request);
        if (!reportNotices(query, list.notices)) return kExitFatal;
        exporting::writeRows(std::cout, list, options);
        return kExitOk;
    }
    const bool tty = ::isatty(STDOUT_FILENO);
    request.snippetOpen = tty ? "\033[1m" : "[";
    request.snippetClose = tty ? "\033[0m" : "]";
    if (request.relevanceAlways && ::isatty(STDERR_FILENO)) {
        // A server ranks very many matches in parts: say how far it got, on the terminal only.
        request.rankingProgress = [](double done) {
            std::fprintf(stderr, "\rranking every match by relevance: %3d%%", static_cast<int>(done * 100.0 + 0.5));
            if (done >= 1.0) std::fprintf(stderr, "\r%40s\r", "");
            return true;
        };
    }
    auto result = searcher.search(request);
    if (!reportNotices(query, result.notices)) return kExitFatal;
    for (const auto& r : result.rows) {
        std::printf("%-10s  %s\n            %s\n", r.publicationDate.empty() ? "-" : r.publicationDate.c_str(),
                    oneLine(r.title).c_str(), r.path.c_str());
        if (!r.snippet.empty()) std::printf("            %s\n", oneLine(r.snippet).c_str());
    }
    if (args.flag("facets")) {
        std::vector<search::QueryNotice> notices;
        if (auto q = searcher.plan(request, notices)) {
            const auto f = searcher.facets(*q);
            auto section = [](const char* title, const std::vector<store::FacetValue>& values) {
                if (values.empty()) return;
                std::printf("\n%s\n", title);
                for (const auto& v : values)
                    std::printf("  %6lld  %-50s  %s\n", static_cast<long long>(v.documents), v.value.c_str(),
                                v.filter.c_str());
            };
            section("Agencies", f.agencies);
            section("People", f.people);
            section("Locations", f.locations);
            section("Meeting kinds", f.kinds);
            section("Years", f.years);
            if (f.sampledReleases > 0)
                std::printf("\n(facets counted over the first %lld matching releases stored, not all of them)\n",
                            static_cast<long long>(f.sampledReleases));
        }
    }
    std::fprintf(stderr, "%s%lld%s result%s%s\n", result.totalEstimated ? "about " : "",
                 static_cast<long long>(result.total), result.totalCapped ? "+" : "",
                 result.total == 1 && !result.totalCapped ? "" : "s",
                 result.totalCapped || result.totalEstimated ? " (--exact-count counts them all)" : "");
    if (result.newestFirstInstead)
        std::fprintf(stderr, "more than %lld matches: newest first (--rank ranks them by relevance, slower)\n",
                     static_cast<long long>(searcher.limits().relevanceAbove));
    if (result.next) std::fprintf(stderr, "next page: --after %s\n", search::encodePageToken(*result.next).c_str());
    return kExitOk;
}

int runExport(const std::vector<std::string>& argv) {
    const Args args(argv, {{"archive", true},
                           {"query", true},
                           {"out", true},
                           {"sort", true},
                           {"format", true},
                           {"columns", true},
                           {"raw", false},
                           {"no-bom", false}});
    const std::string listName = args.positional().empty() ? "documents" : args.positional()[0];
    const auto kind = exporting::listKindFromString(listName);
    if (!kind || args.positional().size() > 1)
        throw UsageError("export takes one LIST: documents (default), people, agencies, locations, dates, meetings");
    const auto out = args.value("out");
    if (!out) throw UsageError("export needs --out FILE (or --out - for standard output)");
    store::Archive archive(archiveLocation(args), store::Access::Read);
    search::Searcher searcher(archive);
    search::SearchRequest request;
    request.query = args.value("query").value_or("");
    request.sort = parseSort(args);
    exporting::ExportOptions options;
    options.format = parseFormat(args.value("format").value_or("csv"));
    if (auto cols = args.value("columns")) options.columns = splitList(*cols);
    options.csv.excelSafe = !args.flag("raw");
    options.csv.byteOrderMark = !args.flag("no-bom");
    exporting::ExportResult result;
    try {
        if (*kind == exporting::ListKind::Documents)
            result = exporting::exportDocumentsToFile(searcher, request, options, *out);
        else
            result = exporting::exportListToFile(searcher, *kind, request, options, *out);
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    if (!reportNotices(request.query, result.notices)) return kExitFatal;
    std::fprintf(stderr, "exported %lld row%s to %s\n", static_cast<long long>(result.rows),
                 result.rows == 1 ? "" : "s", out->c_str());
    return kExitOk;
}

}  // namespace bulletin::cli
