#pragma once
// The analyst's own marks: a star, tags and a note on a release; tags and a note on an entity (person, agency,
// place). Stored in the archive apart from extracted data, like corrections. A release's marks follow its file when
// the file changes and is ingested again, and go with the release when its last file is pruned. An entity's marks
// are keyed by its canonical key, so they survive every re-ingest.
//
// Every change is logged; undo takes back the newest change still in effect (a change made on many releases at once
// is taken back as one), redo puts it back, as in an editor.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/document.hpp"
#include "error.hpp"

namespace bulletin::store {

// A mark that cannot be made (an empty tag, a release or entity that is not in the archive).
class MarkError final : public Error {
public:
    explicit MarkError(const std::string& message) : Error(Kind::Rejected, message) {}
};

struct ReleaseMarks final {
    bool starred = false;
    std::vector<std::string> tags;  // in name order
    std::string note;

    [[nodiscard]] bool empty() const { return !starred && tags.empty() && note.empty(); }
};

struct EntityMarks final {
    std::vector<std::string> tags;
    std::string note;
};

// An entity as marks name it: its type and canonical key (see EntityRow::key).
struct EntityRef final {
    EntityType type = EntityType::Person;
    std::string key;
    std::string name;  // for messages and the history; not part of the identity
};

struct TagCount final {
    std::string tag;
    std::int64_t releases = 0;
    std::int64_t entities = 0;
};

// One change of the log, as the history and the Undo menu show it.
struct MarkChange final {
    std::int64_t id = 0;
    std::int64_t batch = 0;  // changes made by one command share it and are undone together
    std::string action;      // star, unstar, tag, untag, note
    std::string target;      // "release 12 'Headline'" or "person 'Name'"
    std::string value;       // the tag, or the new note
    std::int64_t at = 0;     // seconds since the epoch
    bool undone = false;
};

// Words for a change ("star release 12 'Headline'", "tag person 'X' 'to verify'"), for menus, messages and the CLI.
[[nodiscard]] std::string describe(const MarkChange& change);

// A tag as typed: surrounding and repeated spaces removed; throws MarkError when nothing is left or it is too long.
[[nodiscard]] std::string normalizedTag(const std::string& tag);

class Marks {
public:
    virtual ~Marks() = default;

    // The entity the analyst names (name, alias or acronym; corrections applied); throws MarkError when none has it.
    [[nodiscard]] virtual EntityRef findEntity(EntityType type, const std::string& name) = 0;

    [[nodiscard]] virtual ReleaseMarks release(std::int64_t documentId) = 0;
    [[nodiscard]] virtual EntityMarks entity(const EntityRef& entity) = 0;

    // Each returns how many releases (entities) it changed, and logs one undoable step; ids of releases that are
    // not in the archive throw MarkError before anything changes. Tags compare without regard to case.
    virtual std::int64_t setStarred(const std::vector<std::int64_t>& documentIds, bool starred) = 0;
    virtual std::int64_t addTag(const std::vector<std::int64_t>& documentIds, const std::string& tag) = 0;
    virtual std::int64_t removeTag(const std::vector<std::int64_t>& documentIds, const std::string& tag) = 0;
    // An empty note removes it.
    virtual std::int64_t setNote(const std::vector<std::int64_t>& documentIds, const std::string& note) = 0;

    virtual bool addEntityTag(const EntityRef& entity, const std::string& tag) = 0;
    virtual bool removeEntityTag(const EntityRef& entity, const std::string& tag) = 0;
    virtual bool setEntityNote(const EntityRef& entity, const std::string& note) = 0;

    // Every tag in use, most used first (releases, then entities), for completion and the Tags facet.
    [[nodiscard]] virtual std::vector<TagCount> tags() = 0;
    // Every (release, tag) pair: few (analysts tag hundreds of releases, not the archive), counted per query by
    // the Tags facet.
    [[nodiscard]] virtual std::vector<std::pair<std::int64_t, std::string>> releaseTags() = 0;
    // Releases carrying a tag (or, with an empty tag, starred ones), newest first.
    [[nodiscard]] virtual std::vector<std::int64_t> releasesWith(const std::string& tag, std::int64_t limit) = 0;

    // The log, newest first, undone changes included.
    [[nodiscard]] virtual std::vector<MarkChange> history(std::int64_t limit = 200) = 0;
    // Takes back the newest step still in effect; returns its changes (empty when there is none).
    virtual std::vector<MarkChange> undo() = 0;
    // Puts back the newest undone step, as long as nothing was marked after it was undone.
    virtual std::vector<MarkChange> redo() = 0;

protected:
    Marks() = default;
};

}  // namespace bulletin::store
