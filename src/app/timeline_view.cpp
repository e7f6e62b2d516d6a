#include "timeline_view.hpp"

#include <QAreaSeries>
#include <QChart>
#include <QContextMenuEvent>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QMenu>
#include <QMouseEvent>
#include <QRubberBand>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace bulletin::app {

namespace {
QDate monthStart(const std::string& month) {
    return QDate::fromString(QString::fromStdString(month) + QStringLiteral("-01"), Qt::ISODate);
}

// Every month from the first to the last one given, so that quiet months show as zero instead of a slope.
std::vector<store::MonthCount> withGapsFilled(const std::vector<store::MonthCount>& months) {
    std::vector<store::MonthCount> out;
    std::size_t next = 0;
    while (next < months.size() && !monthStart(months[next].month).isValid()) ++next;  // malformed dates
    if (next == months.size()) return out;
    const QDate last = monthStart(months.back().month);
    for (QDate m = monthStart(months[next].month); m.isValid() && m <= last; m = m.addMonths(1)) {
        const std::string key = m.toString(QStringLiteral("yyyy-MM")).toStdString();
        while (next < months.size() && months[next].month < key) ++next;
        if (next < months.size() && months[next].month == key)
            out.push_back(months[next]);
        else
            out.push_back({key, 0, 0});
    }
    return out;
}

qreal msecs(QDate d) {
    return static_cast<qreal>(d.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}
}  // namespace

TimelineView::TimelineView(QWidget* parent) : QChartView(parent), band_(new QRubberBand(QRubberBand::Rectangle, this)) {
    setRenderHint(QPainter::Antialiasing);
    setToolTip(
        tr("Meetings per month. Drag across months (or click one) to narrow the query to them; "
           "right-click to zoom out to every date."));
    chart()->legend()->setAlignment(Qt::AlignTop);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setMinimumHeight(160);
    setMonths({});
}

void TimelineView::applyChartTheme() {
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(palette().color(QPalette::Base));
    chart()->legend()->setLabelColor(palette().color(QPalette::Text));
}

void TimelineView::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) setMonths(given_, focus_);  // a theme change resets the colours
}

// How many months the axis shows (0 when empty).
int TimelineView::shownMonthCount() const {
    if (!shown_.first.isValid()) return 0;
    return (shown_.second.year() - shown_.first.year()) * 12 + shown_.second.month() - shown_.first.month() + 1;
}

// As many labels as fit the width (a year's label needs about 70 pixels; cramming ten into a narrow pane elided
// them all to "20…"), and no more than the months shown.
int TimelineView::tickCount() const { return std::clamp(std::min(shownMonthCount() + 1, width() / 70), 2, 10); }

void TimelineView::resizeEvent(QResizeEvent* event) {
    QChartView::resizeEvent(event);
    if (!shown_.first.isValid()) return;
    for (auto* axis : chart()->axes(Qt::Horizontal))
        if (auto* x = qobject_cast<QDateTimeAxis*>(axis)) x->setTickCount(tickCount());
}

void TimelineView::zoomOut() {
    zoomedOut_ = true;
    setMonths(given_, focus_);
}

void TimelineView::zoomIn() {
    zoomedOut_ = false;
    setMonths(given_, focus_);
}

void TimelineView::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    QAction* out = menu.addAction(tr("Zoom Out to Every Date"), this, &TimelineView::zoomOut);
    out->setEnabled(!zoomedOut_ && !months_.empty());
    QAction* in = menu.addAction(tr("Zoom to the Query's Dates"), this, &TimelineView::zoomIn);
    in->setEnabled(zoomedOut_);
    menu.exec(event->globalPos());
}

namespace {
// The months that hold all but the sparse edges of the counts: from the first month where the running total passes
// 1% of all to the last month before the final 1%. A handful of stray dates decades away leave the axis alone.
std::pair<std::size_t, std::size_t> bulkOf(const std::vector<store::MonthCount>& months) {
    std::int64_t total = 0;
    for (const auto& m : months) total += m.meetings + m.releases;
    if (months.empty() || total == 0) return {0, months.empty() ? 0 : months.size() - 1};
    const std::int64_t edge = total / 100;
    std::size_t first = 0, last = months.size() - 1;
    for (std::int64_t seen = 0; first < last; ++first) {
        seen += months[first].meetings + months[first].releases;
        if (seen > edge) break;
    }
    for (std::int64_t seen = 0; last > first; --last) {
        seen += months[last].meetings + months[last].releases;
        if (seen > edge) break;
    }
    return {first, last};
}
}  // namespace

void TimelineView::setMonths(const std::vector<store::MonthCount>& months,
                             std::optional<std::pair<QDate, QDate>> focus) {
    if (focus != focus_) zoomedOut_ = false;  // a new date filter is looked at first
    given_ = months;
    focus_ = focus;
    months_ = withGapsFilled(months);
    shown_ = {};
    if (!months_.empty()) {
        const QDate dataFirst = monthStart(months_.front().month), dataLast = monthStart(months_.back().month);
        if (zoomedOut_) {
            shown_ = {dataFirst, dataLast};
        } else if (focus) {
            shown_ = {QDate(focus->first.year(), focus->first.month(), 1),
                      QDate(focus->second.year(), focus->second.month(), 1)};
        } else {
            const auto [first, last] = bulkOf(months_);
            shown_ = {monthStart(months_[first].month), monthStart(months_[last].month)};
        }
    }
    applyChartTheme();
    auto* c = chart();
    c->removeAllSeries();
    for (auto* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    c->setTitle(months_.empty() ? tr("No dated meetings or releases for this query") : QString());
    // Sharp steps, not slopes: a month's count holds for the whole month.
    auto* meetings = new QLineSeries(c);
    auto* releases = new QLineSeries(c);
    releases->setName(tr("Releases"));
    std::int64_t highest = 1;
    for (const auto& m : months_) {
        const QDate start = monthStart(m.month);
        for (const qreal x : {msecs(start), msecs(start.addMonths(1)) - 1}) {
            meetings->append(x, static_cast<qreal>(m.meetings));
            releases->append(x, static_cast<qreal>(m.releases));
        }
        highest = std::max({highest, m.meetings, m.releases});
    }
    // Meetings filled, releases as a line over them: the two read apart even where they coincide.
    auto* meetingArea = new QAreaSeries(meetings);
    meetingArea->setName(tr("Meetings"));
    QColor fill = palette().color(QPalette::Highlight);
    meetingArea->setPen(QPen(fill, 1));
    fill.setAlphaF(0.55);
    meetingArea->setBrush(fill);
    releases->setPen(QPen(palette().color(QPalette::Text), 1, Qt::DotLine));
    c->addSeries(meetingArea);
    c->addSeries(releases);
    auto* x = new QDateTimeAxis(c);
    x->setFormat(shownMonthCount() > 36 ? QStringLiteral("yyyy") : QStringLiteral("yyyy-MM"));
    x->setTickCount(tickCount());
    if (shown_.first.isValid())
        x->setRange(shown_.first.startOfDay(Qt::UTC), shown_.second.addMonths(1).startOfDay(Qt::UTC));
    auto* y = new QValueAxis(c);
    y->setLabelFormat(QStringLiteral("%d"));
    // Whole-number ticks: 1, 2, 5 or 10 times a power of ten, about four of them.
    qreal step = 1;
    for (qreal base = 1; step * 4 < static_cast<qreal>(highest); base *= 10)
        for (const qreal m : {1.0, 2.0, 5.0, 10.0})
            if (step * 4 < static_cast<qreal>(highest)) step = base * m;
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setRange(0, std::ceil(static_cast<qreal>(highest) / step) * step);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series :
         {static_cast<QAbstractSeries*>(meetingArea), static_cast<QAbstractSeries*>(releases)}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

QDate TimelineView::monthAt(const QPoint& position) const {
    if (months_.empty()) return {};
    const QPointF value = chart()->mapToValue(mapToScene(position));
    QDate day = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(value.x()), Qt::UTC).date();
    day = QDate(day.year(), day.month(), 1);
    return std::clamp(day, shown_.first, shown_.second);
}

QString TimelineView::rangeFilter(QDate first, QDate last) {
    if (last < first) std::swap(first, last);
    const QString from = first.toString(QStringLiteral("yyyy-MM")), to = last.toString(QStringLiteral("yyyy-MM"));
    return from == to ? from : from + QStringLiteral("..") + to;
}

void TimelineView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || months_.empty() ||
        !chart()->plotArea().contains(mapToScene(event->position().toPoint()))) {
        QChartView::mousePressEvent(event);
        return;
    }
    dragStart_ = event->position().toPoint().x();
    const QRectF plot = mapFromScene(chart()->plotArea()).boundingRect();
    band_->setGeometry(
        QRect(QPoint(dragStart_, static_cast<int>(plot.top())), QSize(1, static_cast<int>(plot.height()))));
    band_->show();
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent* event) {
    if (dragStart_ < 0) {
        QChartView::mouseMoveEvent(event);
        return;
    }
    const int x = event->position().toPoint().x();
    const QRect geometry = band_->geometry();
    band_->setGeometry(
        QRect(QPoint(std::min(dragStart_, x), geometry.top()), QSize(std::abs(x - dragStart_) + 1, geometry.height())));
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event) {
    if (dragStart_ < 0) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    const QPoint end = event->position().toPoint();
    const QDate first = monthAt(QPoint(dragStart_, end.y())), last = monthAt(end);
    dragStart_ = -1;
    band_->hide();
    event->accept();
    if (first.isValid() && last.isValid()) emit rangeSelected(std::min(first, last), std::max(first, last));
}

}  // namespace bulletin::app
