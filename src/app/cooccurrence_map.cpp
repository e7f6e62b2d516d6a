#include "cooccurrence_map.hpp"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace bulletin::app {

namespace {
constexpr int kMaxLabel = 200;   // people's names, elided beyond
constexpr int kMaxHeader = 130;  // agencies' names, written upwards
constexpr int kMaxCell = 56;
constexpr int kMinCellWidth = 18;
constexpr int kMinCellHeight = 15;

// The `n` names with the highest totals, highest first (ties by name, so the map is stable).
QStringList topNames(const std::map<std::string, qint64>& totals, int n) {
    std::vector<std::pair<std::string, qint64>> sorted(totals.begin(), totals.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    QStringList out;
    for (const auto& [name, total] : sorted) {
        if (out.size() >= n) break;
        out << QString::fromStdString(name);
    }
    return out;
}
}  // namespace

CooccurrenceMap::CooccurrenceMap(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setMinimumHeight(160);
}

void CooccurrenceMap::setPairs(const std::vector<store::PairRow>& pairs, int maxPeople, int maxAgencies) {
    std::map<std::string, qint64> personTotals, agencyTotals;
    for (const auto& p : pairs) {
        personTotals[p.person] += p.documents;
        agencyTotals[p.agency] += p.documents;
    }
    people_ = topNames(personTotals, maxPeople);
    agencies_ = topNames(agencyTotals, maxAgencies);
    counts_.clear();
    highest_ = 0;
    for (const auto& p : pairs) {
        const int row = static_cast<int>(people_.indexOf(QString::fromStdString(p.person)));
        const int column = static_cast<int>(agencies_.indexOf(QString::fromStdString(p.agency)));
        if (row < 0 || column < 0) continue;
        counts_[{row, column}] = p.documents;
        highest_ = std::max<qint64>(highest_, p.documents);
    }
    const QFontMetrics metrics(font());
    labelWidth_ = 0;
    headerHeight_ = 0;
    for (const auto& name : people_) labelWidth_ = std::max(labelWidth_, metrics.horizontalAdvance(name) + 8);
    for (const auto& name : agencies_) headerHeight_ = std::max(headerHeight_, metrics.horizontalAdvance(name) + 8);
    labelWidth_ = std::min(labelWidth_, kMaxLabel);
    headerHeight_ = std::min(headerHeight_, kMaxHeader);
    updateGeometry();
    update();
}

qint64 CooccurrenceMap::count(int person, int agency) const {
    const auto it = counts_.find({person, agency});
    return it == counts_.end() ? 0 : it->second;
}

int CooccurrenceMap::visiblePeople() const {
    return std::min(static_cast<int>(people_.size()), std::max(0, (height() - headerHeight_ - 4) / kMinCellHeight));
}

int CooccurrenceMap::visibleAgencies() const {
    return std::min(static_cast<int>(agencies_.size()), std::max(0, (width() - labelWidth_ - 4) / kMinCellWidth));
}

QRect CooccurrenceMap::grid() const {
    const int rows = visiblePeople(), columns = visibleAgencies();
    if (rows == 0 || columns == 0) return {};
    const int cellWidth = std::clamp((width() - labelWidth_ - 4) / columns, kMinCellWidth, kMaxCell);
    const int cellHeight = std::clamp((height() - headerHeight_ - 4) / rows, kMinCellHeight, kMaxCell / 2);
    return {labelWidth_, headerHeight_, cellWidth * columns, cellHeight * rows};
}

QRect CooccurrenceMap::cellRect(int person, int agency) const {
    const QRect g = grid();
    if (g.isEmpty() || person < 0 || agency < 0 || person >= visiblePeople() || agency >= visibleAgencies()) return {};
    const int w = g.width() / visibleAgencies(), h = g.height() / visiblePeople();
    return {g.left() + agency * w, g.top() + person * h, w, h};
}

std::pair<int, int> CooccurrenceMap::cellAt(const QPoint& position) const {
    const QRect g = grid();
    if (!g.contains(position)) return {-1, -1};
    const int w = g.width() / visibleAgencies(), h = g.height() / visiblePeople();
    return {std::min((position.y() - g.top()) / h, visiblePeople() - 1),
            std::min((position.x() - g.left()) / w, visibleAgencies() - 1)};
}

QSize CooccurrenceMap::sizeHint() const {
    return {labelWidth_ + 28 * static_cast<int>(std::max<qsizetype>(agencies_.size(), 4)),
            headerHeight_ + 20 * static_cast<int>(std::max<qsizetype>(people_.size(), 4))};
}

void CooccurrenceMap::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (grid().isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No person and agency are named together in this result"));
        return;
    }
    const QColor hot = palette().color(QPalette::Highlight);
    const QFontMetrics metrics(font());
    for (int row = 0; row < visiblePeople(); ++row) {
        const QRect first = cellRect(row, 0);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(0, first.top(), labelWidth_ - 6, first.height()), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(people_[row], Qt::ElideRight, labelWidth_ - 6));
        for (int column = 0; column < visibleAgencies(); ++column) {
            const QRect cell = cellRect(row, column).adjusted(0, 0, -1, -1);
            const qint64 n = count(row, column);
            QColor fill = hot;
            // Square root: a few very frequent pairs must not wash out the rest.
            fill.setAlphaF(n == 0 ? 0.0 : 0.15 + 0.85 * std::sqrt(static_cast<double>(n) / static_cast<double>(highest_)));
            painter.fillRect(cell, n == 0 ? palette().color(QPalette::AlternateBase) : fill);
            if (n > 0 && cell.width() >= metrics.horizontalAdvance(QString::number(n)) + 4 && cell.height() >= metrics.height()) {
                painter.setPen(fill.alphaF() > 0.55 ? palette().color(QPalette::HighlightedText) : palette().color(QPalette::Text));
                painter.drawText(cell, Qt::AlignCenter, QString::number(n));
            }
        }
    }
    // Agency names written upwards above their columns.
    painter.setPen(palette().color(QPalette::Text));
    for (int column = 0; column < visibleAgencies(); ++column) {
        const QRect cell = cellRect(0, column);
        painter.save();
        painter.translate(cell.center().x() + metrics.ascent() / 2 - 2, headerHeight_ - 4);
        painter.rotate(-90);
        painter.drawText(0, 0, metrics.elidedText(agencies_[column], Qt::ElideRight, headerHeight_ - 8));
        painter.restore();
    }
    if (visiblePeople() < people_.size() || visibleAgencies() < agencies_.size()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(0, 0, labelWidth_ - 6, headerHeight_ - 4), Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap,
                         tr("%1 of %2 people,\n%3 of %4 agencies\n(enlarge to see more)")
                             .arg(visiblePeople()).arg(people_.size()).arg(visibleAgencies()).arg(agencies_.size()));
    }
}

void CooccurrenceMap::mouseMoveEvent(QMouseEvent* event) {
    const auto [row, column] = cellAt(event->position().toPoint());
    if (row < 0) {
        QToolTip::hideText();
        return;
    }
    const qint64 n = count(row, column);
    const QString text = n == 1 ? tr("%1 and %2: 1 release names both").arg(people_[row], agencies_[column])
                                : tr("%1 and %2: %L3 releases name both").arg(people_[row], agencies_[column]).arg(n);
    QToolTip::showText(event->globalPosition().toPoint(), text, this, cellRect(row, column));
}

void CooccurrenceMap::mouseReleaseEvent(QMouseEvent* event) {
    const auto [row, column] = cellAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && row >= 0 && count(row, column) > 0)
        emit cellActivated(people_[row], agencies_[column]);
}

}  // namespace bulletin::app
