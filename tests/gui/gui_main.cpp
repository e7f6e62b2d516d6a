// Catch2 runner for GUI tests: a QApplication must exist before any widget, and the binary must run headless when
// ctest discovers tests at build time, so it falls back to the offscreen platform.

#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QStandardPaths>
#include <cstdlib>

#include "support/catch.hpp"

int main(int argc, char** argv) {
    if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY")) ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QStandardPaths::setTestModeEnabled(true);  // settings and default archive go to a test location
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BulletinTests"));
    QApplication::setApplicationName(QStringLiteral("BulletinGuiTests"));
    return Catch::Session().run(argc, argv);
}
