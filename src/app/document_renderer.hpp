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

// `raw` shows the text as it was on disk, web chrome included.
[[nodiscard]] QString renderDocumentHtml(const LoadedDocument& doc, const QStringList& highlightTerms, bool raw);

// The entity a link of the rendered document names ("entity:TYPE:NAME"), or nullopt for another link.
struct LinkedEntity final {
    EntityType type;
    QString name;
};
[[nodiscard]] std::optional<LinkedEntity> linkedEntity(const QUrl& url);

// Escapes text for HTML and wraps every case-insensitive whole-word occurrence of the terms in a highlight span.
[[nodiscard]] QString highlightHtml(const QString& text, const QStringList& terms);

}  // namespace bulletin::app
