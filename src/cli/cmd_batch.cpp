// bulletin-cli batch: a list of names or queries run against the archive, one summary row per line (or, with
// --hits, one row per line x release), as CSV or JSON Lines.

#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "args.hpp"
#include "commands.hpp"
#include "export/atomic_file.hpp"
#include "export/batch_export.hpp"
#include "search/batch_search.hpp"

namespace bulletin::cli {

namespace {
std::atomic<bool> interrupted{false};
extern "C" void onBatchInterrupt(int) { interrupted = true; }
}  // namespace

int runBatch(const std::vector<std::string>& argv) {
    const Args args(argv, {{"archive", true}, {"format", true}, {"out", true}, {"hits", false}, {"raw", false},
                           {"no-bom", false}});
    if (args.positional().size() != 1) throw UsageError("batch takes one FILE: a list of names or queries ('-' reads standard input)");
    const std::string file = args.positional()[0];
    std::string text;
    if (file == "-") {
        std::ostringstream in;
        in << std::cin.rdbuf();
        text = in.str();
    } else {
        std::ifstream in(file, std::ios::binary);
        if (!in) throw UsageError("cannot read the list '" + file + "'");
        std::ostringstream buffer;
        buffer << in.rdbuf();
        text = buffer.str();
    }
    std::vector<search::BatchLine> lines;
    try {
        lines = search::parseBatchList(text);
    } catch (const std::invalid_argument& e) {
        throw UsageError("'" + file + "': " + e.what());
    }
    exporting::ExportOptions options;
    const std::string format = args.value("format").value_or("csv");
    if (format == "csv") options.format = exporting::Format::Csv;
    else if (format == "jsonl") options.format = exporting::Format::JsonLines;
    else throw UsageError("--format takes csv or jsonl");
    options.csv.excelSafe = !args.flag("raw");
    options.csv.byteOrderMark = !args.flag("no-bom") && args.value("out").value_or("-") != "-";

    store::Archive archive(archiveLocation(args), store::Access::Read);
    search::Searcher searcher(archive);
    search::BatchSearch batch(searcher);
    std::signal(SIGINT, onBatchInterrupt);
    std::size_t lastShown = 0;
    const auto rows = batch.run(lines, &interrupted, [&](const search::BatchProgress& p) {
        if (p.done - lastShown >= 500 || p.done == p.total) {
            std::fprintf(stderr, "\r%zu of %zu lines", p.done, p.total);
            lastShown = p.done;
        }
    });
    if (!lines.empty()) std::fprintf(stderr, "\n");
    if (interrupted) {
        std::fprintf(stderr, "bulletin-cli batch: interrupted after %zu of %zu lines; nothing was written\n",
                     rows.size(), lines.size());
        return kExitFatal;
    }
    const std::string out = args.value("out").value_or("-");
    std::int64_t written = 0;
    auto write = [&](std::ostream& stream) {
        if (args.flag("hits")) written = exporting::writeBatchHits(stream, searcher, rows, options, &interrupted);
        else exporting::writeBatchSummary(stream, rows, options);
    };
    if (out == "-") {
        write(std::cout);
    } else {
        exporting::AtomicFile target(out);
        write(target.stream());
        target.commit();
    }
    std::size_t failed = 0;
    std::int64_t matched = 0;
    for (const auto& r : rows) {
        if (!r.ran()) {
            ++failed;
            std::fprintf(stderr, "line %d cannot run: %s\n", r.input.line, r.understood.c_str());
        }
        matched += r.hits > 0;
    }
    std::fprintf(stderr, "%zu line%s: %lld with hits, %zu could not run%s\n", rows.size(), rows.size() == 1 ? "" : "s",
                 static_cast<long long>(matched), failed,
                 args.flag("hits") ? (", " + std::to_string(written) + " hit rows").c_str() : "");
    return failed ? kExitPartial : kExitOk;
}

}  // namespace bulletin::cli
