// Several ingesters writing to one team archive at once: two writers that store the same new entities in opposite
// orders deadlock, the server aborts one, and that writer does its transaction again and succeeds; two whole
// ingests of the same folder at once store every release exactly once.

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <random>
#include <thread>

#include "ingest/boilerplate.hpp"
#include "pg_support.hpp"
#include "store/archive_reader.hpp"
#include "store/archive_transfer.hpp"
#include "store/postgresql/pg_archive_reader.hpp"
#include "store/postgresql/pg_archive_writer.hpp"
#include "store/postgresql/pg_schema.hpp"
#include "support/sample_archive.hpp"

using namespace bulletin;

namespace {

std::pair<Document, Extraction> releaseNaming(const std::string& hash, const std::string& agency) {
    Document d;
    d.title = "Release " + hash;
    d.body = agency + " met today.";
    d.raw = d.body;
    d.encoding = "UTF-8";
    d.contentHash = hash;
    d.location = {"/in/" + hash + ".txt", 10, 1, "b" + hash};
    Extraction x;
    Entity e;
    e.type = EntityType::Agency;
    e.name = agency;
    e.key = agency;
    e.mentions.push_back({{0, agency.size()}, agency, "test", 1.0f});
    x.entities.push_back(e);
    return {d, x};
}

}  // namespace

TEST_CASE("a writer aborted by a deadlock does its transaction again and both writers' releases are stored",
          "[pg][concurrency]") {
    test::TestDatabase db;
    auto a = db.connect();
    auto b = db.connect();
    store::postgresql::migrate(a);
    for (auto* c : {&a, &b}) c->exec("SET deadlock_timeout = '100ms'");
    store::postgresql::PgArchiveWriter first(a), second(b);

    const auto [r1, x1] = releaseNaming("r1", "Alpha Agency");
    const auto [r2, x2] = releaseNaming("r2", "Beta Bureau");
    const auto [r3, x3] = releaseNaming("r3", "Beta Bureau");
    const auto [r4, x4] = releaseNaming("r4", "Alpha Agency");
    first.begin();
    (void)first.store(r1, x1);  // holds Alpha until it commits
    second.begin();
    (void)second.store(r2, x2);  // holds Beta
    std::exception_ptr failure;
    std::thread other([&] {
        try {
            (void)first.store(r3, x3);  // waits for Beta
            first.commit();
        } catch (...) {
            failure = std::current_exception();
        }
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    (void)second.store(r4, x4);  // waits for Alpha: a deadlock; the server aborts one of the two
    second.commit();
    other.join();
    if (failure) std::rethrow_exception(failure);

    CHECK(first.retries() + second.retries() >= 1);
    auto check = db.connect();
    CHECK(check.queryInt("SELECT count(*) FROM documents") == 4);
    CHECK(check.queryInt("SELECT count(*) FROM entities") == 2);
    CHECK(check.queryInt("SELECT count(*) FROM document_entities") == 4);
    CHECK(check.queryInt("SELECT count(*) FROM files") == 4);
}

TEST_CASE("near-duplicates stored by two writers whose transactions overlap are linked once both commit",
          "[pg][concurrency]") {
    test::TestDatabase db;
    auto a = db.connect();
    auto b = db.connect();
    store::postgresql::migrate(a);
    store::postgresql::PgArchiveWriter first(a), second(b);
    auto [r1, x1] = releaseNaming("n1", "Alpha Agency");
    auto [r2, x2] = releaseNaming("n2", "Beta Bureau");
    auto [r3, x3] = releaseNaming("n3", "Gamma Group");
    r1.simhash = 0x5A5A5A5A12345678ULL;
    r2.simhash = r1.simhash ^ 0x3ULL;  // two bits apart: a near-duplicate of r1
    r3.simhash = ~r1.simhash;          // nothing like either
    first.begin();
    (void)first.store(r1, x1);
    second.begin();
    (void)second.store(r2, x2);  // r1 is not visible yet, nor is r2 to the first writer
    (void)second.store(r3, x3);
    first.commit();
    second.commit();

    auto check = db.connect();
    CHECK(check.queryInt("SELECT count(*) FROM similar_documents") == 2);  // one pair, both ways
    CHECK(check.queryInt("SELECT count(*) FROM similar_documents s JOIN documents d ON d.id = s.document_id"
                         " WHERE d.content_hash = 'n3'") == 0);
    CHECK(check.queryInt("SELECT min(distance) FROM similar_documents") == 2);
}

TEST_CASE("two ingests of the same folder at once store every release once", "[pg][concurrency]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    test::writeFile(dir / "in" / "extra.txt",
                    "Police hold workshop\n\nLahore, 5 May 2023. The Punjab Police and the Federal Investigation "
                    "Agency held a workshop on cyber crime for investigators from three districts.\n");
    test::TestDatabase db;
    const auto location = store::Location::parse("postgresql:" + db.conninfo());
    { store::Archive make(location); }  // the schema, made once
    std::vector<std::thread> ingesters;
    std::vector<std::exception_ptr> failures(2);
    for (int k = 0; k < 2; ++k)
        ingesters.emplace_back([&, k] {
            try {
                store::Archive archive(location);
                std::atomic<bool> cancel{false};
                ingest::Ingester(archive, {}, extract::defaultAnalyzer()).run({dir / "in"}, cancel);
            } catch (...) {
                failures[static_cast<std::size_t>(k)] = std::current_exception();
            }
        });
    for (auto& t : ingesters) t.join();
    for (const auto& f : failures)
        if (f) std::rethrow_exception(f);

    store::Archive file(dir / "alone.bulletin");
    {
        std::atomic<bool> cancel{false};
        ingest::Ingester(file, {}, extract::defaultAnalyzer()).run({dir / "in"}, cancel);
    }
    store::Archive server(location, store::Access::Read);
    const auto together = server.reader().stats();
    const auto alone = file.reader().stats();
    CHECK(together.documents == alone.documents);
    CHECK(together.files == alone.files);
    CHECK(together.errors == alone.errors);
    auto c = db.connect();
    CHECK(c.queryInt(
              "SELECT count(*) FROM (SELECT type, key FROM entities GROUP BY type, key HAVING count(*) > 1) d") == 0);
    CHECK(c.queryInt("SELECT count(*) - count(DISTINCT content_hash) FROM documents") == 0);
}

TEST_CASE("ingesters of a team archive share one boilerplate model per source folder", "[pg][concurrency]") {
    test::TempDir dir;
    for (int i = 0; i < 12; ++i)
        test::writeFile(dir / "site" / ("r" + std::to_string(i) + ".txt"),
                        "Council news item " + std::to_string(i) +
                            "\n\nHome | News | Contact\n\nHarwick, 3 March 2021. "
                            "The council approved item " +
                            std::to_string(i) +
                            " of the water budget today.\n\n"
                            "Copyright Harwick Council\n");
    test::TestDatabase db;
    const auto location = store::Location::parse("postgresql:" + db.conninfo());
    auto ingest = [&](const std::filesystem::path& folder) {
        store::Archive archive(location);
        std::atomic<bool> cancel{false};
        ingest::Ingester(archive, {}, extract::defaultAnalyzer()).run({folder}, cancel);
    };
    ingest(dir / "site");
    auto c = db.connect();
    REQUIRE(c.queryInt("SELECT count(*) FROM boilerplate_models") == 1);
    const auto stored = c.query("SELECT model FROM boilerplate_models").bytes(0, 0);
    const auto model = ingest::BoilerplateModel::deserialize(stored);
    REQUIRE(model);
    CHECK(model->isBoilerplate("Copyright Harwick Council"));
    CHECK(c.queryInt("SELECT count(*) FROM documents WHERE body LIKE '%Copyright Harwick%'") == 0);

    // Another ingester of the folder uses the stored model, not one of its own: a line the stored model names as
    // chrome is stripped from new releases although they alone would not teach it.
    ingest::BoilerplateModel shared = ingest::BoilerplateModel::learn(
        {"a\nThe council approved", "b\nThe council approved", "c\nThe council approved", "d\nThe council approved",
         "e\nThe council approved", "f\nThe council approved", "g\nThe council approved", "h\nThe council approved"});
    REQUIRE(shared.isBoilerplate("The council approved"));
    c.query("UPDATE boilerplate_models SET model = $1", pg::Params().addBytes(shared.serialize()));
    test::writeFile(dir / "site" / "new.txt",
                    "Council news item new\n\nHarwick, 4 March 2021. A road was opened.\n\n"
                    "The council approved\n");
    ingest(dir / "site");
    CHECK(c.queryInt("SELECT count(*) FROM documents") == 13);
    CHECK(c.queryInt("SELECT count(*) FROM documents WHERE title = 'Council news item new' AND body LIKE"
                     " '%council approved%'") == 0);
    CHECK(c.queryInt("SELECT count(*) FROM boilerplate_models") == 1);
}

namespace {

// The release files of the concurrency tests: numbered, on varied subjects, so that near-duplicate links (which two
// ingesters storing look-alike releases at the same moment can miss) stay out of the comparison.
void writeReleases(const std::filesystem::path& folder, int from, int to) {
    const char* subjects[] = {"border management", "drug seizures", "a water budget", "road safety",
                              "port security",     "cyber crime",   "customs reform", "forest fires"};
    const char* places[] = {"Islamabad", "Karachi", "Quetta", "Lahore", "Peshawar", "Multan"};
    for (int i = from; i < to; ++i)
        test::writeFile(folder / ("r" + std::to_string(i) + ".txt"),
                        "Release " + std::to_string(i) + " on " + subjects[i % 8] + "\n\n" + places[i % 6] + ", " +
                            std::to_string(i % 28 + 1) + " March 2020. Officials " + std::to_string(i * 7919) +
                            " of the Federal Investigation Agency met Mr. Ahmed Khan" + std::to_string(i) +
                            " to discuss " + subjects[(i * 3) % 8] + " and case " + std::to_string(i * 104729) + ".");
}

// Releases that differ from the same-numbered ones of another folder by one word: near-duplicates of each other,
// which ingesters of different folders store at the same moment.
void writeNearCopies(const std::filesystem::path& folder, const std::string& word) {
    for (int i = 0; i < 10; ++i) {
        std::string body = "Notice " + std::to_string(i) + "\n\nQuetta, 2 June 2021. ";
        for (int s = 0; s < 12; ++s)
            body += "The provincial board number " + std::to_string(i * 31 + s) + " reviewed the " +
                    std::to_string(i * 17 + s * 3) + " applications received for the scholarship scheme. ";
        body += "The notice was read by the " + word + " clerk.";
        test::writeFile(folder / ("copy" + std::to_string(i) + ".txt"), body);
    }
}

std::vector<std::string> differencesButNearDuplicates(store::Archive& a, store::Archive& b) {
    auto d = store::compareArchives(a, b);
    d.erase(std::remove_if(d.begin(), d.end(), [](const std::string& s) { return s.rfind("near-duplicate", 0) == 0; }),
            d.end());
    return d;
}

int runCli(const std::vector<std::string>& args, std::chrono::milliseconds killAfter) {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        std::vector<char*> argv{const_cast<char*>(BULLETIN_CLI)};
        for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        std::freopen("/dev/null", "w", stderr);
        std::freopen("/dev/null", "w", stdout);
        ::execv(BULLETIN_CLI, argv.data());
        ::_exit(127);
    }
    if (killAfter.count() > 0) {
        std::this_thread::sleep_for(killAfter);
        ::kill(pid, SIGKILL);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST_CASE("three ingesters over overlapping folders end with the releases and near-duplicates one ingester stores",
          "[pg][concurrency]") {
    test::TempDir dir;
    // a: 0-59; b: 40-99 (20 shared with a, as copies at other paths); c: 80-119 and 0-9 (shared with b and a).
    writeReleases(dir / "a", 0, 60);
    writeReleases(dir / "b", 40, 100);
    writeReleases(dir / "c", 80, 120);
    writeReleases(dir / "c" / "old", 0, 10);
    writeNearCopies(dir / "a" / "copies", "first");
    writeNearCopies(dir / "b" / "copies", "second");
    writeNearCopies(dir / "c" / "copies", "third");
    test::TestDatabase db;
    const auto location = store::Location::parse("postgresql:" + db.conninfo());
    { store::Archive make(location); }
    std::vector<std::thread> ingesters;
    std::vector<std::exception_ptr> failures(3);
    const std::vector<std::filesystem::path> folders{dir / "a", dir / "b", dir / "c"};
    for (std::size_t k = 0; k < folders.size(); ++k)
        ingesters.emplace_back([&, k] {
            try {
                store::Archive archive(location);
                std::atomic<bool> cancel{false};
                ingest::IngestOptions options;
                options.batchSize = 7;  // many small transactions, interleaved with the others'
                ingest::Ingester(archive, options, extract::defaultAnalyzer()).run({folders[k]}, cancel);
            } catch (...) {
                failures[k] = std::current_exception();
            }
        });
    for (auto& t : ingesters) t.join();
    for (const auto& f : failures)
        if (f) std::rethrow_exception(f);

    store::Archive alone(dir / "alone.bulletin");
    {
        std::atomic<bool> cancel{false};
        ingest::Ingester(alone, {}, extract::defaultAnalyzer()).run(folders, cancel);
    }
    store::Archive server(location, store::Access::Read);
    CHECK(server.reader().stats().documents == 150);
    CHECK(server.reader().stats().files == 200);
    CHECK(alone.reader().stats().similarPairs >= 30);  // each near copy with the other folders' two
    const auto differences = store::compareArchives(alone, server);
    std::string listed;
    for (const auto& d : differences) listed += d + "\n";
    INFO(listed);
    CHECK(differences.empty());
}

TEST_CASE("an ingester killed mid-batch leaves a server archive consistent, and a rerun makes it exact",
          "[pg][concurrency]") {
    test::TempDir dir;
    writeReleases(dir / "in", 0, 300);
    test::TestDatabase db;
    const std::string location = "postgresql:" + db.conninfo();
    { store::Archive make(store::Location::parse(location)); }
    std::mt19937 rng(20261201);
    std::uniform_int_distribution<int> delay(200, 1500);
    int killed = 0;
    for (int run = 0; run < 4; ++run) {
        killed += runCli({"ingest", (dir / "in").string(), "--archive", location, "--quiet"},
                         std::chrono::milliseconds(delay(rng))) == -1;
        INFO("after kill " << run);
        CHECK(runCli({"check", "--archive", location}, std::chrono::milliseconds(0)) == 0);
    }
    CHECK(killed > 0);
    REQUIRE(runCli({"ingest", (dir / "in").string(), "--archive", location, "--quiet"}, std::chrono::milliseconds(0)) ==
            0);
    store::Archive alone(dir / "alone.bulletin");
    {
        std::atomic<bool> cancel{false};
        ingest::Ingester(alone, {}, extract::defaultAnalyzer()).run({dir / "in"}, cancel);
    }
    store::Archive server(store::Location::parse(location), store::Access::Read);
    CHECK(server.reader().stats().documents == 300);
    const auto differences = differencesButNearDuplicates(alone, server);
    std::string listed;
    for (const auto& d : differences) listed += d + "\n";
    INFO(listed);
    CHECK(differences.empty());
}

TEST_CASE("a server archive's content does not depend on the number of ingest workers", "[pg][concurrency]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    writeReleases(dir / "in" / "numbered", 0, 40);
    writeNearCopies(dir / "in" / "a", "first");
    writeNearCopies(dir / "in" / "b", "second");
    test::TestDatabase one, four;
    auto ingestWith = [&](const test::TestDatabase& db, unsigned jobs) {
        store::Archive archive(store::Location::parse("postgresql:" + db.conninfo()));
        ingest::IngestOptions options;
        options.jobs = jobs;
        options.batchSize = 9;
        std::atomic<bool> cancel{false};
        ingest::Ingester(archive, options, extract::defaultAnalyzer()).run({dir / "in"}, cancel);
    };
    ingestWith(one, 1);
    ingestWith(four, 4);
    store::Archive a(store::Location::parse("postgresql:" + one.conninfo()), store::Access::Read);
    store::Archive b(store::Location::parse("postgresql:" + four.conninfo()), store::Access::Read);
    CHECK(a.reader().stats().documents == 65);
    const auto differences = store::compareArchives(a, b);
    std::string listed;
    for (const auto& d : differences) listed += d + "\n";
    INFO(listed);
    CHECK(differences.empty());
}
