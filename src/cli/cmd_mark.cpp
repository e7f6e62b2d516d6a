// bulletin-cli mark: the analyst's stars, tags and notes (store/marks.hpp), on releases named by id, by the path of
// one of their files, or by a query; on entities by type and name. Every change can be undone.

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <set>

#include "args.hpp"
#include "commands.hpp"
#include "core/text.hpp"
#include "query_options.hpp"
#include "store/archive_reader.hpp"
#include "store/marks.hpp"

namespace bulletin::cli {

namespace {
bool allDigits(const std::string& s) {
    if (s.empty() || s.size() > 18) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// The releases the arguments name: ids, paths of ingested files, and --query's matches. Names that match nothing
// are said on stderr and make the whole command a usage error before anything is marked.
std::vector<std::int64_t> releasesNamed(store::Archive& archive, const std::vector<std::string>& names,
                                        const std::optional<std::string>& query) {
    std::vector<std::int64_t> out;
    std::vector<std::string> unknown;
    auto& reader = archive.reader();
    for (const auto& name : names) {
        if (allDigits(name)) {
            const auto id = std::stoll(name);
            if (reader.document(id)) out.push_back(id);
            else unknown.push_back("no release " + name);
            continue;
        }
        std::error_code ec;
        const auto path = std::filesystem::weakly_canonical(std::filesystem::absolute(name, ec), ec);
        if (const auto id = reader.documentForPath(ec ? name : path.string())) out.push_back(*id);
        else unknown.push_back("no ingested file at '" + name + "'");
    }
    if (query) {
        search::Searcher searcher(archive);
        search::SearchRequest request;
        request.query = *query;
        std::vector<search::QueryNotice> notices;
        auto plan = searcher.plan(request, notices);
        if (!reportNotices(*query, notices) || !plan) throw UsageError("the query cannot run");
        const auto matched = reader.documentIds(*plan);
        out.insert(out.end(), matched.begin(), matched.end());
        if (matched.empty()) std::fprintf(stderr, "the query matches no release\n");
    }
    for (const auto& u : unknown) std::fprintf(stderr, "bulletin-cli mark: %s\n", u.c_str());
    if (!unknown.empty()) throw UsageError("nothing was marked: " + std::to_string(unknown.size()) +
                                           " release name(s) match nothing in this archive");
    return out;
}

void printRelease(store::Archive& archive, std::int64_t id) {
    const auto m = archive.marks().release(id);
    const auto doc = archive.reader().document(id);
    std::printf("release %lld\t%s\n", static_cast<long long>(id), doc ? doc->title.c_str() : "");
    std::printf("starred\t%s\n", m.starred ? "yes" : "no");
    std::printf("tags\t%s\n", text::join(m.tags, "; ").c_str());
    std::printf("note\t%s\n", m.note.c_str());
}

void printChanges(const char* what, const std::vector<store::MarkChange>& changes) {
    if (changes.empty()) {
        std::fprintf(stderr, "nothing to %s\n", what);
        return;
    }
    for (const auto& c : changes) std::fprintf(stderr, "%s: %s\n", what, store::describe(c).c_str());
}

std::string timeText(std::int64_t at) {
    const std::time_t t = static_cast<std::time_t>(at);
    char buf[32];
    std::tm tm{};
    gmtime_r(&t, &tm);
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
    return buf;
}

int markEntity(store::Archive& archive, const std::string& action, const std::vector<std::string>& p) {
    // entity-tag TYPE NAME TAG | entity-untag TYPE NAME TAG | entity-note TYPE NAME TEXT | entity-show TYPE NAME
    const bool show = action == "entity-show";
    if (p.size() != (show ? 3u : 4u)) throw UsageError(action + " takes TYPE NAME" + (show ? "" : " VALUE"));
    const auto type = entityTypeArgument(p[1]);
    if (!type) throw UsageError("TYPE is person, agency or location, not '" + p[1] + "'");
    auto& marks = archive.marks();
    const auto entity = marks.findEntity(*type, p[2]);
    if (show) {
        const auto m = marks.entity(entity);
        std::printf("%s\t%s\n", toString(entity.type), entity.name.c_str());
        std::printf("tags\t%s\n", text::join(m.tags, "; ").c_str());
        std::printf("note\t%s\n", m.note.c_str());
        return kExitOk;
    }
    bool changed = false;
    if (action == "entity-tag") changed = marks.addEntityTag(entity, p[3]);
    else if (action == "entity-untag") changed = marks.removeEntityTag(entity, p[3]);
    else changed = marks.setEntityNote(entity, p[3]);
    std::fprintf(stderr, "%s %s '%s'\n", changed ? "changed" : "unchanged (already so):", toString(entity.type),
                 entity.name.c_str());
    return kExitOk;
}
}  // namespace

int runMark(const std::vector<std::string>& argv) {
    const Args args(argv, {{"archive", true}, {"query", true}, {"limit", true}});
    const auto& p = args.positional();
    if (p.empty()) throw UsageError("mark takes an action: star, unstar, tag, untag, note, show, tags, history, undo, redo");
    const std::string& action = p[0];

    if (action == "show" || action == "tags" || action == "history") {
        store::Archive archive(archiveLocation(args), store::Access::Read);
        auto& marks = archive.marks();
        if (action == "tags") {
            if (p.size() != 1) throw UsageError("mark tags takes no arguments");
            for (const auto& t : marks.tags())
                std::printf("%s\t%lld\t%lld\n", t.tag.c_str(), static_cast<long long>(t.releases),
                            static_cast<long long>(t.entities));
            return kExitOk;
        }
        if (action == "history") {
            const auto limit = args.intValue("limit", 50, 1, 100000);
            for (const auto& c : marks.history(limit))
                std::printf("%lld\t%s\t%s%s\n", static_cast<long long>(c.id), timeText(c.at).c_str(),
                            store::describe(c).c_str(), c.undone ? "\t(undone)" : "");
            return kExitOk;
        }
        const auto ids = releasesNamed(archive, {p.begin() + 1, p.end()}, args.value("query"));
        if (ids.empty()) throw UsageError("mark show takes RELEASE... (an id or a file's path) or --query Q");
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (i) std::printf("\n");
            printRelease(archive, ids[i]);
        }
        return kExitOk;
    }

    store::Archive archive(archiveLocation(args), store::Access::Write);
    auto& marks = archive.marks();
    if (action == "undo" || action == "redo") {
        if (p.size() != 1) throw UsageError("mark " + action + " takes no arguments");
        printChanges(action == "undo" ? "undone" : "redone", action == "undo" ? marks.undo() : marks.redo());
        return kExitOk;
    }
    if (action.rfind("entity-", 0) == 0) return markEntity(archive, action, p);

    const bool withValue = action == "tag" || action == "untag" || action == "note";
    if (!withValue && action != "star" && action != "unstar")
        throw UsageError("unknown mark action '" + action +
                         "' (star, unstar, tag, untag, note, show, tags, history, undo, redo, entity-tag, "
                         "entity-untag, entity-note, entity-show)");
    if (withValue && p.size() < 2) throw UsageError("mark " + action + " takes " + (action == "note" ? "TEXT" : "TAG") + " then RELEASE... or --query Q");
    const std::size_t first = withValue ? 2 : 1;
    const auto ids = releasesNamed(archive, {p.begin() + static_cast<std::ptrdiff_t>(first), p.end()}, args.value("query"));
    if (ids.empty() && !args.value("query")) throw UsageError("name the releases: RELEASE... (an id or a file's path) or --query Q");
    std::int64_t changed = 0;
    if (action == "star" || action == "unstar") changed = marks.setStarred(ids, action == "star");
    else if (action == "tag") changed = marks.addTag(ids, p[1]);
    else if (action == "untag") changed = marks.removeTag(ids, p[1]);
    else changed = marks.setNote(ids, p[1]);
    const std::size_t distinct = std::set<std::int64_t>(ids.begin(), ids.end()).size();
    std::fprintf(stderr, "%s: %lld of %zu release%s changed%s\n", action.c_str(), static_cast<long long>(changed),
                 distinct, distinct == 1 ? "" : "s", changed ? " (bulletin-cli mark undo takes it back)" : "");
    return kExitOk;
}

}  // namespace bulletin::cli
