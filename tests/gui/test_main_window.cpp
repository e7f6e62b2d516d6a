#include <QLineEdit>
#include <algorithm>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include "ingest/ingester.hpp"
#include "main_window.hpp"
#include "support/test_support.hpp"

using namespace bulletin;

namespace {
void ingestSamples(const test::TempDir& dir) {
    test::copySamples(dir / "in");
    store::Archive archive(dir / "a.bulletin");
    std::atomic<bool> cancel{false};
    ingest::Ingester(archive, {}).run({dir / "in"}, cancel);
}

// Waits for the window's next completed search and returns its total (-1: the query did not run).
qint64 waitForSearch(QSignalSpy& spy) {
    REQUIRE((spy.count() > 0 || spy.wait(5000)));
    const auto total = spy.takeLast().at(0).toLongLong();
    spy.clear();
    return total;
}
}  // namespace

TEST_CASE("typing a query shows matching rows", "[gui]") {
    test::TempDir dir;
    ingestSamples(dir);
    app::MainWindow window;
    window.setProperty("quietDialogs", true);
    QSignalSpy searched(&window, &app::MainWindow::searchCompleted);
    REQUIRE(window.openArchive(QString::fromStdString((dir / "a.bulletin").string())));
    window.show();
    CHECK(waitForSearch(searched) == 5);
    CHECK(window.resultsModel()->rowCount() == 5);

    auto* edit = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    REQUIRE(edit);
    QTest::keyClicks(edit, QStringLiteral("Kapinos"));
    CHECK(waitForSearch(searched) == 1);
    REQUIRE(window.resultsModel()->rowCount() == 1);
    CHECK(window.resultsModel()->data(window.resultsModel()->index(0, 0), Qt::DisplayRole).toString() ==
          QStringLiteral("Director General of NCTC Meets with UNODC Regional Representative"));

    // The document pane shows the selected release with the search term highlighted.
    QSignalSpy shown(&window, &app::MainWindow::documentShown);
    REQUIRE((shown.count() > 0 || shown.wait(5000)));
    auto* view = window.findChild<QTextBrowser*>(QStringLiteral("documentView"));
    REQUIRE(view);
    CHECK(view->toPlainText().contains(QStringLiteral("Brigadier General Zakariyya Mansoor")));
    CHECK(view->toHtml().contains(QStringLiteral("#ffe066")));

    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("nosuchword"));
    CHECK(waitForSearch(searched) == 0);
    CHECK(window.resultsModel()->rowCount() == 0);
}

TEST_CASE("adding a folder ingests off the GUI thread and refreshes the list", "[gui]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    app::MainWindow window;
    window.setProperty("quietDialogs", true);
    QSignalSpy searched(&window, &app::MainWindow::searchCompleted);
    REQUIRE(window.openArchive(QString::fromStdString((dir / "new.bulletin").string())));
    CHECK(waitForSearch(searched) == 0);
    QSignalSpy finished(&window, &app::MainWindow::ingestFinished);
    window.addFolders({QString::fromStdString((dir / "in").string())});
    REQUIRE(finished.wait(20000));
    CHECK(finished.at(0).at(0).toBool());
    CHECK(waitForSearch(searched) == 5);
}

TEST_CASE("exporting the current list writes the same rows as shown", "[gui]") {
    test::TempDir dir;
    ingestSamples(dir);
    app::MainWindow window;
    QSignalSpy searched(&window, &app::MainWindow::searchCompleted);
    REQUIRE(window.openArchive(QString::fromStdString((dir / "a.bulletin").string())));
    waitForSearch(searched);
    auto* edit = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QTest::keyClicks(edit, QStringLiteral("UNODC"));
    CHECK(waitForSearch(searched) == 4);
    const auto file = QString::fromStdString((dir / "gui.csv").string());
    REQUIRE(window.exportCurrentList(file, true));
    const std::string csv = test::readFile(file.toStdString());
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 5);  // header + 4 rows
}
