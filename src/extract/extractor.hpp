#pragma once
// Extraction of people, agencies, locations, dates and meetings from one document. Thread-safe: one Extractor
// can serve every ingest worker. Mention offsets are into extractionText(doc).

#include <functional>
#include <string>

#include "core/document.hpp"
#include "gazetteer.hpp"

namespace bulletin::extract {

// The text extraction reads: the headline, a blank line, then the clean body.
[[nodiscard]] std::string extractionText(const Document& doc);

class Extractor final {
public:
    explicit Extractor(const Gazetteer& gazetteer = Gazetteer::shared());
    [[nodiscard]] Extraction extract(const Document& doc) const;

private:
    const Gazetteer& gazetteer_;
};

// The extraction the ingest workers run: one shared Extractor over the default gazetteer.
[[nodiscard]] std::function<Extraction(const Document&)> defaultAnalyzer();

// Key that links an entity across documents: type-independent folded name (case and diacritics removed).
[[nodiscard]] std::string canonicalKey(std::string_view name);

}  // namespace bulletin::extract
