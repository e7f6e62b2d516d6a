#include "preferences.hpp"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>

namespace bulletin::app {

namespace {
const QString kDelay = QStringLiteral("preferences/searchDelayMs");
const QString kRows = QStringLiteral("preferences/listRows");
const QString kReopen = QStringLiteral("preferences/reopenLastArchive");
const QString kFont = QStringLiteral("preferences/documentFontPoints");
const QString kTheme = QStringLiteral("preferences/theme");

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x1e, 0x1e, 0x20), text(0xe8, 0xe8, 0xe8), accent(0x3d, 0x8e, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, accent.lighter(130));
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x58));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

// The platform's style and palette, remembered before Light or Dark replace them.
struct SystemLook final {
    QString style;
    QPalette palette;
};
SystemLook& systemLook() {
    static SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}
}  // namespace

Preferences Preferences::load(const QSettings& settings) {
    Preferences p;
    p.searchDelayMs = std::clamp(settings.value(kDelay, p.searchDelayMs).toInt(), 0, 2000);
    p.listRows = std::clamp(settings.value(kRows, p.listRows).toInt(), 100, 1000000);
    p.reopenLastArchive = settings.value(kReopen, p.reopenLastArchive).toBool();
    p.documentFontPoints = std::clamp(settings.value(kFont, p.documentFontPoints).toInt(), 0, 48);
    const QString theme = settings.value(kTheme).toString();
    p.theme = theme == QStringLiteral("light") ? Theme::Light : theme == QStringLiteral("dark") ? Theme::Dark : Theme::System;
    return p;
}

void Preferences::save(QSettings& settings) const {
    settings.setValue(kDelay, searchDelayMs);
    settings.setValue(kRows, listRows);
    settings.setValue(kReopen, reopenLastArchive);
    settings.setValue(kFont, documentFontPoints);
    settings.setValue(kTheme, theme == Theme::Light  ? QStringLiteral("light")
                              : theme == Theme::Dark ? QStringLiteral("dark")
                                                     : QStringLiteral("system"));
}

void applyTheme(Preferences::Theme theme) {
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!app) return;
    const SystemLook& system = systemLook();
    if (theme == Preferences::Theme::System) {
        if (QApplication::style()->name() != system.style) QApplication::setStyle(QStyleFactory::create(system.style));
        QApplication::setPalette(system.palette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == Preferences::Theme::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

}  // namespace bulletin::app
