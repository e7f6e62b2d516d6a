#include "release_marks_panel.hpp"

#include <QCompleter>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace bulletin::app {

namespace {
// Completes the tag being typed after the last comma, keeping the ones before it.
class TagCompleter final : public QCompleter {
public:
    TagCompleter(QAbstractItemModel* model, QObject* parent) : QCompleter(model, parent) {
        setCaseSensitivity(Qt::CaseInsensitive);
        setFilterMode(Qt::MatchContains);
    }

    QStringList splitPath(const QString& path) const override {
        return {path.mid(path.lastIndexOf(QLatin1Char(',')) + 1).trimmed()};
    }

    QString pathFromIndex(const QModelIndex& index) const override {
        const QString typed = widget() ? static_cast<QLineEdit*>(widget())->text() : QString();
        const int comma = typed.lastIndexOf(QLatin1Char(','));
        const QString before = comma < 0 ? QString() : typed.left(comma + 1) + QLatin1Char(' ');
        return before + index.data(Qt::DisplayRole).toString();
    }
};

bool containsNoCase(const QStringList& list, const QString& value) {
    return list.contains(value, Qt::CaseInsensitive);
}
}  // namespace

ReleaseMarksPanel::ReleaseMarksPanel(QWidget* parent)
    : QWidget(parent),
      star_(new QToolButton(this)),
      tags_(new QLineEdit(this)),
      note_(new QPlainTextEdit(this)),
      tagModel_(new QStringListModel(this)) {
    setObjectName(QStringLiteral("releaseMarksPanel"));
    star_->setObjectName(QStringLiteral("starButton"));
    star_->setCheckable(true);
    star_->setAutoRaise(true);
    star_->setFocusPolicy(Qt::TabFocus);
    star_->setToolTip(tr("Star this release (Ctrl+D); find starred releases with is:starred"));
    tags_->setObjectName(QStringLiteral("tagsEdit"));
    tags_->setPlaceholderText(tr("Tags, separated by commas (Ctrl+T)"));
    tags_->setToolTip(tr("Tags of this release; Enter saves them. Find them with tag:\"…\""));
    tags_->setClearButtonEnabled(true);
    tags_->setCompleter(new TagCompleter(tagModel_, tags_));
    note_->setObjectName(QStringLiteral("noteEdit"));
    note_->setPlaceholderText(tr("Note (Ctrl+Shift+N); saved when you leave the field or press Ctrl+Enter"));
    note_->setTabChangesFocus(true);
    const int lines = 3;
    note_->setFixedHeight(QFontMetrics(note_->font()).lineSpacing() * lines + 2 * note_->frameWidth() + 8);
    note_->installEventFilter(this);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(star_);
    auto* tagLabel = new QLabel(tr("&Tags:"), this);
    tagLabel->setBuddy(tags_);
    row->addWidget(tagLabel);
    row->addWidget(tags_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(note_);

    connect(star_, &QToolButton::clicked, this, [this](bool checked) {
        showStar(checked);
        if (documentId_ > 0) emit starToggled(documentId_, checked);
    });
    connect(tags_, &QLineEdit::editingFinished, this, &ReleaseMarksPanel::commitTags);
    clear();
}

QStringList ReleaseMarksPanel::parseTags(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !containsNoCase(out, tag)) out << tag;
    }
    return out;
}

void ReleaseMarksPanel::showStar(bool starred) {
    star_->setChecked(starred);
    star_->setText(starred ? tr("★ Starred") : tr("☆ Star"));
}

void ReleaseMarksPanel::showMarks(qint64 documentId, const store::ReleaseMarks& marks, const QStringList& knownTags) {
    documentId_ = documentId;
    setEnabled(true);
    showStar(marks.starred);
    shownTags_.clear();
    for (const auto& t : marks.tags) shownTags_ << QString::fromStdString(t);
    tags_->setText(shownTags_.join(QStringLiteral(", ")));
    shownNote_ = QString::fromStdString(marks.note);
    note_->setPlainText(shownNote_);
    tagModel_->setStringList(knownTags);
}

void ReleaseMarksPanel::clear() {
    documentId_ = 0;
    showStar(false);
    shownTags_.clear();
    shownNote_.clear();
    tags_->clear();
    note_->clear();
    setEnabled(false);
}

void ReleaseMarksPanel::setStarShown(bool shown) { star_->setVisible(shown); }

void ReleaseMarksPanel::focusTags() {
    tags_->setFocus();
    tags_->end(false);
}

void ReleaseMarksPanel::focusNote() {
    note_->setFocus();
    note_->moveCursor(QTextCursor::End);
}

void ReleaseMarksPanel::commitTags() {
    if (documentId_ <= 0) return;
    const QStringList now = parseTags(tags_->text());
    QStringList added, removed;
    for (const auto& t : now)
        if (!containsNoCase(shownTags_, t)) added << t;
    for (const auto& t : shownTags_)
        if (!containsNoCase(now, t)) removed << t;
    tags_->setText(now.join(QStringLiteral(", ")));
    if (added.isEmpty() && removed.isEmpty()) return;
    shownTags_ = now;
    emit tagsEdited(documentId_, added, removed);
}

void ReleaseMarksPanel::commitNote() {
    if (documentId_ <= 0) return;
    const QString now = note_->toPlainText().trimmed();
    if (now == shownNote_) return;
    shownNote_ = now;
    emit noteEdited(documentId_, now);
}

bool ReleaseMarksPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == note_) {
        if (event->type() == QEvent::FocusOut) commitNote();
        if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                (key->modifiers() & Qt::ControlModifier)) {
                commitNote();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace bulletin::app
