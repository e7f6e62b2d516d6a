#pragma once
// Turns a stored document into the HTML the document pane shows, with search terms highlighted.

#include <QString>
#include <QStringList>

#include "archive_worker.hpp"

namespace bulletin::app {

// `raw` shows the text as it was on disk, web chrome included.
[[nodiscard]] QString renderDocumentHtml(const LoadedDocument& doc, const QStringList& highlightTerms, bool raw);

// Escapes text for HTML and wraps every case-insensitive whole-word occurrence of the terms in a highlight span.
[[nodiscard]] QString highlightHtml(const QString& text, const QStringList& terms);

}  // namespace bulletin::app
