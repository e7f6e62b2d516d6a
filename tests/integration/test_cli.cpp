// bulletin-cli as a user runs it: exit codes, stdout for data, stderr for messages.

#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>

#include "support/test_support.hpp"

using namespace bulletin;

namespace {
using Run = test::ShellRun;

Run cli(const std::vector<std::string>& args, const test::TempDir& dir) {
    std::string cmd = test::shellQuote(BULLETIN_CLI);
    for (const auto& a : args) cmd += " " + test::shellQuote(a);
    return test::runShell(cmd, dir / "stderr.txt");
}
}  // namespace

TEST_CASE("ingest, stats, search and export succeed with exit code 0", "[cli]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    const std::string archive = (dir / "a.bulletin").string();
    auto r = cli({"ingest", (dir / "in").string(), "--archive", archive}, dir);
    CHECK(r.exit == 0);
    CHECK(r.out.empty());
    CHECK(r.err.find("5 new documents") != std::string::npos);

    r = cli({"stats", "--archive", archive}, dir);
    CHECK(r.exit == 0);
    CHECK(r.out.find("Documents:       5") != std::string::npos);

    r = cli({"search", "Kapinos", "--archive", archive}, dir);
    CHECK(r.exit == 0);
    CHECK(r.out.find("Director General of NCTC Meets with UNODC Regional Representative") != std::string::npos);
    CHECK(r.err.find("1 result") != std::string::npos);

    r = cli({"search", "UNODC", "--archive", archive, "--format", "csv", "--limit", "2"}, dir);
    CHECK(r.exit == 0);
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 3);

    const std::string out = (dir / "out.csv").string();
    r = cli({"export", "--archive", archive, "--query", "UNODC", "--out", out}, dir);
    CHECK(r.exit == 0);
    CHECK(r.err.find("exported 4 rows") != std::string::npos);
    CHECK(test::readFile(out).rfind("\xEF\xBB\xBFid,title,date,path,agencies,people,locations,snippet,starred,tags,note\r\n", 0) == 0);

    r = cli({"check", "--archive", archive}, dir);
    CHECK(r.exit == 0);
}

TEST_CASE("search --facets says when the facets count only a sample of the matches", "[cli]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    const std::string archive = (dir / "a.bulletin").string();
    REQUIRE(cli({"ingest", (dir / "in").string(), "--archive", archive}, dir).exit == 0);
    const std::string note = "(facets counted over the first 2 matching releases stored, not all of them)";
    auto r = cli({"search", "UNODC", "--facets", "--archive", archive}, dir);
    CHECK(r.exit == 0);
    CHECK(r.out.find("Years") != std::string::npos);
    CHECK(r.out.find("facets counted over") == std::string::npos);
    // A team server's sample (10,000), made small enough for the samples: four releases name UNODC.
    std::string cmd = "BULLETIN_SEARCH_LIMITS=0,0,2 " + test::shellQuote(BULLETIN_CLI);
    for (const std::string a : {"search", "UNODC", "--facets", "--archive", archive.c_str()}) cmd += " " + test::shellQuote(a);
    r = test::runShell(cmd, dir / "stderr.txt");
    CHECK(r.exit == 0);
    CHECK(r.out.find(note) != std::string::npos);
    CHECK(r.err.find("4 results") != std::string::npos);  // the count is not sampled
}

TEST_CASE("partial failure exits 1 and lists the rejected file", "[cli]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    test::writeFile(dir / "in" / "binary.txt", std::string("\0\1\2\3", 4));
    const std::string archive = (dir / "a.bulletin").string();
    auto r = cli({"ingest", (dir / "in").string(), "--archive", archive}, dir);
    CHECK(r.exit == 1);
    CHECK(r.err.find("binary.txt") != std::string::npos);
    r = cli({"errors", "--archive", archive}, dir);
    CHECK(r.exit == 0);
    CHECK(r.out.find("binary.txt\tdecode\tbinary file") != std::string::npos);
}

TEST_CASE("a damaged tagger model is reported and extraction carries on with the rules", "[cli]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    test::writeFile(dir / "junk.bin", "not a model");
    const std::string cmd = "BULLETIN_TAGGER_MODEL=" + test::shellQuote((dir / "junk.bin").string()) + " " +
                            test::shellQuote(BULLETIN_CLI) + " extract --out " + test::shellQuote((dir / "out").string()) +
                            " " + test::shellQuote((dir / "in" / "000_7e504ddda4d7bb92.txt").string());
    const auto r = test::runShell(cmd, dir / "stderr.txt");
    CHECK(r.exit == 0);
    CHECK(r.err.find("warning: the name tagger is not available") != std::string::npos);
    CHECK(r.err.find("not a Bulletin tagger model") != std::string::npos);
    CHECK(test::readFile(dir / "out" / "000_7e504ddda4d7bb92.json").find("Zakariyya Mansoor") != std::string::npos);
}

TEST_CASE("extract --mentions prints every mention and every event with the words that reported it", "[cli]") {
    test::TempDir dir;
    test::writeFile(dir / "release.txt",
                    "Minister visits Velmarsk\n\n14 November 2026\n\nThe Minister of Health held a meeting with "
                    "district officers in Velmarsk on 12 November 2026. The officers reported on the new clinics.\n");
    const auto r = cli({"extract", "--mentions", "--out", (dir / "out").string(), (dir / "release.txt").string()}, dir);
    CHECK(r.exit == 0);
    CHECK(r.out.find("date\t") != std::string::npos);
    CHECK(r.out.find("\tmeeting\tmeeting@2026-11-12\tmeeting.trigger") != std::string::npos);
}

TEST_CASE("usage errors and fatal errors exit 2 with a message on stderr", "[cli]") {
    test::TempDir dir;
    CHECK(cli({}, dir).exit == 2);
    CHECK(cli({"frobnicate"}, dir).exit == 2);
    auto r = cli({"search", "x", "--archive", (dir / "missing.bulletin").string()}, dir);
    CHECK(r.exit == 2);
    CHECK(r.err.find("does not exist") != std::string::npos);
    r = cli({"ingest", dir.path().string()}, dir);
    CHECK(r.exit == 2);
    CHECK(r.err.find("--archive") != std::string::npos);
    r = cli({"search", "x", "--archive", "a", "--limit", "lots"}, dir);
    CHECK(r.exit == 2);
    CHECK(r.err.find("--limit") != std::string::npos);
    test::writeFile(dir / "notes.txt", std::string(5000, 'x'));
    r = cli({"stats", "--archive", (dir / "notes.txt").string()}, dir);
    CHECK(r.exit == 2);
    CHECK(r.err.find("not a Bulletin archive") != std::string::npos);
}

TEST_CASE("a malformed query exits 2 and points at the problem", "[cli]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    const std::string archive = (dir / "a.bulletin").string();
    cli({"ingest", (dir / "in").string(), "--archive", archive}, dir);
    auto r = cli({"search", "--archive", archive, "--", "-UNODC"}, dir);
    CHECK(r.exit == 2);
    CHECK(r.err.find("only of excluded words") != std::string::npos);
    r = cli({"search", "\"Regional Representative", "--archive", archive}, dir);
    CHECK(r.exit == 0);
    CHECK(r.err.find("closing quote added") != std::string::npos);
}

TEST_CASE("saved searches from the command line", "[cli]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    const std::string archive = (dir / "a.bulletin").string();
    cli({"ingest", (dir / "in").string(), "--archive", archive}, dir);
    CHECK(cli({"saved", "add", "trainings", "kind:training", "--archive", archive}, dir).exit == 0);
    CHECK(cli({"saved", "add", "places", "UNODC", "--list", "locations", "--archive", archive}, dir).exit == 0);
    CHECK(cli({"saved", "add", "bad", "x", "--list", "nonsense", "--archive", archive}, dir).exit == 2);
    auto r = cli({"saved", "--archive", archive}, dir);
    CHECK(r.out == "places\tlocations\tUNODC\ntrainings\tdocuments\tkind:training\n");
    CHECK(cli({"saved", "remove", "places", "--archive", archive}, dir).exit == 0);
    CHECK(cli({"saved", "remove", "places", "--archive", archive}, dir).exit == 2);
    CHECK(cli({"history", "--archive", archive}, dir).exit == 0);
}

TEST_CASE("entity show prints a profile, and says so when no entity has the name", "[cli]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    const std::string archive = (dir / "a.bulletin").string();
    cli({"ingest", (dir / "in").string(), "--archive", archive}, dir);
    auto r = cli({"entity", "show", "agency", "NCA", "--archive", archive}, dir);
    CHECK(r.exit == 0);
    CHECK(r.out.rfind("National Crime Agency (agency)\nalso: NCA\n1 release, 3 mentions\n", 0) == 0);
    CHECK(r.out.find("  Graeme Biggar: director general") != std::string::npos);
    CHECK(r.out.find("Releases (1):\n  (undated)  Pakistan and the UK") != std::string::npos);
    r = cli({"entity", "show", "person", "Nobody Atall", "--archive", archive}, dir);
    CHECK(r.exit == 2);
    CHECK(r.err.find("no person named 'Nobody Atall'") != std::string::npos);
}

TEST_CASE("entity corrections say what they touched, and history, undo, redo and revert take them back", "[cli]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    const std::string archive = (dir / "a.bulletin").string();
    cli({"ingest", (dir / "in").string(), "--archive", archive}, dir);
    auto r = cli({"entity", "hide", "agency", "NCA", "--archive", archive}, dir);
    CHECK(r.exit == 0);
    CHECK(r.err.find("recorded: hide agency 'National Crime Agency' (1 release, 3 mentions)") != std::string::npos);
    CHECK(r.err.find("'bulletin-cli entity undo' takes it back") != std::string::npos);
    auto agencies = [&] { return cli({"list", "agencies", "--archive", archive}, dir).out; };
    CHECK(agencies().find("National Crime Agency") == std::string::npos);
    r = cli({"entity", "undo", "--archive", archive}, dir);
    CHECK(r.exit == 0);
    CHECK(r.err == "taken back: hide agency 'National Crime Agency' (correction 1)\n");
    CHECK(agencies().find("National Crime Agency") != std::string::npos);
    CHECK(cli({"entity", "undo", "--archive", archive}, dir).err == "bulletin-cli entity: nothing to undo\n");
    CHECK(cli({"entity", "redo", "--archive", archive}, dir).exit == 0);
    CHECK(agencies().find("National Crime Agency") == std::string::npos);
    r = cli({"entity", "history", "--archive", archive}, dir);
    CHECK(r.out.find("     1  ") == 0);
    CHECK(r.out.find("hide agency 'National Crime Agency'\n") != std::string::npos);
    CHECK(cli({"entity", "revert", "1", "--archive", archive}, dir).exit == 0);
    CHECK(cli({"entity", "history", "--archive", archive}, dir).out.find("undone") != std::string::npos);
    CHECK(cli({"entity", "revert", "12", "--archive", archive}, dir).err ==
          "bulletin-cli entity: there is no correction number 12\n");
    CHECK(cli({"entity", "restore", "one", "--archive", archive}, dir).exit == 2);
}

TEST_CASE("mark stars, tags and notes releases by id, path or query, exports carry the marks, undo takes a step back",
          "[cli][marks]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    const std::string archive = (dir / "a.bulletin").string();
    REQUIRE(cli({"ingest", (dir / "in").string(), "--archive", archive, "--quiet"}, dir).exit == 0);
    auto r = cli({"search", "Kapinos", "--archive", archive, "--format", "jsonl"}, dir);
    REQUIRE(r.exit == 0);
    const auto idAt = r.out.find("\"id\": ") + 6;
    const std::string id = r.out.substr(idAt, r.out.find_first_of(",}", idAt) - idAt);

    r = cli({"mark", "star", id, "--archive", archive}, dir);
    CHECK(r.exit == 0);
    CHECK(r.err.find("star: 1 of 1 release changed") != std::string::npos);
    r = cli({"mark", "tag", "to verify", "--query", "UNODC", "--archive", archive}, dir);
    CHECK(r.exit == 0);
    CHECK(r.err.find("tag: 4 of 4 releases changed") != std::string::npos);
    r = cli({"mark", "note", "Ask about the date", id, "--archive", archive}, dir);
    CHECK(r.exit == 0);

    r = cli({"search", "is:starred tag:\"to verify\" has:note", "--archive", archive}, dir);
    CHECK(r.exit == 0);
    CHECK(r.err.find("1 result") != std::string::npos);
    r = cli({"mark", "tags", "--archive", archive}, dir);
    CHECK(r.out == "to verify\t4\t0\n");

    const std::string csv = (dir / "marked.csv").string();
    r = cli({"export", "--archive", archive, "--query", "is:starred", "--columns", "id,starred,tags,note", "--out", csv},
            dir);
    CHECK(r.exit == 0);
    CHECK(test::readFile(csv) == "\xEF\xBB\xBFid,starred,tags,note\r\n" + id + ",yes,to verify,Ask about the date\r\n");
    r = cli({"export", "--archive", archive, "--query", "Kapinos", "--columns", "starred,tags,note", "--format", "jsonl",
             "--out", "-"},
            dir);
    CHECK(r.out == "{\"starred\": true, \"tags\": [\"to verify\"], \"note\": \"Ask about the date\"}\n");

    // Names that match nothing: said, and nothing is marked.
    r = cli({"mark", "unstar", id, "no-such-file.txt", "--archive", archive}, dir);
    CHECK(r.exit == 2);
    CHECK(r.err.find("no ingested file at 'no-such-file.txt'") != std::string::npos);
    r = cli({"mark", "tag", " ", id, "--archive", archive}, dir);
    CHECK(r.exit == 2);
    CHECK(r.err.find("a tag cannot be empty") != std::string::npos);

    r = cli({"mark", "undo", "--archive", archive}, dir);  // the note
    CHECK(r.err.find("undone: note on release " + id) != std::string::npos);
    r = cli({"mark", "undo", "--archive", archive}, dir);  // the tag on four releases
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 4);
    r = cli({"search", "has:tag", "--archive", archive}, dir);
    CHECK(r.err.find("0 results") != std::string::npos);
    r = cli({"mark", "history", "--archive", archive}, dir);
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 6);
    CHECK(r.out.find("(undone)") != std::string::npos);

    r = cli({"mark", "entity-tag", "agency", "NACTA", "watch", "--archive", archive}, dir);
    CHECK(r.exit == 0);
    r = cli({"mark", "entity-show", "agency", "National Counter Terrorism Authority", "--archive", archive}, dir);
    CHECK(r.out.find("tags\twatch") != std::string::npos);
}

TEST_CASE("a watched search counts the releases added since the analyst last looked, over two ingests", "[cli][watch]") {
    test::TempDir dir;
    test::copySamples(dir / "all");
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir / "all")) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() == 5);
    std::filesystem::create_directories(dir / "in");
    auto bring = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) std::filesystem::copy_file(files[i], dir / "in" / files[i].filename());
    };
    const std::string archive = (dir / "a.bulletin").string();
    const std::string in = (dir / "in").string();
    bring(0, 1);
    REQUIRE(cli({"ingest", in, "--archive", archive, "--quiet"}, dir).exit == 0);
    REQUIRE(cli({"saved", "add", "unodc", "UNODC", "--archive", archive}, dir).exit == 0);
    REQUIRE(cli({"saved", "add", "all", "date:1900..", "--archive", archive}, dir).exit == 0);
    auto r = cli({"saved", "watch", "unodc", "--archive", archive}, dir);
    CHECK(r.exit == 0);
    CHECK(cli({"saved", "watch", "nosuch", "--archive", archive}, dir).exit == 2);
    r = cli({"saved", "new", "--archive", archive}, dir);
    CHECK(r.err == "unodc: 0 new\n");  // watching starts from now; "all" is not watched
    CHECK(r.out.empty());

    bring(1, 3);
    REQUIRE(cli({"ingest", in, "--archive", archive, "--quiet"}, dir).exit == 0);
    r = cli({"saved", "new", "unodc", "--archive", archive}, dir);
    const auto first = std::count(r.out.begin(), r.out.end(), '\n');
    CHECK(r.err == "unodc: " + std::to_string(first) + " new\n");
    CHECK(first >= 1);
    bring(3, 5);
    REQUIRE(cli({"ingest", in, "--archive", archive, "--quiet"}, dir).exit == 0);
    r = cli({"saved", "new", "--count", "--archive", archive}, dir);
    const std::string counted = r.err;
    // New: every release matching UNODC but the one there was when watching began.
    r = cli({"search", "UNODC", "--format", "jsonl", "--limit", "100", "--archive", archive}, dir);
    const auto total = std::count(r.out.begin(), r.out.end(), '\n');
    const bool firstMatches = r.out.find(files[0].filename().string()) != std::string::npos;
    CHECK(counted == "unodc: " + std::to_string(total - (firstMatches ? 1 : 0)) + " new\n");
    r = cli({"saved", "new", "--mark-seen", "--archive", archive}, dir);
    CHECK(r.exit == 0);
    CHECK(cli({"saved", "new", "--archive", archive}, dir).err == "unodc: 0 new\n");
    r = cli({"saved", "list", "--archive", archive}, dir);
    CHECK(r.out.find("unodc\tdocuments\tUNODC\twatched\n") != std::string::npos);
    CHECK(r.out.find("all\tdocuments\tdate:1900..\n") != std::string::npos);
}

TEST_CASE("batch runs a list with good, malformed and name-only lines and reports each", "[cli][batch]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    const std::string archive = (dir / "a.bulletin").string();
    REQUIRE(cli({"ingest", (dir / "in").string(), "--archive", archive, "--quiet"}, dir).exit == 0);
    test::writeFile(dir / "list.txt", "UNODC\nUnited Nations Office on Drugs and Crime\ndate:2019..2018\n\"working group\"\n");
    auto r = cli({"batch", (dir / "list.txt").string(), "--archive", archive}, dir);
    CHECK(r.exit == 1);  // one line could not run; the others did
    CHECK(r.out.rfind("line,label,query,understood,hits,first,last,top_agencies,status\r\n", 0) == 0);
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 5);
    CHECK(r.err.find("line 3 cannot run: error at column 1") != std::string::npos);
    CHECK(r.err.find("4 lines: 3 with hits, 1 could not run") != std::string::npos);
    const std::string hits = (dir / "hits.jsonl").string();
    r = cli({"batch", (dir / "list.txt").string(), "--hits", "--format", "jsonl", "--out", hits, "--archive", archive},
            dir);
    CHECK(r.exit == 1);
    const auto text = test::readFile(hits);
    CHECK(text.find("{\"line\": 1, \"label\": \"UNODC\"") == 0);
    CHECK(cli({"batch", (dir / "missing.txt").string(), "--archive", archive}, dir).exit == 2);
}

TEST_CASE("list pages continue with --after TOKEN to the end, in order", "[cli]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    const std::string archive = (dir / "a.bulletin").string();
    cli({"ingest", (dir / "in").string(), "--archive", archive}, dir);
    const auto whole = cli({"list", "dates", "--format", "csv", "--archive", archive}, dir);
    REQUIRE(whole.exit == 0);
    std::string joined, header;
    std::vector<std::string> args{"list", "dates", "--format", "csv", "--limit", "7", "--archive", archive};
    int pages = 0;
    for (; pages < 100; ++pages) {
        const auto r = cli(args, dir);
        REQUIRE(r.exit == 0);
        const auto firstLine = r.out.find('\n') + 1;
        header = r.out.substr(0, firstLine);
        joined += r.out.substr(firstLine);
        const auto at = r.err.find("next page: --after ");
        if (at == std::string::npos) break;
        const auto token = r.err.substr(at + 19, r.err.find('\n', at) - at - 19);
        args = {"list", "dates", "--format", "csv", "--limit", "7", "--after", token, "--archive", archive};
    }
    CHECK(pages >= 2);  // three pages at least (17 dates in the samples)
    CHECK(header + joined == whole.out);
    CHECK(cli({"list", "dates", "--after", "k2.bogus", "--archive", archive}, dir).exit == 2);
}

TEST_CASE("every command has --help", "[cli]") {
    test::TempDir dir;
    for (const char* c : {"ingest", "search", "export", "list", "entity", "extract", "saved", "history", "stats",
                          "errors", "check"}) {
        auto r = cli({c, "--help"}, dir);
        INFO(c);
        CHECK(r.exit == 0);
        CHECK(r.out.find("usage: bulletin-cli") != std::string::npos);
    }
    CHECK(cli({"--help"}, dir).exit == 0);
    CHECK(cli({"--version"}, dir).out.find("bulletin-cli") != std::string::npos);
}
