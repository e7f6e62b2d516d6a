#pragma once
// What both engines read and write the same way, whatever their SQL: a release's mention record (one text per
// release, "entity TAB start TAB end TAB rule TAB score" lines), lists joined by the unit separator, the filter a
// facet value stands for, the words marks are matched and logged by, and the lists read whole. Internal to the store.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "marks.hpp"

namespace bulletin::store {

// The merge target of every entity merged, as a WITH clause both engines prefix to the overrides' rebuild
// (merge_target(type, key, target)). Merges form chains (A into B, later B into C: A is C); an undo can break a
// chain anywhere, so chains are followed here, when the overrides are computed, never rewritten in the log.
// Depth-capped: a cycle cannot arise through this interface (see restore), and a hand-edited archive must not hang it
// either. One merge is the archive's own: an agency named by a bare acronym ("PNCB said", in a release that never
// spells it out) is the one agency of the archive that spells that acronym out, when there is exactly one, as if the
// analyst had merged them; not when the analyst has corrected, marked or tagged it (their word stands). Recomputed with
// the rest, it follows the archive: it goes when that agency does, or when a second one spells the acronym otherwise.
extern const char* const kEntityMergeTargets;

struct MentionRecord final {
    std::int64_t entity = 0, start = 0, end = 0;
    std::string rule;
    double score = 1.0;  // records written before scores were kept read as 1
};
[[nodiscard]] std::string formatMentionRecords(const std::vector<Entity>& entities,
                                               const std::vector<std::int64_t>& entityIds);
[[nodiscard]] std::vector<MentionRecord> parseMentionRecords(std::string_view data);

// A release's extracted data as both engines' tables hold it, row by row (see ArchiveTransfer::release), and the
// Extraction it came from, assembled again.
struct StoredEntityRow final {
    std::int64_t id = 0;
    EntityType type = EntityType::Person;
    std::string key, name, acronym, role, affiliation;
    std::vector<std::string> aliases;
    // The release's mentions of it, and how many of them are acronyms the archive linked to it after extraction
    // (ArchiveWriter::resolveAcronyms): an entity only those made part of the release is no extracted entity.
    std::int64_t mentions = 0, linkedAcronyms = 0;
};
struct StoredDateRow final {
    std::string iso, role, text, rule;
    std::int64_t start = 0, end = 0;
};
struct StoredMeetingRow final {
    std::string kind, date, location, rule;  // date: ISO or empty
    std::int64_t start = 0, end = 0;
    std::vector<std::int64_t> participants;  // entity ids
};
struct StoredAcronymRow final {
    std::string acronym;
    std::int64_t start = 0, end = 0;
};
struct StoredExtractionRows final {
    std::vector<StoredEntityRow> entities;
    std::string mentions;  // the release's mention record
    std::vector<StoredDateRow> dates;
    std::vector<StoredMeetingRow> meetings;
    std::vector<StoredAcronymRow> acronyms;
};
// `text` is what the offsets point into (title + "\n\n" + body); mentions beyond it (the letterhead, which is not
// stored) keep their offsets and an empty text.
[[nodiscard]] Extraction assembleExtraction(const StoredExtractionRows& rows, const std::string& text);

// "a\x1fb\x1fc" -> {"a", "b", "c"} (the engines' group_concat / string_agg of participants' names).
[[nodiscard]] std::vector<std::string> splitUnitSeparated(std::string_view s);
// A facet's value as a filter's quoted value: agency:"United Nations ..." (a double quote becomes a single one).
[[nodiscard]] std::string quotedFilterValue(const std::string& value);

// Marks: a tag as compared, a note as searched (as the SQLite engine's bulletin_fold() folds it in SQL when a note
// follows a changed file), a release and an entity as the log names them.
[[nodiscard]] std::string foldedTag(const std::string& tag);
[[nodiscard]] std::string foldedNote(const std::string& note);
[[nodiscard]] std::string releaseLogLabel(std::int64_t documentId, const std::string& title);
[[nodiscard]] std::string entityLogLabel(const EntityRef& entity);
[[nodiscard]] std::vector<std::int64_t> sortedUnique(const std::vector<std::int64_t>& ids);

// A list read whole through its row-at-a-time form.
template <typename Row>
std::vector<Row> collectRows(const std::function<void(const std::function<bool(const Row&)>&)>& each) {
    std::vector<Row> rows;
    each([&](const Row& r) {
        rows.push_back(r);
        return true;
    });
    return rows;
}

}  // namespace bulletin::store
