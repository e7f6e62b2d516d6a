#include "list_export.hpp"

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
}  // namespace

std::optional<ListKind> listKindFromString(const std::string& name) {
    if (name == "documents") return ListKind::Documents;
    if (name == "people" || name == "persons") return ListKind::People;
    if (name == "agencies") return ListKind::Agencies;
    if (name == "locations" || name == "places") return ListKind::Locations;
    if (name == "dates") return ListKind::Dates;
    if (name == "meetings") return ListKind::Meetings;
    if (name == "cooccurrence" || name == "pairs") return ListKind::Cooccurrence;
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
        case ListKind::Cooccurrence: return "cooccurrence";
    }
    return "documents";
}

const std::vector<std::string>& listColumns(ListKind kind) {
    static const std::vector<std::string> kEntity{"name", "documents", "mentions"};
    static const std::vector<std::string> kAgency{"name", "acronym", "documents", "mentions"};
    static const std::vector<std::string> kDates{"date", "role", "text", "document"};
    static const std::vector<std::string> kMeetings{"date", "kind", "location", "agencies", "people", "document", "path"};
    static const std::vector<std::string> kPairs{"person", "agency", "documents"};
    switch (kind) {
        case ListKind::Documents: return documentColumns();
        case ListKind::People:
        case ListKind::Locations: return kEntity;
        case ListKind::Agencies: return kAgency;
        case ListKind::Dates: return kDates;
        case ListKind::Meetings: return kMeetings;
        case ListKind::Cooccurrence: return kPairs;
    }
    return kEntity;
}

ListResult listRows(search::Searcher& searcher, ListKind kind, const search::SearchRequest& request) {
    ListResult result;
    result.columns = listColumns(kind);
    auto query = searcher.plan(request, result.notices);
    if (!query) return result;
    result.ran = true;
    auto& reader = searcher.entities();
    switch (kind) {
        case ListKind::Documents:
            for (const auto& r : searcher.reader().documents(*query))
                result.rows.push_back({number(r.id), text(r.title), text(r.publicationDate), text(r.path), text(r.snippet)});
            break;
        case ListKind::People:
        case ListKind::Locations:
            for (const auto& e : reader.entities(kind == ListKind::People ? EntityType::Person : EntityType::Location, *query))
                result.rows.push_back({text(e.name), number(e.documents), number(e.mentions)});
            break;
        case ListKind::Agencies:
            for (const auto& e : reader.entities(EntityType::Agency, *query))
                result.rows.push_back({text(e.name), text(e.acronym), number(e.documents), number(e.mentions)});
            break;
        case ListKind::Dates:
            for (const auto& d : reader.dates(*query))
                result.rows.push_back({text(d.iso), text(d.role), text(d.text), text(d.documentTitle)});
            break;
        case ListKind::Meetings:
            for (const auto& m : reader.meetings(*query))
                result.rows.push_back({text(m.date), text(m.kind), text(m.location), list(m.agencies), list(m.people),
                                       text(m.documentTitle), text(m.path)});
            break;
        case ListKind::Cooccurrence:
            for (const auto& p : reader.cooccurrences(*query))
                result.rows.push_back({text(p.person), text(p.agency), number(p.documents)});
            break;
    }
    return result;
}

void writeRows(std::ostream& out, const ListResult& list, const ExportOptions& options) {
    std::vector<std::size_t> picked;
    const auto& chosen = options.columns.empty() ? list.columns : options.columns;
    for (const auto& c : chosen) {
        std::size_t i = 0;
        while (i < list.columns.size() && list.columns[i] != c) ++i;
        if (i == list.columns.size())
            throw std::invalid_argument("unknown column '" + c + "' (columns: " + text::join(list.columns, ", ") + ")");
        picked.push_back(i);
    }
    if (options.format == Format::Csv) {
        CsvWriter csv(out, options.csv);
        std::vector<std::string> cells;
        for (auto i : picked) cells.push_back(list.columns[i]);
        csv.writeRow(cells);
        for (const auto& row : list.rows) {
            cells.clear();
            for (auto i : picked)
                cells.push_back(row[i].type == Cell::Type::List ? text::join(row[i].values, "; ") : row[i].text);
            csv.writeRow(cells);
        }
        return;
    }
    for (const auto& row : list.rows) {
        out << '{';
        for (std::size_t k = 0; k < picked.size(); ++k) {
            const Cell& cell = row[picked[k]];
            if (k) out << ", ";
            out << jsonString(list.columns[picked[k]]) << ": ";
            if (cell.type == Cell::Type::Number) out << cell.text;
            else if (cell.type == Cell::Type::List) out << jsonStringArray(cell.values);
            else out << jsonString(cell.text);
        }
        out << "}\n";
    }
}

ExportResult exportListToFile(search::Searcher& searcher, ListKind kind, const search::SearchRequest& request,
                              const ExportOptions& options, const std::filesystem::path& file) {
    search::SearchRequest all = request;
    all.limit = -1;
    all.offset = 0;
    const ListResult list = listRows(searcher, kind, all);
    ExportResult result;
    result.notices = list.notices;
    result.ran = list.ran;
    if (!list.ran) return result;
    result.rows = static_cast<std::int64_t>(list.rows.size());
    if (file == "-") {
        writeRows(std::cout, list, options);
        std::cout.flush();
        return result;
    }
    AtomicFile target(file);
    writeRows(target.stream(), list, options);
    target.commit();
    return result;
}

}  // namespace bulletin::exporting
