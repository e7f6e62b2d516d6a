// Preferences: the dialog edits them, QSettings keeps them, the window applies them.

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTextBrowser>

#include "gui_support.hpp"
#include "main_window.hpp"
#include "preferences_dialog.hpp"
#include "support/test_support.hpp"
#include "translations.hpp"

using namespace bulletin;

TEST_CASE("preferences survive QSettings, and the dialog edits and restores them", "[gui][preferences]") {
    test::TempDir dir;
    QSettings settings(QString::fromStdString((dir / "p.ini").string()), QSettings::IniFormat);
    CHECK(app::Preferences::load(settings) == app::Preferences{});
    app::Preferences p;
    p.searchDelayMs = 300;
    p.listRows = 250;
    p.reopenLastArchive = false;
    p.documentFontPoints = 14;
    p.theme = app::Preferences::Theme::Dark;
    p.save(settings);
    CHECK(app::Preferences::load(settings) == p);
    settings.setValue(QStringLiteral("preferences/listRows"), -5);  // hand-edited nonsense is clamped
    CHECK(app::Preferences::load(settings).listRows == 100);

    app::PreferencesDialog dialog(p);
    CHECK(dialog.preferences() == p);
    dialog.findChild<QSpinBox*>(QStringLiteral("searchDelaySpin"))->setValue(0);
    CHECK(dialog.preferences().searchDelayMs == 0);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::RestoreDefaults)->click();
    CHECK(dialog.preferences() == app::Preferences{});
}

TEST_CASE("the window applies preferences: list rows, text size, colours", "[gui][preferences]") {
    test::TempDir dir;
    test::ingestSamples(dir);
    app::MainWindow window;
    window.setProperty("quietDialogs", true);
    QSignalSpy listed(&window, &app::MainWindow::listCompleted);
    REQUIRE(window.openArchive(QString::fromStdString((dir / "a.bulletin").string())));
    app::Preferences p;
    p.listRows = 100;
    p.documentFontPoints = 17;
    window.applyPreferences(p);
    window.showList(exporting::ListKind::Cooccurrence);  // 129 pairs in the samples
    REQUIRE(listed.wait(30000));
    CHECK(listed.takeLast().at(0).toLongLong() == 100);
    CHECK(window.listModel()->rowCount() == 100);
    CHECK(window.findChild<QTextBrowser*>(QStringLiteral("documentView"))->font().pointSize() == 17);

    const QPalette system = QApplication::palette();
    p.theme = app::Preferences::Theme::Dark;
    window.applyPreferences(p);
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 80);
    CHECK(QApplication::palette().color(QPalette::Text).lightness() > 200);
    p.theme = app::Preferences::Theme::System;
    window.applyPreferences(p);
    CHECK(QApplication::palette().color(QPalette::Window) == system.color(QPalette::Window));
}

TEST_CASE("the German translation is compiled in and translates the window", "[gui][translations]") {
    {
        const auto translators = app::installTranslations(QLocale(QLocale::German, QLocale::Germany));
        REQUIRE_FALSE(translators.empty());
        app::MainWindow window;
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
        REQUIRE(navigation);
        CHECK(navigation->item(0)->text() == QStringLiteral("Dokumente"));
        CHECK(navigation->item(5)->text() == QStringLiteral("Daten / Zeitleiste"));
        CHECK(window.findChild<QMenu*>(QStringLiteral("menuFile"))->title() == QStringLiteral("&Datei"));
    }
    // Once the translators are gone, new windows are English again.
    app::MainWindow english;
    CHECK(english.findChild<QListWidget*>(QStringLiteral("navigationList"))->item(0)->text() ==
          QStringLiteral("Documents"));
    CHECK(app::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)).size() <= 1);  // at most Qt's own
}
