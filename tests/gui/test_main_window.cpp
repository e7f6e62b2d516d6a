#include <QChart>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>

#include "cooccurrence_map.hpp"
#include "correction_dialogs.hpp"
#include "corrections_history_dialog.hpp"
#include "document_hits.hpp"
#include "document_renderer.hpp"
#include "entity_page.hpp"
#include "export_dialog.hpp"
#include "extract/extractor.hpp"
#include "gui_support.hpp"
#include "ingest/ingester.hpp"
#include "main_window.hpp"
#include "preferences_dialog.hpp"
#include "query_completer.hpp"
#include "store/sqlite/schema.hpp"
#include "support/csv_reader.hpp"
#include "support/test_support.hpp"
#include "timeline_view.hpp"

using namespace bulletin;

namespace {
// What `bulletin-cli export ARGS` writes for the archive in `dir`, to compare with the GUI's file.
std::string cliExport(const test::TempDir& dir, const std::vector<std::string>& args) {
    std::string command =
        test::shellQuote(BULLETIN_CLI) + " export --archive " + test::shellQuote((dir / "a.bulletin").string());
    for (const auto& a : args) command += " " + test::shellQuote(a);
    const auto out = dir / "cli-export.out";
    const auto r = test::runShell(command + " --out " + test::shellQuote(out.string()), dir / "cli-export.err");
    INFO(r.err);
    REQUIRE(r.exit == 0);
    return test::readFile(out);
}
}  // namespace

using test::ingestSamples;
using test::OpenWindow;
using test::waitForSearch;
using test::waitForTotal;

TEST_CASE("typing a query shows matching rows", "[gui]") {
    test::TempDir dir;
    ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    auto& searched = open.searched;
    CHECK(open.firstTotal == 5);
    CHECK(window.resultsModel()->rowCount() == 5);

    auto* edit = open.searchEdit();
    REQUIRE(edit);
    QTest::keyClicks(edit, QStringLiteral("Kapinos"));
    CHECK(waitForSearch(searched) == 1);
    REQUIRE(window.resultsModel()->rowCount() == 1);
    CHECK(window.resultsModel()->data(window.resultsModel()->index(0, 0), Qt::DisplayRole).toString() ==
          QStringLiteral("Director General of NCTC Meets with UNODC Regional Representative"));

    // The document pane shows the selected release with the search term highlighted (once the release of the
    // first, unfiltered list has been replaced).
    auto* view = window.findChild<QTextBrowser*>(QStringLiteral("documentView"));
    REQUIRE(view);
    for (int i = 0; i < 50 && !view->toPlainText().contains(QStringLiteral("Kapinos")); ++i) QTest::qWait(100);
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
    CHECK(waitForTotal(searched, 5) == 5);
}

TEST_CASE("an empty archive's reading pane says what to do first, and its sample link adds releases", "[gui][start]") {
    test::TempDir dir;
    app::MainWindow window;
    window.setProperty("quietDialogs", true);
    QSignalSpy searched(&window, &app::MainWindow::searchCompleted);
    REQUIRE(window.openArchive(QString::fromStdString((dir / "first.bulletin").string())));
    CHECK(waitForSearch(searched) == 0);
    auto* view = window.findChild<QTextBrowser*>(QStringLiteral("documentView"));
    REQUIRE(view);
    const QString guide = view->toPlainText();
    CHECK(guide.contains(QStringLiteral("no releases yet")));
    CHECK(guide.contains(QStringLiteral("Add a folder of press releases")));
    CHECK(guide.contains(QStringLiteral("Open or create another archive")));
    REQUIRE(guide.contains(QStringLiteral("Add the sample releases")));  // the source tree's data/samples
    QSignalSpy finished(&window, &app::MainWindow::ingestFinished);
    emit view->anchorClicked(QUrl(QStringLiteral("bulletin-start:add-samples")));
    REQUIRE(finished.wait(20000));
    CHECK(waitForTotal(searched, 5) == 5);
    CHECK_FALSE(view->toPlainText().contains(QStringLiteral("no releases yet")));
    // A query that finds nothing is no empty archive: no guide then.
    window.findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(QStringLiteral("zzzqqqxxx"));
    CHECK(waitForSearch(searched) == 0);
    INFO(view->toPlainText().toStdString());
    CHECK_FALSE(view->toPlainText().contains(QStringLiteral("no releases yet")));
}

TEST_CASE("during an ingest the list follows the commits and keeps the selected release", "[gui][ingest-refresh]") {
    test::TempDir dir;
    ingestSamples(dir);
    for (int i = 0; i < 600; ++i)  // enough for the ingest to report progress many times (every 50 ms)
        test::writeFile(dir / "more" / ("r" + std::to_string(i) + ".txt"),
                        "Release " + std::to_string(i) + "\n\nThe council of district " + std::to_string(i * 7919) +
                            " met today in Harwick to discuss its water budget for the coming year.\n");
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    window.setIngestRefreshInterval(0);
    auto* view = window.findChild<QTableView*>(QStringLiteral("resultsView"));
    REQUIRE(view);
    // The second newest release: the new ones are undated and go last, so it stays on the first page of rows.
    view->selectRow(1);
    const QString chosen = view->model()->index(1, 0).data().toString();
    QSignalSpy shown(&window, &app::MainWindow::resultsShown);
    QSignalSpy finished(&window, &app::MainWindow::ingestFinished);
    window.addFolders({QString::fromStdString((dir / "more").string())});
    REQUIRE(finished.wait(30000));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return window.findChild<QLabel*>(QStringLiteral("resultLabel"))->text().startsWith(QStringLiteral("605"));
        },
        30000));
    CHECK(shown.count() >= 2);  // refreshed while the ingest ran, and once more at its end
    const int row = view->currentIndex().row();
    REQUIRE(row >= 0);
    CHECK(view->model()->index(row, 0).data().toString() == chosen);  // the same release, wherever it now stands
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
    REQUIRE(window.exportCurrentList(file, {}, true));
    const std::string csv = test::readFile(file.toStdString());
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 5);  // header + 4 rows
    // The command line writes the same bytes for the same list.
    CHECK(cliExport(dir, {"--query", "UNODC"}) == csv);
}

TEST_CASE("the document view highlights entities, and clicking one filters the list", "[gui]") {
    test::TempDir dir;
    ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    auto& searched = open.searched;
    auto* edit = open.searchEdit();
    QTest::keyClicks(edit, QStringLiteral("Kapinos"));
    CHECK(waitForSearch(searched) == 1);
    auto* view = window.findChild<QTextBrowser*>(QStringLiteral("documentView"));
    REQUIRE(view);
    // The release of the first (unfiltered) list may still be on show: wait for the one that matched.
    for (int i = 0; i < 50 && !view->toPlainText().contains(QStringLiteral("Kapinos")); ++i) QTest::qWait(100);
    const QString html = view->toHtml();
    CHECK(html.contains(QStringLiteral("entity:person:Sergey%20Kapinos")));
    CHECK(html.contains(QStringLiteral("entity:agency:")));
    CHECK(html.contains(QStringLiteral("entity:location:Maldives")));
    // Clicking the agency adds it as a filter: the list narrows to releases mentioning it.
    emit view->anchorClicked(QUrl(QStringLiteral("entity:agency:National%20Crime%20Agency")));
    CHECK(edit->text() == QStringLiteral("Kapinos agency:\"National Crime Agency\""));
    CHECK(waitForSearch(searched) == 0);
    edit->setText(QStringLiteral("agency:\"National Crime Agency\""));
    CHECK(waitForSearch(searched) == 1);
}

TEST_CASE("a watched folder ingests new releases as they appear", "[gui][watch]") {
    test::TempDir dir;
    test::copySamples(dir / "in");
    app::MainWindow window;
    window.setProperty("quietDialogs", true);
    QSignalSpy searched(&window, &app::MainWindow::searchCompleted);
    QSignalSpy finished(&window, &app::MainWindow::ingestFinished);
    REQUIRE(window.openArchive(QString::fromStdString((dir / "w.bulletin").string())));
    waitForSearch(searched);
    window.watchFolders({QString::fromStdString((dir / "in").string())});
    REQUIRE((finished.count() > 0 || finished.wait(20000)));
    CHECK(waitForTotal(searched, 5) == 5);
    finished.clear();
    test::writeFile(dir / "in" / "late.txt", "A late release\n\nOfficials met in Peshawar on 3 May 2021.");
    REQUIRE(finished.wait(20000));
    CHECK(waitForTotal(searched, 6) == 6);
    window.watchFolders({});
}

TEST_CASE("lists of agencies follow the query, a facet or a double-click narrows the documents", "[gui][lists]") {
    test::TempDir dir;
    ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    auto& searched = open.searched;
    QSignalSpy listed(&window, &app::MainWindow::listCompleted);
    window.showList(exporting::ListKind::Agencies);
    REQUIRE((listed.count() > 0 || listed.wait(30000)));
    auto* model = window.listModel();
    REQUIRE(model->rowCount() > 20);
    CHECK(model->data(model->index(0, 0), Qt::DisplayRole).toString() ==
          QStringLiteral("United Nations Office on Drugs and Crime"));
    listed.clear();
    auto* edit = open.searchEdit();
    QTest::keyClicks(edit, QStringLiteral("Naqvi"));
    REQUIRE(listed.wait(30000));
    CHECK(model->rowCount() == 6);  // the agencies of the one release that names Naqvi
    // A double-click on an agency goes back to the documents that mention it.
    const QModelIndex nca =
        model->match(model->index(0, 0), Qt::DisplayRole, QStringLiteral("National Crime Agency")).value(0);
    REQUIRE(nca.isValid());
    auto* view = window.findChild<QTableView*>(QStringLiteral("resultsView"));
    emit view->doubleClicked(nca);
    CHECK(edit->text() == QStringLiteral("Naqvi agency:\"National Crime Agency\""));
    CHECK(waitForSearch(searched) == 1);
    // The facet panel shows the result's years; clicking one filters by it.
    auto* facets = window.findChild<QTreeWidget*>(QStringLiteral("facetTree"));
    REQUIRE(facets);
    for (int i = 0; i < 50 && facets->topLevelItemCount() == 0; ++i) QTest::qWait(100);
    CHECK(facets->topLevelItemCount() >= 2);
    edit->clear();
    waitForSearch(searched);
    for (int i = 0; i < 50 && facets->findItems(QStringLiteral("2018"), Qt::MatchRecursive).isEmpty(); ++i)
        QTest::qWait(100);
    const auto years = facets->findItems(QStringLiteral("2018"), Qt::MatchRecursive);
    REQUIRE(years.size() == 1);
    emit facets->itemClicked(years[0], 0);
    CHECK(edit->text() == QStringLiteral("date:2018"));
    CHECK(waitForSearch(searched) == 1);
}

TEST_CASE("every main view renders, PNGs are written when BULLETIN_SCREENSHOT_DIR is set", "[gui][screenshots]") {
    test::TempDir dir;
    ingestSamples(dir);
    app::MainWindow window;
    window.resize(1400, 820);
    QSignalSpy searched(&window, &app::MainWindow::searchCompleted);
    QSignalSpy listed(&window, &app::MainWindow::listCompleted);
    REQUIRE(window.openArchive(QString::fromStdString((dir / "a.bulletin").string())));
    window.show();
    waitForSearch(searched);
    auto* view = window.findChild<QTextBrowser*>(QStringLiteral("documentView"));
    for (int i = 0; i < 50 && view->toPlainText().isEmpty(); ++i) QTest::qWait(100);
    QTest::qWait(300);  // let the facet panel fill
    const QString out = qEnvironmentVariable("BULLETIN_SCREENSHOT_DIR");
    auto shoot = [&](const QString& name) {
        const QPixmap pixmap = window.grab();
        CHECK_FALSE(pixmap.isNull());
        CHECK(pixmap.width() >= 1000);
        if (!out.isEmpty()) CHECK(pixmap.save(out + QLatin1Char('/') + name + QStringLiteral(".png")));
    };
    shoot(QStringLiteral("documents"));
    const std::pair<exporting::ListKind, const char*> views[] = {
        {exporting::ListKind::Meetings, "meetings"}, {exporting::ListKind::People, "people"},
        {exporting::ListKind::Agencies, "agencies"}, {exporting::ListKind::Locations, "locations"},
        {exporting::ListKind::Dates, "dates"},       {exporting::ListKind::Cooccurrence, "cooccurrence"}};
    for (const auto& [kind, name] : views) {
        listed.clear();
        window.showList(kind);
        REQUIRE((listed.count() > 0 || listed.wait(30000)));
        CHECK(window.listModel()->rowCount() > 0);
        QTest::qWait(200);
        shoot(QString::fromLatin1(name));
    }
    // A filtered query: its filters show as removable chips.
    window.showList(exporting::ListKind::Documents);
    searched.clear();
    window.findChild<QLineEdit*>(QStringLiteral("searchEdit"))
        ->setText(QStringLiteral("agency:UNODC -location:Karachi"));
    waitForSearch(searched);
    QTest::qWait(300);
    CHECK(window.findChildren<QToolButton*>(QStringLiteral("filterChip")).size() == 2);
    shoot(QStringLiteral("filters"));
    // The export dialog over the meetings list.
    app::ExportDialog exportDialog(exporting::ListKind::Meetings, QStringLiteral("Every row of the Meetings list."),
                                   &window);
    exportDialog.show();
    QTest::qWait(100);
    const QPixmap dialogPixmap = exportDialog.grab();
    CHECK_FALSE(dialogPixmap.isNull());
    if (!out.isEmpty()) CHECK(dialogPixmap.save(out + QStringLiteral("/export-dialog.png")));
    // An agency's page.
    window.openEntityPage(EntityType::Agency, QStringLiteral("UNODC"));
    QSignalSpy pageLoaded(window.entityPage(), &app::EntityPage::loaded);
    REQUIRE(pageLoaded.wait(30000));
    window.entityPage()->resize(900, 600);
    QTest::qWait(100);
    const QPixmap pagePixmap = window.entityPage()->grab();
    CHECK_FALSE(pagePixmap.isNull());
    if (!out.isEmpty()) CHECK(pagePixmap.save(out + QStringLiteral("/entity-page.png")));
    window.entityPage()->close();
    // The preferences dialog, and the timeline in the dark colour scheme.
    app::PreferencesDialog preferences(window.preferences(), &window);
    preferences.show();
    QTest::qWait(100);
    const QPixmap preferencesPixmap = preferences.grab();
    CHECK_FALSE(preferencesPixmap.isNull());
    if (!out.isEmpty()) CHECK(preferencesPixmap.save(out + QStringLiteral("/preferences.png")));
    preferences.close();
    auto dark = window.preferences();
    dark.theme = app::Preferences::Theme::Dark;
    window.applyPreferences(dark);
    listed.clear();
    window.findChild<QLineEdit*>(QStringLiteral("searchEdit"))->clear();
    window.showList(exporting::ListKind::Meetings);
    REQUIRE((listed.count() > 0 || listed.wait(30000)));
    QTest::qWait(300);
    shoot(QStringLiteral("meetings-dark"));
    dark.theme = app::Preferences::Theme::System;
    window.applyPreferences(dark);
}

TEST_CASE("confirmed queries go to the history, saved searches to the Search menu", "[gui][memory]") {
    test::TempDir dir;
    ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    QSignalSpy memory(&window, &app::MainWindow::searchMemoryChanged);
    auto* edit = open.searchEdit();
    QTest::keyClicks(edit, QStringLiteral("Kapinos"));
    QTest::keyClick(edit, Qt::Key_Return);
    for (int i = 0; i < 50 && !window.historyForCompletion().contains(QStringLiteral("Kapinos")); ++i)
        QTest::qWait(100);
    CHECK(window.historyForCompletion().contains(QStringLiteral("Kapinos")));
    window.saveCurrentSearch(QStringLiteral("Sergey"));
    auto* menu = window.findChild<QMenu*>(QStringLiteral("menuSavedSearches"));
    REQUIRE(menu);
    for (int i = 0; i < 50 && menu->actions().isEmpty(); ++i) QTest::qWait(100);
    REQUIRE(menu->actions().size() == 2);  // the saved search, and the Watch submenu
    CHECK(menu->actions()[0]->text() == QStringLiteral("Sergey"));
    REQUIRE(menu->actions()[1]->menu());
    CHECK(menu->actions()[1]->menu()->actions().size() == 1);
    edit->clear();
    waitForSearch(open.searched);
    menu->actions()[0]->trigger();
    CHECK(edit->text() == QStringLiteral("Kapinos"));
    CHECK(waitForSearch(open.searched) == 1);
}

namespace {
// The first column of the list shown (names of people, agencies, places).
QStringList firstColumn(app::MainWindow& window) {
    QStringList out;
    for (int row = 0; row < window.listModel()->rowCount(); ++row)
        out << window.listModel()->data(window.listModel()->index(row, 0), Qt::DisplayRole).toString();
    return out;
}
}  // namespace

TEST_CASE("merging two people in the People list", "[gui][corrections]") {
    test::TempDir dir;
    ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    QSignalSpy listed(&window, &app::MainWindow::listCompleted);
    QSignalSpy corrected(&window, &app::MainWindow::correctionApplied);
    window.showList(exporting::ListKind::People);
    REQUIRE((listed.count() > 0 || listed.wait(30000)));
    auto names = [&] { return firstColumn(window); };
    REQUIRE(names().contains(QStringLiteral("Muhammad Tahir Rai")));
    listed.clear();
    window.correctEntity(app::MainWindow::Correction::Merge, QStringLiteral("person"),
                         QStringLiteral("Muhammad Tahir Rai"), QStringLiteral("Jeremy Milsom"));
    REQUIRE(corrected.wait(30000));
    CHECK(corrected.at(0).at(0).toBool());
    REQUIRE((listed.count() > 0 || listed.wait(30000)));
    CHECK_FALSE(names().contains(QStringLiteral("Muhammad Tahir Rai")));
    CHECK(names().contains(QStringLiteral("Jeremy Milsom")));
    corrected.clear();
    window.correctEntity(app::MainWindow::Correction::Hide, QStringLiteral("person"), QStringLiteral("Nobody Atall"));
    REQUIRE(corrected.wait(30000));
    CHECK_FALSE(corrected.at(0).at(0).toBool());
    CHECK(corrected.at(0).at(1).toString().contains(QStringLiteral("no person named")));
}

namespace {
// Answers the next modal message box with the button of this text (or Enter, when empty) and returns what it saw.
struct MessageBoxAnswer final {
    QString text;
    QString defaultButton;
    bool seen = false;
};
std::shared_ptr<MessageBoxAnswer> answerNextMessageBox(const QString& button) {
    auto seen = std::make_shared<MessageBoxAnswer>();
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [seen, button, poll] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(20, *poll);
            return;
        }
        seen->seen = true;
        seen->text = box->text();
        seen->defaultButton = box->defaultButton() ? box->defaultButton()->text() : QString();
        if (button.isEmpty()) {
            QTest::keyClick(box, Qt::Key_Return);
            return;
        }
        for (auto* b : box->buttons())
            if (b->text() == button) b->click();
    };
    QTimer::singleShot(20, *poll);
    return seen;
}
}  // namespace

TEST_CASE("hiding and merging ask first, naming the counts, and Enter answers Cancel", "[gui][corrections]") {
    QWidget parent;
    auto answer = answerNextMessageBox({});
    CHECK_FALSE(app::confirmHide(&parent, QStringLiteral("agency"), QStringLiteral("Central Justice Center"), 12));
    REQUIRE(answer->seen);
    CHECK(answer->text.contains(QStringLiteral("Central Justice Center")));
    CHECK(answer->text.contains(QStringLiteral("12 releases")));
    CHECK(answer->defaultButton == QStringLiteral("Cancel"));
    answer = answerNextMessageBox(QStringLiteral("Merge"));
    CHECK(app::confirmMerge(&parent, QStringLiteral("person"), QStringLiteral("Henry Nicholas"), 1,
                            QStringLiteral("Henry T. Nicholas")));
    CHECK(answer->text.contains(QStringLiteral("1 release")));
    CHECK(answer->defaultButton == QStringLiteral("Cancel"));
}

TEST_CASE("corrections are undone and redone from the Edit menu and reverted from the history", "[gui][corrections]") {
    test::TempDir dir;
    ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    QSignalSpy listed(&window, &app::MainWindow::listCompleted);
    QSignalSpy corrected(&window, &app::MainWindow::correctionApplied);
    window.showList(exporting::ListKind::People);
    REQUIRE((listed.count() > 0 || listed.wait(30000)));
    auto names = [&] { return firstColumn(window); };
    auto settle = [&] {
        REQUIRE(corrected.wait(30000));
        listed.clear();
        REQUIRE(listed.wait(30000));
    };
    // A rename onto a name another person has offers the merge instead.
    auto answer = answerNextMessageBox(QStringLiteral("Merge"));
    window.correctEntity(app::MainWindow::Correction::Rename, QStringLiteral("person"),
                         QStringLiteral("Muhammad Tahir Rai"), QStringLiteral("Jeremy Milsom"));
    settle();
    CHECK(answer->seen);
    CHECK(corrected.at(0).at(1).toString().contains(QStringLiteral("merge person 'Muhammad Tahir Rai'")));
    CHECK_FALSE(names().contains(QStringLiteral("Muhammad Tahir Rai")));
    CHECK(names().count(QStringLiteral("Jeremy Milsom")) == 1);
    // The Edit menu names the step it would undo.
    auto* undoAction = window.findChild<QAction*>(QStringLiteral("actionUndoCorrection"));
    auto* redoAction = window.findChild<QAction*>(QStringLiteral("actionRedoCorrection"));
    REQUIRE(undoAction);
    REQUIRE(redoAction);
    CHECK(undoAction->text().contains(QStringLiteral("merge person")));
    CHECK(redoAction->text() == QStringLiteral("&Redo"));

    // Ctrl+Z from the list, Ctrl+Shift+Z again.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto* results = window.findChild<QTableView*>(QStringLiteral("resultsView"));
    results->setFocus();
    corrected.clear();
    QTest::keyClick(results, Qt::Key_Z, Qt::ControlModifier);
    settle();
    CHECK(corrected.at(0).at(1).toString().startsWith(QStringLiteral("Undone: merge person")));
    CHECK(names().contains(QStringLiteral("Muhammad Tahir Rai")));
    CHECK(redoAction->text().contains(QStringLiteral("merge person")));
    CHECK(undoAction->text() == QStringLiteral("&Undo"));
    corrected.clear();
    QTest::keyClick(results, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    settle();
    CHECK_FALSE(names().contains(QStringLiteral("Muhammad Tahir Rai")));

    // The history shows it; Revert takes it back.
    window.showCorrectionsHistory();
    auto* history = window.findChild<app::CorrectionsHistoryDialog*>();
    REQUIRE(history);
    QSignalSpy loaded(history, &app::CorrectionsHistoryDialog::loaded);
    REQUIRE(loaded.wait(30000));
    auto* table = history->findChild<QTableWidget*>(QStringLiteral("correctionsTable"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 3)->text() == QStringLiteral("in effect"));
    table->selectRow(0);
    corrected.clear();
    history->findChild<QPushButton*>(QStringLiteral("toggleCorrectionButton"))->click();
    settle();
    CHECK(names().contains(QStringLiteral("Muhammad Tahir Rai")));
    REQUIRE((loaded.count() > 1 || loaded.wait(30000)));
    CHECK(table->item(0, 3)->text() == QStringLiteral("undone"));
    // Nothing left to undo: said, not done.
    corrected.clear();
    window.undoCorrection();
    REQUIRE(corrected.wait(30000));
    CHECK_FALSE(corrected.at(0).at(0).toBool());
    CHECK(corrected.at(0).at(1).toString().contains(QStringLiteral("nothing to undo")));
}

TEST_CASE("a meeting or a date opens its release with the sentence that reported it marked", "[gui][lists]") {
    test::TempDir dir;
    ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    QSignalSpy listed(&window, &app::MainWindow::listCompleted);
    QSignalSpy shown(&window, &app::MainWindow::documentShown);
    auto* view = window.findChild<QTableView*>(QStringLiteral("resultsView"));
    auto* reading = window.findChild<QTextBrowser*>(QStringLiteral("documentView"));
    for (const auto kind : {exporting::ListKind::Meetings, exporting::ListKind::Dates}) {
        listed.clear();
        window.showList(kind);
        REQUIRE((listed.count() > 0 || listed.wait(30000)));
        REQUIRE(window.listModel()->rowCount() > 1);
        for (const int row : {1, 0}) {
            const auto origin = window.listModel()->origin(row);
            REQUIRE(origin.documentId > 0);
            shown.clear();
            view->setCurrentIndex(window.listModel()->index(row, 0));
            if (shown.isEmpty()) REQUIRE(shown.wait(30000));
            CHECK(shown.last().at(0).toLongLong() == origin.documentId);
            // The marked sentence holds the words the row was found in.
            const QString html = reading->toHtml();
            const auto mark = html.indexOf(app::currentHighlightColours().focus.name());
            REQUIRE(mark >= 0);
        }
    }
    // People stand for no one release: selecting one leaves the reading pane as it was.
    listed.clear();
    window.showList(exporting::ListKind::People);
    REQUIRE((listed.count() > 0 || listed.wait(30000)));
    CHECK(window.listModel()->origin(0).documentId == 0);
    shown.clear();
    view->setCurrentIndex(window.listModel()->index(1, 0));
    CHECK_FALSE(shown.wait(300));
}

namespace {
QAction* menuAction(QMenu& menu, const QString& text) {
    for (auto* action : menu.actions())
        if (action->text() == text) return action;
    return nullptr;
}
}  // namespace

TEST_CASE("a row's context menu opens the release a meeting comes from, a person's page for a person", "[gui][lists]") {
    test::TempDir dir;
    ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    QSignalSpy listed(&window, &app::MainWindow::listCompleted);
    QSignalSpy shown(&window, &app::MainWindow::documentShown);
    window.showList(exporting::ListKind::Meetings);
    REQUIRE((listed.count() > 0 || listed.wait(30000)));
    REQUIRE(window.listModel()->rowCount() > 1);
    const auto origin = window.listModel()->origin(1);
    auto menu = window.rowMenu(1);
    REQUIRE(menu);
    auto* openRelease = menuAction(*menu, QStringLiteral("Open Release"));
    REQUIRE(openRelease);
    CHECK_FALSE(menuAction(*menu, QStringLiteral("Hide (Not a Real Entity)…")));
    shown.clear();
    openRelease->trigger();
    if (shown.isEmpty()) REQUIRE(shown.wait(30000));
    CHECK(shown.last().at(0).toLongLong() == origin.documentId);
    // A person's row offers the person's actions, and no release.
    listed.clear();
    window.showList(exporting::ListKind::People);
    REQUIRE((listed.count() > 0 || listed.wait(30000)));
    auto personMenu = window.rowMenu(0);
    REQUIRE(personMenu);
    CHECK(menuAction(*personMenu, QStringLiteral("Open Page")));
    CHECK_FALSE(menuAction(*personMenu, QStringLiteral("Open Release")));
    CHECK_FALSE(window.rowMenu(window.listModel()->rowCount()));  // past the last row: none
}

TEST_CASE("the export dialog keeps the chosen columns in the chosen order and refuses none", "[gui][export]") {
    app::ExportDialog dialog(exporting::ListKind::Meetings, QStringLiteral("Every meeting"));
    exporting::ExportOptions wanted;
    wanted.columns = {"people", "date", "kind"};
    wanted.format = exporting::Format::JsonLines;
    wanted.csv.byteOrderMark = false;
    dialog.setOptions(wanted);
    const auto got = dialog.options();
    CHECK(got.columns == wanted.columns);
    CHECK(got.format == exporting::Format::JsonLines);
    CHECK_FALSE(got.csv.byteOrderMark);
    CHECK(got.csv.excelSafe);
    // The unchosen columns are listed after the chosen ones, unchecked; with none checked OK is disabled.
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("columnList"));
    REQUIRE(list);
    CHECK(list->count() == static_cast<int>(exporting::listColumns(exporting::ListKind::Meetings).size()));
    CHECK(list->item(0)->text() == QStringLiteral("people"));
    CHECK(list->item(3)->checkState() == Qt::Unchecked);
    for (int i = 0; i < list->count(); ++i) list->item(i)->setCheckState(Qt::Unchecked);
    auto* buttons = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
    REQUIRE(buttons);
    CHECK_FALSE(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    // Move Up reorders.
    list->item(2)->setCheckState(Qt::Checked);  // kind
    list->setCurrentRow(2);
    dialog.findChild<QPushButton*>(QStringLiteral("upButton"))->click();
    CHECK(list->item(1)->text() == QStringLiteral("kind"));
    CHECK(buttons->button(QDialogButtonBox::Ok)->isEnabled());
}

TEST_CASE("a list exported from the GUI with chosen columns equals the command line's", "[gui][export]") {
    test::TempDir dir;
    ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    QSignalSpy listed(&window, &app::MainWindow::listCompleted);
    window.showList(exporting::ListKind::Agencies);
    REQUIRE((listed.count() > 0 || listed.wait(10000)));
    exporting::ExportOptions options;
    options.columns = {"documents", "name"};
    options.format = exporting::Format::JsonLines;
    const auto file = QString::fromStdString((dir / "agencies.jsonl").string());
    REQUIRE(window.exportCurrentList(file, options, true));
    const std::string jsonl = test::readFile(file.toStdString());
    CHECK(jsonl.rfind("{\"documents\": ", 0) == 0);
    CHECK(cliExport(dir, {"agencies", "--columns", "documents,name", "--format", "jsonl"}) == jsonl);
}

TEST_CASE("the query's filters show as chips, and removing a chip widens the result", "[gui][chips]") {
    test::TempDir dir;
    ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    auto& searched = open.searched;
    auto* edit = open.searchEdit();
    QTest::keyClicks(edit, QStringLiteral("agency:UNODC -location:Karachi"));
    const auto narrowed = waitForSearch(searched);
    auto chips = window.findChildren<QToolButton*>(QStringLiteral("filterChip"));
    REQUIRE(chips.size() == 2);
    CHECK(chips[0]->text().startsWith(QStringLiteral("agency: UNODC")));
    CHECK(chips[1]->text().startsWith(QStringLiteral("not location: Karachi")));
    // Removing "-location:Karachi" keeps the agency filter and brings the Karachi releases back.
    chips[1]->click();
    CHECK(edit->text() == QStringLiteral("agency:UNODC"));
    const auto widened = waitForSearch(searched);
    CHECK(widened > narrowed);
    chips = window.findChildren<QToolButton*>(QStringLiteral("filterChip"));
    REQUIRE(chips.size() == 1);
    chips[0]->click();
    CHECK(edit->text().isEmpty());
    CHECK(waitForSearch(searched) == 5);
    CHECK(window.findChildren<QToolButton*>(QStringLiteral("filterChip")).isEmpty());
    CHECK_FALSE(window.findChild<QWidget*>(QStringLiteral("filterChips"))->isVisible());
}

TEST_CASE("the search field completes the word being typed with entity filters", "[gui][completion]") {
    test::TempDir dir;
    ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    auto* edit = open.searchEdit();
    auto* completer = window.findChild<app::QueryCompleter*>();
    REQUIRE(completer);
    // The terms load on a thread after the archive opens.
    auto* model = completer->completer()->model();
    for (int i = 0; i < 100 && model->rowCount() == 0; ++i) QTest::qWait(50);
    REQUIRE(model->rowCount() > 0);
    QTest::keyClicks(edit, QStringLiteral("training Kapi"));
    CHECK(completer->completer()->completionPrefix() == QStringLiteral("Kapi"));
    REQUIRE(completer->completer()->completionCount() >= 1);
    completer->completer()->setCurrentRow(0);
    const QString choice = completer->completer()->currentCompletion();
    CHECK(choice.startsWith(QStringLiteral("person:")));
    CHECK(choice.contains(QStringLiteral("Kapinos")));
    completer->apply(choice, false);
    // Only the word being typed is replaced.
    CHECK(edit->text() == QStringLiteral("training ") + choice + QStringLiteral(" "));
    CHECK(app::QueryCompleter::currentWord(QStringLiteral("a -agency:\"United Na"), 20) == std::pair<int, int>{3, 20});
    CHECK(app::QueryCompleter::currentWord(QStringLiteral("(UNODC OR nac"), 13) == std::pair<int, int>{10, 13});
}

TEST_CASE("F3 and Shift+F3 walk the search hits of the shown release, wrapping around", "[gui][hits]") {
    test::TempDir dir;
    ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    QTest::keyClicks(open.searchEdit(), QStringLiteral("UNODC"));
    waitForSearch(open.searched);
    auto* view = window.findChild<QTextBrowser*>(QStringLiteral("documentView"));
    REQUIRE(view);
    for (int i = 0; i < 50 && app::hitRanges(*view->document()).isEmpty(); ++i) QTest::qWait(100);
    const auto hits = app::hitRanges(*view->document());
    REQUIRE(hits.size() >= 3);
    auto* next = window.findChild<QAction*>(QStringLiteral("actionNextHit"));
    auto* previous = window.findChild<QAction*>(QStringLiteral("actionPreviousHit"));
    REQUIRE(next);
    REQUIRE(previous);
    CHECK(next->shortcut() == QKeySequence(Qt::Key_F3));
    next->trigger();
    CHECK(view->textCursor().selectedText().startsWith(QStringLiteral("UNODC"), Qt::CaseInsensitive));
    CHECK(view->textCursor().selectionStart() == hits[0].first);
    next->trigger();
    CHECK(view->textCursor().selectionStart() == hits[1].first);
    previous->trigger();
    CHECK(view->textCursor().selectionStart() == hits[0].first);
    previous->trigger();  // before the first: wraps to the last
    CHECK(view->textCursor().selectionStart() == hits.back().first);
    next->trigger();  // after the last: wraps to the first
    CHECK(view->textCursor().selectionStart() == hits[0].first);
}

TEST_CASE("a refresh keeps a selected release that lies beyond the first rows loaded", "[gui][ingest-refresh]") {
    test::TempDir dir;
    for (int i = 0; i < 450; ++i)
        test::writeFile(dir / "in" / ("r" + std::to_string(i) + ".txt"),
                        "Release " + std::to_string(i) + "\n\nThe council of district " + std::to_string(i * 7919) +
                            " met today in Harwick to discuss its water budget for the coming year.\n");
    {
        store::Archive archive(dir / "a.bulletin");
        std::atomic<bool> cancel{false};
        ingest::Ingester(archive, {}, extract::defaultAnalyzer()).run({dir / "in"}, cancel);
    }
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    window.setIngestRefreshInterval(0);
    auto* view = window.findChild<QTableView*>(QStringLiteral("resultsView"));
    REQUIRE(view);
    // Scroll far enough for the list to load a third chunk of rows, and choose a release there.
    while (view->model()->rowCount() < 420 && view->model()->canFetchMore({})) {
        view->model()->fetchMore({});
        (void)QTest::qWaitFor([&] { return view->model()->canFetchMore({}) || view->model()->rowCount() >= 450; },
                              30000);
    }
    REQUIRE(view->model()->rowCount() >= 420);
    view->selectRow(410);
    const QString chosen = view->model()->index(410, 0).data().toString();
    test::writeFile(dir / "more" / "late.txt", "Late release\n\nThe council met again in Harwick today.\n");
    QSignalSpy finished(&window, &app::MainWindow::ingestFinished);
    window.addFolders({QString::fromStdString((dir / "more").string())});
    REQUIRE(finished.wait(30000));
    // (Generous waits: the list reloads and fetches chunks until the chosen release is loaded again, which took
    // over 5 s once on a loaded 2-core CI machine; qWaitFor returns as soon as it holds.)
    REQUIRE(QTest::qWaitFor(
        [&] {
            return window.findChild<QLabel*>(QStringLiteral("resultLabel"))->text().startsWith(QStringLiteral("451"));
        },
        30000));
    REQUIRE(QTest::qWaitFor([&] { return view->currentIndex().row() >= 200; }, 30000));
    CHECK(view->model()->index(view->currentIndex().row(), 0).data().toString() == chosen);
}

TEST_CASE("the lists follow releases another program adds to the open archive", "[gui][ingest-refresh]") {
    test::TempDir dir;
    ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    window.setChangeCheckInterval(200);
    auto* label = window.findChild<QLabel*>(QStringLiteral("resultLabel"));
    REQUIRE(QTest::qWaitFor([&] { return label->text().startsWith(QStringLiteral("5 releases")); }, 30000));
    // The CLI, say, or a colleague's ingest on a team server: another connection commits.
    test::writeFile(dir / "more" / "late.txt", "Late release\n\nThe council met again in Harwick today.\n");
    {
        store::Archive other(dir / "a.bulletin");
        std::atomic<bool> cancel{false};
        ingest::Ingester(other, {}, extract::defaultAnalyzer()).run({dir / "more"}, cancel);
    }
    CHECK(QTest::qWaitFor([&] { return label->text().startsWith(QStringLiteral("6 releases")); }, 10000));
}

TEST_CASE("a capped count shows as N+, and very many matches newest first with a link that ranks them",
          "[gui][limits]") {
    test::TempDir dir;
    ingestSamples(dir);
    // The limits a team server sets (10,000 each), made small enough for the samples.
    const test::ScopedSearchLimits limits("2,2");
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    auto* label = window.findChild<QLabel*>(QStringLiteral("resultLabel"));
    REQUIRE(label);
    QTest::keyClicks(open.searchEdit(), QStringLiteral("UNODC"));
    CHECK(waitForSearch(open.searched) == 2);
    CHECK(window.resultsModel()->rowCount() == 4);
    CHECK(label->text().startsWith(QStringLiteral("2+ releases")));
    CHECK(label->text().contains(QStringLiteral("newest come first")));
    CHECK(label->text().contains(QStringLiteral("<a href=\"rank\">")));

    emit label->linkActivated(QStringLiteral("rank"));
    CHECK(label->text().contains(QStringLiteral("Ranking every match by relevance… 0%")));
    CHECK(label->text().contains(QStringLiteral("<a href=\"cancel-rank\">Cancel</a>")));
    CHECK(waitForSearch(open.searched) == 2);
    CHECK(label->text().startsWith(QStringLiteral("2+ releases")));
    CHECK_FALSE(label->text().contains(QStringLiteral("newest come first")));

    // Cancel goes back to the newest-first listing; a new query is listed by the rule again.
    emit label->linkActivated(QStringLiteral("rank"));
    emit label->linkActivated(QStringLiteral("cancel-rank"));
    REQUIRE(QTest::qWaitFor([&] { return label->text().contains(QStringLiteral("newest come first")); }, 30000));
    open.searchEdit()->clear();
    QTest::keyClicks(open.searchEdit(), QStringLiteral("Kapinos"));
    CHECK(test::waitForTotal(open.searched, 1, 30000) == 1);
    CHECK(label->text() == QStringLiteral("1 release"));
}

TEST_CASE("facets counted over a sample of the matches say so above the facets", "[gui][limits]") {
    test::TempDir dir;
    ingestSamples(dir);
    // A team server's facet sample (10,000), made small enough for the samples.
    const test::ScopedSearchLimits limits("0,0,2");
    OpenWindow open(dir / "a.bulletin");
    auto* label = open.window.findChild<QLabel*>(QStringLiteral("facetLabel"));
    REQUIRE(label);
    const auto noteShown = [&] { return label->text().endsWith(QStringLiteral("counted in the first 2 matches")); };
    // Every release matched the empty query, more than the sample; one names Kapinos: every match counted.
    REQUIRE(QTest::qWaitFor(noteShown, 30000));
    CHECK(label->toolTip().contains(QStringLiteral("first 2 matching releases stored")));
    QTest::keyClicks(open.searchEdit(), QStringLiteral("Kapinos"));
    REQUIRE(QTest::qWaitFor([&] { return label->text() == QStringLiteral("Refine (click to filter)"); }, 30000));
    CHECK(label->toolTip().isEmpty());
}
