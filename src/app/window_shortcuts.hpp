#pragma once
// Window-level shortcuts that work from any focus. A text field claims some keys for itself before the window's
// shortcuts see them (Ctrl+E moves to the end of the line on X11), so Ctrl+E did nothing from the search field.
// Installed on a field, this lets the window's action have every key sequence it is bound to, except the editing
// keys the field needs (undo, copy, paste, select all...).

#include <QObject>

class QWidget;

namespace bulletin::app {

class WindowShortcutsFirst final : public QObject {
    Q_OBJECT
public:
    // `window` holds the actions (menus included); install the filter on the fields with installOn().
    explicit WindowShortcutsFirst(QWidget* window);
    void installOn(QWidget* field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* window_;
};

}  // namespace bulletin::app
