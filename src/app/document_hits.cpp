#include "document_hits.hpp"

#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include "document_renderer.hpp"

namespace bulletin::app {

QVector<QPair<int, int>> hitRanges(const QTextDocument& document) {
    QVector<QPair<int, int>> hits;
    const QColor hitColour = currentHighlightColours().hit;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || fragment.charFormat().background().color() != hitColour) continue;
            const int start = fragment.position(), end = start + fragment.length();
            // Adjacent fragments of one hit (a format change inside it) make one range.
            if (!hits.isEmpty() && hits.back().second == start) hits.back().second = end;
            else hits.append({start, end});
        }
    }
    return hits;
}

int moveToHit(QTextBrowser& view, bool forward) {
    const auto hits = hitRanges(*view.document());
    if (hits.isEmpty()) return 0;
    const QTextCursor current = view.textCursor();
    const int at = forward ? current.selectionEnd() : current.selectionStart();
    int index = -1;
    if (forward) {
        for (int i = 0; i < hits.size() && index < 0; ++i)
            if (hits[i].first >= at) index = i;
        if (index < 0) index = 0;  // past the last: wrap to the first
    } else {
        for (int i = static_cast<int>(hits.size()) - 1; i >= 0 && index < 0; --i)
            if (hits[i].second <= at) index = i;
        if (index < 0) index = static_cast<int>(hits.size()) - 1;
    }
    QTextCursor cursor(view.document());
    cursor.setPosition(hits[index].first);
    cursor.setPosition(hits[index].second, QTextCursor::KeepAnchor);
    view.setTextCursor(cursor);
    view.ensureCursorVisible();
    return index + 1;
}

}  // namespace bulletin::app
