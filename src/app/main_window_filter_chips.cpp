// MainWindow: the filters of the current query (agency:, person:, date:...) shown as chips under the search field;
// clicking one removes that filter from the query.

#include <QHBoxLayout>
#include <QToolButton>

#include "main_window.hpp"
#include "search/query_parser.hpp"
#include "ui_main_window.h"

namespace bulletin::app {

void MainWindow::updateFilterChips() {
    auto* layout = ui_->filterChipsLayout;
    while (auto* item = layout->takeAt(0)) {
        if (auto* w = item->widget()) {
            // Later: the chip being clicked may be the one rebuilding the row.
            w->setObjectName(QString());
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    const QString query = ui_->searchEdit->text();
    const QByteArray utf8 = query.toUtf8();  // the parser's spans are UTF-8 byte offsets
    const auto terms = search::filterTerms(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    for (const auto& term : terms) {
        auto* chip = new QToolButton(ui_->filterChips);
        chip->setObjectName(QStringLiteral("filterChip"));
        const QString label = (term.negated ? tr("not %1: %2") : tr("%1: %2"))
                                  .arg(QString::fromStdString(term.field), QString::fromStdString(term.value));
        chip->setText(label + QStringLiteral("  \u2715"));
        chip->setToolTip(tr("Remove the filter %1").arg(label));
        chip->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 9px;"
                                           " padding: 1px 8px; background: palette(alternate-base); }"));
        connect(chip, &QToolButton::clicked, this, [this, begin = term.begin, end = term.end, utf8] {
            // Only if the query is still the one the chip was made from (a keystroke rebuilds the chips anyway).
            if (ui_->searchEdit->text().toUtf8() != utf8) return;
            const auto rest = search::withoutRange(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())),
                                                   begin, end);
            ui_->searchEdit->setText(QString::fromStdString(rest));
            searchTimer_.stop();
            runSearch();
        });
        layout->addWidget(chip);
    }
    layout->addStretch(1);
    ui_->filterChips->setVisible(!terms.empty());
}

}  // namespace bulletin::app
