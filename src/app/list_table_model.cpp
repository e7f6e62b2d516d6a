#include "list_table_model.hpp"

#include "core/text.hpp"
#include "entity_filter.hpp"

#include <QCollator>

#include <algorithm>

namespace bulletin::app {

ListTableModel::ListTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ListTableModel::setList(exporting::ListKind kind, exporting::ListResult list) {
    beginResetModel();
    kind_ = kind;
    list_ = std::move(list);
    list_.origins.resize(list_.rows.size());
    archiveOrder_.clear();
    archiveOrigins_.clear();
    sortColumn_ = -1;
    endResetModel();
}

void ListTableModel::sort(int column, Qt::SortOrder sortOrder) {
    if (column >= static_cast<int>(list_.columns.size())) return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    if (archiveOrder_.empty()) {
        archiveOrder_ = list_.rows;
        archiveOrigins_ = list_.origins;
    }
    list_.rows = archiveOrder_;
    list_.origins = archiveOrigins_;
    sortColumn_ = column;
    if (column >= 0) {
        // Keys made once per row (not per comparison): numbers as numbers, text by the locale's collation.
        const auto c = static_cast<std::size_t>(column);
        const bool numeric = std::all_of(list_.rows.begin(), list_.rows.end(), [c](const exporting::Row& r) {
            return r[c].type == exporting::Cell::Type::Number;
        });
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        std::vector<long long> numbers;
        std::vector<QCollatorSortKey> keys;
        for (const auto& row : list_.rows) {
            const auto& cell = row[c];
            if (numeric) numbers.push_back(cell.text.empty() ? 0 : std::stoll(cell.text));
            else keys.push_back(collator.sortKey(QString::fromStdString(
                     cell.type == exporting::Cell::Type::List ? text::join(cell.values, "; ") : cell.text)));
        }
        std::vector<std::size_t> order(list_.rows.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        auto less = [&](std::size_t a, std::size_t b) {
            return numeric ? numbers[a] < numbers[b] : keys[a].compare(keys[b]) < 0;
        };
        // Stable: rows that tie keep the archive's order (most mentioned first, newest first...).
        if (sortOrder == Qt::AscendingOrder) std::stable_sort(order.begin(), order.end(), less);
        else std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return less(b, a); });
        std::vector<exporting::Row> sorted;
        std::vector<exporting::RowOrigin> origins;
        sorted.reserve(order.size());
        origins.reserve(order.size());
        for (const auto i : order) {
            sorted.push_back(std::move(list_.rows[i]));
            origins.push_back(list_.origins[i]);
        }
        list_.rows = std::move(sorted);
        list_.origins = std::move(origins);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

exporting::RowOrigin ListTableModel::origin(int row) const {
    if (row < 0 || static_cast<std::size_t>(row) >= list_.origins.size()) return {};
    return list_.origins[static_cast<std::size_t>(row)];
}

QString ListTableModel::filterFor(int row) const {
    if (row < 0 || static_cast<std::size_t>(row) >= list_.rows.size()) return {};
    EntityType type = EntityType::Person;
    switch (kind_) {
        case exporting::ListKind::People: type = EntityType::Person; break;
        case exporting::ListKind::Agencies: type = EntityType::Agency; break;
        case exporting::ListKind::Locations: type = EntityType::Location; break;
        case exporting::ListKind::Tags: {
            QString tag = QString::fromStdString(list_.rows[static_cast<std::size_t>(row)][0].text);
            return QStringLiteral("tag:\"%1\"").arg(tag.replace(QLatin1Char('"'), QLatin1Char('\'')));
        }
        default: return {};
    }
    return entityFilter(type, QString::fromStdString(list_.rows[static_cast<std::size_t>(row)][0].text));
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
