#include "archive_writer.hpp"

#include "compressed_text.hpp"

namespace bulletin::store {

PreparedDocument ArchiveWriter::prepare(const Document& doc) { return PreparedDocument{compressText(doc.raw)}; }

}  // namespace bulletin::store
