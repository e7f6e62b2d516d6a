// MainWindow: sorting by a column header. The documents list is sorted by the archive (a header click picks the
// matching order: title, or date newest/oldest first); other lists, once wholly on screen, sort in memory, and an
// export then writes them in that order.

#include <QHeaderView>
#include <QLabel>

#include "main_window.hpp"
#include "ui_main_window.h"

namespace bulletin::app {

void MainWindow::setUpSorting() {
    auto* header = ui_->resultsView->horizontalHeader();
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    connect(header, &QHeaderView::sectionClicked, this, [this](int section) {
        if (listKind_ != exporting::ListKind::Documents) return;  // the view sorts other lists itself
        const auto current = static_cast<store::DocumentSort>(ui_->sortCombo->currentData().toInt());
        store::DocumentSort sort = current;
        if (section == DocumentTableModel::Title)
            sort = store::DocumentSort::Title;
        else if (section == DocumentTableModel::Date)
            sort = current == store::DocumentSort::DateDescending ? store::DocumentSort::DateAscending
                                                                  : store::DocumentSort::DateDescending;
        ui_->sortCombo->setCurrentIndex(ui_->sortCombo->findData(static_cast<int>(sort)));
        showDocumentSortIndicator();
    });
    connect(ui_->sortCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (listKind_ == exporting::ListKind::Documents) showDocumentSortIndicator();
    });
    // (The label's text is rich only when it holds a link: Qt::AutoText tells, and plain messages stay plain.)
    ui_->resultLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(ui_->resultLabel, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("rank"))
            rankByRelevance(true);
        else if (link == QLatin1String("cancel-rank"))
            rankByRelevance(false);
    });
}

void MainWindow::rankByRelevance(bool rank) {
    if (!session_) return;
    rankedQuery_ = rank ? ui_->searchEdit->text().toStdString() : std::string();
    runSearch();  // (a running ranking stops: the newest-first listing comes back)
    if (rank) showRankingProgress(session_->currentGeneration(), 0.0);
}

void MainWindow::showRankingProgress(quint64 generation, double done) {
    if (!session_ || generation != session_->currentGeneration() || rankedQuery_.empty()) return;
    ui_->resultLabel->setText(tr("Ranking every match by relevance… %1% %2")
                                  .arg(static_cast<int>(done * 100.0 + 0.5))
                                  .arg(QStringLiteral("<a href=\"cancel-rank\">%1</a>").arg(tr("Cancel"))));
}

// "1 release", "10,000+ releases", with what is new in a watched search and why the list is newest first (then as
// rich text with a link: the caller escapes what it adds).
QString MainWindow::resultSummary(const search::SearchResult& result) const {
    QString label = result.totalEstimated ? tr("about %L1 releases").arg(result.total)
                    : result.totalCapped  ? tr("%L1+ releases").arg(result.total)
                    : result.total == 1   ? tr("1 release")
                                          : tr("%L1 releases").arg(result.total);
    if (pendingRequest_.newAfter > 0)
        label = tr("%1, %L2 new since you last looked (first, in bold)").arg(label).arg(result.newCount);
    if (result.newestFirstInstead && session_)
        label += QStringLiteral(" — ") +
                 tr("so many that the newest come first; %1 (slower)")
                     .arg(QStringLiteral("<a href=\"rank\">%1</a>").arg(tr("rank them by relevance")));
    return label;
}

void MainWindow::showDocumentSortIndicator() {
    auto* header = ui_->resultsView->horizontalHeader();
    switch (static_cast<store::DocumentSort>(ui_->sortCombo->currentData().toInt())) {
        case store::DocumentSort::Title:
            header->setSortIndicator(DocumentTableModel::Title, Qt::AscendingOrder);
            break;
        case store::DocumentSort::DateDescending:
            header->setSortIndicator(DocumentTableModel::Date, Qt::DescendingOrder);
            break;
        case store::DocumentSort::DateAscending:
            header->setSortIndicator(DocumentTableModel::Date, Qt::AscendingOrder);
            break;
        case store::DocumentSort::Relevance:
            header->setSortIndicator(-1, Qt::AscendingOrder);
            break;
    }
}

void MainWindow::updateListSorting(bool documents, bool wholeListShown) {
    auto* header = ui_->resultsView->horizontalHeader();
    ui_->resultsView->setSortingEnabled(false);
    if (documents) {
        showDocumentSortIndicator();
        header->setToolTip(tr("Click Title or Date to sort the releases"));
        return;
    }
    // A list cut at the row limit is not sorted on screen: the rows shown would be the first ones by the archive's
    // order, sorted, not the list's first ones by that column.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    ui_->resultsView->setSortingEnabled(wholeListShown);
    header->setToolTip(wholeListShown ? tr("Click a column to sort by it; an export keeps that order")
                                      : tr("Only part of this list is shown: narrow the query to sort it by a column"));
}

}  // namespace bulletin::app
