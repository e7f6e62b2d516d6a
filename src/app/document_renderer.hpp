#pragma once
// Turns a stored document into the HTML the document pane shows, with search terms highlighted.

#include <QColor>
#include <QPalette>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

#include "archive_worker.hpp"

namespace bulletin::app {

// The colours of highlights, chosen for the palette: pastel backgrounds under black text on a light scheme, deep
// ones under the palette's own light text on a dark scheme (pastel boxes with black text glared there, and the
// gaps between adjacent names showed as black boxes).
struct HighlightColours final {
    QColor person, agency, place;
    QColor hit;    // search hits (document_hits.cpp finds them by it)
    QColor focus;  // the sentence a date or meeting was found in
    QColor text;   // the text drawn over any of them
};
[[nodiscard]] HighlightColours highlightColours(const QPalette& palette);
// ... for the application's palette now.
[[nodiscard]] HighlightColours currentHighlightColours();

// Where a date or meeting was found in a release ("title\n\nbody" byte offsets): the sentence around it is marked
// and carries the anchor kFocusAnchor, to scroll to.
struct DocumentFocus final {
    std::size_t start = 0, end = 0;
};
inline constexpr const char* kFocusAnchor = "bulletin-focus";

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
