#include "preferences_dialog.hpp"

#include <QPushButton>

#include "ui_preferences_dialog.h"

namespace bulletin::app {

PreferencesDialog::PreferencesDialog(const Preferences& current, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::PreferencesDialog>()) {
    ui_->setupUi(this);
    ui_->themeCombo->addItem(tr("Follow the system"), static_cast<int>(Preferences::Theme::System));
    ui_->themeCombo->addItem(tr("Light"), static_cast<int>(Preferences::Theme::Light));
    ui_->themeCombo->addItem(tr("Dark"), static_cast<int>(Preferences::Theme::Dark));
    connect(ui_->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui_->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui_->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setPreferences(Preferences{}); });
    setPreferences(current);
}

PreferencesDialog::~PreferencesDialog() = default;

Preferences PreferencesDialog::preferences() const {
    Preferences p;
    p.searchDelayMs = ui_->searchDelaySpin->value();
    p.listRows = ui_->listRowsSpin->value();
    p.documentFontPoints = ui_->fontSpin->value();
    p.theme = static_cast<Preferences::Theme>(ui_->themeCombo->currentData().toInt());
    p.reopenLastArchive = ui_->reopenCheck->isChecked();
    return p;
}

void PreferencesDialog::setPreferences(const Preferences& p) {
    ui_->searchDelaySpin->setValue(p.searchDelayMs);
    ui_->listRowsSpin->setValue(p.listRows);
    ui_->fontSpin->setValue(p.documentFontPoints);
    ui_->themeCombo->setCurrentIndex(ui_->themeCombo->findData(static_cast<int>(p.theme)));
    ui_->reopenCheck->setChecked(p.reopenLastArchive);
}

}  // namespace bulletin::app
