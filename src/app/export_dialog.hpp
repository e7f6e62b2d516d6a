#pragma once
// Export options for the list on screen: which columns, in which order, CSV or JSON Lines, BOM and formula guard.
// The choice is remembered per list (QSettings).

#include <QDialog>

#include <memory>

#include "export/list_export.hpp"

namespace Ui {
class ExportDialog;
}

namespace bulletin::app {

class ExportDialog final : public QDialog {
    Q_OBJECT

public:
    ExportDialog(exporting::ListKind kind, const QString& summary, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // The options as chosen; columns in output order (never empty: OK is disabled with no column checked).
    [[nodiscard]] exporting::ExportOptions options() const;
    // Sets the dialog from options (used to restore the last choice, and by tests).
    void setOptions(const exporting::ExportOptions& options);
    // Saves the current choice as this list's default.
    void remember() const;

private:
    void moveCurrent(int step);
    void updateButtons();
    [[nodiscard]] QString settingsKey() const;

    std::unique_ptr<Ui::ExportDialog> ui_;
    exporting::ListKind kind_;
};

}  // namespace bulletin::app
