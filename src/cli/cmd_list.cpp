#include <ctime>
#include <cstdio>
#include <iostream>
#include <optional>

#include "args.hpp"
#include "entity_profile_printer.hpp"
#include "commands.hpp"
#include "export/atomic_file.hpp"
#include "export/list_export.hpp"
#include "query_options.hpp"
#include "search/page_token.hpp"
#include "store/archive.hpp"
#include "core/text.hpp"
#include "store/corrections.hpp"

namespace bulletin::cli {

namespace {
std::string display(const exporting::Cell& c) {
    return c.type == exporting::Cell::Type::List ? text::join(c.values, "; ") : c.text;
}

void printTable(const exporting::ListResult& list) {
    std::vector<std::size_t> width(list.columns.size());
    for (std::size_t i = 0; i < list.columns.size(); ++i) width[i] = list.columns[i].size();
    for (const auto& row : list.rows)
        for (std::size_t i = 0; i < row.size(); ++i)
            width[i] = std::min<std::size_t>(60, std::max(width[i], text::codePointCount(display(row[i]))));
    auto line = [&](const std::vector<std::string>& cells) {
        std::string out;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            std::string c = cells[i];
            for (char& ch : c)
                if (ch == '\n' || ch == '\t') ch = ' ';
            const std::size_t n = text::codePointCount(c);
            out += c + (i + 1 < cells.size() ? std::string(width[i] > n ? width[i] - n + 2 : 2, ' ') : "");
        }
        std::printf("%s\n", out.c_str());
    };
    line(list.columns);
    for (const auto& row : list.rows) {
        std::vector<std::string> cells;
        for (const auto& c : row) cells.push_back(display(c));
        line(cells);
    }
}

}  // namespace

int runList(const std::vector<std::string>& argv) {
    const Args args(argv, {{"archive", true}, {"query", true}, {"format", true}, {"limit", true}, {"offset", true},
                           {"columns", true}, {"sort", true}, {"after", true}});
    if (args.positional().size() != 1) throw UsageError("list takes one LIST: people, agencies, locations, dates, meetings, cooccurrence, tags");
    const auto kind = exporting::listKindFromString(args.positional()[0]);
    if (!kind) throw UsageError("unknown list '" + args.positional()[0] + "' (people, agencies, locations, dates, meetings, documents)");
    const std::string format = args.value("format").value_or("table");
    if (format != "table" && format != "csv" && format != "jsonl") throw UsageError("--format takes table, csv or jsonl");
    search::SearchRequest request;
    request.query = args.value("query").value_or("");
    request.sort = parseSort(args);
    request.limit = args.intValue("limit", format == "table" ? 50 : -1, -1, 1LL << 40);
    request.offset = args.intValue("offset", 0, 0, 1LL << 40);
    if (const auto token = args.value("after")) {
        request.after = search::decodePageToken(*token);
        if (!request.after) throw UsageError("--after takes the token printed after a page ('next page: --after ...')");
    }
    request.snippetOpen = request.snippetClose = "";
    store::Archive archive(archiveLocation(args), store::Access::Read);
    search::Searcher searcher(archive);
    const auto list = exporting::listRows(searcher, *kind, request);
    if (!reportNotices(request.query, list.notices)) return kExitFatal;
    // The same list continues with this token, however deep (keyset pagination; the list's order is kept).
    auto nextPage = [&] {
        if (list.next) std::fprintf(stderr, "next page: --after %s\n", search::encodePageToken(*list.next).c_str());
    };
    if (format == "table") {
        printTable(list);
        std::fprintf(stderr, "%zu row%s\n", list.rows.size(), list.rows.size() == 1 ? "" : "s");
        nextPage();
        return kExitOk;
    }
    exporting::ExportOptions options;
    options.format = format == "csv" ? exporting::Format::Csv : exporting::Format::JsonLines;
    options.csv.byteOrderMark = false;
    if (auto cols = args.value("columns")) options.columns = splitList(*cols);
    try {
        exporting::writeRows(std::cout, list, options);
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    nextPage();
    return kExitOk;
}

namespace {
std::string when(std::int64_t at) {
    char buf[32];
    const std::time_t t = static_cast<std::time_t>(at);
    std::tm tm{};
    localtime_r(&t, &tm);
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
    return buf;
}

std::int64_t idArgument(const std::string& text) {
    try {
        std::size_t used = 0;
        const long long id = std::stoll(text, &used);
        if (used == text.size() && id > 0) return id;
    } catch (const std::exception&) {
    }
    throw UsageError("'" + text + "' is not a correction number (see 'bulletin-cli entity history')");
}

// The log and its undo: entity history | undo | redo | revert ID | restore ID.
int runCorrectionLog(const Args& args) {
    const auto& p = args.positional();
    const std::string& action = p[0];
    if (action == "history") {
        if (p.size() != 1) throw UsageError("entity history takes no names");
        store::Archive archive(archiveLocation(args), store::Access::Read);
        const auto limit = args.intValue("limit", 50, 1, 1000000);
        for (const auto& r : archive.corrections().history(limit))
            std::printf("%6lld  %s  %-7s %s%s\n", static_cast<long long>(r.id), when(r.at).c_str(),
                        r.undone ? "undone" : "", store::describe(r).c_str(),
                        r.analyst.empty() ? "" : ("  (by " + r.analyst + ")").c_str());
        return kExitOk;
    }
    store::Archive archive(archiveLocation(args), store::Access::Write);
    auto& corrections = archive.corrections();
    std::optional<store::CorrectionRecord> done;
    if (action == "undo" || action == "redo") {
        if (p.size() != 1) throw UsageError("entity " + action + " takes no names");
        done = action == "undo" ? corrections.undo() : corrections.redo();
        if (!done) {
            std::fprintf(stderr, "bulletin-cli entity: nothing to %s\n", action.c_str());
            return kExitFatal;
        }
    } else {
        if (p.size() != 2) throw UsageError("entity " + action + " needs one correction number");
        done = action == "revert" ? corrections.revert(idArgument(p[1])) : corrections.restore(idArgument(p[1]));
    }
    std::fprintf(stderr, "%s: %s (correction %lld)\n", done->undone ? "taken back" : "in effect again",
                 store::describe(*done).c_str(), static_cast<long long>(done->id));
    return kExitOk;
}
}  // namespace

int runEntity(const std::vector<std::string>& argv) {
    const Args args(argv, {{"archive", true}, {"top", true}, {"limit", true}});
    const auto& p = args.positional();
    if (p.empty()) throw UsageError("entity needs an action (see --help)");
    try {
        if (p[0] == "history" || p[0] == "undo" || p[0] == "redo" || p[0] == "revert" || p[0] == "restore")
            return runCorrectionLog(args);
    } catch (const store::CorrectionError& e) {
        std::fprintf(stderr, "bulletin-cli entity: %s\n", e.what());
        return kExitFatal;
    }
    if (p.size() < 3) throw UsageError("entity needs an action, a type and a name (see --help)");
    const auto type = entityTypeArgument(p[1]);
    if (!type) throw UsageError("entity type is person, agency or location, not '" + p[1] + "'");
    if (p[0] == "show") {
        if (p.size() != 3) throw UsageError("entity show needs a type and one name");
        store::Archive archive(archiveLocation(args), store::Access::Read);
        const auto profile = archive.entities().profile(*type, p[2], static_cast<int>(args.intValue("top", 20, 1, 10000)));
        if (!profile) {
            std::fprintf(stderr, "bulletin-cli entity: no %s named '%s'\n", p[1].c_str(), p[2].c_str());
            return kExitFatal;
        }
        printEntityProfile(*profile);
        return kExitOk;
    }
    store::Archive archive(archiveLocation(args), store::Access::Write);
    auto& corrections = archive.corrections();
    const std::string& action = p[0];
    // What the correction touches, said before it is made: the analyst sees what an undo would give back.
    const auto profile = archive.entities().profile(*type, p[2], 0);
    try {
        if (action == "hide" && p.size() == 3) corrections.hide(*type, p[2]);
        else if (action == "merge" && p.size() == 4) corrections.merge(*type, p[2], p[3]);
        else if (action == "rename" && p.size() == 4) corrections.rename(*type, p[2], p[3]);
        else if (action == "alias" && p.size() == 4) corrections.addAlias(*type, p[2], p[3]);
        else throw UsageError("unknown action or wrong number of names: '" + action + "'");
    } catch (const store::CorrectionError& e) {
        std::fprintf(stderr, "bulletin-cli entity: %s\n", e.what());
        return kExitFatal;
    }
    const auto record = corrections.history(1).front();
    std::fprintf(stderr, "recorded: %s", store::describe(record).c_str());
    if (profile)
        std::fprintf(stderr, " (%lld release%s, %lld mention%s)", static_cast<long long>(profile->documents),
                     profile->documents == 1 ? "" : "s", static_cast<long long>(profile->mentions),
                     profile->mentions == 1 ? "" : "s");
    std::fprintf(stderr, "; it applies now and after every re-ingest ('bulletin-cli entity undo' takes it back)\n");
    return kExitOk;
}

}  // namespace bulletin::cli
