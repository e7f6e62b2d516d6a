// MainWindow: the preferences dialog, applying preferences, and the File > Open Recent menu.

#include <QFileInfo>
#include <QMenu>
#include <QSettings>

#include "main_window.hpp"
#include "preferences_dialog.hpp"
#include "ui_main_window.h"

namespace bulletin::app {

void MainWindow::editPreferences() {
    PreferencesDialog dialog(preferences_, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const Preferences chosen = dialog.preferences();
    QSettings settings;
    chosen.save(settings);
    const bool listChanged = chosen.listRows != preferences_.listRows;
    applyPreferences(chosen);
    if (listChanged && listKind_ != exporting::ListKind::Documents) runSearch();
}

void MainWindow::applyPreferences(const Preferences& preferences) {
    const bool themeChanged = preferences.theme != preferences_.theme;
    preferences_ = preferences;
    debouncer_.setDelay(preferences.searchDelayMs);
    searchTimer_.setInterval(preferences.searchDelayMs);
    QFont documentFont = font();
    if (preferences.documentFontPoints > 0) documentFont.setPointSize(preferences.documentFontPoints);
    ui_->documentView->setFont(documentFont);
    if (themeChanged) applyTheme(preferences.theme);
}

void MainWindow::updateRecentArchivesMenu() {
    auto* menu = ui_->menuRecentArchives;
    menu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentArchives")).toStringList();
    for (const auto& path : recent) {
        auto* action = menu->addAction(QFileInfo(path).fileName(), this, [this, path] { openArchive(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
        action->setEnabled(QFileInfo::exists(path) && path != archivePath());
    }
    if (!recent.isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(QStringLiteral("recentArchives"));
            updateRecentArchivesMenu();
        });
    }
    menu->setEnabled(!recent.isEmpty());
}

}  // namespace bulletin::app
