// Extraction quality on annotated releases: the seeds (../shared/eval/gold/seeds) and the tuning and test parts of
// the development gold set (tests/eval/gold). Releases are extracted in-process exactly as `bulletin-cli extract`
// does (boilerplate learned from each release's folder), scored by the official ../shared/eval/score.py, and the
// per-type precision / recall / F1, events F1 and publication-date accuracy are printed per part.
//
//   extract_quality [--shared DIR] [--gold DIR] [--part NAME]... [--per-publisher] [--errors PART] [--keep DIR]
//                   [--recognisers both|rules|tagger] [--require PART:METRIC=MIN]...
//
// METRIC is overall, people, agencies, locations, dates, events or pubdate. A --require that is not met makes the
// exit status 1 (the ctest gate); a part whose data is absent exits 77 (skipped). --errors lists every miss and
// false hit of a part: refused for the test part, whose errors must not steer tuning.

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <algorithm>
#include <array>
#include <unistd.h>
#include <string>
#include <vector>

#include "core/json_reader.hpp"
#include "export/extraction_json.hpp"
#include "extract/extractor.hpp"
#include "ingest/file_documents.hpp"

namespace fs = std::filesystem;
using namespace bulletin;

namespace {

struct Release final {
    std::string publisher;
    fs::path gold, text;
};

struct Scores final {
    std::map<std::string, std::array<double, 3>> prf;  // type -> P, R, F1
    double overall = 0, pubdate = -1;
    std::size_t docs = 0;
};

const std::vector<std::string> kTypes{"people", "agencies", "locations", "dates", "meetings"};

std::string run(const std::string& command) {
    std::string out;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char buf[4096];
        std::size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
        if (pclose(pipe) != 0) throw std::runtime_error("command failed: " + command);
    }
    return out;
}

// Single-quoted for the shell (the paths are ours: no quote inside).
std::string quoted(const fs::path& p) {
    std::string out(1, '\'');
    out.append(p.string()).push_back('\'');
    return out;
}

std::vector<Release> releasesOf(const std::string& part, const fs::path& shared, const fs::path& gold) {
    std::vector<Release> out;
    if (part == "seeds") {
        const fs::path dir = shared / "eval" / "gold" / "seeds";
        if (!fs::is_directory(dir)) return out;
        for (const auto& e : fs::directory_iterator(dir))
            if (e.path().extension() == ".json")
                out.push_back({"seeds", e.path(), shared / "seeds" / (e.path().stem().string() + ".txt")});
    } else {
        const fs::path dir = gold / part;
        if (!fs::is_directory(dir) || !fs::is_directory(shared / "corpus")) return out;
        for (const auto& pub : fs::directory_iterator(dir)) {
            if (!pub.is_directory()) continue;
            for (const auto& e : fs::directory_iterator(pub.path()))
                if (e.path().extension() == ".json")
                    out.push_back({pub.path().filename().string(), e.path(),
                                   shared / "corpus" / pub.path().filename() / (e.path().stem().string() + ".txt")});
        }
    }
    std::sort(out.begin(), out.end(), [](const Release& a, const Release& b) { return a.gold < b.gold; });
    return out;
}

// Gold and prediction files side by side under flat names, as score.py wants them.
void writeCase(const Release& r, const std::string& prediction, const fs::path& dir) {
    const std::string name = r.publisher + "__" + r.gold.filename().string();
    fs::create_directories(dir / "gold");
    fs::create_directories(dir / "pred");
    fs::copy_file(r.gold, dir / "gold" / name, fs::copy_options::overwrite_existing);
    std::ofstream(dir / "pred" / name, std::ios::binary) << prediction;
}

Scores score(const fs::path& scorer, const fs::path& dir) {
    const auto report = json::parse(run("python3 " + quoted(scorer) + " " + quoted(dir / "gold") + " " +
                                        quoted(dir / "pred") + " --json"));
    Scores s;
    s.docs = static_cast<std::size_t>(report["n_docs"].number());
    for (const auto& t : kTypes) {
        const auto& v = report["types"][t];
        s.prf[t] = {v["precision"].number(), v["recall"].number(), v["f1"].number()};
    }
    s.overall = report["overall_f1"].number();
    s.pubdate = report["publication_date_accuracy"].number(-1);
    return s;
}

void printScores(const std::string& label, const Scores& s) {
    std::printf("%-22s %4zu", label.c_str(), s.docs);
    for (const auto& t : kTypes) {
        const auto& v = s.prf.at(t);
        std::printf("  %.2f %.2f %.2f", v[0], v[1], v[2]);
    }
    std::printf("  %6.3f", s.overall);
    if (s.pubdate >= 0) std::printf("  %5.2f", s.pubdate);
    else std::printf("      -");
    std::printf("\n");
}

double metric(const Scores& s, const std::string& name) {
    if (name == "overall") return s.overall;
    if (name == "pubdate") return s.pubdate;
    if (name == "events") return s.prf.at("meetings")[2];
    if (s.prf.count(name)) return s.prf.at(name)[2];
    throw std::runtime_error("unknown metric " + name);
}

}  // namespace

int main(int argc, char** argv) {
    fs::path shared = fs::path(BULLETIN_SOURCE_DIR) / ".." / "shared";
    fs::path gold = fs::path(BULLETIN_SOURCE_DIR) / "tests" / "eval" / "gold";
    std::vector<std::string> parts, minimums;
    std::string errorsPart;
    fs::path keep;
    bool perPublisher = false;
    extract::Recognisers recognisers = extract::Recognisers::Both;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "%s needs a value\n", a.c_str());
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--shared") shared = next();
        else if (a == "--gold") gold = next();
        else if (a == "--part") parts.push_back(next());
        else if (a == "--per-publisher") perPublisher = true;
        else if (a == "--errors") errorsPart = next();
        else if (a == "--keep") keep = next();
        else if (a == "--require") minimums.push_back(next());
        else if (a == "--recognisers") {
            const auto r = next();
            recognisers = r == "rules" ? extract::Recognisers::Rules
                          : r == "tagger" ? extract::Recognisers::Tagger
                                          : extract::Recognisers::Both;
        }
        else {
            std::fprintf(stderr,
                         "usage: extract_quality [--shared DIR] [--gold DIR] [--part seeds|tuning|test]... "
                         "[--per-publisher] [--errors PART] [--keep DIR] [--recognisers both|rules|tagger] "
                         "[--require PART:METRIC=MIN]...\n");
            return 2;
        }
    }
    if (parts.empty()) parts = {"seeds", "tuning", "test"};
    if (errorsPart == "test") {
        std::fprintf(stderr, "--errors test: refused; the test part is scored, never inspected while tuning\n");
        return 2;
    }
    const fs::path scorer = shared / "eval" / "score.py";
    if (!fs::exists(scorer)) {
        std::printf("skipped: %s is absent\n", scorer.c_str());
        return 77;
    }
    const fs::path work = keep.empty() ? fs::temp_directory_path() / ("extract_quality." + std::to_string(getpid()))
                                       : keep;
    fs::remove_all(work);

    const extract::Extractor extractor(extract::Gazetteer::shared(), recognisers);
    std::map<std::string, Scores> results;
    std::printf("%-22s %4s  %-14s  %-14s  %-14s  %-14s  %-14s  %6s  %5s\n", "part", "docs", "people P R F1",
                "agencies", "locations", "dates", "events", "overall", "pubdate");
    for (const auto& part : parts) {
        const auto releases = releasesOf(part, shared, gold);
        if (releases.empty()) {
            std::printf("%-22s skipped: no gold releases or texts found\n", part.c_str());
            continue;
        }
        std::vector<std::string> texts;
        for (const auto& r : releases) texts.push_back(r.text.string());
        const auto built = ingest::buildFileDocuments(texts, 20 << 20);
        std::set<std::string> publishers;
        for (std::size_t i = 0; i < releases.size(); ++i) {
            std::string prediction = "{}";
            if (const auto* doc = std::get_if<Document>(&built[i].built))
                prediction = exporting::extractionJson(*doc, extractor.extract(*doc), releases[i].text.filename());
            else
                std::fprintf(stderr, "rejected: %s\n", releases[i].text.c_str());
            writeCase(releases[i], prediction, work / part);
            if (perPublisher) writeCase(releases[i], prediction, work / part / "by" / releases[i].publisher);
            publishers.insert(releases[i].publisher);
        }
        results[part] = score(scorer, work / part);
        printScores(part, results[part]);
        if (perPublisher)
            for (const auto& pub : publishers) printScores(std::string(2, ' ').append(pub), score(scorer, work / part / "by" / pub));
        if (part == errorsPart)
            std::printf("%s", run("python3 " + quoted(scorer) + " " + quoted(work / part / "gold") + " " +
                                  quoted(work / part / "pred") + " --errors")
                                  .c_str());
    }
    if (keep.empty()) fs::remove_all(work);

    int failed = 0;
    for (const auto& r : minimums) {
        const auto colon = r.find(':'), eq = r.find('=');
        if (colon == std::string::npos || eq == std::string::npos || eq < colon) {
            std::fprintf(stderr, "--require %s: expected PART:METRIC=MIN\n", r.c_str());
            return 2;
        }
        const std::string part = r.substr(0, colon), name = r.substr(colon + 1, eq - colon - 1);
        const double min = std::stod(r.substr(eq + 1));
        if (!results.count(part)) {
            std::printf("skipped: %s (part %s not scored)\n", r.c_str(), part.c_str());
            return 77;
        }
        const double got = metric(results[part], name);
        std::printf("%s %s %s: %.3f (minimum %.3f)\n", got >= min ? "ok  " : "FAIL", part.c_str(), name.c_str(),
                    got, min);
        if (got < min) ++failed;
    }
    return failed ? 1 : 0;
}
