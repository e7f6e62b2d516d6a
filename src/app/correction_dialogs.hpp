#pragma once
// The questions asked before a correction that hides or joins entities. Each names what will change and how many
// releases it touches; Cancel is the default button, so Enter never hides or merges by itself.

#include <QString>
#include <QStringList>

class QWidget;

namespace bulletin::app {

// typeName: "person", "agency" or "location", as toString(EntityType) names it.
[[nodiscard]] bool confirmHide(QWidget* parent, const QString& typeName, const QString& name, qint64 releases);
[[nodiscard]] bool confirmMerge(QWidget* parent, const QString& typeName, const QString& name, qint64 releases,
                                const QString& into);
// The entity `name` is the same as: one of `candidates` or a name typed in; none is chosen in advance. Empty when
// cancelled.
[[nodiscard]] QString askMergeTarget(QWidget* parent, const QString& name, const QStringList& candidates);
// A rename onto a name another entity already has: merging is what the analyst usually means. True: merge.
[[nodiscard]] bool offerMergeForRename(QWidget* parent, const QString& typeName, const QString& name,
                                       const QString& existing);

}  // namespace bulletin::app
