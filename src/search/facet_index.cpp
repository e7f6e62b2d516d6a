#include "facet_index.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

#include "core/text.hpp"
#include "store/marks.hpp"

namespace bulletin::search {

namespace {
// SQLite's NOCASE: ASCII letters folded, everything else compared by bytes.
bool lessNoCase(const std::string& a, const std::string& b) {
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        auto fold = [](char c) {
            return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c - 'A' + 'a') : static_cast<unsigned char>(c);
        };
        const auto x = fold(a[i]), y = fold(b[i]);
        if (x != y) return x < y;
    }
    return a.size() < b.size();
}

std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (char c : s) out += c == '"' ? '\'' : c;
    return out + "\"";
}
}  // namespace

void FacetIndex::refresh() {
    // (Marks do not move the content counter: a star or a tag keeps the index; tags are read apart, each time.)
    const auto counter = archive_.contentCounter();
    if (data_ && counter == loadedAt_) return;
    auto& reader = archive_.reader();
    // What was read still stands when no release was deleted, no correction made or undone and no acronym linked
    // into a release already read: then only what was stored since is read (a colleague's ingest on a team server
    // costs its own releases, not the archive's).
    if (data_ && reader.facetBase(data_->base.lastDocument, data_->base.lastEntity) == data_->base) {
        add(reader.facetDataAfter(data_->base.lastDocument, data_->base.lastEntity));
        ++deltas_;
    } else {
        data_ = reader.facetData();
        ++loads_;
    }
    // Read after loading: a commit during the load makes the next call load again rather than trust this one.
    loadedAt_ = counter == archive_.contentCounter() ? counter : -1;
}

void FacetIndex::add(store::FacetData&& delta) {
    auto& f = *data_;
    const std::size_t from = f.years.size();  // the first document id the index has no slot for
    const std::size_t to = delta.years.size();
    // The delta numbers meeting kinds in the order it met them: its bits are renumbered into the index's.
    std::vector<std::uint32_t> kindBit(delta.kindNames.size(), 0);
    for (std::size_t k = 0; k < delta.kindNames.size(); ++k) {
        auto it = std::find(f.kindNames.begin(), f.kindNames.end(), delta.kindNames[k]);
        if (it == f.kindNames.end()) it = f.kindNames.insert(f.kindNames.end(), delta.kindNames[k]);
        const auto index = static_cast<std::size_t>(it - f.kindNames.begin());
        kindBit[k] = index < 32 ? 1U << index : 0;
    }
    if (to > from) {
        f.years.resize(to, 0);
        f.days.resize(to, 0);
        f.kinds.resize(to, 0);
        f.offsets.resize(to + 1, f.offsets.back());
        for (std::size_t d = from; d < to; ++d) {
            f.years[d] = delta.years[d];
            f.days[d] = delta.days[d];
            for (std::size_t k = 0; k < kindBit.size(); ++k)
                if (delta.kinds[d] & (1U << k)) f.kinds[d] |= kindBit[k];
            f.entityIds.insert(f.entityIds.end(), delta.entityIds.begin() + delta.offsets[d],
                               delta.entityIds.begin() + delta.offsets[d + 1]);
            f.offsets[d + 1] = static_cast<std::uint32_t>(f.entityIds.size());
        }
    }
    if (delta.entities.size() > f.entities.size()) {
        const std::size_t firstEntity = f.entities.size();
        f.entities.resize(delta.entities.size());
        for (std::size_t e = firstEntity; e < delta.entities.size(); ++e) f.entities[e] = delta.entities[e];
    }
    for (auto& [id, name] : delta.names) f.names.insert_or_assign(id, std::move(name));
    f.base = delta.base;
}

store::Facets FacetIndex::facets(const store::DocumentQuery& scope, int top) {
    refresh();
    const auto ids = archive_.reader().documentIds(scope);
    auto f = count(ids, top);
    f.tags = tagCounts(ids, top);
    // (As many as the cap: there may be more; the counts are of these.)
    if (scope.idsCap > 0 && static_cast<std::int64_t>(ids.size()) >= scope.idsCap)
        f.sampledReleases = static_cast<std::int64_t>(ids.size());
    return f;
}

namespace {
std::string isoOf(std::uint32_t day) {
    char buf[16];
    const unsigned y = day / 10000, m = day / 100 % 100, d = day % 100;
    if (m == 0)
        std::snprintf(buf, sizeof buf, "%04u", y);
    else if (d == 0)
        std::snprintf(buf, sizeof buf, "%04u-%02u", y, m);
    else
        std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", y, m, d);
    return buf;
}
}  // namespace

QueryOverview FacetIndex::overview(const store::DocumentQuery& scope, int top) {
    refresh();
    const auto ids = archive_.reader().documentIds(scope);
    QueryOverview o;
    o.documents = static_cast<std::int64_t>(ids.size());
    o.facets = count(ids, top);
    std::uint32_t first = UINT32_MAX, last = 0;
    const auto& days = data_->days;
    for (const auto id : ids) {
        if (id >= days.size() || days[id] == 0) continue;
        first = std::min(first, days[id]);
        last = std::max(last, days[id]);
    }
    if (last > 0) {
        o.firstDate = isoOf(first);
        o.lastDate = isoOf(last);
    }
    return o;
}

std::vector<store::FacetValue> FacetIndex::tagCounts(const std::vector<std::uint32_t>& documents, int top) {
    // Read each time rather than kept: tags are few and change with every click of the analyst's.
    const auto tagged = archive_.marks().releaseTags();
    if (tagged.empty() || documents.empty()) return {};
    const auto maxId = *std::max_element(documents.begin(), documents.end());
    std::vector<bool> inScope(static_cast<std::size_t>(maxId) + 1, false);
    for (const auto d : documents) inScope[d] = true;
    // Pairs come grouped by folded tag; the first spelling names the group.
    std::vector<store::FacetValue> out;
    std::string folded;
    for (const auto& [document, tag] : tagged) {
        const auto key = text::foldForMatching(tag);
        if (out.empty() || key != folded) {
            folded = key;
            out.push_back({tag, 0, "tag:" + quoted(tag)});
        }
        if (document >= 0 && static_cast<std::uint64_t>(document) <= maxId &&
            inScope[static_cast<std::size_t>(document)])
            ++out.back().documents;
    }
    std::erase_if(out, [](const store::FacetValue& v) { return v.documents == 0; });
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.documents > b.documents; });
    if (out.size() > static_cast<std::size_t>(std::max(top, 0))) out.resize(static_cast<std::size_t>(std::max(top, 0)));
    return out;
}

store::Facets FacetIndex::count(const std::vector<std::uint32_t>& documents, int top) {
    if (!data_) refresh();
    const auto& d = *data_;
    // Per canonical entity: documents counted, and the last document that counted it (merged entities met twice
    // in one document count once).
    std::vector<std::uint32_t> counts(d.entities.size(), 0);
    std::vector<std::uint32_t> lastDocument(d.entities.size(), UINT32_MAX);
    std::vector<std::uint32_t> kindCounts(d.kindNames.size(), 0);
    std::map<int, std::int64_t, std::greater<>> yearCounts;
    for (const auto doc : documents) {
        if (doc + 1 >= d.offsets.size()) continue;  // added after the index was read
        for (auto i = d.offsets[doc]; i < d.offsets[doc + 1]; ++i) {
            const auto id = d.entityIds[i];
            if (id >= d.entities.size() || !d.entities[id].known || d.entities[id].hidden) continue;
            const auto canonical = d.entities[id].canonical;
            if (canonical >= counts.size() || lastDocument[canonical] == doc) continue;
            lastDocument[canonical] = doc;
            ++counts[canonical];
        }
        if (d.years[doc]) ++yearCounts[d.years[doc]];
        for (std::size_t k = 0; k < d.kindNames.size(); ++k)
            if (d.kinds[doc] >> k & 1U) ++kindCounts[k];
    }

    store::Facets f;
    const auto topOf = [&](EntityType type, const char* field, std::vector<store::FacetValue>& out) {
        struct Candidate final {
            std::uint32_t count;
            const std::string* name;
        };
        std::vector<Candidate> candidates;
        for (std::size_t id = 0; id < counts.size(); ++id) {
            if (!counts[id] || d.entities[id].type != type) continue;
            const auto name = d.names.find(static_cast<std::uint32_t>(id));
            if (name != d.names.end()) candidates.push_back({counts[id], &name->second});
        }
        const auto byCountThenName = [](const Candidate& a, const Candidate& b) {
            return a.count != b.count ? a.count > b.count : lessNoCase(*a.name, *b.name);
        };
        const auto n = std::min<std::size_t>(candidates.size(), static_cast<std::size_t>(std::max(top, 0)));
        std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(n), candidates.end(),
                          byCountThenName);
        for (std::size_t i = 0; i < n; ++i)
            out.push_back(
                {*candidates[i].name, candidates[i].count, std::string(field) + ":" + quoted(*candidates[i].name)});
    };
    topOf(EntityType::Agency, "agency", f.agencies);
    topOf(EntityType::Person, "person", f.people);
    topOf(EntityType::Location, "location", f.locations);

    std::vector<std::pair<std::string, std::uint32_t>> kinds;
    for (std::size_t k = 0; k < d.kindNames.size(); ++k)
        if (kindCounts[k]) kinds.emplace_back(d.kindNames[k], kindCounts[k]);
    std::sort(kinds.begin(), kinds.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (std::size_t i = 0; i < kinds.size() && static_cast<int>(i) < top; ++i)
        f.kinds.push_back({kinds[i].first, kinds[i].second, "kind:" + kinds[i].first});
    // The years with the most releases (ties: the newer), shown newest first: a large old year is never crowded
    // out by the small recent ones.
    std::vector<std::pair<int, std::int64_t>> years(yearCounts.begin(), yearCounts.end());  // newest first
    std::stable_sort(years.begin(), years.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    years.resize(std::min(years.size(), static_cast<std::size_t>(std::max(top, 0))));
    std::sort(years.begin(), years.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [year, n] : years) f.years.push_back({std::to_string(year), n, "date:" + std::to_string(year)});
    return f;
}

}  // namespace bulletin::search
