#pragma once
// A document query as the store executes it. Built by src/search from the user's text; its text condition is a
// syntax tree (text_query.hpp) that each engine renders itself, with every value bound as a parameter.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "text_query.hpp"

namespace bulletin::store {

// Documents that mention (or, negated, do not mention) any of these entities.
struct EntityConstraint final {
    std::vector<std::int64_t> entityIds;
    bool negated = false;
};

// Documents the analyst marked (store/marks.hpp), or, negated, did not: `is:starred`, `tag:X`, `has:tag`,
// `has:note`, `note:word`.
enum class MarkFilter { Starred, Tag, AnyTag, AnyNote, NoteText };
struct MarkConstraint final {
    MarkFilter filter = MarkFilter::Starred;
    std::string value;  // the tag (Tag) or the words looked for in the note (NoteText), as typed
    bool negated = false;
};

enum class DocumentSort { Relevance, DateDescending, DateAscending, Title };

// Where a page ended, in the list's order: the next page continues after it instead of skipping `offset` rows,
// so a deep page costs what the first one does (keyset pagination). Made from the last row shown. The documents
// list reads it as its own key; the entity, date, meeting and pair lists as theirs (see
// sqlite/sqlite_entity_reader.cpp).
struct PageKey final {
    std::string date;   // publication date, "" when undated (date sorts)
    std::string title;  // title sort
    double rank = 0;    // relevance with a text query; a count in the entity and pair lists
    std::int64_t id = 0;
    std::int64_t id2 = 0;  // a second tie-breaker (pair lists: the agency; dates: the offset in the release)
};

struct DocumentQuery final {
    TextQuery text;                       // empty = all documents
    std::optional<std::string> dateFrom;  // inclusive ISO day, compared with publication_date
    std::optional<std::string> dateTo;    // inclusive ISO day
    // Documents reporting an event (a meeting) on a day within [heldFrom, heldTo] (inclusive ISO days; an event over
    // several days counts when its days and the range meet); the meetings list keeps only such events.
    std::optional<std::string> heldFrom;
    std::optional<std::string> heldTo;
    std::optional<std::string> pathLike;  // SQL LIKE pattern on the document's path (escaped with '\')
    std::vector<EntityConstraint> entities;
    std::vector<std::string> meetingKinds;  // documents reporting a meeting of one of these kinds
    std::vector<MarkConstraint> marks;
    std::int64_t afterDocument = 0;  // only documents stored after this one (id above it): a watched search's new ones
    std::int64_t upToDocument = 0;   // only documents stored up to this one (id at most it); 0: no limit
    DocumentSort sort = DocumentSort::Relevance;
    std::int64_t limit = 50;
    std::int64_t offset = 0;
    std::optional<PageKey> after = std::nullopt;  // when set, the page starts after this row and `offset` is ignored
    // Hit markers put around matched terms in snippets.
    std::string snippetOpen = "[";
    std::string snippetClose = "]";
    bool withSnippets = true;
    // The number of documents the query selects, when the caller counted it already (the reader may need it to
    // choose a plan; see sqlite/sqlite_archive_reader.cpp).
    std::optional<std::int64_t> knownCount = std::nullopt;
    // countDocuments may stop counting past this many (returning more than it, not the exact number): on an engine
    // that visits every match to count, a common word over millions of releases costs seconds. 0: count exactly.
    std::int64_t countCap = 0;
    // documentIds may stop after this many documents (in the engine's storage order, the first stored first) where
    // reading every match's id costs more than a facet panel may wait. 0: every one.
    std::int64_t idsCap = 0;
    // The engine's estimate of the documents the query selects (ArchiveReader::estimateDocuments), when the caller
    // asked for it: with a cap far below it, the engine may count or read the first matches by a plan that stops at
    // the cap instead of one that visits every match.
    std::optional<std::int64_t> estimate = std::nullopt;
};

// Whether the query puts conditions beside its words (an entity, a date range, a meeting kind, a mark, a path):
// its matches then lie sparse among the releases in the engine's storage order.
[[nodiscard]] inline bool filteredBesideText(const DocumentQuery& q) {
    return !q.text.empty() && (!q.entities.empty() || !q.meetingKinds.empty() || !q.marks.empty() || q.dateFrom ||
                               q.dateTo || q.heldFrom || q.heldTo || q.pathLike);
}

// How an engine's searches should be shaped at scale (ArchiveEngine::searchLimits): counts capped above countCap
// ("10,000+ releases"); when a ranked text query matches more than relevanceAbove releases, newest first unless the
// analyst asks for relevance (whose cost grows with the matches); facets counted over at most facetSample of the
// matches (the first stored), and said so. 0: no such limit.
// A broad text query (the engine estimates at least broadAbove matches: a common word over a million releases) is
// counted exactly only to broadCountCap, and when that many are found its total is the engine's estimate, shown as
// one ("about 270,000 releases"); its facets are counted over broadFacetSample matches. On a million releases a
// common word's page and count took 72 ms counted to 10,000 by the index's bitmap, 4 ms counted to 1,000 by a
// plan that stops there (README, team archive).
struct SearchLimits final {
    std::int64_t countCap = 0;
    std::int64_t relevanceAbove = 0;
    std::int64_t facetSample = 0;
    std::int64_t broadAbove = 0;
    std::int64_t broadCountCap = 0;
    std::int64_t broadFacetSample = 0;
    // A text query with other filters beside it (an agency, a date range, a meeting kind...) is broad from this
    // estimate on: its matches lie sparse in the engine's storage order, so a plan that stops at the cap reads a
    // release for every few percent of a match (a word, an agency and a date range on a million releases: counting
    // 10,000 of 55,000 matches read 175,000 releases, 140 ms; 1,000, 13 ms). 0: as broadAbove.
    std::int64_t broadFilteredAbove = 0;
};

}  // namespace bulletin::store
