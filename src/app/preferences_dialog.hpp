#pragma once
// Edits the Preferences; the caller saves and applies them when the dialog is accepted.

#include <QDialog>

#include <memory>

#include "preferences.hpp"

namespace Ui {
class PreferencesDialog;
}

namespace bulletin::app {

class PreferencesDialog final : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences& current, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    [[nodiscard]] Preferences preferences() const;
    void setPreferences(const Preferences& preferences);

private:
    std::unique_ptr<Ui::PreferencesDialog> ui_;
};

}  // namespace bulletin::app
