#include "completion_model.hpp"

#include <QCoreApplication>

namespace bulletin::app {

void CompletionModel::setHistory(const QStringList& queries) {
    beginResetModel();
    history_ = queries;
    endResetModel();
}

void CompletionModel::setTerms(const QStringList& terms) {
    beginResetModel();
    terms_ = terms;
    endResetModel();
}

int CompletionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(history_.size() + terms_.size());
}

QVariant CompletionModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const bool wholeQuery = index.row() < history_.size();
    switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole: return wholeQuery ? history_[index.row()] : terms_[index.row() - history_.size()];
        case kWholeQueryRole: return wholeQuery;
        case Qt::ToolTipRole:
            return wholeQuery ? QCoreApplication::translate("bulletin::app::QueryCompleter", "An earlier query") : QVariant();
        default: return {};
    }
}

}  // namespace bulletin::app
