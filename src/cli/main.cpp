// bulletin-cli: the command-line face of bulletin_core. Only wiring and help text live here.

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "args.hpp"
#include "commands.hpp"
#include "store/error.hpp"
#include "store/error_message.hpp"
#include "store/error.hpp"

namespace bulletin::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> kCommands{
        {"ingest", "add folders of press releases to an archive",
         "usage: bulletin-cli ingest DIR|FILE... --archive FILE [options]\n\n"
         "Reads every matching file under each folder (recursively), decodes it, removes web-page chrome and\n"
         "stores it. Re-running skips unchanged files, replaces changed ones and resumes an interrupted run.\n\n"
         "options:\n"
         "  --archive FILE     archive to create or update (default: $BULLETIN_ARCHIVE)\n"
         "  --include GLOBS    file names to read, comma-separated (default: *.txt,*.text)\n"
         "  --exclude GLOBS    file names or relative paths to skip\n"
         "  --max-size MB      reject files larger than this (default: 20)\n"
         "  --jobs N           worker threads (default: one fewer than the cores; the writer has its own)\n"
         "  --prune            forget files under the folders that are gone from disk\n"
         "  --watch            after ingesting, keep watching the folders and ingest changes as they settle\n"
         "  --quiet            no progress output\n\n"
         "Ctrl+C stops cleanly: what was stored stays, and the next run resumes.\n"
         "exit status: 0 all files stored, 1 some files rejected (see 'errors') or cancelled, 2 fatal error\n",
         runIngest},
        {"search", "full-text search",
         "usage: bulletin-cli search QUERY --archive FILE [--limit N] [--offset N | --after TOKEN] [--sort S]\n"
         "                           [--format F]\n\n"
         "QUERY uses the query language (docs/query-language.md): words (all must match), \"exact phrase\",\n"
         "OR, NOT or -word, prefix*, (groups), title:word, path:text, date:2018, date:2018-05..2019-12,\n"
         "date:>2020-01-01 (published), held:2014-03 (an event held then).\n\n"
         "options:\n"
         "  --limit N          rows to print (default: 20)\n"
         "  --offset N         rows to skip\n"
         "  --after TOKEN      the page after the one that printed 'next page: --after TOKEN' (as deep as the\n"
         "                     list goes, each page as fast as the first)\n"
         "  --sort S           relevance (default), date (newest first), oldest, title\n"
         "  --format F         table (default), csv or jsonl\n"
         "  --exact-count      on a team server, count every match (counts stop at 10,000: '10000+ results';\n"
         "                     a common word's at 1,000, its total then the server's estimate: 'about 280000')\n"
         "  --rank             on a team server, rank by relevance however many match (above 10,000 matches\n"
         "                     the newest come first, as ranking costs time in proportion to the matches)\n"
         "  --facets           also print the top agencies, people, places, meeting kinds and years of the\n"
         "                     result, each with the filter that narrows to it\n",
         runSearch},
        {"export", "export a filtered list to CSV or JSON Lines",
         "usage: bulletin-cli export [LIST] --archive FILE --out FILE|- [--query Q] [options]\n\n"
         "LIST is documents (default), people, agencies, locations, dates, meetings or cooccurrence\n"
         "(person x agency pairs with the number of documents naming both).\n"
         "Writes every row of the list the query gives (no cap), in the same order as the list.\n"
         "The file is written under a temporary name and renamed at the end: no partial file is left.\n\n"
         "options:\n"
         "  --query Q          query (default: all documents)\n"
         "  --sort S           relevance (default), date, oldest, title\n"
         "  --format F         csv (default) or jsonl\n"
         "  --columns a,b,c    columns and their order (documents: id, title, date, path, snippet; people and\n"
         "                     locations: name, documents, mentions; agencies: name, acronym, documents, mentions;\n"
         "                     dates: date, role, text, document; meetings: date, kind, location, agencies,\n"
         "                     people, document, path)\n"
         "  --raw              do not guard cells against spreadsheet formulas\n"
         "  --no-bom           no UTF-8 byte order mark\n",
         runExport},
        {"extract", "extract people, agencies, places, dates and meetings to JSON",
         "usage: bulletin-cli extract --out DIR [--mentions] FILE...\n\n"
         "Writes DIR/<name>.json for every input file, in the schema of the evaluation set\n"
         "(title, publication_date, people, agencies, locations, dates, meetings).\n"
         "Boilerplate is learned from the input files' folders, as ingest does.\n"
         "--mentions prints every mention to standard output: TYPE, offsets, text, entity, rule; and every\n"
         "event: \"event\", the offsets and words that reported it, kind@date, rule.\n",
         runExtract},
        {"list", "people, agencies, locations, dates, meetings or tags for a query",
         "usage: bulletin-cli list people|agencies|locations|dates|meetings|cooccurrence|tags|documents --archive FILE\n\n"
         "Lists extracted entities (with the number of documents and mentions), dates or meetings of the documents\n"
         "a query selects; analyst corrections (merges, renames, hidden entities) are applied. tags lists the\n"
         "analyst's tags on those documents (releases) and how many entities carry each.\n\n"
         "options:\n"
         "  --query Q          the documents to cover (default: all); person:, agency:, location:, kind: filter\n"
         "  --format F         table (default), csv or jsonl\n"
         "  --columns a,b,c    columns and their order (csv, jsonl)\n"
         "  --limit N          rows (default: 50 for table, all otherwise)\n"
         "  --offset N         rows to skip\n"
         "  --after TOKEN      the page after the one that printed 'next page: --after TOKEN' (any depth)\n"
         "  --sort name        people, agencies and places by name (default: most releases first);\n"
         "                     documents: relevance, date, oldest or title\n",
         runList},
        {"entity", "show an entity's profile; correct extracted entities: merge, rename, alias, hide; undo",
         "usage: bulletin-cli entity ACTION TYPE NAME [NAME2] --archive FILE\n"
         "       bulletin-cli entity history|undo|redo|revert ID|restore ID --archive FILE\n\n"
         "  entity show agency UNODC [--top N]                   names, roles, co-occurring entities, meetings,\n"
         "                                                       releases (N rows of each, default 20)\n"
         "  entity merge person \"Mr. Kapinos\" \"Sergey Kapinos\"   the first becomes the second\n"
         "  entity rename agency UNODC \"UN Office on Drugs and Crime\"\n"
         "  entity alias agency NACTA \"Counter Terrorism Authority\"\n"
         "  entity hide location \"Mission\"                        a false entity\n\n"
         "TYPE is person, agency or location; NAME is any name, alias or acronym the entity has.\n"
         "Corrections are stored apart from extracted data and apply again after every re-ingest.\n\n"
         "  entity history [--limit N]      every correction, newest first, with its number and whether undone\n"
         "  entity undo                     takes back the newest correction still in effect\n"
         "  entity redo                     puts back the newest undone one (until a new correction is made)\n"
         "  entity revert ID / restore ID   takes back / puts back any one correction of the history\n",
         runEntity},
        {"batch", "run a list of names or queries, one summary row each",
         "usage: bulletin-cli batch FILE [--hits] [--format csv|jsonl] [--out FILE] [--raw] [--no-bom] --archive FILE\n\n"
         "FILE holds one name or query per line, or is CSV with a header naming a 'query' (or 'name') column and\n"
         "optionally a 'label' column; '-' reads standard input. Blank lines and lines starting with # are skipped.\n"
         "A line that is only a name finds the person, agency or place of that name (aliases and acronyms too,\n"
         "corrections applied), else the phrase; other lines are queries (see docs/query-language.md).\n"
         "Prints one row per line: line, label, query, understood, hits, first, last, top_agencies, status.\n"
         "--hits prints one row per line and release instead: line, label, query, id, title, date, path, snippet.\n"
         "A line that cannot run is reported with its reason and the rest carries on (exit status 1).\n",
         runBatch},
        {"mark", "stars, tags and notes on releases and entities",
         "usage: bulletin-cli mark star|unstar [RELEASE...] [--query Q] --archive FILE\n"
         "       bulletin-cli mark tag|untag TAG [RELEASE...] [--query Q] --archive FILE\n"
         "       bulletin-cli mark note TEXT [RELEASE...] [--query Q] --archive FILE   (an empty TEXT removes it)\n"
         "       bulletin-cli mark show [RELEASE...] [--query Q] --archive FILE\n"
         "       bulletin-cli mark entity-tag|entity-untag|entity-note TYPE NAME VALUE --archive FILE\n"
         "       bulletin-cli mark entity-show TYPE NAME --archive FILE\n"
         "       bulletin-cli mark tags | history [--limit N] | undo | redo --archive FILE\n\n"
         "A RELEASE is its number (as search prints it) or the path of one of its files; --query marks every\n"
         "release the query selects. TYPE is person, agency or location; NAME may be an alias or acronym.\n"
         "Marks are stored apart from extracted data: they follow a file whose content changes and go with a\n"
         "release's last file. Find them with is:starred, tag:\"to verify\", has:tag, has:note, note:word.\n"
         "tags prints TAG<TAB>RELEASES<TAB>ENTITIES; undo takes back the newest step still in effect (a step\n"
         "on many releases at once as one), redo puts it back until something else is marked.\n",
         runMark},
        {"saved", "saved searches: list, add, remove, watch, new",
         "usage: bulletin-cli saved [list] --archive FILE\n"
         "       bulletin-cli saved add NAME QUERY [--list LIST] --archive FILE\n"
         "       bulletin-cli saved remove NAME --archive FILE\n"
         "       bulletin-cli saved watch|unwatch NAME --archive FILE\n"
         "       bulletin-cli saved new [NAME] [--count] [--mark-seen] --archive FILE\n\n"
         "Saved searches live in the archive; the GUI shows them under Search > Saved Searches.\n"
         "list prints NAME<TAB>LIST<TAB>QUERY (and <TAB>watched for a watched one).\n"
         "A watched search counts the releases added since you last looked: new prints, on stderr, NAME: N new\n"
         "for each (or the one named), and on stdout NAME<TAB>ID<TAB>DATE<TAB>TITLE<TAB>PATH for each new release\n"
         "(--count: the counts only). --mark-seen then makes them new no longer. Nothing leaves this machine.\n",
         runSaved},
        {"history", "recent queries from the GUI",
         "usage: bulletin-cli history --archive FILE [--limit N]\n\nMost recent first, each query once.\n",
         runHistory},
        {"stats", "summary of an archive", "usage: bulletin-cli stats --archive FILE\n", runStats},
        {"errors", "files that were rejected, with the reason",
         "usage: bulletin-cli errors --archive FILE\n\nPrints PATH<TAB>STAGE<TAB>REASON for every rejected file.\n",
         runErrors},
        {"check", "verify an archive's integrity",
         "usage: bulletin-cli check --archive FILE\n\n"
         "Runs SQLite's integrity_check, the FTS5 integrity-check and Bulletin's own consistency checks.\n"
         "exit status: 0 consistent, 1 problems found, 2 cannot open\n",
         runCheck},
        {"server", "set up or check a team archive's PostgreSQL server",
         "usage: bulletin-cli server init|check|upgrade --archive postgresql:SERVICE_OR_CONNINFO\n"
         "       bulletin-cli server grant USER reader|analyst|ingester|admin --archive postgresql:...\n\n"
         "init (as an administrator: a role that may create roles and owns the database) creates the group roles\n"
         "bulletin_reader (reads and searches), bulletin_analyst (+ corrections, marks, saved searches),\n"
         "bulletin_ingester (+ releases), bulletin_admin (+ grants and maintenance) and bulletin_owner (owns the\n"
         "schema), makes or upgrades the archive's schema as the owner, and grants each group its rights. The\n"
         "corrections log is append-only for every role. Run it again after upgrading Bulletin.\n"
         "check reports the server, the connecting role and its groups, the archive's schema version and what\n"
         "is missing; it changes nothing. upgrade brings the schema to this Bulletin's (as the owner role).\n"
         "grant makes a login role (the server's to create, with its password or certificate) a member of a\n"
         "group and sets its sessions' limits: a reader's statements stop after 30 s, an analyst's after 60 s,\n"
         "an ingester's idle transaction after 10 minutes. Passwords belong in ~/.pgpass, never in the location.\n"
         "exit status: 0 ready, 1 problems found, 2 cannot connect\n",
         runServer},
        {"copy", "copy an archive to another engine (a file to a team server, or back)",
         "usage: bulletin-cli copy SRC DEST [--no-verify] [--quiet]\n\n"
         "SRC and DEST are archive locations: a file (team.bulletin) or a server (postgresql:service=team).\n"
         "DEST must hold no releases yet (a new file, or a server archive made by 'server init'). Copies every\n"
         "release with all its files and its extracted data as stored (no file is read again, nothing is extracted\n"
         "again), rejected files, corrections in effect (with their times; undone ones are left out), the analysts'\n"
         "stars, tags and notes, saved searches (with their watched state) and the query history. On a server the\n"
         "copying role becomes the author of what it writes (corrections, saved searches, history); a file keeps\n"
         "no authors. Then compares both archives: statistics, every entity list with its counts, meetings,\n"
         "dates, releases with their marks, tags and saved searches (--no-verify skips this).\n"
         "exit status: 0 copied and verified, 1 copied but different (listed), 2 cannot copy\n",
         runCopy},
    };
    return kCommands;
}

}  // namespace bulletin::cli

namespace {

void printUsage(std::FILE* out) {
    std::fprintf(out, "usage: bulletin-cli COMMAND [options]\n\ncommands:\n");
    for (const auto& c : bulletin::cli::commands()) std::fprintf(out, "  %-8s %s\n", c.name, c.summary);
    std::fprintf(out, "\n'bulletin-cli COMMAND --help' shows a command's options.\n");
}

bool wantsHelp(const std::vector<std::string>& args) {
    for (const auto& a : args) {
        if (a == "--") return false;
        if (a == "--help" || a == "-h") return true;
    }
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace bulletin::cli;
    if (argc < 2) {
        printUsage(stderr);
        return kExitFatal;
    }
    const std::string name = argv[1];
    if (name == "--help" || name == "-h" || name == "help") {
        printUsage(stdout);
        return kExitOk;
    }
    if (name == "--version") {
        std::printf("bulletin-cli %s\n", BULLETIN_VERSION);
        return kExitOk;
    }
    const std::vector<std::string> args(argv + 2, argv + argc);
    for (const auto& c : commands()) {
        if (name != c.name) continue;
        if (wantsHelp(args)) {
            std::fputs(c.usage, stdout);
            return kExitOk;
        }
        try {
            const int code = c.run(args);
            // Data goes to standard output: a full disk or a closed file there is a failure, not a success.
            std::cout.flush();
            if (!std::cout || std::fflush(stdout) != 0 || std::ferror(stdout)) {
                std::fprintf(stderr, "bulletin-cli %s: could not write the output (%s)\n", c.name,
                             errno ? std::strerror(errno) : "write error");
                return kExitFatal;
            }
            return code;
        } catch (const UsageError& e) {
            std::fprintf(stderr, "bulletin-cli %s: %s\n(see 'bulletin-cli %s --help')\n", c.name, e.what(), c.name);
        } catch (const bulletin::store::Error& e) {
            std::fprintf(stderr, "bulletin-cli %s: %s\n", c.name, bulletin::store::userMessage(e).c_str());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "bulletin-cli %s: %s\n", c.name, e.what());
        }
        return kExitFatal;
    }
    std::fprintf(stderr, "bulletin-cli: unknown command '%s'\n\n", name.c_str());
    printUsage(stderr);
    return kExitFatal;
}
