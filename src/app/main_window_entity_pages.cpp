// MainWindow: entity pages, opened from the entity lists and from entities in the document view.

#include <QMenu>
#include <QStatusBar>
#include <QTextBrowser>

#include "document_renderer.hpp"
#include "entity_page.hpp"
#include "entity_filter.hpp"
#include "main_window.hpp"
#include "ui_main_window.h"

namespace bulletin::app {

void MainWindow::openEntityPage(EntityType type, const QString& name) {
    if (!session_) return;
    if (entityPage_ && entityPage_->property("archive").toString() != session_->path()) {
        delete entityPage_;  // opened on another archive
        entityPage_ = nullptr;
    }
    if (!entityPage_) {
        entityPage_ = new EntityPage(session_->path(), this);
        entityPage_->setProperty("archive", session_->path());
        connect(entityPage_, &EntityPage::filterRequested, this, [this](const QString& filter) {
            showList(exporting::ListKind::Documents, false);
            ui_->searchEdit->setText(filter);
            searchTimer_.stop();
            runSearch();
            rememberQuery(filter);
            raise();
            activateWindow();
        });
        connect(entityPage_, &EntityPage::documentRequested, this, [this](qint64 id) {
            if (session_) documentTicket_ = session_->loadDocument(id);
            raise();
            activateWindow();
        });
        connect(entityPage_, &EntityPage::correctionRequested, this,
                [this](EntityCorrection correction, const QString& type, const QString& entity, const QString& value) {
                    correctEntity(correction, type, entity, value);
                });
        connect(this, &MainWindow::correctionApplied, entityPage_, [this](bool ok) { entityPage_->correctionApplied(ok); });
        connect(entityPage_, &EntityPage::marksChanged, this, [this](bool ok, const QString& message, int steps) {
            for (int i = 0; i < steps; ++i) recordStep(Step::Mark, message);
            statusBar()->showMessage(ok ? tr("%1 — Ctrl+Z takes it back").arg(message)
                                        : tr("Mark not made: %1").arg(message),
                                     10000);
            emit marksChanged(ok, message);
        });
    }
    entityPage_->showEntity(type, name);
    entityPage_->show();
    entityPage_->raise();
}

void MainWindow::showDocumentMenu(const QPoint& position) {
    auto* view = ui_->documentView;
    std::unique_ptr<QMenu> menu(view->createStandardContextMenu(position));
    if (const auto entity = linkedEntity(QUrl(view->anchorAt(position)))) {
        auto* first = menu->actions().value(0);
        auto* open = new QAction(tr("Open Page of “%1”").arg(entity->name), menu.get());
        connect(open, &QAction::triggered, this, [this, e = *entity] { openEntityPage(e.type, e.name); });
        auto* filter = new QAction(tr("Show Only Releases Naming “%1”").arg(entity->name), menu.get());
        connect(filter, &QAction::triggered, this,
                [this, e = *entity] { addFilter(entityFilter(e.type, e.name)); });
        menu->insertAction(first, open);
        menu->insertAction(first, filter);
        menu->insertSeparator(first);
    }
    menu->exec(view->viewport()->mapToGlobal(position));
}

}  // namespace bulletin::app
