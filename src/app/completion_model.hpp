#pragma once
// The completer's rows: past queries (whole-query completions) then entity filter terms. A list model over two
// string lists: replacing either is a model reset, not tens of thousands of item allocations (which took 60 ms
// on the GUI thread with 20,000 terms).

#include <QAbstractListModel>
#include <QStringList>

namespace bulletin::app {

class CompletionModel final : public QAbstractListModel {
public:
    static constexpr int kWholeQueryRole = Qt::UserRole + 1;

    using QAbstractListModel::QAbstractListModel;

    void setHistory(const QStringList& queries);
    void setTerms(const QStringList& terms);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QStringList history_, terms_;
};

}  // namespace bulletin::app
