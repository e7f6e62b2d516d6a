// The GUI on a team archive on a PostgreSQL server (run by ctest with the throwaway server, tag [pg]): the server
// dialog builds a location, tests it in words and round-trips recent servers; the window opens the server's archive,
// searches it, and the corrections history says who made each correction.

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include "../pg/pg_support.hpp"
#include "corrections_history_dialog.hpp"
#include "gui_support.hpp"
#include "main_window.hpp"
#include "server_dialog.hpp"
#include "store/corrections.hpp"
#include "store/server.hpp"

using namespace bulletin;

TEST_CASE("a team archive on a server: the server dialog, the window searching it, who made each correction",
          "[gui][pg]") {
    test::TempDir dir;
    test::TestDatabase db;
    const auto location = "postgresql:" + db.conninfo();
    CHECK(store::initServer(store::Location::parse(location)).schemaVersion > 0);
    test::copySamples(dir / "in");
    {
        store::Archive server(store::Location::parse(location));
        std::atomic<bool> cancel{false};
        ingest::Ingester(server, {}, extract::defaultAnalyzer()).run({dir / "in"}, cancel);
        server.corrections().hide(EntityType::Agency, "Anti Narcotics Force");
    }

    // The dialog: fields to a location and back, a test in words.
    app::ServerDialog dialog({QString::fromStdString(location)});
    dialog.setLocation(QString::fromStdString(location));
    // (The later of two dbname= keys is the one libpq takes, and the dialog's.)
    CHECK(
        dialog.findChild<QLineEdit*>(QStringLiteral("database"))->text().startsWith(QStringLiteral("bulletin_test_")));
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("user"))->text() == QStringLiteral("postgres"));
    CHECK(dialog.location().startsWith(QStringLiteral("postgresql:host=")));
    CHECK(dialog.test());
    CHECK(dialog.testReport().contains(QStringLiteral("ready to open")));
    dialog.findChild<QLineEdit*>(QStringLiteral("database"))->setText(QStringLiteral("no_such_database"));
    CHECK_FALSE(dialog.test());
    CHECK(dialog.testReport().startsWith(QStringLiteral("Cannot use this server")));

    // The window on the server's archive.
    app::MainWindow window;
    window.setProperty("quietDialogs", true);
    QSignalSpy searched(&window, &app::MainWindow::searchCompleted);
    REQUIRE(window.openArchive(QString::fromStdString(location)));
    CHECK(test::waitForSearch(searched) == 5);
    window.findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(QStringLiteral("UNODC"));
    CHECK(test::waitForSearch(searched) == 4);

    app::CorrectionsHistoryDialog history(QString::fromStdString(location));
    QSignalSpy loaded(&history, &app::CorrectionsHistoryDialog::loaded);
    history.show();
    REQUIRE((loaded.count() > 0 || loaded.wait(10000)));
    auto* table = history.findChild<QTableWidget*>(QStringLiteral("correctionsTable"));
    REQUIRE(table->rowCount() == 1);
    CHECK_FALSE(table->isColumnHidden(4));
    CHECK(table->item(0, 4)->text() == QStringLiteral("postgres"));

    // A colleague's ingest: the server's notice brings it to the open window (the periodic check stopped, so the
    // notice is the only way it can arrive).
    window.findChild<QTimer*>(QStringLiteral("changeCheck"))->stop();
    window.findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(QStringLiteral("Harwick"));
    CHECK(test::waitForSearch(searched) == 0);
    test::writeFile(
        dir / "more" / "harwick.txt",
        "Harwick council meets\n\nHarwick, 3 March 2021. The Harwick council met the Punjab Police today.\n");
    {
        store::Archive colleague(store::Location::parse(location));
        std::atomic<bool> cancel{false};
        // (Checked, so that a failure below is the notice's and not an ingest that stored nothing.)
        REQUIRE(ingest::Ingester(colleague, {}, extract::defaultAnalyzer()).run({dir / "more"}, cancel).progress.added ==
                1);
    }
    CHECK(test::waitForTotal(searched, 1, 30000) == 1);
}
