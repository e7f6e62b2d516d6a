#include <cstdio>
#include <filesystem>
#include <fstream>

#include "args.hpp"
#include "commands.hpp"
#include "export/extraction_json.hpp"
#include "extract/extractor.hpp"
#include "ingest/file_documents.hpp"

namespace fs = std::filesystem;

namespace bulletin::cli {

int runExtract(const std::vector<std::string>& argv) {
    const Args args(argv, {{"out", true}, {"mentions", false}});
    const auto out = args.value("out");
    if (!out) throw UsageError("extract needs --out DIR");
    if (args.positional().empty()) throw UsageError("extract needs at least one FILE");
    fs::create_directories(*out);

    warnIfTaggerMissing();
    const extract::Extractor extractor;
    int failures = 0;
    const auto built = ingest::buildFileDocuments(args.positional(), 20 * 1024 * 1024);
    for (const auto& [path, result] : built) {
        if (const auto* failure = std::get_if<ingest::BuildFailure>(&result)) {
            std::fprintf(stderr, "rejected: %s (%s): %s\n", path.c_str(), failure->stage.c_str(),
                         failure->message.c_str());
            ++failures;
            continue;
        }
        const auto& doc = std::get<Document>(result);
        const auto x = extractor.extract(doc);
        if (args.flag("mentions")) {
            // Provenance: every mention with its offsets and the rule that produced it.
            std::printf("# %s\n", path.c_str());
            for (const auto& e : x.entities)
                for (const auto& m : e.mentions)
                    std::printf("%s\t%zu\t%zu\t%s\t%s\t%s\n", toString(e.type), m.span.begin, m.span.end,
                                m.text.c_str(), e.name.c_str(), m.rule.c_str());
            for (const auto& d : x.dates)
                std::printf("date\t%zu\t%zu\t%s\t%s\t%s\n", d.mention.span.begin, d.mention.span.end,
                            d.mention.text.c_str(), d.value.iso().c_str(), d.mention.rule.c_str());
            // An event by the words that reported it, with its kind and date in place of an entity.
            for (const auto& m : x.meetings)
                std::printf("event\t%zu\t%zu\t%s\t%s@%s\t%s\n", m.trigger.span.begin, m.trigger.span.end,
                            m.trigger.text.c_str(), toString(m.kind), m.date ? m.date->iso().c_str() : "-",
                            m.trigger.rule.c_str());
        }
        const fs::path target = fs::path(*out) / (fs::path(path).stem().string() + ".json");
        std::ofstream file(target, std::ios::binary);
        file << exporting::extractionJson(doc, x, fs::path(path).filename().string());
        if (!file) {
            std::fprintf(stderr, "cannot write %s\n", target.c_str());
            ++failures;
        }
    }
    std::fprintf(stderr, "extracted %zu of %zu files into %s\n", built.size() - static_cast<std::size_t>(failures),
                 built.size(), out->c_str());
    return failures ? kExitPartial : kExitOk;
}

void warnIfTaggerMissing() {
    if (extract::NameTagger::shared()) return;
    const auto why = extract::NameTagger::sharedLoadError();
    if (why.find("switched off") != std::string::npos) return;
    std::fprintf(stderr, "warning: the name tagger is not available (%s); extracting with the rules alone\n", why.c_str());
}

}  // namespace bulletin::cli
