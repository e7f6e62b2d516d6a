// MainWindow: analyst corrections of people, agencies and places from the entity lists, their undo and redo, and
// the corrections history.

#include <QInputDialog>
#include <QMenu>
#include <QStatusBar>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

#include "correction_dialogs.hpp"
#include "corrections_history_dialog.hpp"
#include "main_window.hpp"
#include "store/archive.hpp"
#include "store/corrections.hpp"
#include "store/entity_reader.hpp"
#include "store/error_message.hpp"
#include "store/marks.hpp"
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
    const QModelIndex index = ui_->resultsView->indexAt(position);
    if (!index.isValid()) return;
    if (const auto menu = rowMenu(index.row())) menu->exec(ui_->resultsView->viewport()->mapToGlobal(position));
}

std::unique_ptr<QMenu> MainWindow::rowMenu(int row) {
    const QAbstractItemModel* shown = ui_->resultsView->model();
    if (!shown || row < 0 || row >= shown->rowCount()) return nullptr;
    const QModelIndex index = shown->index(row, 0);
    // A release, a date or a meeting stands for one release: the menu opens it in the reading pane and takes the
    // keyboard there (as double-click and Enter do on a date or a meeting).
    const bool documents = listKind_ == exporting::ListKind::Documents;
    if (documents || listModel_->origin(row).documentId > 0) {
        auto menu = std::make_unique<QMenu>(this);
        menu->addAction(tr("Open Release"), this, [this, index] {
            ui_->resultsView->setCurrentIndex(index);
            onSelectionChanged();
            ui_->documentView->setFocus();
        });
        return menu;
    }
    const auto type = entityTypeOf(listKind_);
    if (!type) return nullptr;
    const QString typeName = QString::fromLatin1(toString(*type));
    const QString name = listModel_->data(index, Qt::DisplayRole).toString();
    auto menu = std::make_unique<QMenu>(this);
    menu->addAction(tr("Open Page"), this, [this, t = *type, name] { openEntityPage(t, name); });
    menu->addAction(tr("Show Releases"), this, [this, index] { emit ui_->resultsView->doubleClicked(index); });
    menu->addSeparator();
    menu->addAction(tr("Rename…"), this, [this, typeName, name] {
        bool ok = false;
        const QString value = QInputDialog::getText(this, tr("Rename"), tr("New name for %1:").arg(name),
                                                    QLineEdit::Normal, name, &ok);
        if (ok && !value.trimmed().isEmpty()) correctEntity(Correction::Rename, typeName, name, value.trimmed());
    });
    menu->addAction(tr("Add Alias…"), this, [this, typeName, name] {
        bool ok = false;
        const QString value = QInputDialog::getText(this, tr("Add Alias"), tr("Another name for %1:").arg(name),
                                                    QLineEdit::Normal, {}, &ok);
        if (ok && !value.trimmed().isEmpty()) correctEntity(Correction::Alias, typeName, name, value.trimmed());
    });
    const qint64 releases = listReleases(row);
    menu->addAction(tr("Merge Into…"), this, [this, typeName, name, releases] {
        QStringList others;
        for (int other = 0; other < listModel_->rowCount(); ++other) {
            const QString candidate = listModel_->data(listModel_->index(other, 0), Qt::DisplayRole).toString();
            if (candidate != name) others << candidate;
        }
        const QString into = askMergeTarget(this, name, others);
        if (!into.isEmpty() && confirmMerge(this, typeName, name, releases, into))
            correctEntity(Correction::Merge, typeName, name, into);
    });
    menu->addAction(tr("Hide (Not a Real Entity)…"), this, [this, typeName, name, releases] {
        if (confirmHide(this, typeName, name, releases)) correctEntity(Correction::Hide, typeName, name);
    });
    return menu;
}

qint64 MainWindow::listReleases(int row) const {
    for (int column = 1; column < listModel_->columnCount(); ++column) {
        const QString header = listModel_->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().toLower();
        if (header == QStringLiteral("releases") || header == QStringLiteral("documents"))
            return listModel_->data(listModel_->index(row, column), Qt::DisplayRole).toLongLong();
    }
    return 0;
}

void MainWindow::correctEntity(Correction correction, const QString& type, const QString& name, const QString& value) {
    if (!session_) return;
    const auto entityType = entityTypeFromString(type.toStdString()).value_or(EntityType::Location);
    // A rename onto a name another entity has is asked about first (see offerMergeForRename).
    auto existing = std::make_shared<QString>();
    runCorrectionTask([correction, entityType, n = name.toStdString(), v = value.toStdString(),
                       existing](store::Archive& archive) -> std::string {
        auto& corrections = archive.corrections();
        switch (correction) {
            case Correction::Rename: {
                auto& entities = archive.entities();
                const auto others = entities.resolve(entityType, v);
                const auto self = entities.resolve(entityType, n);
                if (!others.empty() && !self.empty() && others.front() != self.front()) {
                    *existing = QString::fromStdString(v);
                    return {};
                }
                corrections.rename(entityType, n, v);
                break;
            }
            case Correction::Alias: corrections.addAlias(entityType, n, v); break;
            case Correction::Merge: corrections.merge(entityType, n, v); break;
            case Correction::Hide: corrections.hide(entityType, n); break;
        }
        return store::describe(corrections.history(1).front());
    },
    [this, type, name, existing](bool ok, const QString& message) {
        if (ok && existing->isEmpty()) recordStep(Step::Correction, message);
        if (!ok || existing->isEmpty()) return false;
        if (offerMergeForRename(this, type, name, *existing)) correctEntity(Correction::Merge, type, name, *existing);
        return true;
    });
}

namespace {
// In words: one change, or the first of a step's and how many more.
std::string describeStep(const std::vector<store::MarkChange>& changes) {
    std::string text = store::describe(changes.front());
    if (changes.size() > 1) text += " (and " + std::to_string(changes.size() - 1) + " more)";
    return text;
}

// Which log holds the newest step still in effect (for a step of an earlier session: by time, marks on a tie).
bool newestIsMark(store::Archive& archive) {
    std::int64_t markAt = -1, correctionAt = -1;
    for (const auto& c : archive.marks().history(1000))
        if (!c.undone) {
            markAt = c.at;
            break;
        }
    for (const auto& c : archive.corrections().history(1000))
        if (!c.undone) {
            correctionAt = c.at;
            break;
        }
    return markAt >= 0 && markAt >= correctionAt;
}
}  // namespace

void MainWindow::recordStep(Step step, const QString& what) {
    undoSteps_.push_back({step, what});
    redoSteps_.clear();
    updateUndoActions();
}

// "Undo Renamed person ..." when this session made the step; plain "Undo" for a step of an earlier session (the
// archive's logs still hold it) or none.
void MainWindow::updateUndoActions() {
    auto label = [](const QString& verb, const std::vector<StepEntry>& steps) {
        if (steps.empty() || steps.back().what.isEmpty()) return verb;
        QString what = steps.back().what;
        if (what.size() > 60) what = what.left(59) + QStringLiteral("…");
        return tr("%1 “%2”").arg(verb, what);
    };
    ui_->actionUndoCorrection->setText(label(tr("&Undo"), undoSteps_));
    ui_->actionRedoCorrection->setText(label(tr("&Redo"), redoSteps_));
    ui_->actionUndoCorrection->setStatusTip(undoSteps_.empty() ? QString() : undoSteps_.back().what);
    ui_->actionRedoCorrection->setStatusTip(redoSteps_.empty() ? QString() : redoSteps_.back().what);
}

void MainWindow::undoCorrection() {
    const std::optional<Step> hint = undoSteps_.empty() ? std::nullopt : std::optional<Step>(undoSteps_.back().step);
    auto done = std::make_shared<std::optional<Step>>();
    runCorrectionTask(
        [hint, done](store::Archive& archive) -> std::string {
            const bool mark = hint ? *hint == Step::Mark : newestIsMark(archive);
            if (mark) {
                const auto undone = archive.marks().undo();
                if (undone.empty()) throw store::MarkError(tr("there is nothing to undo").toStdString());
                *done = Step::Mark;
                return tr("Undone: %1").arg(QString::fromStdString(describeStep(undone))).toStdString();
            }
            const auto undone = archive.corrections().undo();
            if (!undone) throw store::CorrectionError(tr("there is nothing to undo").toStdString());
            *done = Step::Correction;
            return tr("Undone: %1").arg(QString::fromStdString(store::describe(*undone))).toStdString();
        },
        [this, hint, done](bool ok, const QString&) {
            if (ok && *done) {
                QString what;
                if (hint) {
                    what = undoSteps_.back().what;
                    undoSteps_.pop_back();
                }
                redoSteps_.push_back({**done, what});
                updateUndoActions();
            }
            return false;
        });
}

void MainWindow::redoCorrection() {
    const std::optional<Step> hint = redoSteps_.empty() ? std::nullopt : std::optional<Step>(redoSteps_.back().step);
    auto done = std::make_shared<std::optional<Step>>();
    runCorrectionTask(
        [hint, done](store::Archive& archive) -> std::string {
            // Without a step of this session to follow: a correction first, else a marking step.
            if (!hint || *hint == Step::Correction) {
                if (const auto redone = archive.corrections().redo()) {
                    *done = Step::Correction;
                    return tr("Redone: %1").arg(QString::fromStdString(store::describe(*redone))).toStdString();
                }
            }
            if (!hint || *hint == Step::Mark) {
                const auto redone = archive.marks().redo();
                if (!redone.empty()) {
                    *done = Step::Mark;
                    return tr("Redone: %1").arg(QString::fromStdString(describeStep(redone))).toStdString();
                }
            }
            throw store::CorrectionError(tr("there is nothing to redo").toStdString());
        },
        [this, hint, done](bool ok, const QString&) {
            if (ok && *done) {
                QString what;
                if (hint) {
                    what = redoSteps_.back().what;
                    redoSteps_.pop_back();
                }
                undoSteps_.push_back({**done, what});
                updateUndoActions();
            }
            return false;
        });
}

void MainWindow::showCorrectionsHistory() {
    if (!session_) return;
    if (!correctionsHistory_ || correctionsHistory_->property("archive").toString() != session_->path()) {
        delete correctionsHistory_;
        correctionsHistory_ = new CorrectionsHistoryDialog(session_->path(), this);
        correctionsHistory_->setProperty("archive", session_->path());
        connect(correctionsHistory_, &CorrectionsHistoryDialog::correctionsChanged, this,
                [this](bool ok, const QString& message) { afterCorrection(ok, message); });
    } else {
        correctionsHistory_->reload();
    }
    correctionsHistory_->show();
    correctionsHistory_->raise();
    correctionsHistory_->activateWindow();
}

void MainWindow::runCorrectionTask(std::function<std::string(store::Archive&)> task,
                                   std::function<bool(bool ok, const QString& message)> intercept) {
    if (!session_) return;
    auto message = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(false);
    QThread* thread = QThread::create([path = session_->path().toStdString(), task = std::move(task), message, ok] {
        try {
            store::Archive archive(store::Location::parse(path), store::Access::Write);
            *message = QString::fromStdString(task(archive));
            *ok = true;
        } catch (const std::exception& e) {
            *message = QString::fromStdString(store::userMessage(e));
        }
    });
    connect(thread, &QThread::finished, this, [this, message, ok, intercept = std::move(intercept)] {
        if (intercept && intercept(*ok, *message)) return;
        afterCorrection(*ok, *message);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void MainWindow::afterCorrection(bool ok, const QString& message) {
    statusBar()->showMessage(ok ? tr("%1 — it also applies after every re-ingest; Ctrl+Z takes it back").arg(message)
                                : tr("Correction not made: %1").arg(message),
                             10000);
    runSearch();
    refreshCompletionTerms();
    if (correctionsHistory_ && correctionsHistory_->isVisible()) correctionsHistory_->reload();
    emit correctionApplied(ok, message);
}

}  // namespace bulletin::app
