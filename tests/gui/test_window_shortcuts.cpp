#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>

#include "support/test_support.hpp"
#include "window_shortcuts.hpp"

using namespace bulletin;

namespace {
// QLineEdit as it behaves on X11, where Ctrl+E is "move to the end of the line": it claims the key before the
// window's shortcuts see it (the offscreen platform's key bindings lack it, so the test makes it explicit).
class X11LineEdit final : public QLineEdit {
public:
    using QLineEdit::QLineEdit;

protected:
    bool event(QEvent* e) override {
        if (e->type() == QEvent::ShortcutOverride &&
            static_cast<QKeyEvent*>(e)->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_E)) {
            e->accept();
            return true;
        }
        return QLineEdit::event(e);
    }
};
}  // namespace

TEST_CASE("a window's shortcuts work from a text field, whose editing keys stay its own", "[gui][shortcuts]") {
    QMainWindow window;
    auto* menu = window.menuBar()->addMenu(QStringLiteral("&File"));
    auto* exportAction = menu->addAction(QStringLiteral("Export"));
    exportAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    auto* undoAction = menu->addAction(QStringLiteral("Undo Correction"));
    undoAction->setShortcut(QKeySequence::Undo);
    auto* field = new X11LineEdit(&window);
    window.setCentralWidget(field);
    (new app::WindowShortcutsFirst(&window))->installOn(field);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    field->setFocus();
    QSignalSpy exported(exportAction, &QAction::triggered);
    QSignalSpy undone(undoAction, &QAction::triggered);

    QTest::keyClicks(field, QStringLiteral("karachi"));
    QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
    CHECK(exported.count() == 1);  // the window's, though QLineEdit also binds Ctrl+E
    // Undo in the field undoes typing, not the window's action; plain keys type.
    QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier);
    CHECK(undone.count() == 0);
    CHECK(field->text().isEmpty());
    QTest::keyClick(field, Qt::Key_E);
    CHECK(field->text() == QStringLiteral("e"));
    CHECK(exported.count() == 1);
}
