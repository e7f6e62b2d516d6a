#pragma once
// Turns a stored document into the HTML the document pane shows, with search terms highlighted.

#include <QColor>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

#include "archive_worker.hpp"

namespace bulletin::app {

// The background of search hits (document_hits.cpp finds them by it).
inline const QColor kHitColor{0xff, 0xe0, 0x66};

// Where a date or meeting was found in a release ("title\n\nbody" byte offsets): the sentence around it is marked
// and carries the anchor kFocusAnchor, to scroll to.
struct DocumentFocus final {
    std::size_t start = 0, end = 0;
};
inline constexpr const char* kFocusAnchor = "bulletin-focus";
// The background of the marked sentence (found by it in tests).
inline const QColor kFocusColor{0xe4, 0xe0, 0xfa};

// `raw` shows the text as it was on disk, web chrome included.
[[nodiscard]] QString renderDocumentHtml(const LoadedDocument& doc, const QStringList& highlightTerms, bool raw,
                                         std::optional<DocumentFocus> focus = std::nullopt);

// The entity a link of the rendered document names ("entity:TYPE:NAME"), or nullopt for another link.
struct LinkedEntity final {
    EntityType type;
    QString name;
};
[[nodiscard]] std::optional<LinkedEntity> linkedEntity(const QUrl& url);

// Escapes text for HTML and wraps every case-insensitive whole-word occurrence of the terms in a highlight span.
[[nodiscard]] QString highlightHtml(const QString& text, const QStringList& terms);

}  // namespace bulletin::app
