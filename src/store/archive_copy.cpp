#include <algorithm>
#include <map>
#include <sstream>
#include <unordered_map>

#include "archive.hpp"
#include "archive_reader.hpp"
#include "archive_transfer.hpp"
#include "archive_writer.hpp"
#include "entity_reader.hpp"
#include "error.hpp"
#include "marks.hpp"
#include "search_memory.hpp"

namespace bulletin::store {

namespace {

std::string plural(std::int64_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// The release the analyst last saw, in the destination's ids: the newest copied release not newer than it.
std::int64_t mappedSeen(std::int64_t seen, const std::vector<std::int64_t>& sourceIds,
                        const std::unordered_map<std::int64_t, std::int64_t>& ids) {
    if (seen <= 0) return 0;
    const auto it = std::upper_bound(sourceIds.begin(), sourceIds.end(), seen);
    if (it == sourceIds.begin()) return 0;
    const auto found = ids.find(*std::prev(it));
    return found == ids.end() ? 0 : found->second;
}

}  // namespace

// The default batch (200 releases a transaction) is large enough that commits do not dominate, small enough that a
// cancel or a lost connection costs little and a server's readers see the copy advance.
CopyReport copyArchive(Archive& from, Archive& to, const std::function<bool(const CopyProgress&)>& progress,
                       std::size_t batch) {
    batch = std::max<std::size_t>(batch, 1);
    const auto already = to.reader().stats().documents;
    if (already > 0)
        throw Error(Error::Kind::Rejected, "'" + to.location().text() + "' already holds " +
                                               plural(already, "release") +
                                               "; a copy goes into a new or empty archive only");
    CopyReport report;
    auto source = from.newTransfer();
    auto dest = to.newTransfer();
    const auto sourceIds = source->releaseIds();
    std::unordered_map<std::int64_t, std::int64_t> ids;  // source release -> destination release
    ids.reserve(sourceIds.size());

    auto writer = to.newWriter();
    std::size_t inBatch = 0;
    writer->begin();
    for (const auto id : sourceIds) {
        auto release = source->release(id);
        if (release.files.empty()) {
            // Cannot happen through ingest (a release goes with its last file); kept under the path it was stored from.
            release.files.push_back(release.document.location);
            report.notes.push_back("release " + std::to_string(id) + " had no file; copied under its stored path " +
                                   release.document.location.path);
        }
        const auto prepared = ArchiveWriter::prepare(release.document);
        std::int64_t copied = 0;
        for (const auto& file : release.files) {
            release.document.location = file;
            copied = writer->store(release.document, release.extraction, prepared).documentId;
            ++report.files;
        }
        ids.emplace(id, copied);
        ++report.releases;
        if (++inBatch == batch) {
            writer->commit();
            inBatch = 0;
            if (progress && !progress({report.releases, static_cast<std::int64_t>(sourceIds.size())}))
                throw Error(Error::Kind::Interrupted, "copy cancelled: '" + to.location().text() +
                                                          "' holds the first " + plural(report.releases, "release") +
                                                          " of " + std::to_string(sourceIds.size()));
            writer->begin();
        }
    }
    for (const auto& e : from.reader().errors()) {
        writer->recordError(e.path, e.stage, e.message);
        ++report.rejectedFiles;
    }
    writer->resolveAcronyms();
    writer->commit();
    writer->optimizeIndex();
    if (progress) (void)progress({report.releases, static_cast<std::int64_t>(sourceIds.size())});

    const auto corrections = source->corrections();
    dest->addCorrections(corrections);
    report.corrections = static_cast<std::int64_t>(corrections.size());

    auto releaseMarks = source->releaseMarks();
    std::vector<MarkedRelease> mapped;
    for (auto& m : releaseMarks) {
        const auto it = ids.find(m.documentId);
        if (it == ids.end()) continue;
        m.documentId = it->second;
        mapped.push_back(std::move(m));
    }
    const auto entityMarks = source->entityMarks();
    dest->addMarks(mapped, entityMarks);
    report.markedReleases = static_cast<std::int64_t>(mapped.size());
    report.markedEntities = static_cast<std::int64_t>(entityMarks.size());

    for (auto search : from.searchMemory().saved()) {
        search.seenDocument = mappedSeen(search.seenDocument, sourceIds, ids);
        dest->addSavedSearch(search);
        ++report.savedSearches;
    }
    auto history = from.searchMemory().history(SearchMemory::kHistoryLimit);
    std::reverse(history.begin(), history.end());  // oldest first, so the newest stays the newest
    for (const auto& q : history) to.searchMemory().remember(q);
    report.historyEntries = static_cast<std::int64_t>(history.size());
    return report;
}

namespace {

DocumentQuery everything() {
    DocumentQuery q;
    q.limit = -1;
    return q;
}

// One line per row of a list, sorted: two archives' lists compare equal whatever their ids and ties' order.
std::vector<std::string> entityLines(Archive& archive, EntityType type) {
    std::vector<std::string> lines;
    archive.entities().forEachEntity(type, everything(), EntitySort::Name, [&](const EntityRow& r) {
        lines.push_back(r.name + '\t' + r.acronym + '\t' + std::to_string(r.documents) + '\t' +
                        std::to_string(r.mentions));
        return true;
    });
    std::sort(lines.begin(), lines.end());
    return lines;
}

std::vector<std::string> meetingLines(Archive& archive) {
    std::vector<std::string> lines;
    archive.entities().forEachMeeting(everything(), [&](const MeetingRow& r) {
        auto agencies = r.agencies, people = r.people;
        std::sort(agencies.begin(), agencies.end());
        std::sort(people.begin(), people.end());
        // (The release by its title: which of its files is its first is whichever was stored first.)
        std::string line = r.kind + '\t' + r.date + '\t' + r.location + '\t' + r.documentTitle;
        for (const auto& a : agencies) line += "\ta:" + a;
        for (const auto& p : people) line += "\tp:" + p;
        lines.push_back(std::move(line));
        return true;
    });
    std::sort(lines.begin(), lines.end());
    return lines;
}

std::vector<std::string> dateLines(Archive& archive) {
    std::vector<std::string> lines;
    archive.entities().forEachDate(everything(), [&](const DateRow& r) {
        lines.push_back(r.iso + '\t' + r.role + '\t' + r.text + '\t' + r.documentTitle + '\t' +
                        std::to_string(r.start));
        return true;
    });
    std::sort(lines.begin(), lines.end());
    return lines;
}

std::vector<std::string> releaseLines(Archive& archive) {
    std::vector<std::string> lines;
    archive.reader().forEachDocument(everything(), [&](const DocumentRow& r) {
        // A release by all its files, whichever of them was stored first.
        std::string line = r.title + '\t' + r.publicationDate;
        for (const auto& path : archive.reader().locations(r.id)) line += '\t' + path;
        const auto marks = archive.marks().release(r.id);
        line += marks.starred ? "\t*" : "\t-";
        for (const auto& t : marks.tags) line += "\t#" + t;
        if (!marks.note.empty()) line += "\tnote:" + marks.note;
        lines.push_back(std::move(line));
        return true;
    });
    std::sort(lines.begin(), lines.end());
    return lines;
}

void compareLists(const char* what, const std::vector<std::string>& a, const std::vector<std::string>& b,
                  std::vector<std::string>& out) {
    if (a == b) return;
    std::vector<std::string> onlyA, onlyB;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(onlyA));
    std::set_difference(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(onlyB));
    std::string line = std::string(what) + ": " + std::to_string(a.size()) + " rows against " +
                       std::to_string(b.size()) + "; first row of the first only: '" +
                       (onlyA.empty() ? std::string() : onlyA.front()) + "', of the second only: '" +
                       (onlyB.empty() ? std::string() : onlyB.front()) + "'";
    out.push_back(std::move(line));
}

}  // namespace

std::vector<std::string> compareArchives(Archive& a, Archive& b) {
    std::vector<std::string> out;
    const auto sa = a.reader().stats(), sb = b.reader().stats();
    auto same = [&](const char* what, const auto& x, const auto& y) {
        if (x == y) return;
        std::ostringstream line;
        line << what << ": " << x << " against " << y;
        out.push_back(line.str());
    };
    same("releases", sa.documents, sb.documents);
    same("files", sa.files, sb.files);
    same("files holding another file's content", sa.duplicateFiles, sb.duplicateFiles);
    same("near-duplicate pairs", sa.similarPairs, sb.similarPairs);
    same("rejected files", sa.errors, sb.errors);
    same("earliest publication", sa.earliest.value_or("none"), sb.earliest.value_or("none"));
    same("latest publication", sa.latest.value_or("none"), sb.latest.value_or("none"));
    compareLists("people", entityLines(a, EntityType::Person), entityLines(b, EntityType::Person), out);
    compareLists("agencies", entityLines(a, EntityType::Agency), entityLines(b, EntityType::Agency), out);
    compareLists("places", entityLines(a, EntityType::Location), entityLines(b, EntityType::Location), out);
    compareLists("meetings", meetingLines(a), meetingLines(b), out);
    compareLists("dates", dateLines(a), dateLines(b), out);
    compareLists("releases and their marks", releaseLines(a), releaseLines(b), out);
    auto tags = [](Archive& x) {
        std::vector<std::string> lines;
        for (const auto& t : x.marks().tags())
            lines.push_back(t.tag + '\t' + std::to_string(t.releases) + '\t' + std::to_string(t.entities));
        std::sort(lines.begin(), lines.end());
        return lines;
    };
    compareLists("tags", tags(a), tags(b), out);
    auto saved = [](Archive& x) {
        std::vector<std::string> lines;
        for (const auto& s : x.searchMemory().saved())
            lines.push_back(s.name + '\t' + s.query + '\t' + s.list + (s.watched ? "\twatched" : ""));
        std::sort(lines.begin(), lines.end());
        return lines;
    };
    compareLists("saved searches", saved(a), saved(b), out);
    return out;
}

}  // namespace bulletin::store
