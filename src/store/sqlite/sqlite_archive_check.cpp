#include "sqlite_archive.hpp"
#include "store/archive_check.hpp"

namespace bulletin::store {

namespace {
struct Invariant final {
    const char* description;
    const char* countSql;  // counts violations
};

constexpr Invariant kInvariants[] = {
    {"every document has at least one file", "SELECT count(*) FROM documents d WHERE NOT EXISTS "
                                             "(SELECT 1 FROM files f WHERE f.document_id = d.id)"},
    {"every file points to a document", "SELECT count(*) FROM files f LEFT JOIN documents d ON d.id = f.document_id "
                                        "WHERE d.id IS NULL"},
    {"a document's path is one of its files", "SELECT count(*) FROM documents d WHERE NOT EXISTS "
                                              "(SELECT 1 FROM files f WHERE f.document_id = d.id AND f.path = d.path)"},
    {"publication dates are ISO dates", "SELECT count(*) FROM documents WHERE publication_date IS NOT NULL AND "
                                        "publication_date NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND "
                                        "publication_date NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND "
                                        "publication_date NOT GLOB '[0-9][0-9][0-9][0-9]'"},
    {"similar-document links go both ways", "SELECT count(*) FROM similar_documents s WHERE NOT EXISTS (SELECT 1 "
                                            "FROM similar_documents t WHERE t.document_id = s.similar_id AND "
                                            "t.similar_id = s.document_id)"},
    {"every mark and tag belongs to a release", "SELECT (SELECT count(*) FROM release_marks m WHERE NOT EXISTS "
                                                "(SELECT 1 FROM documents d WHERE d.id = m.document_id)) + "
                                                "(SELECT count(*) FROM release_tags t WHERE NOT EXISTS "
                                                "(SELECT 1 FROM documents d WHERE d.id = t.document_id))"},
    {"a file that was stored has no pending error", "SELECT count(*) FROM ingest_errors e JOIN files f ON "
                                                    "f.path = e.path"},
};
}  // namespace

CheckResult SqliteArchive::check() {
    auto& archive = *this;
    CheckResult r;
    auto& db = archive.db();
    try {
        auto st = db.prepare("PRAGMA integrity_check");
        std::vector<std::string> lines;
        while (st.step()) lines.push_back(st.text(0));
        if (lines.size() == 1 && lines[0] == "ok") r.passed.push_back("SQLite integrity_check");
        else
            for (const auto& l : lines) r.problems.push_back("SQLite integrity_check: " + l);
    } catch (const sql::Error& e) {
        r.problems.push_back(std::string("SQLite integrity_check failed: ") + e.what());
    }
    try {
        db.exec("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)");
        r.passed.push_back("FTS5 integrity-check (index matches documents)");
    } catch (const sql::Error& e) {
        r.problems.push_back(std::string("FTS5 integrity-check: ") + e.what());
    }
    for (const auto& inv : kInvariants) {
        try {
            const auto n = db.queryInt(inv.countSql);
            if (n == 0) r.passed.push_back(inv.description);
            else r.problems.push_back(std::string(inv.description) + ": " + std::to_string(n) + " violation(s)");
        } catch (const sql::Error& e) {
            r.problems.push_back(std::string(inv.description) + ": " + e.what());
        }
    }
    return r;
}

}  // namespace bulletin::store
