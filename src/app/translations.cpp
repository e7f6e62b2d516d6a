#include "translations.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace bulletin::app {

std::vector<std::unique_ptr<QTranslator>> installTranslations(const QLocale& locale) {
    std::vector<std::unique_ptr<QTranslator>> installed;
    auto install = [&](const QString& name, const QString& directory) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(locale, name, QStringLiteral("_"), directory) &&
            QCoreApplication::installTranslator(translator.get()))
            installed.push_back(std::move(translator));
    };
    install(QStringLiteral("bulletin"), QStringLiteral(":/i18n"));
    // Qt's own strings: standard dialog buttons, file dialogs.
    install(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return installed;
}

}  // namespace bulletin::app
