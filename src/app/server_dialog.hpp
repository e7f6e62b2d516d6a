#pragma once
// File > Open Team Archive on a Server: a libpq service name, or host, port, database, user and SSL mode, turned into
// a location (postgresql:...). Test connects and says, in words, what it found or why it could not; recent servers
// are offered again. No password is ever asked for, shown or kept: libpq reads it from ~/.pgpass.

#include <QDialog>
#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace bulletin::app {

class ServerDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ServerDialog(const QStringList& recentServers, QWidget* parent = nullptr);

    // The location the fields give ("postgresql:service=team", "postgresql:host=db port=5432 dbname=bulletin ...").
    [[nodiscard]] QString location() const;
    // Fills the fields from a location (a recent server, or one typed elsewhere).
    void setLocation(const QString& location);
    // Connects and reports (also what the Test button does); returns whether an archive is ready there.
    bool test();
    [[nodiscard]] QString testReport() const;

private:
    void updatePreview();

    QComboBox* recent_ = nullptr;
    QLineEdit* service_ = nullptr;
    QLineEdit* host_ = nullptr;
    QSpinBox* port_ = nullptr;
    QLineEdit* database_ = nullptr;
    QLineEdit* user_ = nullptr;
    QComboBox* sslMode_ = nullptr;
    QLabel* preview_ = nullptr;
    QLabel* report_ = nullptr;
    QPushButton* open_ = nullptr;
};

}  // namespace bulletin::app
