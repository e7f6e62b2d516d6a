#pragma once
// A non-document list (people, agencies, places, dates, meetings, pairs) as a table model. Rows come whole from
// the archive worker; entity lists are short next to document lists.

#include <QAbstractTableModel>

#include "export/list_export.hpp"

namespace bulletin::app {

class ListTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit ListTableModel(QObject* parent = nullptr);

    // A new list, in the archive's order (any column sort is dropped).
    void setList(exporting::ListKind kind, exporting::ListResult list);
    // Sorts the rows in memory (numbers as numbers, text ignoring case); column < 0 restores the archive's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The column the rows are sorted by, -1 when they are in the archive's order.
    [[nodiscard]] int sortColumn() const { return sortColumn_; }
    [[nodiscard]] exporting::ListKind kind() const { return kind_; }
    [[nodiscard]] const exporting::ListResult& list() const { return list_; }
    // The filter that narrows to a row (entity lists), e.g. agency:"NACTA"; empty for other lists.
    [[nodiscard]] QString filterFor(int row) const;
    // The release a row comes from and where in it (documentId 0 for people, agencies, places and pairs).
    [[nodiscard]] exporting::RowOrigin origin(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    exporting::ListKind kind_ = exporting::ListKind::People;
    exporting::ListResult list_;
    std::vector<exporting::Row> archiveOrder_;  // the rows as loaded, to undo a column sort
    std::vector<exporting::RowOrigin> archiveOrigins_;
    int sortColumn_ = -1;
};

}  // namespace bulletin::app
