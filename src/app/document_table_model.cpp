#include "document_table_model.hpp"

#include <QFileInfo>
#include <QFont>

namespace bulletin::app {

DocumentTableModel::DocumentTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void DocumentTableModel::setSession(ArchiveSession* session) {
    clear();
    disconnect(rowsConnection_);
    session_ = session;
    if (session_)
        rowsConnection_ = connect(session_->worker(), &ArchiveWorker::rowsFetched, this,
                                  &DocumentTableModel::onRowsFetched, Qt::QueuedConnection);
}

void DocumentTableModel::clear() {
    beginResetModel();
    rows_.clear();
    total_ = 0;
    fetching_ = false;
    endResetModel();
}

void DocumentTableModel::setResult(quint64 generation, const search::SearchRequest& request,
                                   const search::SearchResult& result) {
    beginResetModel();
    generation_ = generation;
    request_ = request;
    rows_ = result.rows;
    total_ = result.total;
    fetching_ = false;
    endResetModel();
}

qint64 DocumentTableModel::documentId(int row) const {
    return row >= 0 && static_cast<std::size_t>(row) < rows_.size() ? rows_[static_cast<std::size_t>(row)].id : 0;
}

bool DocumentTableModel::starred(int row) const {
    return row >= 0 && static_cast<std::size_t>(row) < rows_.size() && rows_[static_cast<std::size_t>(row)].starred;
}

void DocumentTableModel::setStarred(const QList<qint64>& ids, bool starred) {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (!ids.contains(rows_[i].id) || rows_[i].starred == starred) continue;
        rows_[i].starred = starred;
        const QModelIndex cell = index(static_cast<int>(i), Star);
        emit dataChanged(cell, cell, {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
    }
}

int DocumentTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int DocumentTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DocumentTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || static_cast<std::size_t>(index.row()) >= rows_.size()) return {};
    const auto& r = rows_[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case Title: return QString::fromStdString(r.title);
            case Date: return QString::fromStdString(r.publicationDate);
            case File: return QFileInfo(QString::fromStdString(r.path)).fileName();
            case Star: return r.starred ? QStringLiteral("★") : QString();
            default: return {};
        }
    }
    if (index.column() == Star && role == Qt::TextAlignmentRole) return Qt::AlignCenter;
    if (index.column() == Star && (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole))
        return r.starred ? tr("Starred: click to remove the star") : tr("Not starred: click to star");
    // A watched search's releases stored since the analyst last looked: first in the list, in bold.
    if (role == Qt::FontRole && r.isNew) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == File) return QString::fromStdString(r.path);
        if (index.column() == Title && r.isNew)
            return tr("New since you last looked") +
                   (r.snippet.empty() ? QString() : QStringLiteral("\n") + QString::fromStdString(r.snippet));
        if (index.column() == Title && !r.snippet.empty()) return QString::fromStdString(r.snippet);
    }
    if (index.column() == Title && role == Qt::AccessibleTextRole && r.isNew)
        return tr("New: %1").arg(QString::fromStdString(r.title));
    if (role == Qt::UserRole) return QVariant::fromValue(static_cast<qint64>(r.id));
    return {};
}

QVariant DocumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && section == Star && role == Qt::ToolTipRole) return tr("Starred (Ctrl+D)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Title: return tr("Title");
        case Date: return tr("Date");
        case File: return tr("File");
        case Star: return QStringLiteral("★");
        default: return {};
    }
}

bool DocumentTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && session_ && !fetching_ && static_cast<qint64>(rows_.size()) < total_;
}

void DocumentTableModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) return;
    fetching_ = true;
    search::SearchRequest next = request_;
    next.offset = static_cast<qint64>(rows_.size());
    next.limit = kChunk;
    session_->fetchRows(generation_, next);
}

void DocumentTableModel::onRowsFetched(quint64 generation, qint64 offset, std::vector<store::DocumentRow> rows) {
    if (generation != generation_ || offset != static_cast<qint64>(rows_.size())) return;
    fetching_ = false;
    if (rows.empty()) {
        total_ = static_cast<qint64>(rows_.size());  // the archive shrank meanwhile
        return;
    }
    const int first = static_cast<int>(rows_.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    for (auto& r : rows) rows_.push_back(std::move(r));
    endInsertRows();
}

}  // namespace bulletin::app
