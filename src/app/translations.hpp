#pragma once
// Loads Bulletin's and Qt's own translations for a locale (Bulletin's are compiled in under :/i18n).

#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace bulletin::app {

// Installs the translators found for `locale` into the application; they stay installed while the returned
// objects live. English needs none (the source strings are English).
[[nodiscard]] std::vector<std::unique_ptr<QTranslator>> installTranslations(const QLocale& locale);

}  // namespace bulletin::app
