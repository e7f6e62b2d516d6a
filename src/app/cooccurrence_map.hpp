#pragma once
// A heat map of people x agencies for the current query: the people and agencies that occur in the most pairs,
// each cell shaded by the number of releases naming both. Clicking a cell asks for those releases.

#include <QWidget>

#include <map>
#include <vector>

#include "store/entity_reader.hpp"

namespace bulletin::app {

class CooccurrenceMap final : public QWidget {
    Q_OBJECT

public:
    explicit CooccurrenceMap(QWidget* parent = nullptr);

    // Keeps the `maxPeople` people and `maxAgencies` agencies with the most shared releases over all their pairs;
    // as many of them as fit the widget are drawn, the most frequent first.
    void setPairs(const std::vector<store::PairRow>& pairs, int maxPeople = 40, int maxAgencies = 30);
    [[nodiscard]] const QStringList& people() const { return people_; }
    [[nodiscard]] const QStringList& agencies() const { return agencies_; }
    // How many of them the current size shows.
    [[nodiscard]] int visiblePeople() const;
    [[nodiscard]] int visibleAgencies() const;
    // Releases naming both (0 when the pair never occurs).
    [[nodiscard]] qint64 count(int person, int agency) const;
    // The cell under a point, as (person row, agency column); (-1, -1) outside the grid.
    [[nodiscard]] std::pair<int, int> cellAt(const QPoint& position) const;
    [[nodiscard]] QRect cellRect(int person, int agency) const;
    QSize sizeHint() const override;

signals:
    void cellActivated(QString person, QString agency);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    [[nodiscard]] QRect grid() const;

    QStringList people_, agencies_;
    std::map<std::pair<int, int>, qint64> counts_;
    qint64 highest_ = 0;
    int labelWidth_ = 0, headerHeight_ = 0;
};

}  // namespace bulletin::app
