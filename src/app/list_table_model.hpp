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

    void setList(exporting::ListKind kind, exporting::ListResult list);
    [[nodiscard]] exporting::ListKind kind() const { return kind_; }
    [[nodiscard]] const exporting::ListResult& list() const { return list_; }
    // The filter that narrows to a row (entity lists), e.g. agency:"NACTA"; empty for other lists.
    [[nodiscard]] QString filterFor(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    exporting::ListKind kind_ = exporting::ListKind::People;
    exporting::ListResult list_;
};

}  // namespace bulletin::app
