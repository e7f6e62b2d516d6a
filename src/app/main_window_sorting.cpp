// MainWindow: sorting by a column header. The documents list is sorted by the archive (a header click picks the
// matching order: title, or date newest/oldest first); other lists, once wholly on screen, sort in memory, and an
// export then writes them in that order.

#include <QHeaderView>

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
        if (section == DocumentTableModel::Title) sort = store::DocumentSort::Title;
        else if (section == DocumentTableModel::Date)
            sort = current == store::DocumentSort::DateDescending ? store::DocumentSort::DateAscending
                                                                  : store::DocumentSort::DateDescending;
        ui_->sortCombo->setCurrentIndex(ui_->sortCombo->findData(static_cast<int>(sort)));
        showDocumentSortIndicator();
    });
    connect(ui_->sortCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (listKind_ == exporting::ListKind::Documents) showDocumentSortIndicator();
    });
}

void MainWindow::showDocumentSortIndicator() {
    auto* header = ui_->resultsView->horizontalHeader();
    switch (static_cast<store::DocumentSort>(ui_->sortCombo->currentData().toInt())) {
        case store::DocumentSort::Title: header->setSortIndicator(DocumentTableModel::Title, Qt::AscendingOrder); break;
        case store::DocumentSort::DateDescending: header->setSortIndicator(DocumentTableModel::Date, Qt::DescendingOrder); break;
        case store::DocumentSort::DateAscending: header->setSortIndicator(DocumentTableModel::Date, Qt::AscendingOrder); break;
        case store::DocumentSort::Relevance: header->setSortIndicator(-1, Qt::AscendingOrder); break;
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
