#pragma once
// A timeline of meetings (and releases) per month for the current query. Dragging across it chooses a range of
// months, a click one month: rangeSelected() then narrows the query with a date filter.

#include <QChartView>
#include <QDate>

#include <optional>
#include <utility>
#include <vector>

#include "store/timeline.hpp"

class QRubberBand;

namespace bulletin::app {

class TimelineView final : public QChartView {
    Q_OBJECT

public:
    explicit TimelineView(QWidget* parent = nullptr);

    // The axis spans the query's date filter when it has one (`focus`, first and last day), else the months that
    // hold the data's bulk: a few stray dates decades away (a 1968 law named in a 2015 release) no longer squeeze
    // the rest into a corner. zoomOut() shows every month.
    void setMonths(const std::vector<store::MonthCount>& months,
                   std::optional<std::pair<QDate, QDate>> focus = std::nullopt);
    [[nodiscard]] int monthCount() const { return static_cast<int>(months_.size()); }
    // The first and last month the axis shows (invalid when empty).
    [[nodiscard]] std::pair<QDate, QDate> shownMonths() const { return shown_; }
    [[nodiscard]] bool zoomedOut() const { return zoomedOut_; }
    void zoomOut();
    void zoomIn();
    // The first day of the month under a point of the view, clamped to the months shown (invalid when empty).
    [[nodiscard]] QDate monthAt(const QPoint& position) const;
    // "2018-05..2019-12", or "2018-05" for one month: the value of a date: filter.
    [[nodiscard]] static QString rangeFilter(QDate first, QDate last);

signals:
    void rangeSelected(QDate firstMonth, QDate lastMonth);

protected:
    // Follows the application's light or dark palette.
    void changeEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    // Zoom Out to Every Date / Zoom to the Query's Dates (a click already chooses a month).
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyChartTheme();
    [[nodiscard]] int shownMonthCount() const;
    [[nodiscard]] int tickCount() const;

    std::vector<store::MonthCount> given_;   // as last set, to redraw after a palette change
    std::vector<store::MonthCount> months_;  // every month from the first to the last, gaps filled with zeros
    std::optional<std::pair<QDate, QDate>> focus_;  // the query's date filter, as last set
    std::pair<QDate, QDate> shown_;                 // first and last month on the axis
    bool zoomedOut_ = false;
    QRubberBand* band_;
    int dragStart_ = -1;  // x where the drag began, -1 when not dragging
};

}  // namespace bulletin::app
