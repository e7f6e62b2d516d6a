#pragma once
// An entity's page: the names it goes by, its roles and affiliations, the people, agencies and places named with
// it, its meetings and releases; from here the analyst lists its releases, opens a related entity's page, or
// corrects it (rename, alias, merge, hide). The profile is read on a thread with its own connection.

#include <QDialog>
#include <QStringList>

#include <memory>
#include <optional>

#include "core/document.hpp"
#include "entity_correction.hpp"
#include "store/entity_profile.hpp"
#include "store/entity_reader.hpp"
#include "store/marks.hpp"

namespace Ui {
class EntityPage;
}
class QTreeWidgetItem;

namespace bulletin::app {

class ReleaseMarksPanel;

class EntityPage final : public QDialog {
    Q_OBJECT

public:
    explicit EntityPage(QString archivePath, QWidget* parent = nullptr);
    ~EntityPage() override;

    // Shows the entity the analyst calls `name` (name, alias or acronym); loaded() follows.
    void showEntity(EntityType type, const QString& name);
    [[nodiscard]] const std::optional<store::EntityProfile>& profile() const { return profile_; }
    // Asks for a correction of the shown entity (the buttons call it after their dialogs); once it is applied,
    // correctionApplied() shows the entity under its new name (rename, merge) or closes the page (hide).
    void requestCorrection(EntityCorrection correction, const QString& value = {});
    // The search filter that selects an entity's releases, e.g. agency:"National Crime Agency".
    [[nodiscard]] static QString filterFor(EntityType type, const QString& name);

public slots:
    void correctionApplied(bool ok);

signals:
    void loaded(bool found);
    void filterRequested(QString filter);
    void documentRequested(qint64 id);
    void correctionRequested(bulletin::app::EntityCorrection correction, QString type, QString name, QString value);
    // The analyst's tags or note on the entity were saved (`steps` undoable steps) or could not be.
    void marksChanged(bool ok, QString message, int steps);

public:
    // The entity's tags and note (the same panel as a release's, without the star).
    struct Marks final {
        std::optional<store::EntityRef> entity;
        store::EntityMarks marks;
        QStringList knownTags;
    };
    [[nodiscard]] ReleaseMarksPanel* marksPanel() const { return marksPanel_; }

private:
    void onLoaded(quint64 ticket, std::optional<store::EntityProfile> profile, Marks marks);
    void saveMarks(const QStringList& added, const QStringList& removed, const std::optional<QString>& note);
    void fill();
    void fillNamedWith();
    void onItemActivated(QTreeWidgetItem* item);
    void askForCorrection(EntityCorrection correction);

    std::unique_ptr<Ui::EntityPage> ui_;
    QString archivePath_;
    EntityType type_ = EntityType::Person;
    QString name_;
    quint64 ticket_ = 0;
    std::optional<store::EntityProfile> profile_;
    std::optional<EntityCorrection> pending_;
    QString pendingName_;  // the entity's name once the pending correction is applied
    ReleaseMarksPanel* marksPanel_ = nullptr;
    std::optional<store::EntityRef> entityRef_;
    QStringList knownTags_;
};

}  // namespace bulletin::app
