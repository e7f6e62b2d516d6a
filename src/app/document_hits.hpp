#pragma once
// Next/previous search hit in the document pane: the hits are the spans renderDocumentHtml marks, found again in
// the shown document by their format, so the view and the navigation never disagree.

#include <QPair>
#include <QVector>

class QTextBrowser;
class QTextDocument;

namespace bulletin::app {

// [start, end) positions of the marked hits, in document order.
[[nodiscard]] QVector<QPair<int, int>> hitRanges(const QTextDocument& document);

// Selects the next (or previous) hit after (before) the cursor, wrapping around, and scrolls to it. Returns the
// hit's 1-based number, 0 when the document has no hit.
int moveToHit(QTextBrowser& view, bool forward);

}  // namespace bulletin::app
