#include "document_renderer.hpp"

#include <QFileInfo>
#include <QRegularExpression>

namespace bulletin::app {

QString highlightHtml(const QString& text, const QStringList& terms) {
    QStringList patterns;
    for (const auto& t : terms) {
        const QString trimmed = t.trimmed();
        if (!trimmed.isEmpty()) patterns << QRegularExpression::escape(trimmed).replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
    }
    if (patterns.isEmpty()) return text.toHtmlEscaped();
    const QRegularExpression re(QStringLiteral("\\b(") + patterns.join(QLatin1Char('|')) + QStringLiteral(")\\w*"),
                                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last).toHtmlEscaped();
        out += QStringLiteral("<span class=\"hit\" style=\"background-color:#ffe066;color:#000\">") +
               m.captured().toHtmlEscaped() + QStringLiteral("</span>");
        last = m.capturedEnd();
    }
    out += text.mid(last).toHtmlEscaped();
    return out;
}

QString renderDocumentHtml(const LoadedDocument& loaded, const QStringList& terms, bool raw) {
    const auto& d = loaded.document;
    QString html = QStringLiteral("<h2>") + highlightHtml(QString::fromStdString(d.title), terms) + QStringLiteral("</h2>");
    QStringList meta;
    if (!d.publicationDate.empty()) meta << QString::fromStdString(d.publicationDate);
    if (!d.datelinePlace.empty()) meta << QString::fromStdString(d.datelinePlace).toHtmlEscaped();
    meta << QFileInfo(QString::fromStdString(d.path)).fileName().toHtmlEscaped();
    if (d.encoding != "UTF-8") meta << QString::fromStdString(d.encoding);
    html += QStringLiteral("<p style=\"color:gray\">") + meta.join(QStringLiteral(" · ")) + QStringLiteral("</p>");
    const QString body = QString::fromStdString(raw ? d.raw : d.body);
    for (const auto& paragraph : body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        QString p = highlightHtml(paragraph, terms);
        p.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        html += QStringLiteral("<p>") + p + QStringLiteral("</p>");
    }
    if (loaded.locations.size() > 1) {
        html += QStringLiteral("<p style=\"color:gray\">") + QObject::tr("Also found at:") + QStringLiteral("<br>");
        for (std::size_t i = 1; i < loaded.locations.size(); ++i)
            html += QString::fromStdString(loaded.locations[i]).toHtmlEscaped() + QStringLiteral("<br>");
        html += QStringLiteral("</p>");
    }
    if (!loaded.similar.empty()) {
        html += QStringLiteral("<p style=\"color:gray\">") + QObject::tr("Similar releases:") + QStringLiteral("<br>");
        for (const auto& s : loaded.similar)
            html += QString::fromStdString(s.title).toHtmlEscaped() + QStringLiteral("<br>");
        html += QStringLiteral("</p>");
    }
    return html;
}

}  // namespace bulletin::app
