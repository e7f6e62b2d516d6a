#include "list_export.hpp"

#include "store/marks.hpp"

#include <map>
#include <stdexcept>

#include "core/text.hpp"
#include "atomic_file.hpp"
#include "json.hpp"

#include <iostream>

namespace bulletin::exporting {

namespace {
Cell text(std::string s) { return Cell{std::move(s), {}, Cell::Type::Text}; }
Cell number(std::int64_t n) { return Cell{std::to_string(n), {}, Cell::Type::Number}; }
Cell list(std::vector<std::string> v) { return Cell{{}, std::move(v), Cell::Type::List}; }
Cell boolean(bool b) { return Cell{b ? "yes" : "no", {}, Cell::Type::Boolean}; }
}  // namespace

std::optional<ListKind> listKindFromString(const std::string& name) {
    if (name == "documents") return ListKind::Documents;
    if (name == "people" || name == "persons") return ListKind::People;
    if (name == "agencies") return ListKind::Agencies;
    if (name == "locations" || name == "places") return ListKind::Locations;
    if (name == "dates") return ListKind::Dates;
    if (name == "meetings") return ListKind::Meetings;
    if (name == "cooccurrence" || name == "pairs") return ListKind::Cooccurrence;
    if (name == "tags") return ListKind::Tags;
    return std::nullopt;
}

std::string listName(ListKind kind) {
    switch (kind) {
        case ListKind::Documents: return "documents";
        case ListKind::People: return "people";
        case ListKind::Agencies: return "agencies";
        case ListKind::Locations: return "locations";
        case ListKind::Dates: return "dates";
        case ListKind::Meetings: return "meetings";
        case ListKind::Tags: return "tags";
        case ListKind::Cooccurrence: return "cooccurrence";
    }
    return "documents";
}

const std::vector<std::string>& listColumns(ListKind kind) {
    static const std::vector<std::string> kDocuments{"id",     "title",     "date",    "path",    "agencies", "people",
                                                     "locations", "snippet", "starred", "tags", "note"};
    static const std::vector<std::string> kEntity{"name", "documents", "mentions"};
    static const std::vector<std::string> kAgency{"name", "acronym", "documents", "mentions"};
    static const std::vector<std::string> kDates{"date", "role", "text", "document"};
    static const std::vector<std::string> kMeetings{"date", "kind", "location", "agencies", "people", "document", "path"};
    static const std::vector<std::string> kPairs{"person", "agency", "documents"};
    static const std::vector<std::string> kTags{"tag", "releases", "entities"};
    switch (kind) {
        case ListKind::Documents: return kDocuments;
        case ListKind::People:
        case ListKind::Locations: return kEntity;
        case ListKind::Agencies: return kAgency;
        case ListKind::Dates: return kDates;
        case ListKind::Meetings: return kMeetings;
        case ListKind::Cooccurrence: return kPairs;
        case ListKind::Tags: return kTags;
    }
    return kEntity;
}

namespace {
bool wants(const std::vector<std::string>& columns, std::string_view column) {
    if (columns.empty()) return true;
    for (const auto& c : columns)
        if (c == column) return true;
    return false;
}
}  // namespace

bool forEachListRow(search::Searcher& searcher, ListKind kind, const search::SearchRequest& request,
                    const std::vector<std::string>& columns, std::vector<search::QueryNotice>& notices,
                    const std::function<bool(const Row&)>& visit, store::PageKey* lastKey, RowOrigin* origin) {
    RowOrigin ignored;
    RowOrigin& from = origin ? *origin : ignored;
    from = {};
    auto query = searcher.plan(request, notices);
    if (!query) return false;
    auto& reader = searcher.entities();
    // Entity lists: most releases first, or by name when the request sorts by title.
    const auto entitySort = request.sort == store::DocumentSort::Title ? store::EntitySort::Name : store::EntitySort::Documents;
    Row row;
    switch (kind) {
        case ListKind::Documents: {
            const bool names = wants(columns, "agencies") || wants(columns, "people") || wants(columns, "locations");
            const bool marked = wants(columns, "starred") || wants(columns, "tags") || wants(columns, "note");
            auto& marks = searcher.archive().marks();
            searcher.reader().forEachDocument(*query, [&](const store::DocumentRow& r) {
                store::DocumentEntityNames n;
                if (names) n = reader.entityNames(r.id);
                store::ReleaseMarks m;
                if (marked) m = marks.release(r.id);
                row = {number(r.id),           text(r.title),        text(r.publicationDate), text(r.path),
                       list(std::move(n.agencies)), list(std::move(n.people)), list(std::move(n.locations)),
                       text(r.snippet), boolean(m.starred), list(std::move(m.tags)), text(std::move(m.note))};
                if (lastKey) *lastKey = r.pageKey(*query);
                from = {r.id, 0, 0};
                return visit(row);
            });
            break;
        }
        case ListKind::People:
        case ListKind::Locations:
            reader.forEachEntity(kind == ListKind::People ? EntityType::Person : EntityType::Location, *query,
                                 entitySort, [&](const store::EntityRow& e) {
                                     row = {text(e.name), number(e.documents), number(e.mentions)};
                                     if (lastKey) *lastKey = store::EntityReader::pageKey(e);
                                     return visit(row);
                                 });
            break;
        case ListKind::Agencies:
            reader.forEachEntity(EntityType::Agency, *query, entitySort, [&](const store::EntityRow& e) {
                row = {text(e.name), text(e.acronym), number(e.documents), number(e.mentions)};
                if (lastKey) *lastKey = store::EntityReader::pageKey(e);
                return visit(row);
            });
            break;
        case ListKind::Dates:
            reader.forEachDate(*query, [&](const store::DateRow& d) {
                row = {text(d.iso), text(d.role), text(d.text), text(d.documentTitle)};
                if (lastKey) *lastKey = store::EntityReader::pageKey(d);
                from = {d.documentId, d.start, d.end};
                return visit(row);
            });
            break;
        case ListKind::Meetings:
            reader.forEachMeeting(*query, [&](const store::MeetingRow& m) {
                row = {text(m.date),  text(m.kind),          text(m.location), list(m.agencies),
                       list(m.people), text(m.documentTitle), text(m.path)};
                if (lastKey) *lastKey = store::EntityReader::pageKey(m);
                from = {m.documentId, m.start, m.end};
                return visit(row);
            });
            break;
        case ListKind::Cooccurrence:
            reader.forEachCooccurrence(*query, [&](const store::PairRow& p) {
                row = {text(p.person), text(p.agency), number(p.documents)};
                if (lastKey) *lastKey = store::EntityReader::pageKey(p);
                return visit(row);
            });
            break;
        case ListKind::Tags: {
            // The analyst's tags on the query's releases, most used first, with how many entities carry each.
            std::map<std::string, std::int64_t> entityCounts;
            for (const auto& t : searcher.archive().marks().tags()) entityCounts[text::foldForMatching(t.tag)] = t.entities;
            auto tags = searcher.tagCounts(*query);
            if (request.sort == store::DocumentSort::Title)
                std::stable_sort(tags.begin(), tags.end(), [](const auto& a, const auto& b) {
                    return text::foldForMatching(a.value) < text::foldForMatching(b.value);
                });
            std::int64_t shown = 0;
            for (const auto& t : tags) {
                if (request.limit >= 0 && shown++ >= request.limit) break;
                row = {text(t.value), number(t.documents), number(entityCounts[text::foldForMatching(t.value)])};
                if (!visit(row)) break;
            }
            break;
        }
    }
    return true;
}

ListResult listRows(search::Searcher& searcher, ListKind kind, const search::SearchRequest& request) {
    ListResult result;
    result.columns = listColumns(kind);
    store::PageKey last;
    RowOrigin origin;
    result.ran = forEachListRow(
        searcher, kind, request, {}, result.notices,
        [&](const Row& row) {
            result.rows.push_back(row);
            result.origins.push_back(origin);
            return true;
        },
        &last, &origin);
    if (request.limit > 0 && static_cast<std::int64_t>(result.rows.size()) == request.limit) result.next = last;
    return result;
}

void writeRows(std::ostream& out, const ListResult& list, const ExportOptions& options) {
    RowWriter writer(out, list.columns, options);
    writer.writeHeader();
    for (const auto& row : list.rows) writer.write(row);
}

ExportResult exportList(search::Searcher& searcher, ListKind kind, const search::SearchRequest& request,
                        const ExportOptions& options, std::ostream& out, const std::atomic<bool>* cancel,
                        const std::function<void(std::int64_t)>& onRow) {
    RowWriter writer(out, listColumns(kind), options);  // throws for an unknown column before anything is written
    search::SearchRequest all = request;
    all.limit = -1;
    all.offset = 0;
    all.snippetOpen = "";
    all.snippetClose = "";
    ExportResult result;
    // The planner may refuse the query: the header is written with the first row or once the query is known good.
    bool headerWritten = false;
    // Sorting a million rows in memory would defeat streaming: large sorts spill to temporary files meanwhile.
    const store::DiskSorts diskSorts(searcher.archive());
    result.ran = forEachListRow(searcher, kind, all, options.columns, result.notices, [&](const Row& row) {
        if (cancel && cancel->load()) {
            result.cancelled = true;
            return false;
        }
        if (!headerWritten) {
            writer.writeHeader();
            headerWritten = true;
        }
        writer.write(row);
        ++result.rows;
        if (onRow) onRow(result.rows);
        return true;
    });
    if (result.ran && !headerWritten && !result.cancelled) writer.writeHeader();
    return result;
}

ExportResult exportListToFile(search::Searcher& searcher, ListKind kind, const search::SearchRequest& request,
                              const ExportOptions& options, const std::filesystem::path& file,
                              const std::atomic<bool>* cancel, const std::function<void(std::int64_t)>& onRow) {
    if (file == "-") {
        auto r = exportList(searcher, kind, request, options, std::cout, cancel, onRow);
        std::cout.flush();
        if (!std::cout) throw std::runtime_error("could not write the export to standard output");
        return r;
    }
    AtomicFile target(file);
    auto r = exportList(searcher, kind, request, options, target.stream(), cancel, onRow);
    if (r.ran && !r.cancelled) target.commit();
    return r;
}

}  // namespace bulletin::exporting
