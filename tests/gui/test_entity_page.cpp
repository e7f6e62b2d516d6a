// Entity pages: what they show, where they lead, corrections from them.

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

TEST_CASE("an entity page lists what is known of a person, navigates, and corrects from there", "[gui][entity-page]") {
    test::TempDir dir;
    ingestSamples(dir);
    OpenWindow open(dir / "a.bulletin");
    auto& window = open.window;
    window.openEntityPage(EntityType::Person, QStringLiteral("Kapinos"));
    auto* page = window.entityPage();
    REQUIRE(page);
    QSignalSpy loaded(page, &app::EntityPage::loaded);
    REQUIRE(loaded.wait(30000));
    CHECK(loaded.takeFirst().at(0).toBool());
    CHECK(page->isVisible());
    CHECK(page->windowTitle().startsWith(QStringLiteral("Sergey Kapinos")));
    auto* named = page->findChild<QTreeWidget*>(QStringLiteral("namedWithTree"));
    auto* meetings = page->findChild<QTreeWidget*>(QStringLiteral("meetingsTree"));
    auto* releases = page->findChild<QTreeWidget*>(QStringLiteral("releasesTree"));
    CHECK(meetings->topLevelItemCount() == 2);
    REQUIRE(releases->topLevelItemCount() == 1);
    const auto mansoor = named->findItems(QStringLiteral("Zakariyya Mansoor"), Qt::MatchRecursive);
    REQUIRE(mansoor.size() == 1);
    CHECK(mansoor[0]->data(1, Qt::DisplayRole).toLongLong() == 1);
    CHECK(mansoor[0]->parent()->text(0) == QStringLiteral("People"));

    // Show Releases puts the person's filter in the main window.
    open.searched.clear();
    page->findChild<QPushButton*>(QStringLiteral("showReleasesButton"))->click();
    CHECK(open.searchEdit()->text() == QStringLiteral("person:\"Sergey Kapinos\""));
    CHECK(waitForSearch(open.searched) == 1);
    // A release of the page opens in the main window's document view.
    QSignalSpy shown(&window, &app::MainWindow::documentShown);
    emit releases->itemActivated(releases->topLevelItem(0), 0);
    REQUIRE((shown.count() > 0 || shown.wait(30000)));

    // A co-occurring person opens their own page; merging them into Kapinos shows Kapinos with the merged name.
    emit named->itemActivated(mansoor[0], 0);
    REQUIRE(loaded.wait(30000));
    CHECK(page->profile()->name == "Zakariyya Mansoor");
    QSignalSpy corrected(&window, &app::MainWindow::correctionApplied);
    loaded.clear();
    page->requestCorrection(app::EntityCorrection::Merge, QStringLiteral("Sergey Kapinos"));
    REQUIRE(corrected.wait(30000));
    CHECK(corrected.at(0).at(0).toBool());
    REQUIRE((loaded.count() > 0 || loaded.wait(30000)));
    REQUIRE(page->profile());
    CHECK(page->profile()->name == "Sergey Kapinos");
    const auto& aliases = page->profile()->aliases;
    CHECK(std::find(aliases.begin(), aliases.end(), "Zakariyya Mansoor") != aliases.end());
    CHECK(named->findItems(QStringLiteral("Zakariyya Mansoor"), Qt::MatchRecursive).isEmpty());
    CHECK(
        page->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("Zakariyya Mansoor")));
    // A name no entity has says so.
    loaded.clear();
    page->showEntity(EntityType::Agency, QStringLiteral("No Such Agency"));
    REQUIRE(loaded.wait(30000));
    CHECK_FALSE(loaded.at(0).at(0).toBool());
    CHECK(
        page->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("No visible agency")));
    CHECK_FALSE(page->findChild<QPushButton*>(QStringLiteral("mergeButton"))->isEnabled());
}
