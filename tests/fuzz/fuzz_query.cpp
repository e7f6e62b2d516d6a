// Any query text: the parser never lets user text reach FTS5 unescaped. Every syntax tree it produces renders as a
// MATCH expression accepted by a real FTS5 table (a syntax error there would mean injected FTS5 syntax).
#include <sqlite3.h>

#include "fuzz_support.hpp"
#include "search/query_parser.hpp"
#include "store/sqlite/fts5_expression.hpp"
#include "store/sqlite/fts_tokenizer.hpp"

using namespace bulletin;

namespace {
sqlite3* database() {
    static sqlite3* db = [] {
        sqlite3* d = nullptr;
        sqlite3_open(":memory:", &d);
        store::registerWordTokenizer(d);  // the archive's tokenizer, as in every Bulletin connection
        sqlite3_exec(d, "CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='bulletin_words');"
                        "INSERT INTO t VALUES ('UNODC meeting in Karachi', 'Zakariyya Mansoor met the UNODC');",
                     nullptr, nullptr, nullptr);
        return d;
    }();
    return db;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto plan = search::parseQuery(fuzz::asText(data, size));
    for (const auto& n : plan.notices) fuzz::require(n.position <= size, "a notice points inside the query");
    if (plan.hasErrors()) {
        bool reported = false;
        for (const auto& n : plan.notices) reported = reported || (n.error && !n.message.empty());
        fuzz::require(reported, "a refused query says why");
        return 0;
    }
    const std::string match = store::fts5Expression(plan.text);
    if (match.empty()) return 0;
    sqlite3_stmt* st = nullptr;
    fuzz::require(sqlite3_prepare_v2(database(), "SELECT count(*) FROM t WHERE t MATCH ?", -1, &st, nullptr) == SQLITE_OK,
                  "the probe statement prepares");
    sqlite3_bind_text(st, 1, match.data(), static_cast<int>(match.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) std::fprintf(stderr, "MATCH %s: %s\n", match.c_str(), sqlite3_errmsg(database()));
    sqlite3_finalize(st);
    fuzz::require(rc == SQLITE_ROW, "FTS5 accepts every MATCH expression the parser builds");
    return 0;
}
