#include "window_shortcuts.hpp"

#include <QAction>
#include <QKeyEvent>
#include <QKeySequence>
#include <QWidget>

namespace bulletin::app {

namespace {
// What a text field does with these keys is what the analyst means there.
bool isEditingKey(QKeyEvent* key) {
    for (const auto standard : {QKeySequence::Undo, QKeySequence::Redo, QKeySequence::Copy, QKeySequence::Cut,
                                QKeySequence::Paste, QKeySequence::SelectAll, QKeySequence::Delete,
                                QKeySequence::DeleteStartOfWord, QKeySequence::DeleteEndOfWord,
                                QKeySequence::MoveToNextWord, QKeySequence::MoveToPreviousWord,
                                QKeySequence::SelectNextWord, QKeySequence::SelectPreviousWord})
        if (key->matches(standard)) return true;
    const auto modifiers = key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    return modifiers == Qt::NoModifier;  // typing, and keys alone (Home, End, arrows)
}
}  // namespace

WindowShortcutsFirst::WindowShortcutsFirst(QWidget* window) : QObject(window), window_(window) {}

void WindowShortcutsFirst::installOn(QWidget* field) { field->installEventFilter(this); }

bool WindowShortcutsFirst::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ShortcutOverride) return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (isEditingKey(key)) return false;
    const QKeySequence pressed(key->keyCombination());
    for (const QAction* action : window_->findChildren<QAction*>()) {
        if (!action->isEnabled()) continue;
        for (const auto& shortcut : action->shortcuts()) {
            if (shortcut.matches(pressed) == QKeySequence::ExactMatch) {
                event->ignore();  // not the field's: the window's shortcut runs
                return true;
            }
        }
    }
    return false;
}

}  // namespace bulletin::app
