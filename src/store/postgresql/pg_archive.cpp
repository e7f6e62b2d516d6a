#include "pg_archive.hpp"

#include "pg_archive_reader.hpp"
#include "pg_archive_writer.hpp"
#include "pg_corrections.hpp"
#include "pg_entity_reader.hpp"
#include "pg_marks.hpp"
#include "pg_schema.hpp"
#include "pg_search_memory.hpp"
#include "pg_transfer.hpp"
#include "store/archive_check.hpp"
#include "store/change_listener.hpp"
#include "store/error.hpp"

namespace bulletin::store::postgresql {

PgArchive::PgArchive(const std::string& conninfo, Access access) : conninfo_(conninfo), access_(access), c_(conninfo) {
    c_.exec("SET application_name = 'bulletin'");
    const int version = postgresql::schemaVersion(c_);
    if (access == Access::Write) {
        if (version < currentSchemaVersion()) migrate(c_);
    } else if (version == 0) {
        throw ArchiveError("the server's database holds no Bulletin archive yet: an administrator runs "
                           "'bulletin-cli server init' first");
    } else if (version < currentSchemaVersion()) {
        throw ArchiveError("the server's archive needs an upgrade (schema " + std::to_string(version) + " -> " +
                           std::to_string(currentSchemaVersion()) + "): an administrator runs 'bulletin-cli server "
                           "init' with this version of Bulletin");
    }
    reader_ = std::make_unique<PgArchiveReader>(c_);
    entities_ = std::make_unique<PgEntityReader>(c_);
    corrections_ = std::make_unique<PgCorrections>(c_, *entities_);
    searchMemory_ = std::make_unique<PgSearchMemory>(c_);
    marks_ = std::make_unique<PgMarks>(c_, *entities_);
}

PgArchive::~PgArchive() = default;

ArchiveReader& PgArchive::reader() { return *reader_; }
EntityReader& PgArchive::entities() { return *entities_; }
Corrections& PgArchive::corrections() { return *corrections_; }
SearchMemory& PgArchive::searchMemory() { return *searchMemory_; }
Marks& PgArchive::marks() { return *marks_; }

std::unique_ptr<ArchiveWriter> PgArchive::newWriter() {
    if (access_ != Access::Write) throw ArchiveError("the archive was opened for reading only");
    return std::make_unique<PgArchiveWriter>(c_, conninfo_);
}

namespace {
class PgChangeListener final : public ChangeListener {
public:
    explicit PgChangeListener(const std::string& conninfo) : c_(conninfo) {
        c_.exec("SET application_name = 'bulletin listener'");
        c_.exec("LISTEN bulletin_changed");
    }
    [[nodiscard]] int descriptor() const override { return c_.socket(); }
    bool takeNotices() override { return c_.takeNotifications() > 0; }

private:
    pg::Connection c_;
};
}  // namespace

std::unique_ptr<ChangeListener> PgArchive::listenForChanges() { return std::make_unique<PgChangeListener>(conninfo_); }

std::unique_ptr<ArchiveTransfer> PgArchive::newTransfer() { return std::make_unique<PgTransfer>(*this); }

int PgArchive::schemaVersion() { return postgresql::schemaVersion(c_); }

std::int64_t PgArchive::changeCounter() {
    // Commits of writers and marks move the sequence, corrections the content generation; both only grow.
    return c_.queryInt("SELECT (SELECT last_value + CASE WHEN is_called THEN 1 ELSE 0 END FROM change_seq) +"
                       " (SELECT value FROM content_generation WHERE id = 1)");
}

std::int64_t PgArchive::contentCounter() { return c_.queryInt("SELECT value FROM content_generation WHERE id = 1"); }

CheckResult PgArchive::check() {
    CheckResult r;
    struct Invariant final {
        const char* description;
        const char* countSql;
    };
    static constexpr Invariant kInvariants[] = {
        {"every document has at least one file",
         "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM files f WHERE f.document_id = d.id)"},
        {"a document's path is one of its files",
         "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM files f WHERE f.document_id = d.id AND"
         " f.path = d.path)"},
        {"publication dates are ISO dates",
         "SELECT count(*) FROM documents WHERE publication_date IS NOT NULL AND publication_date !~"
         " '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'"},
        {"similar-document links go both ways",
         "SELECT count(*) FROM similar_documents s WHERE NOT EXISTS (SELECT 1 FROM similar_documents t WHERE"
         " t.document_id = s.similar_id AND t.similar_id = s.document_id)"},
        {"every release has its near-duplicate bands",
         "SELECT count(*) FROM documents d WHERE d.simhash <> 0 AND (SELECT count(*) FROM simhash_bands b WHERE"
         " b.document_id = d.id) <> 8"},
        {"a file that was stored has no pending error",
         "SELECT count(*) FROM ingest_errors e JOIN files f ON f.path = e.path"},
        {"the full-text index holds every release's words",
         "SELECT count(*) FROM documents WHERE tsv IS NULL OR (length(tsv) = 0 AND length(title || body) > 0 AND"
         " NOT tsv_truncated AND (title || body) ~ '[[:alnum:]]')"},
    };
    // The server checks its own pages (checksums, amcheck) as its administrator schedules; Bulletin checks that the
    // full-text index and tables answer, and its invariants.
    try {
        (void)c_.queryInt("SELECT count(*) FROM documents WHERE tsv @@ 'bulletin'::tsquery");
        r.passed.push_back("the full-text index answers");
    } catch (const pg::Error& e) {
        r.problems.push_back(std::string("the full-text index: ") + e.what());
    }
    for (const auto& inv : kInvariants) {
        try {
            const auto n = c_.queryInt(inv.countSql);
            if (n == 0) r.passed.push_back(inv.description);
            else r.problems.push_back(std::string(inv.description) + ": " + std::to_string(n) + " violation(s)");
        } catch (const pg::Error& e) {
            r.problems.push_back(std::string(inv.description) + ": " + e.what());
        }
    }
    return r;
}

ArchiveProbe probePgArchive(const std::string& conninfo) {
    pg::Connection c(conninfo);
    ArchiveProbe p;
    p.version = postgresql::schemaVersion(c);
    p.exists = p.version > 0;
    p.currentVersion = currentSchemaVersion();
    p.needsUpgrade = p.exists && p.version < p.currentVersion;
    return p;
}

}  // namespace bulletin::store::postgresql
