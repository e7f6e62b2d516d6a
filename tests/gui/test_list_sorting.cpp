// Sorting by column headers, and exports in that order.

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
#include "support/csv_reader.hpp"
#include "timeline_view.hpp"

using namespace bulletin;
using test::ingestSamples;
using test::OpenWindow;
using test::waitForSearch;

TEST_CASE("column headers sort: documents by the archive, whole lists on screen, and exports keep that order",
          "[gui][sorting]") {
    test::TempDir dir;
    ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    auto* view = window.findChild<QTableView*>(QStringLiteral("resultsView"));
    auto* header = view->horizontalHeader();
    auto clickHeader = [&](int section) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(section) + header->sectionSize(section) / 2, 5));
    };
    // Documents: the Date header asks the archive for newest first, then oldest first.
    open.searched.clear();
    clickHeader(app::DocumentTableModel::Date);
    CHECK(waitForSearch(open.searched) == 5);
    auto* docs = window.resultsModel();
    const QString newest = docs->data(docs->index(0, app::DocumentTableModel::Date), Qt::DisplayRole).toString();
    clickHeader(app::DocumentTableModel::Date);
    CHECK(waitForSearch(open.searched) == 5);
    const QString oldest = docs->data(docs->index(0, app::DocumentTableModel::Date), Qt::DisplayRole).toString();
    CHECK(newest == QStringLiteral("2022-07-27"));
    CHECK(oldest < newest);

    // People: the whole list is on screen, so a header sorts it in memory.
    QSignalSpy listed(&window, &app::MainWindow::listCompleted);
    window.showList(exporting::ListKind::People);
    REQUIRE((listed.count() > 0 || listed.wait(30000)));
    auto* people = window.listModel();
    CHECK(view->isSortingEnabled());
    CHECK(people->sortColumn() == -1);
    clickHeader(0);
    REQUIRE(people->sortColumn() == 0);
    QStringList names;
    for (int row = 0; row < people->rowCount(); ++row)
        names << people->data(people->index(row, 0), Qt::DisplayRole).toString();
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    CHECK(names == sorted);
    clickHeader(0);  // descending
    CHECK(people->data(people->index(0, 0), Qt::DisplayRole).toString() == sorted.last());
    // The export writes the rows in the order shown.
    const auto file = dir / "people.csv";
    REQUIRE(window.exportCurrentList(QString::fromStdString(file.string()), {}, true));
    const auto csv = test::parseCsv(test::readFile(file));
    REQUIRE(csv.size() == static_cast<std::size_t>(people->rowCount()) + 1);
    for (int row = 0; row < people->rowCount(); ++row)
        CHECK(QString::fromStdString(csv[static_cast<std::size_t>(row) + 1][0]) ==
              people->data(people->index(row, 0), Qt::DisplayRole).toString());

    // A list cut at the row limit cannot be sorted on screen.
    auto preferences = window.preferences();
    preferences.listRows = 100;
    window.applyPreferences(preferences);
    listed.clear();
    window.showList(exporting::ListKind::Cooccurrence);  // 129 pairs
    REQUIRE((listed.count() > 0 || listed.wait(30000)));
    CHECK(window.listModel()->rowCount() == 100);
    CHECK_FALSE(view->isSortingEnabled());
}
