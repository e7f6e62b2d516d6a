#include "start_guide.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace bulletin::app {

QString sampleReleasesFolder() {
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../share/bulletin/samples"));
    for (const QString& folder : {installed, QStringLiteral(BULLETIN_SOURCE_DATA_DIR "/samples")})
        if (QFileInfo(folder).isDir()) return QDir(folder).canonicalPath();
    return {};
}

QString startGuideHtml(const QString& archivePath, const QString& samples) {
    auto link = [](const char* action, const QString& label) {
        return QStringLiteral("<a href=\"%1:%2\">%3</a>")
            .arg(QLatin1String(kStartScheme), QLatin1String(action), label.toHtmlEscaped());
    };
    QString html =
        QStringLiteral("<h2>%1</h2>")
            .arg(QCoreApplication::translate("StartGuide", "This archive holds no releases yet").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(QCoreApplication::translate("StartGuide", "Archive: %1").arg(archivePath).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p><ul>").arg(QCoreApplication::translate("StartGuide", "To begin:").toHtmlEscaped());
    html += QStringLiteral("<li>%1 — %2</li>")
                .arg(link("add-folder", QCoreApplication::translate("StartGuide", "Add a folder of press releases…")),
                     QCoreApplication::translate(
                         "StartGuide",
                         "plain-text files, read with their subfolders; the same as File ▸ Add Folder (Ctrl+Shift+A)")
                         .toHtmlEscaped());
    html += QStringLiteral("<li>%1 — %2</li>")
                .arg(link("open-archive", QCoreApplication::translate("StartGuide", "Open or create another archive…")),
                     QCoreApplication::translate("StartGuide",
                                                 "an archive file another analyst gave you, or a new one elsewhere")
                         .toHtmlEscaped());
    if (!samples.isEmpty())
        html +=
            QStringLiteral("<li>%1 — %2</li>")
                .arg(link("add-samples", QCoreApplication::translate("StartGuide", "Add the sample releases")),
                     QCoreApplication::translate(
                         "StartGuide", "five releases shipped with Bulletin, to try searching, lists and corrections")
                         .toHtmlEscaped());
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(QCoreApplication::translate(
                         "StartGuide",
                         "Then type in the search field: words, \"exact phrases\", agency:, person:, date:2018 … "
                         "(Help ▸ Query Syntax, F1).")
                         .toHtmlEscaped());
    return html;
}

}  // namespace bulletin::app
