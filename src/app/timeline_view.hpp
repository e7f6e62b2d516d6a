#pragma once
// A timeline of meetings (and releases) per month for the current query. Dragging across it chooses a range of
// months, a click one month: rangeSelected() then narrows the query with a date filter.

#include <QChartView>
#include <QDate>

#include <vector>

#include "store/timeline.hpp"

class QRubberBand;

namespace bulletin::app {

class TimelineView final : public QChartView {
    Q_OBJECT

public:
    explicit TimelineView(QWidget* parent = nullptr);

    void setMonths(const std::vector<store::MonthCount>& months);
    [[nodiscard]] int monthCount() const { return static_cast<int>(months_.size()); }
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

private:
    void applyChartTheme();

    std::vector<store::MonthCount> given_;   // as last set, to redraw after a palette change
    std::vector<store::MonthCount> months_;  // every month from the first to the last, gaps filled with zeros
    QRubberBand* band_;
    int dragStart_ = -1;  // x where the drag began, -1 when not dragging
};

}  // namespace bulletin::app
