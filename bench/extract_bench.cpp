// Extraction alone, on one core: releases are read and parsed first (untimed), then extracted in a timed loop.
// Prints docs/s and MB/s per core and the entity counts, so rule changes that cost speed show up.
//
//   extract_bench CORPUS_DIR [--limit N]

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "extract/extractor.hpp"
#include "ingest/boilerplate_learner.hpp"
#include "ingest/document_builder.hpp"

using namespace bulletin;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: extract_bench CORPUS_DIR [--limit N]\n");
        return 2;
    }
    std::size_t limit = static_cast<std::size_t>(-1);
    for (int i = 2; i + 1 < argc; i += 2)
        if (std::string(argv[i]) == "--limit") limit = std::stoul(argv[i + 1]);
    auto files = ingest::discover({argv[1]}, {}).files;
    if (files.size() > limit) files.resize(limit);
    std::vector<const ingest::DiscoveredFile*> needed;
    for (const auto& f : files) needed.push_back(&f);
    const auto models = ingest::learnBoilerplate(files, needed, 200, 20 << 20);
    std::vector<Document> docs;
    std::size_t bytes = 0;
    for (const auto& f : files) {
        auto built = ingest::buildDocument(f, *models.at(ingest::folderOf(f.path)), 20 << 20);
        if (auto* d = std::get_if<Document>(&built)) {
            bytes += d->title.size() + d->body.size();
            docs.push_back(std::move(*d));
        }
    }
    const extract::Extractor extractor;
    (void)extractor.extract(docs.front());  // load the gazetteer outside the timed loop
    std::size_t entities = 0, dates = 0, meetings = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (const auto& d : docs) {
        const auto x = extractor.extract(d);
        entities += x.entities.size();
        dates += x.dates.size();
        meetings += x.meetings.size();
    }
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("extraction (1 core): %zu documents, %.1f MB of clean text in %.2f s: %.0f docs/s, %.1f MB/s\n",
                docs.size(), static_cast<double>(bytes) / 1048576.0, s, static_cast<double>(docs.size()) / s,
                static_cast<double>(bytes) / 1048576.0 / s);
    std::printf("found %zu entities, %zu dates, %zu meetings\n", entities, dates, meetings);
    return 0;
}
