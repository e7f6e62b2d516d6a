// The marks panel above the reading pane (star, tags, note), marking several selected releases at once, the
// "Starred" entry, the Tags facet, and Ctrl+Z across marks and corrections.

#include <QCoreApplication>
#include <QFocusEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

#include "batch_search_dialog.hpp"
#include "entity_page.hpp"
#include "gui_support.hpp"
#include "search/watched_searches.hpp"
#include "store/marks.hpp"
#include "store/search_memory.hpp"

using namespace bulletin;
using test::OpenWindow;

namespace {
// The Tags group of the facet panel, as "tag (count)".
QStringList tagFacet(QTreeWidget* tree) {
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        auto* group = tree->topLevelItem(i);
        if (group->text(0) != QStringLiteral("Tags")) continue;
        for (int k = 0; k < group->childCount(); ++k)
            out << group->child(k)->text(0) + QStringLiteral(" (") + group->child(k)->text(1) + QStringLiteral(")");
    }
    return out;
}

store::ReleaseMarks storedMarks(const std::filesystem::path& archive, qint64 id) {
    store::Archive a(archive, store::Access::Read);
    return a.marks().release(id);
}
}  // namespace

TEST_CASE("the release pane stars, tags and annotates the shown release, and Ctrl+Z takes each step back",
          "[gui][marks]") {
    test::TempDir dir;
    test::ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    QSignalSpy shown(&window, &app::MainWindow::documentShown);
    QSignalSpy marked(&window, &app::MainWindow::marksChanged);
    QSignalSpy facets(&window, &app::MainWindow::facetsShown);
    auto* view = window.findChild<QTableView*>(QStringLiteral("resultsView"));
    view->selectRow(1);
    REQUIRE(shown.wait(30000));
    const qint64 id = shown.takeLast().at(0).toLongLong();
    auto* panel = window.marksPanel();
    REQUIRE(panel->isEnabled());
    CHECK(panel->documentId() == id);
    CHECK_FALSE(panel->starButton()->isChecked());

    // The star button.
    panel->starButton()->click();
    REQUIRE(marked.wait(30000));
    CHECK(marked.takeLast().at(0).toBool());
    CHECK(panel->starButton()->isChecked());
    CHECK(storedMarks(dir / "a.bulletin", id).starred);

    // Tags typed in the field, saved by Enter; the same tag twice is kept once.
    panel->tagsEdit()->setFocus();
    panel->tagsEdit()->setText(QStringLiteral("to verify, Urgent, to VERIFY"));
    QTest::keyClick(panel->tagsEdit(), Qt::Key_Return);
    REQUIRE(marked.wait(30000));
    CHECK(panel->tagsEdit()->text() == QStringLiteral("to verify, Urgent"));
    CHECK(storedMarks(dir / "a.bulletin", id).tags == std::vector<std::string>{"to verify", "Urgent"});

    // The note is saved when the field is left.
    panel->noteEdit()->setFocus();
    QTest::keyClicks(panel->noteEdit(), QStringLiteral("Check the date line"));
    view->setFocus();
    REQUIRE(marked.wait(30000));
    CHECK(storedMarks(dir / "a.bulletin", id).note == "Check the date line");

    // The Tags facet counts them; clicking one filters the list.
    facets.clear();
    open.searchEdit()->setText(QStringLiteral("UNODC"));
    REQUIRE(facets.wait(30000));
    auto* tree = window.findChild<QTreeWidget*>(QStringLiteral("facetTree"));
    const auto shownTags = tagFacet(tree);
    INFO(shownTags.join(QStringLiteral(", ")).toStdString());
    CHECK(shownTags.contains(QStringLiteral("to verify (1)")));

    // The Starred entry lists the starred release.
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    open.searched.clear();
    navigation->setCurrentRow(navigation->count() - 1);
    CHECK(test::waitForSearch(open.searched) == 1);
    CHECK(open.searchEdit()->text().contains(QStringLiteral("is:starred")));

    // Ctrl+Z: the note, then the tags one by one, then the star.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QSignalSpy corrected(&window, &app::MainWindow::correctionApplied);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(corrected.wait(30000));
    CHECK(corrected.takeLast().at(1).toString().startsWith(QStringLiteral("Undone: note on release")));
    CHECK(storedMarks(dir / "a.bulletin", id).note.empty());
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        REQUIRE(corrected.wait(30000));
    }
    CHECK(storedMarks(dir / "a.bulletin", id).empty());
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(corrected.wait(30000));
    CHECK(storedMarks(dir / "a.bulletin", id).starred);
}

TEST_CASE("Ctrl+D stars every selected release at once, and once more unstars them", "[gui][marks]") {
    test::TempDir dir;
    test::ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    QSignalSpy shown(&window, &app::MainWindow::documentShown);
    QSignalSpy marked(&window, &app::MainWindow::marksChanged);
    auto* view = window.findChild<QTableView*>(QStringLiteral("resultsView"));
    if (shown.isEmpty()) REQUIRE(shown.wait(30000));
    for (const int row : {0, 2, 3})
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    REQUIRE(window.selectedDocumentIds().size() == 3);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    REQUIRE(marked.wait(30000));
    CHECK(marked.takeLast().at(1).toString().contains(QStringLiteral("3 of 3 releases")));
    {
        store::Archive a(dir / "a.bulletin", store::Access::Read);
        CHECK(a.marks().releasesWith("", 10).size() == 3);
    }
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    REQUIRE(marked.wait(30000));
    store::Archive a(dir / "a.bulletin", store::Access::Read);
    CHECK(a.marks().releasesWith("", 10).empty());
}

TEST_CASE(
    "a watched search shows its count of new releases in the sidebar and menu, and opening it shows all, the "
    "new ones first and in bold",
    "[gui][watch]") {
    test::TempDir dir;
    test::copySamples(dir / "all");
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir / "all")) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::filesystem::create_directories(dir / "in");
    std::filesystem::copy_file(files[0], dir / "in" / files[0].filename());
    std::int64_t expectedNew = 0, expectedAll = 0;
    {
        store::Archive archive(dir / "a.bulletin");
        std::atomic<bool> cancel{false};
        ingest::Ingester(archive, {}, extract::defaultAnalyzer()).run({dir / "in"}, cancel);
        archive.searchMemory().save("unodc", "UNODC");
        REQUIRE(archive.searchMemory().setWatched("unodc", true));
        for (std::size_t i = 1; i < files.size(); ++i)
            std::filesystem::copy_file(files[i], dir / "in" / files[i].filename());
        ingest::Ingester(archive, {}, extract::defaultAnalyzer()).run({dir / "in"}, cancel);
        search::Searcher searcher(archive);
        const auto status = search::watchedStatus(searcher);
        REQUIRE(status.size() == 1);
        expectedNew = status.front().fresh;
        REQUIRE(expectedNew > 0);
        expectedAll = searcher.search({.query = "UNODC"}).total;
        REQUIRE(expectedAll > expectedNew);  // the release ingested first matches too
    }
    app::MainWindow window;
    window.setProperty("quietDialogs", true);
    QSignalSpy memory(&window, &app::MainWindow::searchMemoryChanged);
    QSignalSpy searched(&window, &app::MainWindow::searchCompleted);
    REQUIRE(window.openArchive(QString::fromStdString((dir / "a.bulletin").string())));
    window.show();
    REQUIRE((memory.count() > 0 || memory.wait(30000)));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    auto* entry = navigation->item(navigation->count() - 1);
    CHECK(entry->text() == QStringLiteral("Watched (%1 new)").arg(expectedNew));
    auto* menu = window.findChild<QMenu*>(QStringLiteral("menuSavedSearches"));
    REQUIRE(menu);
    CHECK(menu->actions().front()->text() == QStringLiteral("unodc (%1 new)").arg(expectedNew));

    searched.clear();
    memory.clear();
    navigation->setCurrentItem(entry);
    CHECK(test::waitForSearch(searched) == expectedAll);
    CHECK(window.findChild<QLabel*>(QStringLiteral("resultLabel"))
              ->text()
              .contains(QStringLiteral("%1 new since you last looked").arg(expectedNew)));
    auto* results = window.findChild<QTableView*>(QStringLiteral("resultsView"));
    REQUIRE(results->model()->rowCount() == expectedAll);
    for (int row = 0; row < expectedAll; ++row) {
        const auto font = results->model()->index(row, 0).data(Qt::FontRole);
        INFO("row " << row);
        CHECK((font.isValid() && font.value<QFont>().bold()) == (row < expectedNew));
    }
    REQUIRE(memory.wait(30000));  // seen: the count starts again
    CHECK(navigation->item(navigation->count() - 1)->text() == QStringLiteral("Watched"));
}

TEST_CASE("batch search runs a list off the GUI thread, shows a row per line and the selected line's releases",
          "[gui][batch]") {
    test::TempDir dir;
    test::ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    window.showBatchSearch();
    auto* dialog = window.findChild<app::BatchSearchDialog*>();
    REQUIRE(dialog);
    QSignalSpy finished(dialog, &app::BatchSearchDialog::finished);
    QSignalSpy hitsShown(dialog, &app::BatchSearchDialog::hitsShown);
    test::writeFile(dir / "list.csv", "label,query\nUN office,UNODC\nbroken,date:2019..2018\nnobody,Nobody Anywhere\n");
    REQUIRE(dialog->loadFile(QString::fromStdString((dir / "list.csv").string())));
    REQUIRE(finished.wait(10000));
    CHECK_FALSE(finished.at(0).at(1).toBool());
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("batchTable"));
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, 0)->text() == QStringLiteral("UN office"));
    CHECK(table->item(0, 2)->text().contains(QStringLiteral("agency named 'UNODC'")));
    const int hits = table->item(0, 3)->text().toInt();
    CHECK(hits > 0);
    CHECK(table->item(1, 2)->text().startsWith(QStringLiteral("cannot run")));
    CHECK(table->item(2, 3)->text() == QStringLiteral("0"));

    table->setCurrentCell(0, 0);
    REQUIRE(hitsShown.wait(30000));
    CHECK(hitsShown.takeLast().at(0).toInt() == hits);
    auto* releases = dialog->findChild<QTableWidget*>(QStringLiteral("batchHitsTable"));
    CHECK(releases->rowCount() == hits);
    QSignalSpy shown(&window, &app::MainWindow::documentShown);
    emit releases->cellDoubleClicked(0, 1);
    REQUIRE(shown.wait(30000));
    CHECK(shown.takeLast().at(0).toLongLong() == releases->item(0, 0)->data(Qt::UserRole).toLongLong());

    const QString summary = QString::fromStdString((dir / "summary.csv").string());
    REQUIRE(dialog->exportTo(summary, false));
    const auto text = test::readFile(summary.toStdString());
    CHECK(text.find("UN office,UNODC") != std::string::npos);
    const QString hitsFile = QString::fromStdString((dir / "hits.jsonl").string());
    REQUIRE(dialog->exportTo(hitsFile, true));
    const auto lines = test::readFile(hitsFile.toStdString());
    CHECK(std::count(lines.begin(), lines.end(), '\n') == hits);
}

TEST_CASE("an entity page tags and annotates its entity", "[gui][marks]") {
    test::TempDir dir;
    test::ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    window.openEntityPage(EntityType::Agency, QStringLiteral("NACTA"));
    auto* page = window.findChild<app::EntityPage*>();
    REQUIRE(page);
    QSignalSpy loaded(page, &app::EntityPage::loaded);
    QSignalSpy marked(page, &app::EntityPage::marksChanged);
    REQUIRE(loaded.wait(30000));
    auto* panel = page->marksPanel();
    REQUIRE(panel->isEnabled());
    CHECK_FALSE(panel->starButton()->isVisible());
    panel->tagsEdit()->setText(QStringLiteral("watch list"));
    emit panel->tagsEdit()->editingFinished();
    REQUIRE(marked.wait(30000));
    CHECK(marked.takeLast().at(2).toInt() == 1);
    panel->noteEdit()->setPlainText(QStringLiteral("Counterpart of the NCTC"));
    panel->noteEdit()->setFocus();
    page->findChild<QPushButton*>(QStringLiteral("closeButton"))->setFocus();
    // Offscreen focus changes need the window active; the note is saved on leaving the field either way.
    if (marked.isEmpty()) {
        QFocusEvent out(QEvent::FocusOut);
        QCoreApplication::sendEvent(panel->noteEdit(), &out);
    }
    REQUIRE((marked.count() > 0 || marked.wait(30000)));

    store::Archive archive(dir / "a.bulletin", store::Access::Write);
    const auto entity = archive.marks().findEntity(EntityType::Agency, "National Counter Terrorism Authority");
    const auto marks = archive.marks().entity(entity);
    CHECK(marks.tags == std::vector<std::string>{"watch list"});
    CHECK(marks.note == "Counterpart of the NCTC");
}

TEST_CASE("in a narrow window names elide in the middle and no pane collapses", "[gui][layout]") {
    test::TempDir dir;
    test::ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    window.resize(960, 480);
    QSignalSpy listed(&window, &app::MainWindow::listCompleted);
    window.showList(exporting::ListKind::Agencies);
    REQUIRE((listed.count() > 0 || listed.wait(30000)));
    QTest::qWait(100);
    auto* view = window.findChild<QTableView*>(QStringLiteral("resultsView"));
    CHECK(view->textElideMode() == Qt::ElideMiddle);
    // At 640 x 420 no pane collapses below a usable width and facet names keep room beside their counts.
    window.resize(640, 420);
    QTest::qWait(100);
    auto* facets = window.findChild<QTreeWidget*>(QStringLiteral("facetTree"));
    CHECK(facets->width() >= 120);
    CHECK(facets->header()->sectionSize(0) >= 50);
    CHECK(facets->textElideMode() == Qt::ElideMiddle);
    CHECK(view->width() >= 180);
    CHECK(window.findChild<QTextBrowser*>(QStringLiteral("documentView"))->width() >= 200);
}

TEST_CASE("the result list's star column shows and sets a release's star", "[gui][marks]") {
    test::TempDir dir;
    test::ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    QSignalSpy marked(&window, &app::MainWindow::marksChanged);
    QSignalSpy searched(&window, &app::MainWindow::searchCompleted);
    auto* view = window.findChild<QTableView*>(QStringLiteral("resultsView"));
    auto* model = window.resultsModel();
    REQUIRE(model->rowCount() > 2);
    const int star = app::DocumentTableModel::Star;
    CHECK(model->headerData(star, Qt::Horizontal, Qt::DisplayRole).toString() == QStringLiteral("★"));
    CHECK(model->data(model->index(2, star), Qt::DisplayRole).toString().isEmpty());
    const qint64 id = model->data(model->index(2, 0), Qt::UserRole).toLongLong();

    // A click in the column stars the row's release: stored, shown at once, and found by is:starred.
    view->scrollTo(model->index(2, star));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(model->index(2, star)).center());
    REQUIRE(marked.wait(30000));
    CHECK(storedMarks(dir / "a.bulletin", id).starred);
    CHECK(model->data(model->index(2, star), Qt::DisplayRole).toString() == QStringLiteral("★"));
    window.findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(QStringLiteral("is:starred"));
    REQUIRE(searched.wait(30000));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->data(model->index(0, star), Qt::DisplayRole).toString() == QStringLiteral("★"));

    // A second click takes the star off.
    marked.clear();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(model->index(0, star)).center());
    REQUIRE(marked.wait(30000));
    CHECK_FALSE(storedMarks(dir / "a.bulletin", id).starred);
    CHECK(model->data(model->index(0, star), Qt::DisplayRole).toString().isEmpty());
}
