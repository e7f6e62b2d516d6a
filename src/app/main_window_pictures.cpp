// MainWindow: the pictures above the list. Meetings and dates get a timeline of meetings per month (drag a range to
// narrow the query to it); the person x agency list gets a heat map (click a cell for the releases naming both).

#include <QStackedWidget>

#include "cooccurrence_map.hpp"
#include "entity_filter.hpp"
#include "main_window.hpp"
#include "search/query_parser.hpp"
#include "timeline_view.hpp"
#include "ui_main_window.h"

namespace bulletin::app {

void MainWindow::setUpPictures() {
    timeline_ = new TimelineView(ui_->pictureStack);
    timeline_->setObjectName(QStringLiteral("timeline"));
    pairsMap_ = new CooccurrenceMap(ui_->pictureStack);
    pairsMap_->setObjectName(QStringLiteral("pairsMap"));
    ui_->pictureStack->addWidget(timeline_);
    ui_->pictureStack->addWidget(pairsMap_);
    ui_->pictureStack->hide();
    ui_->listSplitter->setStretchFactor(0, 2);
    ui_->listSplitter->setStretchFactor(1, 3);
    connect(timeline_, &TimelineView::rangeSelected, this, [this](QDate first, QDate last) {
        const QByteArray query = ui_->searchEdit->text().toUtf8();
        // The meetings' bars are the events' own dates (held:); the dates list's stay the releases' (date:).
        const std::string field = listKind_ == exporting::ListKind::Meetings ? "held" : "date";
        const auto narrowed = search::withDateFilter(std::string_view(query.constData(), static_cast<std::size_t>(query.size())),
                                                     TimelineView::rangeFilter(first, last).toStdString(), field);
        ui_->searchEdit->setText(QString::fromStdString(narrowed));
        searchTimer_.stop();
        runSearch();
        rememberQuery(ui_->searchEdit->text());
    });
    connect(pairsMap_, &CooccurrenceMap::cellActivated, this, [this](const QString& person, const QString& agency) {
        showList(exporting::ListKind::Documents, false);
        addFilter(entityFilter(EntityType::Person, person) + QLatin1Char(' ') +
                  entityFilter(EntityType::Agency, agency));
    });
}

void MainWindow::showPictureFor(exporting::ListKind kind) {
    const bool timeline = kind == exporting::ListKind::Meetings || kind == exporting::ListKind::Dates;
    const bool pairs = kind == exporting::ListKind::Cooccurrence;
    ui_->pictureStack->setVisible(timeline || pairs);
    if (timeline) ui_->pictureStack->setCurrentWidget(timeline_);
    if (pairs) ui_->pictureStack->setCurrentWidget(pairsMap_);
}

void MainWindow::onTimelineLoaded(quint64 generation, const std::vector<store::MonthCount>& months) {
    if (!session_ || generation != session_->currentGeneration()) return;
    // The axis spans the query's date filter, when it has one.
    const QByteArray query = ui_->searchEdit->text().toUtf8();
    const auto plan = search::parseQuery(std::string_view(query.constData(), static_cast<std::size_t>(query.size())));
    std::optional<std::pair<QDate, QDate>> focus;
    // (On the meetings list, the events' date range, when it has one.)
    const bool held = listKind_ == exporting::ListKind::Meetings && (plan.heldFrom || plan.heldTo);
    const auto& from = held ? plan.heldFrom : plan.dateFrom;
    const auto& to = held ? plan.heldTo : plan.dateTo;
    if (!months.empty() && (from || to)) {
        auto day = [](const std::optional<std::string>& iso, const std::string& fallback) {
            return QDate::fromString(QString::fromStdString(iso ? *iso : fallback).left(7) + QStringLiteral("-01"),
                                     Qt::ISODate);
        };
        focus = std::pair{day(from, months.front().month), day(to, months.back().month)};
        if (!focus->first.isValid() || !focus->second.isValid() || focus->second < focus->first) focus.reset();
    }
    timeline_->setMonths(months, focus);
    emit timelineShown(timeline_->monthCount());
}

// The map is drawn from the pairs the list holds: the most frequent ones, which are the ones it can show.
void MainWindow::showPairsMap(const exporting::ListResult& list) {
    std::vector<store::PairRow> pairs;
    pairs.reserve(list.rows.size());
    for (const auto& row : list.rows)
        if (row.size() >= 3) pairs.push_back({row[0].text, row[1].text, std::stoll(row[2].text)});
    pairsMap_->setPairs(pairs);
}

}  // namespace bulletin::app
