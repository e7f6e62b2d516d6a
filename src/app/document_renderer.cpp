#include "document_renderer.hpp"

#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace bulletin::app {

HighlightColours highlightColours(const QPalette& palette) {
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    if (dark)
        return {QColor(0x24, 0x45, 0x6e), QColor(0x2d, 0x55, 0x2a), QColor(0x6a, 0x45, 0x22),
                QColor(0x80, 0x6a, 0x00), QColor(0x40, 0x3a, 0x6e), palette.color(QPalette::Text)};
    return {QColor(0xcf, 0xe3, 0xff), QColor(0xd4, 0xf0, 0xcc), QColor(0xff, 0xe0, 0xc2),
            QColor(0xff, 0xe0, 0x66), QColor(0xe4, 0xe0, 0xfa), QColor(Qt::black)};
}

HighlightColours currentHighlightColours() { return highlightColours(QGuiApplication::palette()); }

namespace {
// highlightHtml() with the colours of one rendering (chosen once for the palette, not for every span).
QString highlightWith(const QString& text, const QStringList& terms, const HighlightColours& colours) {
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
        out += QStringLiteral("<span class=\"hit\" style=\"background-color:%1;color:%2\">")
                   .arg(colours.hit.name(), colours.text.name()) +
               m.captured().toHtmlEscaped() + QStringLiteral("</span>");
        last = m.capturedEnd();
    }
    out += text.mid(last).toHtmlEscaped();
    return out;
}
}  // namespace

QString highlightHtml(const QString& text, const QStringList& terms) {
    return highlightWith(text, terms, currentHighlightColours());
}

namespace {
QColor colourOf(const std::string& type, const HighlightColours& colours) {
    if (type == "person") return colours.person;
    if (type == "agency") return colours.agency;
    return colours.place;
}

// Text [begin, end) of `text` as HTML: extracted entities as coloured links (clicking one filters by it), the rest
// with search hits highlighted.
QString renderSpan(const std::string& text, std::size_t begin, std::size_t end,
                   const std::vector<store::MentionRow>& mentions, const QStringList& terms,
                   const HighlightColours& colours) {
    QString out;
    std::size_t at = begin;
    for (const auto& m : mentions) {
        const auto s = static_cast<std::size_t>(m.start), e = static_cast<std::size_t>(m.end);
        if (s < at || e > end || s >= e) continue;  // outside this span, or overlapping one already drawn
        out += highlightWith(QString::fromStdString(text.substr(at, s - at)), terms, colours);
        const QString label = QObject::tr("%1: %2 (found by %3, score %4)")
                                  .arg(QString::fromStdString(m.type), QString::fromStdString(m.name),
                                       QString::fromStdString(m.rule), QString::number(m.score, 'f', 2))
                                  .toHtmlEscaped();
        out += QStringLiteral("<a href=\"entity:%1:%2\" title=\"%3\" style=\"background-color:%4;color:%5;"
                              "text-decoration:none\">")
                   .arg(QString::fromStdString(m.type),
                        QString::fromUtf8(QUrl::toPercentEncoding(QString::fromStdString(m.name))), label,
                        colourOf(m.type, colours).name(), colours.text.name()) +
               highlightWith(QString::fromStdString(text.substr(s, e - s)), terms, colours) + QStringLiteral("</a>");
        at = e;
    }
    out += highlightWith(QString::fromStdString(text.substr(at, end - at)), terms, colours);
    return out;
}
}  // namespace

namespace {
// The sentence of [start, end) within the paragraph [begin, end): back to the last ". ", "? " or "! " before it
// and on to the next one after it.
std::pair<std::size_t, std::size_t> sentenceAround(const std::string& text, std::size_t begin, std::size_t end,
                                                   DocumentFocus focus) {
    // text[i] ends a sentence: a full stop, question or exclamation mark before a space or a line break.
    auto endsSentence = [&](std::size_t i) {
        return i + 1 < end && (text[i] == '.' || text[i] == '?' || text[i] == '!') &&
               (text[i + 1] == ' ' || text[i + 1] == '\n');
    };
    std::size_t s = std::clamp(focus.start, begin, end);
    while (s > begin && !(s - begin >= 2 && endsSentence(s - 2))) --s;
    std::size_t e = std::clamp(focus.end, s, end);
    while (e < end && !endsSentence(e)) ++e;
    if (e < end) ++e;  // the full stop itself
    return {s, e};
}
}  // namespace

QString renderDocumentHtml(const LoadedDocument& loaded, const QStringList& terms, bool raw,
                           std::optional<DocumentFocus> focus) {
    const auto& d = loaded.document;
    const HighlightColours colours = currentHighlightColours();
    const std::string text = d.title + "\n\n" + d.body;
    const std::size_t bodyStart = d.title.size() + 2;
    QString html = QStringLiteral("<h2>") + renderSpan(text, 0, d.title.size(), loaded.mentions, terms, colours) +
                   QStringLiteral("</h2>");
    QStringList meta;
    if (!d.publicationDate.empty()) {
        // Where the date came from, and what the other sources said when they disagree.
        QString date = QString::fromStdString(d.publicationDate);
        if (!d.publicationDateSource.empty()) {
            const QString why = d.publicationDateEvidence.empty()
                                    ? QObject::tr("from the %1").arg(QString::fromStdString(d.publicationDateSource))
                                    : QObject::tr("from the %1; sources disagree: %2")
                                          .arg(QString::fromStdString(d.publicationDateSource),
                                               QString::fromStdString(d.publicationDateEvidence));
            date = QStringLiteral("<span title=\"%1\">%2</span>").arg(why.toHtmlEscaped(), date);
        }
        meta << date;
    }
    if (!d.datelinePlace.empty()) meta << QString::fromStdString(d.datelinePlace).toHtmlEscaped();
    meta << QFileInfo(QString::fromStdString(d.path)).fileName().toHtmlEscaped();
    if (d.encoding != "UTF-8") meta << QString::fromStdString(d.encoding);
    html += QStringLiteral("<p style=\"color:gray\">") + meta.join(QStringLiteral(" · ")) + QStringLiteral("</p>");
    if (!raw && !loaded.mentions.empty()) {
        auto key = [&](const QColor& background, const QString& label) {
            return QStringLiteral("<span style=\"background-color:%1;color:%2\">&nbsp;%3&nbsp;</span>")
                .arg(background.name(), colours.text.name(), label);
        };
        html += QStringLiteral("<p>") + key(colours.person, QObject::tr("person")) + QLatin1Char(' ') +
                key(colours.agency, QObject::tr("agency")) + QLatin1Char(' ') + key(colours.place, QObject::tr("place")) +
                QStringLiteral("</p>");
    }
    if (raw) {
        for (const auto& paragraph : QString::fromStdString(d.raw).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
            QString p = highlightWith(paragraph, terms, colours);
            p.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
            html += QStringLiteral("<p>") + p + QStringLiteral("</p>");
        }
    } else {
        // Paragraph by paragraph, keeping byte offsets so that mentions land where extraction found them.
        std::size_t start = bodyStart;
        while (start < text.size()) {
            std::size_t end = text.find("\n\n", start);
            if (end == std::string::npos) end = text.size();
            if (end > start) {
                QString p;
                if (focus && focus->start >= start && focus->start < end) {
                    const auto [fs, fe] = sentenceAround(text, start, end, *focus);
                    p = renderSpan(text, start, fs, loaded.mentions, terms, colours) +
                        QStringLiteral("<a name=\"%1\"></a><span style=\"background-color:%2;color:%3\">")
                            .arg(QString::fromLatin1(kFocusAnchor), colours.focus.name(), colours.text.name()) +
                        renderSpan(text, fs, fe, loaded.mentions, terms, colours) + QStringLiteral("</span>") +
                        renderSpan(text, fe, end, loaded.mentions, terms, colours);
                } else {
                    p = renderSpan(text, start, end, loaded.mentions, terms, colours);
                }
                p.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
                html += QStringLiteral("<p>") + p + QStringLiteral("</p>");
            }
            start = end + 2;
        }
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

std::optional<LinkedEntity> linkedEntity(const QUrl& url) {
    if (url.scheme() != QStringLiteral("entity")) return std::nullopt;
    const QString path = url.path();
    const auto colon = path.indexOf(QLatin1Char(':'));
    if (colon <= 0) return std::nullopt;
    const QString type = path.left(colon);
    const QString name = QUrl::fromPercentEncoding(path.mid(colon + 1).toUtf8());
    if (name.isEmpty()) return std::nullopt;
    if (type == QStringLiteral("person")) return LinkedEntity{EntityType::Person, name};
    if (type == QStringLiteral("agency")) return LinkedEntity{EntityType::Agency, name};
    if (type == QStringLiteral("location")) return LinkedEntity{EntityType::Location, name};
    return std::nullopt;
}

}  // namespace bulletin::app
