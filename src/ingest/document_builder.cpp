#include "document_builder.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>

#include "core/text.hpp"
#include "own_text.hpp"
#include "simhash.hpp"
#include "structure.hpp"

namespace bulletin::ingest {

std::variant<std::string, BuildFailure> readFileBytes(const std::string& path, std::int64_t maxBytes) {
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const int err = errno;
        if (err == ENOENT) return BuildFailure{"read", "file vanished before it could be read"};
        return BuildFailure{"read", std::string("cannot open: ") + (err ? std::strerror(err) : "unknown error")};
    }
    std::string bytes;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (static_cast<std::int64_t>(bytes.size()) > maxBytes)
            return BuildFailure{"read", "file grew past the size limit of " + std::to_string(maxBytes) + " bytes"};
    }
    if (in.bad()) return BuildFailure{"read", "read error"};
    return bytes;
}

std::variant<Document, BuildFailure> buildDocumentFromBytes(std::string_view bytes, const FileLocation& location,
                                                            const BoilerplateModel& boilerplate) {
    auto decoded = decode(bytes);
    if (auto* failure = std::get_if<DecodeFailure>(&decoded)) return BuildFailure{"decode", failure->message};
    auto& d = std::get<Decoded>(decoded);
    Structure s = parseStructure(d.text, boilerplate);
    if (s.body.empty() && s.title == "(untitled)") return BuildFailure{"parse", "no text after removing page chrome"};
    if (!hasOwnText(s))
        return BuildFailure{"parse", "no text of its own: only a headline and page furniture (tags, links, a form) "
                                     "remain after removing page chrome"};
    Document doc;
    doc.title = std::move(s.title);
    doc.subtitle = std::move(s.subtitle);
    doc.letterhead = std::move(s.letterhead);
    doc.datelinePlace = std::move(s.datelinePlace);
    // The file or folder name is the weakest evidence of the date, after everything the text itself says.
    auto evidence = s.dateEvidence;
    if (auto named = dateInPath(location.path)) evidence.push_back({*named, DateSource::FileName});
    const auto publication = choosePublicationDate(evidence);
    doc.publicationDate = publication.value;
    doc.publicationDateSource = publication.source;
    doc.publicationDateEvidence = publication.evidence;
    doc.body = std::move(s.body);
    doc.raw = std::move(d.text);
    doc.encoding = std::move(d.encoding);
    doc.contentHash = text::contentHash(doc.title + "\n" + doc.body);
    doc.simhash = simhash(doc.body);
    doc.location = location;
    doc.location.byteHash = text::contentHash(bytes);
    return doc;
}

std::variant<Document, BuildFailure> buildDocument(const DiscoveredFile& file, const BoilerplateModel& boilerplate,
                                                   std::int64_t maxBytes) {
    auto bytes = readFileBytes(file.path, maxBytes);
    if (auto* failure = std::get_if<BuildFailure>(&bytes)) return *failure;
    return buildDocumentFromBytes(std::get<std::string>(bytes), FileLocation{file.path, file.size, file.mtime, {}},
                                  boilerplate);
}

}  // namespace bulletin::ingest
