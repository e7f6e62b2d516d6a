// Opening archives: upgrades off the GUI thread, refusals at once.

#include <QChart>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <algorithm>

#include "cooccurrence_map.hpp"
#include "entity_page.hpp"
#include "gui_support.hpp"
#include "main_window.hpp"
#include "store/sqlite/schema.hpp"
#include "store/sqlite/sqlite_archive.hpp"
#include "support/csv_reader.hpp"
#include "timeline_view.hpp"

using namespace bulletin;
using test::ingestSamples;
using test::OpenWindow;
using test::waitForSearch;

TEST_CASE("an archive of an older format is upgraded off the GUI thread, then searched", "[gui][upgrade]") {
    test::TempDir dir;
    ingestSamples(dir);
    const auto file = dir / "a.bulletin";
    const int older = store::currentSchemaVersion() - 1;
    {
        store::Archive archive(file);
        store::sqliteDatabase(archive).exec("PRAGMA user_version = " + std::to_string(older));
    }
    app::MainWindow window;
    window.setProperty("quietDialogs", true);
    QSignalSpy opened(&window, &app::MainWindow::archiveOpened);
    QSignalSpy searched(&window, &app::MainWindow::searchCompleted);
    REQUIRE(window.openArchive(QString::fromStdString(file.string())));
    CHECK(opened.count() == 0);  // openArchive returned without waiting for the upgrade
    REQUIRE(opened.wait(20000));
    CHECK(opened.at(0).at(0).toBool());
    CHECK(waitForSearch(searched) == 5);
    CHECK_FALSE(store::probeArchive(file).needsUpgrade);
    CHECK(std::filesystem::exists(dir / ("a.bulletin.v" + std::to_string(older) + ".bak")));
}

TEST_CASE("a file that is not an archive is refused at once with the reason", "[gui][upgrade]") {
    test::TempDir dir;
    test::writeFile(dir / "notes.bulletin", std::string(5000, 'x'));
    app::MainWindow window;
    window.setProperty("quietDialogs", true);
    CHECK_FALSE(window.openArchive(QString::fromStdString((dir / "notes.bulletin").string())));
    CHECK(window.archivePath().isEmpty());
}
