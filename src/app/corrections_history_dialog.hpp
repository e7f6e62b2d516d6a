#pragma once
// Every correction of the archive, newest first: what, which entity, when, whether it is in effect. Any one can be
// taken back (Revert) or put back (Restore), whatever came after it. Reads and writes off the GUI thread.

#include <QDialog>
#include <QString>

#include <vector>

#include "store/corrections.hpp"

class QLabel;
class QPushButton;
class QTableWidget;

namespace bulletin::app {

class CorrectionsHistoryDialog final : public QDialog {
    Q_OBJECT
public:
    explicit CorrectionsHistoryDialog(QString archivePath, QWidget* parent = nullptr);

    // Reads the history again (after a correction, an undo or a redo made elsewhere).
    void reload();

signals:
    // A correction was reverted or restored here: lists and highlights are stale.
    void correctionsChanged(bool ok, QString message);
    void loaded(int corrections);

private:
    void showRecords(const std::vector<store::CorrectionRecord>& records, const QString& error);
    void updateButtons();
    void toggleSelected();

    QString archivePath_;
    std::vector<store::CorrectionRecord> records_;
    QTableWidget* table_ = nullptr;
    QLabel* status_ = nullptr;
    QPushButton* toggle_ = nullptr;
};

}  // namespace bulletin::app
