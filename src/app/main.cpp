// bulletin: the desktop application. Only wiring lives here.

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QStringList>

#include "app_info.hpp"
#include "main_window.hpp"
#include "translations.hpp"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QString::fromLatin1(bulletin::app::kOrganizationName));
    QApplication::setOrganizationDomain(QString::fromLatin1(bulletin::app::kOrganizationDomain));
    QApplication::setApplicationName(QString::fromLatin1(bulletin::app::kApplicationName));
    QApplication::setApplicationVersion(QStringLiteral(BULLETIN_VERSION));
    QApplication::setDesktopFileName(QString::fromLatin1(bulletin::app::kApplicationId));
    // The icon installed into the hicolor theme (scalable SVG) by `cmake --install`.
    QApplication::setWindowIcon(QIcon::fromTheme(QString::fromLatin1(bulletin::app::kApplicationId)));

    const auto translators = bulletin::app::installTranslations(QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Press-release archive browser and indexer"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("archive"),
                                 QApplication::translate("main", "Archive to open (default: the last one used)"),
                                 QStringLiteral("[ARCHIVE]"));
    QCommandLineOption addOption(QStringList{QStringLiteral("a"), QStringLiteral("add")},
                                 QApplication::translate("main", "Add a folder of releases after opening."),
                                 QStringLiteral("folder"));
    parser.addOption(addOption);
    parser.process(app);

    bulletin::app::MainWindow window;
    QString archive = parser.positionalArguments().value(0);
    if (archive.isEmpty())
        archive = window.preferences().reopenLastArchive
                      ? QSettings().value(QStringLiteral("lastArchive"), bulletin::app::MainWindow::defaultArchivePath()).toString()
                      : bulletin::app::MainWindow::defaultArchivePath();
    if (!window.openArchive(archive) && archive != bulletin::app::MainWindow::defaultArchivePath())
        window.openArchive(bulletin::app::MainWindow::defaultArchivePath());
    window.show();
    if (parser.isSet(addOption)) window.addFolders(parser.values(addOption));
    else if (const auto watched = QSettings().value(QStringLiteral("watchedFolders")).toStringList(); !watched.isEmpty())
        window.watchFolders(watched);
    return QApplication::exec();
}
