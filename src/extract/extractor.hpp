#pragma once
// Extraction of people, agencies, locations, dates and meetings from one document. Thread-safe: one Extractor
// can serve every ingest worker. Mention offsets are into extractionText(doc).

#include <functional>
#include <memory>
#include <string>

#include "core/document.hpp"
#include "gazetteer.hpp"
#include "name_tagger.hpp"

namespace bulletin::extract {

// The text extraction reads: the headline, a blank line, then the clean body.
[[nodiscard]] std::string extractionText(const Document& doc);

// Which recognisers propose people, agencies and places. The tagger always reads the rules' proposals as features;
// Tagger keeps only its own candidates, Rules runs without it (also when no model is installed).
enum class Recognisers { Both, Rules, Tagger };

class Extractor final {
public:
    explicit Extractor(const Gazetteer& gazetteer = Gazetteer::shared(), Recognisers recognisers = Recognisers::Both,
                       const NameTagger* tagger = NameTagger::shared());
    [[nodiscard]] Extraction extract(const Document& doc) const;

private:
    const Gazetteer& gazetteer_;
    Recognisers recognisers_;
    const NameTagger* tagger_;
};

// What the tagger sees of a document (for training it): the text extraction reads, where its headline ends, its
// tokens and the rules' proposals as tags. Not movable: the tokens point into the text.
struct RuleView final {
    std::string text;
    std::size_t bodyOffset = 0;
    TokenizedText tokens;
    std::vector<Tag> hints;
};
[[nodiscard]] std::unique_ptr<RuleView> ruleView(const Document& doc, const Gazetteer& gazetteer);

// The extraction the ingest workers run: one shared Extractor over the default gazetteer.
[[nodiscard]] std::function<Extraction(const Document&)> defaultAnalyzer();

// Key that links an entity across documents: type-independent folded name (case and diacritics removed).
[[nodiscard]] std::string canonicalKey(std::string_view name);

}  // namespace bulletin::extract
