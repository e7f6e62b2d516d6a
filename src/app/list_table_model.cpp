#include "list_table_model.hpp"

#include "core/text.hpp"

namespace bulletin::app {

ListTableModel::ListTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ListTableModel::setList(exporting::ListKind kind, exporting::ListResult list) {
    beginResetModel();
    kind_ = kind;
    list_ = std::move(list);
    endResetModel();
}

QString ListTableModel::filterFor(int row) const {
    if (row < 0 || static_cast<std::size_t>(row) >= list_.rows.size()) return {};
    const char* field = nullptr;
    switch (kind_) {
        case exporting::ListKind::People: field = "person"; break;
        case exporting::ListKind::Agencies: field = "agency"; break;
        case exporting::ListKind::Locations: field = "location"; break;
        default: return {};
    }
    QString name = QString::fromStdString(list_.rows[static_cast<std::size_t>(row)][0].text);
    name.replace(QLatin1Char('"'), QLatin1Char('\''));
    return QString::fromLatin1(field) + QStringLiteral(":\"") + name + QLatin1Char('"');
}

int ListTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(list_.rows.size());
}

int ListTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(list_.columns.size());
}

QVariant ListTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || static_cast<std::size_t>(index.row()) >= list_.rows.size()) return {};
    const auto& cell = list_.rows[static_cast<std::size_t>(index.row())][static_cast<std::size_t>(index.column())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (cell.type == exporting::Cell::Type::List) return QString::fromStdString(text::join(cell.values, "; "));
        if (cell.type == exporting::Cell::Type::Number && role == Qt::DisplayRole) return QString::fromStdString(cell.text).toLongLong();
        return QString::fromStdString(cell.text);
    }
    if (role == Qt::TextAlignmentRole && cell.type == exporting::Cell::Type::Number)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ListTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        static_cast<std::size_t>(section) >= list_.columns.size())
        return {};
    QString title = QString::fromStdString(list_.columns[static_cast<std::size_t>(section)]);
    if (!title.isEmpty()) title[0] = title[0].toUpper();
    return title;
}

}  // namespace bulletin::app
