#include "correction_dialogs.hpp"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace bulletin::app {

namespace {
// "person", "agency", "location" (as the store names types) in the analyst's language; other words as they are.
QString typeWord(const QString& typeName) {
    if (typeName == QStringLiteral("person")) return QCoreApplication::translate("CorrectionDialogs", "person");
    if (typeName == QStringLiteral("agency")) return QCoreApplication::translate("CorrectionDialogs", "agency");
    if (typeName == QStringLiteral("location")) return QCoreApplication::translate("CorrectionDialogs", "place");
    return typeName;
}

QString releasesText(qint64 releases) {
    return releases == 1 ? QCoreApplication::translate("CorrectionDialogs", "1 release") : QCoreApplication::translate("CorrectionDialogs", "%1 releases").arg(releases);
}

// A question with a named action button and Cancel, Cancel the default and the Escape button.
bool ask(QWidget* parent, const QString& title, const QString& text, const QString& action) {
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* act = box.addButton(action, QMessageBox::DestructiveRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == act;
}
}  // namespace

bool confirmHide(QWidget* parent, const QString& typeName, const QString& name, qint64 releases) {
    return ask(parent, QCoreApplication::translate("CorrectionDialogs", "Hide %1").arg(typeWord(typeName)),
               QCoreApplication::translate("CorrectionDialogs", "Hide the %1 “%2”, named in %3?\n\nIt leaves every list, facet, filter and highlight, also after a "
                  "re-ingest. Edit ▸ Undo (Ctrl+Z) or the Corrections History brings it back.")
                   .arg(typeWord(typeName), name, releasesText(releases)),
               QCoreApplication::translate("CorrectionDialogs", "Hide"));
}

bool confirmMerge(QWidget* parent, const QString& typeName, const QString& name, qint64 releases, const QString& into) {
    return ask(parent, QCoreApplication::translate("CorrectionDialogs", "Merge %1").arg(typeWord(typeName)),
               QCoreApplication::translate("CorrectionDialogs", "Merge the %1 “%2” (%3) into “%4”?\n\nFrom now on they are one %1 named “%4”: their releases, "
                  "mentions and names are counted together, also after a re-ingest. Edit ▸ Undo (Ctrl+Z) or the "
                  "Corrections History separates them again.")
                   .arg(typeWord(typeName), name, releasesText(releases), into),
               QCoreApplication::translate("CorrectionDialogs", "Merge"));
}

QString askMergeTarget(QWidget* parent, const QString& name, const QStringList& candidates) {
    QInputDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("CorrectionDialogs", "Merge"));
    dialog.setLabelText(QCoreApplication::translate("CorrectionDialogs", "%1 is the same as:").arg(name));
    dialog.setComboBoxItems(candidates);
    dialog.setComboBoxEditable(true);
    dialog.setTextValue(QString());  // nothing chosen for the analyst
    if (dialog.exec() != QDialog::Accepted) return {};
    return dialog.textValue().trimmed();
}

bool offerMergeForRename(QWidget* parent, const QString& typeName, const QString& name, const QString& existing) {
    return ask(parent, QCoreApplication::translate("CorrectionDialogs", "Rename %1").arg(typeWord(typeName)),
               QCoreApplication::translate("CorrectionDialogs", "There already is a %1 named “%2”. Renaming “%3” to it would show two %1 entries of the same "
                  "name.\n\nMerge “%3” into “%2” instead?")
                   .arg(typeWord(typeName), existing, name),
               QCoreApplication::translate("CorrectionDialogs", "Merge"));
}

}  // namespace bulletin::app
