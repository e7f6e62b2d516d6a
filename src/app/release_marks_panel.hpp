#pragma once
// Above the reading pane: the shown release's star, tags (comma-separated, completed from the archive's tags) and
// note. The panel only shows and reports edits; MainWindow stores them (on a thread) and undoes them.

#include <QStringList>
#include <QWidget>

#include "store/marks.hpp"

class QCompleter;
class QLineEdit;
class QPlainTextEdit;
class QStringListModel;
class QToolButton;

namespace bulletin::app {

class ReleaseMarksPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ReleaseMarksPanel(QWidget* parent = nullptr);

    // Shows a release's marks; `knownTags` feeds the tag completion.
    void showMarks(qint64 documentId, const store::ReleaseMarks& marks, const QStringList& knownTags);
    // No release shown: the fields are emptied and disabled.
    void clear();
    [[nodiscard]] qint64 documentId() const { return documentId_; }
    // Entities have tags and a note but no star.
    void setStarShown(bool shown);
    void focusTags();
    void focusNote();

    [[nodiscard]] QToolButton* starButton() const { return star_; }
    [[nodiscard]] QLineEdit* tagsEdit() const { return tags_; }
    [[nodiscard]] QPlainTextEdit* noteEdit() const { return note_; }

    // The tags of comma-separated text, trimmed, each once (compared without regard to case).
    [[nodiscard]] static QStringList parseTags(const QString& text);

signals:
    void starToggled(qint64 documentId, bool starred);
    void tagsEdited(qint64 documentId, const QStringList& added, const QStringList& removed);
    void noteEdited(qint64 documentId, const QString& note);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void commitTags();
    void commitNote();
    void showStar(bool starred);

    QToolButton* star_;
    QLineEdit* tags_;
    QPlainTextEdit* note_;
    QStringListModel* tagModel_;
    qint64 documentId_ = 0;
    QStringList shownTags_;
    QString shownNote_;
};

}  // namespace bulletin::app
