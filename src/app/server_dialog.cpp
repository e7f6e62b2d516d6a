#include "server_dialog.hpp"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "store/error.hpp"
#include "store/error_message.hpp"
#include "store/location.hpp"
#include "store/server.hpp"

namespace bulletin::app {

namespace {
// A conninfo value, quoted when it needs it (libpq's rules: single quotes, backslash escapes).
QString conninfoValue(const QString& v) {
    if (!v.isEmpty() && !v.contains(QLatin1Char(' ')) && !v.contains(QLatin1Char('\'')) && !v.contains(QLatin1Char('\\')))
        return v;
    QString out = QStringLiteral("'");
    for (const QChar c : v) {
        if (c == QLatin1Char('\'') || c == QLatin1Char('\\')) out += QLatin1Char('\\');
        out += c;
    }
    return out + QLatin1Char('\'');
}
}  // namespace

ServerDialog::ServerDialog(const QStringList& recentServers, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Open Team Archive on a Server"));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A team's shared archive lives on a PostgreSQL server. Give the service name your "
                                "administrator set up, or the server's address and database. Passwords are never "
                                "asked for here: keep yours in ~/.pgpass."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    recent_ = new QComboBox(this);
    recent_->setObjectName(QStringLiteral("recentServers"));
    recent_->addItem(tr("(a new server)"));
    for (const auto& r : recentServers) recent_->addItem(r, r);
    form->addRow(tr("&Recent:"), recent_);
    service_ = new QLineEdit(this);
    service_->setObjectName(QStringLiteral("service"));
    service_->setPlaceholderText(tr("e.g. team (from ~/.pg_service.conf); or leave empty and fill in below"));
    form->addRow(tr("&Service:"), service_);
    host_ = new QLineEdit(this);
    host_->setObjectName(QStringLiteral("host"));
    host_->setPlaceholderText(tr("db.example.org, or a socket folder"));
    form->addRow(tr("&Host:"), host_);
    port_ = new QSpinBox(this);
    port_->setObjectName(QStringLiteral("port"));
    port_->setRange(1, 65535);
    port_->setValue(5432);
    form->addRow(tr("&Port:"), port_);
    database_ = new QLineEdit(this);
    database_->setObjectName(QStringLiteral("database"));
    form->addRow(tr("&Database:"), database_);
    user_ = new QLineEdit(this);
    user_->setObjectName(QStringLiteral("user"));
    user_->setPlaceholderText(tr("your own role (the login name when empty)"));
    form->addRow(tr("&User:"), user_);
    sslMode_ = new QComboBox(this);
    sslMode_->setObjectName(QStringLiteral("sslMode"));
    for (const char* mode : {"prefer", "verify-full", "require", "disable"}) sslMode_->addItem(QString::fromLatin1(mode));
    sslMode_->setToolTip(tr("verify-full checks the server's certificate and name; ask your administrator"));
    form->addRow(tr("SS&L:"), sslMode_);
    layout->addLayout(form);
    preview_ = new QLabel(this);
    preview_->setObjectName(QStringLiteral("locationPreview"));
    preview_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    preview_->setWordWrap(true);
    layout->addWidget(preview_);
    report_ = new QLabel(this);
    report_->setObjectName(QStringLiteral("testReport"));
    report_->setWordWrap(true);
    report_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(report_);
    auto* buttons = new QDialogButtonBox(this);
    auto* testButton = buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    testButton->setObjectName(QStringLiteral("testButton"));
    open_ = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(testButton, &QPushButton::clicked, this, [this] { (void)test(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(recent_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index > 0) setLocation(recent_->itemData(index).toString());
    });
    for (auto* edit : {service_, host_, database_, user_}) connect(edit, &QLineEdit::textChanged, this, &ServerDialog::updatePreview);
    connect(port_, &QSpinBox::valueChanged, this, &ServerDialog::updatePreview);
    connect(sslMode_, &QComboBox::currentIndexChanged, this, &ServerDialog::updatePreview);
    updatePreview();
    service_->setFocus();
}

QString ServerDialog::location() const {
    QStringList parts;
    if (!service_->text().trimmed().isEmpty()) parts << QStringLiteral("service=") + conninfoValue(service_->text().trimmed());
    if (!host_->text().trimmed().isEmpty()) {
        parts << QStringLiteral("host=") + conninfoValue(host_->text().trimmed());
        parts << QStringLiteral("port=%1").arg(port_->value());
    }
    if (!database_->text().trimmed().isEmpty()) parts << QStringLiteral("dbname=") + conninfoValue(database_->text().trimmed());
    if (!user_->text().trimmed().isEmpty()) parts << QStringLiteral("user=") + conninfoValue(user_->text().trimmed());
    if (sslMode_->currentText() != QStringLiteral("prefer")) parts << QStringLiteral("sslmode=") + sslMode_->currentText();
    return parts.isEmpty() ? QString() : QStringLiteral("postgresql:") + parts.join(QLatin1Char(' '));
}

void ServerDialog::setLocation(const QString& location) {
    QString rest = location;
    if (rest.startsWith(QStringLiteral("postgresql:"))) rest = rest.mid(11);
    service_->clear();
    host_->clear();
    database_->clear();
    user_->clear();
    sslMode_->setCurrentIndex(0);
    // key=value pairs as this dialog writes them (a value quoted with '...' may hold spaces).
    int i = 0;
    while (i < rest.size()) {
        while (i < rest.size() && rest[i] == QLatin1Char(' ')) ++i;
        const int eq = rest.indexOf(QLatin1Char('='), i);
        if (eq < 0) break;
        const QString key = rest.mid(i, eq - i).trimmed();
        QString value;
        int j = eq + 1;
        if (j < rest.size() && rest[j] == QLatin1Char('\'')) {
            for (++j; j < rest.size() && rest[j] != QLatin1Char('\''); ++j) {
                if (rest[j] == QLatin1Char('\\') && j + 1 < rest.size()) ++j;
                value += rest[j];
            }
            ++j;
        } else {
            while (j < rest.size() && rest[j] != QLatin1Char(' ')) value += rest[j++];
        }
        i = j;
        if (key == QStringLiteral("service")) service_->setText(value);
        else if (key == QStringLiteral("host")) host_->setText(value);
        else if (key == QStringLiteral("port")) port_->setValue(value.toInt());
        else if (key == QStringLiteral("dbname")) database_->setText(value);
        else if (key == QStringLiteral("user")) user_->setText(value);
        else if (key == QStringLiteral("sslmode")) sslMode_->setCurrentText(value);
    }
    updatePreview();
}

void ServerDialog::updatePreview() {
    const QString loc = location();
    preview_->setText(loc.isEmpty() ? tr("Give a service, or a host and a database.") : tr("Location: %1").arg(loc));
    open_->setEnabled(!loc.isEmpty());
    report_->clear();
}

bool ServerDialog::test() {
    const QString loc = location();
    if (loc.isEmpty()) {
        report_->setText(tr("Nothing to test yet: give a service, or a host and a database."));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool ready = false;
    QString text;
    try {
        // (Ten seconds at most: a server that does not answer is reported, not waited for.)
        const auto report = store::checkServer(store::Location::parse(loc.toStdString() + " connect_timeout=10"));
        QStringList lines;  // (the first check says where and as whom it connected)
        for (const auto& p : report.passed) lines << QStringLiteral("✓ ") + QString::fromStdString(p);
        for (const auto& p : report.problems) lines << QStringLiteral("✗ ") + QString::fromStdString(p);
        ready = report.schemaVersion > 0 && report.schemaVersion <= report.currentSchemaVersion;
        lines << (ready ? tr("The archive is ready to open.") : tr("There is no archive to open here yet."));
        text = lines.join(QLatin1Char('\n'));
    } catch (const std::exception& e) {
        text = tr("Cannot use this server: %1").arg(QString::fromStdString(store::userMessage(e)));
    }
    QApplication::restoreOverrideCursor();
    report_->setText(text);
    adjustSize();  // (the report is as long as it needs: the dialog grows rather than squeezing the form)
    return ready;
}

QString ServerDialog::testReport() const { return report_->text(); }

}  // namespace bulletin::app
