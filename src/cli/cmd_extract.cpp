#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>

#include "args.hpp"
#include "commands.hpp"
#include "export/extraction_json.hpp"
#include "extract/extractor.hpp"
#include "ingest/boilerplate_learner.hpp"
#include "ingest/document_builder.hpp"

namespace fs = std::filesystem;

namespace bulletin::cli {

int runExtract(const std::vector<std::string>& argv) {
    const Args args(argv, {{"out", true}, {"mentions", false}});
    const auto out = args.value("out");
    if (!out) throw UsageError("extract needs --out DIR");
    if (args.positional().empty()) throw UsageError("extract needs at least one FILE");
    fs::create_directories(*out);

    // Boilerplate is learned from the input files' folders, as ingest does.
    std::set<fs::path> folders;
    std::vector<ingest::DiscoveredFile> inputs;
    for (const auto& p : args.positional()) {
        std::error_code ec;
        const auto size = fs::file_size(p, ec);
        inputs.push_back({ingest::canonicalPath(p), ec ? 0 : static_cast<std::int64_t>(size), 0});
        folders.insert(fs::path(inputs.back().path).parent_path());
    }
    const auto pool = ingest::discover({folders.begin(), folders.end()}, {}).files;
    std::vector<const ingest::DiscoveredFile*> needed;
    for (const auto& f : inputs) needed.push_back(&f);
    const auto models = ingest::learnBoilerplate(pool, needed, 200, 20 * 1024 * 1024);

    const extract::Extractor extractor;
    int failures = 0;
    for (const auto& f : inputs) {
        auto built = ingest::buildDocument(f, *models.at(ingest::folderOf(f.path)), 20 * 1024 * 1024);
        if (auto* failure = std::get_if<ingest::BuildFailure>(&built)) {
            std::fprintf(stderr, "rejected: %s (%s): %s\n", f.path.c_str(), failure->stage.c_str(),
                         failure->message.c_str());
            ++failures;
            continue;
        }
        const auto& doc = std::get<Document>(built);
        const auto x = extractor.extract(doc);
        if (args.flag("mentions")) {
            // Provenance: every mention with its offsets and the rule that produced it.
            std::printf("# %s\n", f.path.c_str());
            for (const auto& e : x.entities)
                for (const auto& m : e.mentions)
                    std::printf("%s\t%zu\t%zu\t%s\t%s\t%s\n", toString(e.type), m.span.begin, m.span.end,
                                m.text.c_str(), e.name.c_str(), m.rule.c_str());
            for (const auto& d : x.dates)
                std::printf("date\t%zu\t%zu\t%s\t%s\t%s\n", d.mention.span.begin, d.mention.span.end,
                            d.mention.text.c_str(), d.value.iso().c_str(), d.mention.rule.c_str());
        }
        const fs::path target = fs::path(*out) / (fs::path(f.path).stem().string() + ".json");
        std::ofstream file(target, std::ios::binary);
        file << exporting::extractionJson(doc, x, fs::path(f.path).filename().string());
        if (!file) {
            std::fprintf(stderr, "cannot write %s\n", target.c_str());
            ++failures;
        }
    }
    std::fprintf(stderr, "extracted %zu of %zu files into %s\n", inputs.size() - static_cast<std::size_t>(failures),
                 inputs.size(), out->c_str());
    return failures ? kExitPartial : kExitOk;
}

}  // namespace bulletin::cli
