// MainWindow: analyst corrections of people, agencies and places from the entity lists.

#include <QInputDialog>
#include <QMenu>
#include <QStatusBar>
#include <QThread>

#include <memory>
#include <optional>

#include "store/error_message.hpp"
#include "main_window.hpp"
#include "store/archive.hpp"
#include "store/corrections.hpp"
#include "ui_main_window.h"

namespace bulletin::app {

namespace {
std::optional<EntityType> entityTypeOf(exporting::ListKind kind) {
    switch (kind) {
        case exporting::ListKind::People: return EntityType::Person;
        case exporting::ListKind::Agencies: return EntityType::Agency;
        case exporting::ListKind::Locations: return EntityType::Location;
        default: return std::nullopt;
    }
}
}  // namespace

// Right-click on a person, agency or place: rename, alias, merge into another, hide.
void MainWindow::showEntityMenu(const QPoint& position) {
    const auto type = entityTypeOf(listKind_);
    const QModelIndex index = ui_->resultsView->indexAt(position);
    if (!type || !index.isValid()) return;
    const QString typeName = QString::fromLatin1(toString(*type));
    const QString name = listModel_->data(listModel_->index(index.row(), 0), Qt::DisplayRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Open Page"), this, [this, t = *type, name] { openEntityPage(t, name); });
    menu.addAction(tr("Show Releases"), this, [this, index] { emit ui_->resultsView->doubleClicked(index); });
    menu.addSeparator();
    menu.addAction(tr("Rename…"), this, [this, typeName, name] {
        bool ok = false;
        const QString value = QInputDialog::getText(this, tr("Rename"), tr("New name for %1:").arg(name),
                                                    QLineEdit::Normal, name, &ok);
        if (ok && !value.trimmed().isEmpty()) correctEntity(Correction::Rename, typeName, name, value.trimmed());
    });
    menu.addAction(tr("Add Alias…"), this, [this, typeName, name] {
        bool ok = false;
        const QString value = QInputDialog::getText(this, tr("Add Alias"), tr("Another name for %1:").arg(name),
                                                    QLineEdit::Normal, {}, &ok);
        if (ok && !value.trimmed().isEmpty()) correctEntity(Correction::Alias, typeName, name, value.trimmed());
    });
    menu.addAction(tr("Merge Into…"), this, [this, typeName, name] {
        QStringList others;
        for (int row = 0; row < listModel_->rowCount(); ++row) {
            const QString other = listModel_->data(listModel_->index(row, 0), Qt::DisplayRole).toString();
            if (other != name) others << other;
        }
        bool ok = false;
        const QString into = QInputDialog::getItem(this, tr("Merge"), tr("%1 is the same as:").arg(name), others, 0,
                                                   true, &ok);
        if (ok && !into.isEmpty()) correctEntity(Correction::Merge, typeName, name, into);
    });
    menu.addAction(tr("Hide (Not a Real Entity)"), this,
                   [this, typeName, name] { correctEntity(Correction::Hide, typeName, name); });
    menu.exec(ui_->resultsView->viewport()->mapToGlobal(position));
}

void MainWindow::correctEntity(Correction correction, const QString& type, const QString& name, const QString& value) {
    if (!session_) return;
    const auto entityType = type == QStringLiteral("person")   ? EntityType::Person
                            : type == QStringLiteral("agency") ? EntityType::Agency
                                                               : EntityType::Location;
    auto message = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(false);
    QThread* thread = QThread::create([path = session_->path().toStdString(), correction, entityType,
                                       n = name.toStdString(), v = value.toStdString(), message, ok] {
        try {
            store::Archive archive(path, store::Access::Write);
            auto& corrections = archive.corrections();
            switch (correction) {
                case Correction::Rename: corrections.rename(entityType, n, v); break;
                case Correction::Alias: corrections.addAlias(entityType, n, v); break;
                case Correction::Merge: corrections.merge(entityType, n, v); break;
                case Correction::Hide: corrections.hide(entityType, n); break;
            }
            *ok = true;
        } catch (const std::exception& e) {
            *message = QString::fromStdString(store::userMessage(e));
        }
    });
    connect(thread, &QThread::finished, this, [this, message, ok] {
        statusBar()->showMessage(*ok ? tr("Correction saved; it also applies after every re-ingest")
                                     : tr("Correction not saved: %1").arg(*message),
                                 10000);
        runSearch();
        refreshCompletionTerms();
        emit correctionApplied(*ok, *message);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

}  // namespace bulletin::app
