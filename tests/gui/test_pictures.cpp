// The timeline and the person x agency heat map.

#include <QChart>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
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

TEST_CASE("the timeline shows meetings per month, and dragging across it narrows the query", "[gui][timeline]") {
    test::TempDir dir;
    ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    window.resize(1200, 800);
    QSignalSpy timelineShown(&window, &app::MainWindow::timelineShown);
    window.showList(exporting::ListKind::Dates);
    REQUIRE(timelineShown.wait(30000));
    auto* timeline = window.timeline();
    CHECK(timeline->isVisible());
    // Every month from the first dated meeting or release (2014-03) to the last (2022-07), gaps included.
    CHECK(timelineShown.takeFirst().at(0).toInt() == timeline->monthCount());
    CHECK(timeline->monthCount() >= 101);
    QTest::qWait(100);  // laid out
    auto pointOf = [&](int year, int month) {
        const QDateTime at(QDate(year, month, 15), QTime(0, 0), Qt::UTC);
        const QPointF scene = timeline->chart()->mapToPosition(QPointF(static_cast<qreal>(at.toMSecsSinceEpoch()), 0));
        return timeline->mapFromScene(scene) - QPoint(0, 10);  // just above the axis, inside the plot
    };
    CHECK(timeline->monthAt(pointOf(2017, 5)) == QDate(2017, 5, 1));
    QSignalSpy listed(&window, &app::MainWindow::listCompleted);
    QTest::mousePress(timeline->viewport(), Qt::LeftButton, {}, pointOf(2017, 5));
    QTest::mouseMove(timeline->viewport(), pointOf(2018, 2));
    QTest::mouseRelease(timeline->viewport(), Qt::LeftButton, {}, pointOf(2018, 10));
    CHECK(open.searchEdit()->text() == QStringLiteral("date:2017-05..2018-10"));
    REQUIRE((listed.count() > 0 || listed.wait(30000)));
    // A second drag replaces the range instead of adding one.
    QTest::mousePress(timeline->viewport(), Qt::LeftButton, {}, pointOf(2018, 10));
    QTest::mouseRelease(timeline->viewport(), Qt::LeftButton, {}, pointOf(2018, 10));
    CHECK(open.searchEdit()->text() == QStringLiteral("date:2018-10"));
    CHECK(app::TimelineView::rangeFilter(QDate(2019, 12, 1), QDate(2018, 5, 1)) == QStringLiteral("2018-05..2019-12"));
}

TEST_CASE(
    "a click on a month of the meetings' timeline lists that month's meetings and opens the first one's "
    "release",
    "[gui][timeline]") {
    test::TempDir dir;
    ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    window.resize(1200, 800);
    auto* view = window.findChild<QTextBrowser*>(QStringLiteral("documentView"));
    REQUIRE(view);
    // The documents list opened the newest release (2022): not the one of the month clicked below.
    REQUIRE(
        QTest::qWaitFor([&] { return view->toPlainText().contains(QStringLiteral("Expert Working Group")); }, 30000));
    QSignalSpy timelineShown(&window, &app::MainWindow::timelineShown);
    window.showList(exporting::ListKind::Meetings);
    REQUIRE(timelineShown.wait(30000));
    QTest::qWait(100);  // laid out
    auto* timeline = window.timeline();
    const QDateTime at(QDate(2014, 3, 15), QTime(0, 0), Qt::UTC);
    const QPoint point = timeline->mapFromScene(
                             timeline->chart()->mapToPosition(QPointF(static_cast<qreal>(at.toMSecsSinceEpoch()), 0))) -
                         QPoint(0, 10);
    QSignalSpy listed(&window, &app::MainWindow::listCompleted);
    QTest::mousePress(timeline->viewport(), Qt::LeftButton, {}, point);
    QTest::mouseRelease(timeline->viewport(), Qt::LeftButton, {}, point);
    CHECK(open.searchEdit()->text() == QStringLiteral("held:2014-03"));
    REQUIRE((listed.count() > 0 || listed.wait(30000)));
    CHECK(listed.takeLast().at(0).toLongLong() == 1);  // the Quetta working group meeting of 18 March 2014
    auto* results = window.findChild<QTableView*>(QStringLiteral("resultsView"));
    CHECK(results->currentIndex().row() == 0);
    CHECK(QTest::qWaitFor([&] { return view->toPlainText().contains(QStringLiteral("Quetta")); }, 30000));
}

TEST_CASE("the timeline's axis follows the bulk of the data and the date filter, and zooms out to every date",
          "[gui][timeline]") {
    app::TimelineView view;
    view.resize(800, 300);
    // A 1968 law named in a release, then three busy years.
    std::vector<store::MonthCount> months{{"1968-05", 0, 1}};
    for (int year = 2009; year <= 2012; ++year)
        for (int month = 1; month <= 12; ++month)
            months.push_back(
                {QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0')).toStdString(), month % 3, 10});
    view.setMonths(months);
    CHECK(view.shownMonths().first == QDate(2009, 1, 1));
    CHECK(view.shownMonths().second == QDate(2012, 12, 1));
    view.zoomOut();
    CHECK(view.zoomedOut());
    CHECK(view.shownMonths().first == QDate(1968, 5, 1));
    view.zoomIn();
    CHECK(view.shownMonths().first == QDate(2009, 1, 1));
    // After a drag to 2010-03..2011-06 the query's filter is the axis, not the data's reach.
    view.setMonths(months, std::pair{QDate(2010, 3, 1), QDate(2011, 6, 1)});
    CHECK(view.shownMonths().first == QDate(2010, 3, 1));
    CHECK(view.shownMonths().second == QDate(2011, 6, 1));
    view.zoomOut();  // (the context menu's "Zoom Out to Every Date")
    CHECK(view.zoomedOut());
    CHECK(view.shownMonths().first == QDate(1968, 5, 1));
    // A new date filter is looked at first.
    view.setMonths(months, std::pair{QDate(2012, 1, 1), QDate(2012, 12, 1)});
    CHECK_FALSE(view.zoomedOut());
    CHECK(view.shownMonths().first == QDate(2012, 1, 1));
}

TEST_CASE("the person x agency map shows the result's pairs, and a cell lists the releases naming both",
          "[gui][pairs-map]") {
    test::TempDir dir;
    ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    window.resize(1200, 800);
    QSignalSpy listed(&window, &app::MainWindow::listCompleted);
    window.showList(exporting::ListKind::Cooccurrence);
    REQUIRE((listed.count() > 0 || listed.wait(30000)));
    auto* map = window.pairsMap();
    REQUIRE(map->isVisible());
    REQUIRE_FALSE(map->people().isEmpty());
    REQUIRE_FALSE(map->agencies().isEmpty());
    // Each cell holds the count of its pair in the list below it.
    auto* model = window.listModel();
    int checked = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto person = map->people().indexOf(model->data(model->index(row, 0), Qt::DisplayRole).toString());
        const auto agency = map->agencies().indexOf(model->data(model->index(row, 1), Qt::DisplayRole).toString());
        if (person < 0 || agency < 0) continue;
        CHECK(map->count(static_cast<int>(person), static_cast<int>(agency)) ==
              model->data(model->index(row, 2), Qt::DisplayRole).toLongLong());
        ++checked;
    }
    CHECK(checked > 10);
    // The first visible cell with a pair: clicking it lists the releases naming both.
    QTest::qWait(100);
    REQUIRE(map->visiblePeople() >= 5);
    REQUIRE(map->visibleAgencies() >= 5);
    int person = -1, agency = -1;
    for (int r = 0; r < map->visiblePeople() && person < 0; ++r)
        for (int c = 0; c < map->visibleAgencies() && person < 0; ++c)
            if (map->count(r, c) > 0) std::tie(person, agency) = std::make_pair(r, c);
    REQUIRE(person >= 0);
    const QPoint cell = map->cellRect(person, agency).center();
    CHECK(map->cellAt(cell) == std::make_pair(person, agency));
    open.searched.clear();
    QTest::mouseClick(map, Qt::LeftButton, {}, cell);
    CHECK(open.searchEdit()->text() == app::EntityPage::filterFor(EntityType::Person, map->people()[person]) +
                                           QStringLiteral(" ") +
                                           app::EntityPage::filterFor(EntityType::Agency, map->agencies()[agency]));
    CHECK(waitForSearch(open.searched) == map->count(person, agency));
    CHECK_FALSE(map->isVisible());  // the documents list has no picture
}
