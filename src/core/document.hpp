#pragma once
// Domain types shared by every layer. Plain data: no I/O, no SQL, no Qt.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date_value.hpp"

namespace bulletin {

// A half-open range of UTF-8 byte offsets into a document's clean text (`Document::body`).
struct Span final {
    std::size_t begin = 0;
    std::size_t end = 0;
    [[nodiscard]] std::size_t size() const { return end - begin; }
};

// Where a release was found on disk. One document may have several locations (the same release saved twice).
struct FileLocation final {
    std::string path;
    std::int64_t size = 0;
    std::int64_t mtime = 0;  // seconds since the epoch
    std::string byteHash;    // hash of the bytes as read, before decoding
};

// A release after decoding, normalisation, boilerplate removal and structure parsing.
struct Document final {
    std::int64_t id = 0;
    std::string title;
    std::string subtitle;        // deck, when the release has one
    std::string datelinePlace;   // "Karachi" in "Karachi, 24 October 2018."
    std::optional<DateValue> publicationDate;
    std::string publicationDateSource;    // what gave it: "date line", "published label", "file name", ...
    std::string publicationDateEvidence;  // every source's date when they disagree, else empty
    std::string body;            // clean text: what is indexed and what extraction reads
    std::string letterhead;      // repeated header lines (letterhead, contact block): read by extraction only
    std::string raw;             // decoded, normalised text including boilerplate (the viewer's "raw" mode)
    std::string encoding;        // charset the bytes were decoded from
    std::string contentHash;     // identity: hash of title + body
    std::uint64_t simhash = 0;   // for near-duplicate detection
    FileLocation location;       // the file it was read from
};

enum class EntityType { Person, Agency, Location };

[[nodiscard]] const char* toString(EntityType type);
// The type toString() names ("person", "agency", "location"); nullopt for anything else.
[[nodiscard]] std::optional<EntityType> entityTypeFromString(std::string_view name);

// One occurrence of an entity in a document's clean text, with the recogniser that produced it and how sure it
// was (provenance).
struct Mention final {
    Span span;
    std::string text;
    std::string rule;    // the recogniser: "person.title", "tagger", "agency.gazetteer", ...
    float score = 1.0f;  // 0..1
};

struct Entity final {
    EntityType type = EntityType::Person;
    std::string name;          // canonical name within the document
    std::string key;           // canonical key linking the entity across documents
    std::string acronym;       // agencies only
    std::string role;          // people only
    std::string affiliation;   // people only
    std::vector<std::string> aliases;
    std::vector<Mention> mentions;
};

enum class DateRole { Publication, Event, Other };
[[nodiscard]] const char* toString(DateRole role);

struct DateMention final {
    DateValue value;
    DateRole role = DateRole::Other;
    Mention mention;
};

enum class MeetingKind { Meeting, Training, Workshop, Conference, PressConference, Announcement, Other };
[[nodiscard]] const char* toString(MeetingKind kind);
[[nodiscard]] std::optional<MeetingKind> meetingKindFromString(std::string_view text);

struct Meeting final {
    MeetingKind kind = MeetingKind::Meeting;
    std::optional<DateValue> date;
    std::string location;
    std::vector<std::string> agencies;  // canonical names
    std::vector<std::string> people;    // canonical names
    Mention trigger;                    // the words that reported the event
};

// Everything extraction found in one document.
struct Extraction final {
    std::vector<Entity> entities;
    std::vector<DateMention> dates;
    std::vector<Meeting> meetings;
    // Acronyms the document uses without defining them and that no gazetteer knows ("PNCB"): the archive links
    // them to the agency another release defines them for.
    std::vector<Mention> unresolvedAcronyms;
};

}  // namespace bulletin
