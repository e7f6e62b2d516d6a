#pragma once
// Completion in the search field: the word being typed is completed with entity filters of the archive
// (`Mans` -> `person:"Zakariyya Mansoor"`, `unodc` -> `agency:UNODC`), and past queries complete the whole field.
// Only the current word is replaced, so filters can be added anywhere in a query.

#include <QObject>
#include <QStringList>

class QCompleter;
class QLineEdit;

namespace bulletin::app {

class CompletionModel;

class QueryCompleter final : public QObject {
    Q_OBJECT

public:
    explicit QueryCompleter(QLineEdit* edit);

    // Past queries (most recent first) and entity filter terms (most mentioned first).
    void setHistory(const QStringList& queries);
    void setTerms(const QStringList& terms);

    [[nodiscard]] QCompleter* completer() const { return completer_; }
    // The current word of `text` with the cursor at `cursor`: [begin, cursor). Quotes keep spaces inside a word.
    [[nodiscard]] static std::pair<int, int> currentWord(const QString& text, int cursor);
    // Applies a chosen completion to the field (public for tests).
    void apply(const QString& completion, bool wholeQuery);

private:
    void onEdited();

    QLineEdit* edit_;
    QCompleter* completer_;
    CompletionModel* model_;
};

}  // namespace bulletin::app
