#pragma once
// The result list as a table model. Rows arrive in chunks from the archive worker (DB4S's RowLoader pattern):
// the view asks for more through canFetchMore/fetchMore as it scrolls, and nothing blocks the GUI thread.

#include <QAbstractTableModel>

#include <vector>

#include "archive_session.hpp"

namespace bulletin::app {

class DocumentTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Title, Date, File, Star, ColumnCount };
    static constexpr qint64 kChunk = 200;

    explicit DocumentTableModel(QObject* parent = nullptr);

    void setSession(ArchiveSession* session);
    // Shows the first page of a finished search and remembers the request for further chunks.
    void setResult(quint64 generation, const search::SearchRequest& request, const search::SearchResult& result);
    void clear();

    [[nodiscard]] qint64 total() const { return total_; }
    // The search whose rows these are (ArchiveSession's generation of it).
    [[nodiscard]] quint64 generation() const { return generation_; }
    // Every row of the result is loaded (no chunk left to fetch).
    [[nodiscard]] bool complete() const { return static_cast<qint64>(rows_.size()) >= total_; }
    [[nodiscard]] qint64 documentId(int row) const;
    [[nodiscard]] bool starred(int row) const;
    // After a star was set or taken off: the rows of these releases show it without a new search.
    void setStarred(const QList<qint64>& ids, bool starred);
    [[nodiscard]] const search::SearchRequest& request() const { return request_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    void onRowsFetched(quint64 generation, qint64 offset, std::vector<store::DocumentRow> rows);

    ArchiveSession* session_ = nullptr;
    QMetaObject::Connection rowsConnection_;
    std::vector<store::DocumentRow> rows_;
    search::SearchRequest request_;
    quint64 generation_ = 0;
    qint64 total_ = 0;
    bool fetching_ = false;
};

}  // namespace bulletin::app
