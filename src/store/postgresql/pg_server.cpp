#include "pg_server.hpp"

#include <array>
#include <chrono>

#include "pg_schema.hpp"

namespace bulletin::store::postgresql {

namespace {

// Releases and everything extracted from them: the ingesters' to write.
constexpr std::array<const char*, 15> kIngestTables{
    "documents",     "files",    "similar_documents",    "simhash_bands",     "boilerplate_models",
    "ingest_errors", "entities", "entity_aliases",       "document_entities", "document_mentions",
    "dates",         "meetings", "meeting_participants", "acronym_mentions",  "entity_overrides"};
// The analysts' own data. corrections and correction_undos are append-only: INSERT, never UPDATE or DELETE.
constexpr std::array<const char*, 8> kAnalystTables{"release_marks",  "release_tags",    "entity_marks",
                                                    "entity_tags",    "mark_changes",    "saved_searches",
                                                    "search_history", "entity_overrides"};

// Runs `work` as the owner role (migrations, rewrites), back to the session's own role however it ends.
template <typename Work>
void asOwner(pg::Connection& c, Work&& work) {
    c.exec("SET ROLE bulletin_owner");
    try {
        work();
    } catch (...) {
        c.exec("RESET ROLE");
        throw;
    }
    c.exec("RESET ROLE");
}

// Whether every release's tsvector is stored in its row (schema 4; see pg_schema.cpp).
bool wordsInRows(pg::Connection& c) {
    return c.queryInt("SELECT count(*) FROM bulletin_meta WHERE key = 'words_in_rows'") > 0;
}

bool roleExists(pg::Connection& c, const char* role) {
    return c.queryInt("SELECT count(*) FROM pg_roles WHERE rolname = $1", pg::Params().add(role)) > 0;
}

std::vector<std::string> bulletinGroupsOf(pg::Connection& c) {
    const auto r = c.query(
        "SELECT g.rolname FROM pg_roles g WHERE g.rolname LIKE 'bulletin\\_%' AND pg_has_role(session_user, g.oid, "
        "'MEMBER')"
        " ORDER BY g.rolname");
    std::vector<std::string> out;
    for (int i = 0; i < r.rows(); ++i) out.emplace_back(r.text(i, 0));
    return out;
}

void describe(pg::Connection& c, ServerReport& report) {
    report.server = "PostgreSQL " + std::string(c.query("SHOW server_version").text(0, 0));
    report.role = c.sessionUser();
    report.groups = bulletinGroupsOf(c);
    report.currentSchemaVersion = currentSchemaVersion();
}

}  // namespace

ServerReport initServer(pg::Connection& c) {
    ServerReport report;
    // Roles belong to the whole server: made once, found by every archive database on it.
    for (const char* role : {kReaderRole, kAnalystRole, kIngesterRole, kAdminRole, kOwnerRole}) {
        if (roleExists(c, role)) continue;
        c.exec(std::string("CREATE ROLE ") + role + " NOLOGIN");  // (identifiers from code, never from input)
        report.done.push_back(std::string("created the group role ") + role);
    }
    c.exec("GRANT bulletin_reader TO bulletin_analyst");
    c.exec("GRANT bulletin_analyst TO bulletin_ingester");
    c.exec("GRANT bulletin_ingester TO bulletin_admin");
    // The one running init administers: it may act as the owner for migrations (SET ROLE).
    c.exec("GRANT bulletin_owner TO bulletin_admin");
    c.exec("GRANT bulletin_admin TO " + std::string(c.query("SELECT quote_ident(session_user)").text(0, 0)));
    c.exec("GRANT CREATE, USAGE ON SCHEMA public TO bulletin_owner");

    // The schema, made and owned by the owner role, so that any admin can migrate it later.
    asOwner(c, [&] {
        const int before = migrate(c);
        report.schemaVersion = schemaVersion(c);
        if (before != report.schemaVersion)
            report.done.push_back("archive schema " + std::to_string(before) + " -> " +
                                  std::to_string(report.schemaVersion));
    });

    const std::string db(c.query("SELECT quote_ident(current_database())").text(0, 0));
    c.exec("REVOKE ALL ON DATABASE " + db + " FROM PUBLIC");
    c.exec("GRANT CONNECT, TEMPORARY ON DATABASE " + db + " TO bulletin_reader");
    c.exec("GRANT USAGE ON SCHEMA public TO bulletin_reader");
    c.exec("GRANT SELECT ON ALL TABLES IN SCHEMA public TO bulletin_reader");
    c.exec("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO bulletin_analyst");
    c.exec("GRANT INSERT ON corrections, correction_undos TO bulletin_analyst");
    for (const char* t : kAnalystTables)
        c.exec(std::string("GRANT INSERT, UPDATE, DELETE ON ") + t + " TO bulletin_analyst");
    c.exec("GRANT UPDATE ON content_generation TO bulletin_analyst");
    for (const char* t : kIngestTables)
        c.exec(std::string("GRANT INSERT, UPDATE, DELETE ON ") + t + " TO bulletin_ingester");
    // A release's marks follow its file when the file changes: the ingester moves them to the new row.
    c.exec("GRANT INSERT, UPDATE, DELETE ON release_marks, release_tags TO bulletin_ingester");
    c.exec("GRANT ALL ON ALL TABLES IN SCHEMA public TO bulletin_admin");
    c.exec("REVOKE UPDATE, DELETE, TRUNCATE ON corrections, correction_undos FROM bulletin_admin");
    report.done.push_back(
        "granted reading to bulletin_reader, corrections and marks to bulletin_analyst, releases to "
        "bulletin_ingester, everything but rewriting the corrections log to bulletin_admin");
    describe(c, report);
    return report;
}

ServerReport upgradeServer(pg::Connection& c) {
    ServerReport report;
    const int before = schemaVersion(c);
    if (before == 0) {
        report.problems.push_back("no Bulletin archive in this database yet: run 'bulletin-cli server init'");
        describe(c, report);
        return report;
    }
    asOwner(c, [&] { migrate(c); });
    report.schemaVersion = schemaVersion(c);
    const bool rewrite = !wordsInRows(c);
    report.done.push_back(
        before != report.schemaVersion
            ? "archive schema " + std::to_string(before) + " -> " + std::to_string(report.schemaVersion)
            : "archive schema " + std::to_string(before) + " is current" + (rewrite ? "" : ": nothing to do"));
    if (rewrite) {
        // Schema 4 keeps each release's words in its row; the rows stored before are moved there by rewriting the
        // table once (it is locked meanwhile: about a minute per million releases).
        const auto started = std::chrono::steady_clock::now();
        asOwner(c, [&] {
            c.exec("VACUUM (FULL) documents");
            // A rewritten table's pages are not marked all-visible: the plain pass marks them, or index-only scans
            // (a date range's count) visit every row again (1.9 -> 23.5 ms for a page of a date range).
            c.exec("VACUUM (ANALYZE) documents");
            c.exec(
                "INSERT INTO bulletin_meta (key, value) VALUES ('words_in_rows', 'true') ON CONFLICT (key) DO NOTHING");
        });
        const auto seconds =
            std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - started).count();
        report.done.push_back("rewrote the releases table so that each release's words are read from its row (" +
                              std::to_string(seconds) + " s)");
    }
    describe(c, report);
    return report;
}

ServerReport grantServerRole(pg::Connection& c, const std::string& user, TeamRole role) {
    ServerReport report;
    if (c.queryInt("SELECT count(*) FROM pg_roles WHERE rolname = $1 AND rolcanlogin", pg::Params().add(user)) == 0)
        throw store::Error(store::Error::Kind::Rejected,
                           "there is no login role '" + user +
                               "' on this server: its administrator creates logins "
                               "(CREATE ROLE " +
                               user + " LOGIN, with a password or a certificate), Bulletin grants them");
    const char* group = role == TeamRole::Reader     ? kReaderRole
                        : role == TeamRole::Analyst  ? kAnalystRole
                        : role == TeamRole::Ingester ? kIngesterRole
                                                     : kAdminRole;
    const std::string name(c.query("SELECT quote_ident($1)", pg::Params().add(user)).text(0, 0));
    c.exec(std::string("GRANT ") + group + " TO " + name);
    // Settings of a group role do not reach its members' sessions: they are set on the login itself.
    const char* timeout = role == TeamRole::Reader ? "30s" : role == TeamRole::Analyst ? "60s" : "0";
    c.exec("ALTER ROLE " + name + " SET statement_timeout = '" + timeout + "'");
    c.exec("ALTER ROLE " + name + " SET idle_in_transaction_session_timeout = '10min'");
    report.done.push_back(user + " is a member of " + group +
                          (std::string(timeout) == "0" ? "" : std::string(", its statements stop after ") + timeout));
    describe(c, report);
    return report;
}

ServerReport checkServer(pg::Connection& c) {
    ServerReport report;
    describe(c, report);
    report.passed.push_back("connected to " + report.server + " as " + report.role);
    if (c.serverVersion() < 140000)
        report.problems.push_back(report.server + " is older than PostgreSQL 14, which Bulletin needs");
    for (const char* role : {kReaderRole, kAnalystRole, kIngesterRole, kAdminRole, kOwnerRole}) {
        if (!roleExists(c, role))
            report.problems.push_back(std::string("the group role ") + role +
                                      " is missing: run 'bulletin-cli server init' as an administrator");
    }
    report.schemaVersion = schemaVersion(c);
    if (report.schemaVersion == 0)
        report.problems.push_back("no Bulletin archive in this database yet: run 'bulletin-cli server init'");
    else if (report.schemaVersion < report.currentSchemaVersion)
        report.problems.push_back("the archive's schema is version " + std::to_string(report.schemaVersion) +
                                  ", this Bulletin's " + std::to_string(report.currentSchemaVersion) +
                                  ": run 'bulletin-cli server upgrade' as an administrator");
    else
        report.passed.push_back("archive schema version " + std::to_string(report.schemaVersion));
    if (report.schemaVersion >= 4 && !wordsInRows(c))
        report.problems.push_back(
            "releases stored before schema 4 keep their words outside their rows, which makes "
            "text queries several times slower: run 'bulletin-cli server upgrade' as an "
            "administrator (it rewrites the releases table once, locking it for about a "
            "minute per million releases)");
    if (report.schemaVersion > 0) {
        const auto indexes = c.queryInt(
            "SELECT count(*) FROM pg_indexes WHERE tablename = 'documents'"
            " AND indexname = 'documents_tsv'");
        if (indexes == 0)
            report.problems.push_back("the full-text index documents_tsv is missing");
        else
            report.passed.push_back("full-text index present");
        report.passed.push_back(std::to_string(c.queryInt("SELECT count(*) FROM documents")) + " releases");
    }
    if (report.groups.empty())
        report.problems.push_back(report.role +
                                  " is in no Bulletin group role: an administrator grants one "
                                  "(GRANT bulletin_analyst TO " +
                                  report.role + ")");
    else {
        std::string groups;
        for (const auto& g : report.groups) groups += (groups.empty() ? "" : ", ") + g;
        report.passed.push_back(report.role + " is a member of " + groups);
    }
    return report;
}

}  // namespace bulletin::store::postgresql
