#include "query_completer.hpp"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>

#include "completion_model.hpp"

namespace bulletin::app {

namespace {
constexpr int kMinimumPrefix = 2;
}  // namespace

QueryCompleter::QueryCompleter(QLineEdit* edit)
    : QObject(edit), edit_(edit), completer_(new QCompleter(this)), model_(new CompletionModel(this)) {
    completer_->setModel(model_);
    completer_->setCaseSensitivity(Qt::CaseInsensitive);
    completer_->setFilterMode(Qt::MatchContains);
    completer_->setCompletionMode(QCompleter::PopupCompletion);
    completer_->setMaxVisibleItems(12);
    completer_->setWidget(edit_);
    connect(edit_, &QLineEdit::textEdited, this, &QueryCompleter::onEdited);
    connect(completer_, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        apply(index.data(Qt::DisplayRole).toString(), index.data(CompletionModel::kWholeQueryRole).toBool());
    });
}

void QueryCompleter::setHistory(const QStringList& queries) { model_->setHistory(queries); }

void QueryCompleter::setTerms(const QStringList& terms) { model_->setTerms(terms); }

std::pair<int, int> QueryCompleter::currentWord(const QString& text, int cursor) {
    cursor = std::clamp(cursor, 0, static_cast<int>(text.size()));
    bool quoted = false;
    int begin = 0;
    for (int i = 0; i < cursor; ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('"')) quoted = !quoted;
        else if (!quoted && (c == QLatin1Char(' ') || c == QLatin1Char('(') || c == QLatin1Char(')'))) begin = i + 1;
    }
    // A leading '-' (exclusion) stays in front of the completed filter.
    if (begin < cursor && text[begin] == QLatin1Char('-')) ++begin;
    return {begin, cursor};
}

void QueryCompleter::onEdited() {
    const QString text = edit_->text();
    const auto [begin, end] = currentWord(text, edit_->cursorPosition());
    const QString word = text.mid(begin, end - begin);
    if (word.size() < kMinimumPrefix) {
        completer_->popup()->hide();
        return;
    }
    completer_->setCompletionPrefix(word);
    if (completer_->completionCount() == 0) {
        completer_->popup()->hide();
        return;
    }
    completer_->complete();
}

void QueryCompleter::apply(const QString& completion, bool wholeQuery) {
    if (wholeQuery) {
        edit_->setText(completion);
        return;
    }
    const QString text = edit_->text();
    const auto [begin, end] = currentWord(text, edit_->cursorPosition());
    QString after = text.mid(end);
    const QString joined = text.left(begin) + completion + (after.startsWith(QLatin1Char(' ')) ? QString() : QStringLiteral(" "));
    edit_->setText(joined + after);
    edit_->setCursorPosition(static_cast<int>(joined.size()));
}

}  // namespace bulletin::app
