#include "entity_page.hpp"

#include "release_marks_panel.hpp"
#include "store/error_message.hpp"

#include "correction_dialogs.hpp"
#include <QCoreApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QPointer>
#include <QPushButton>
#include <QThread>

#include "correction_dialogs.hpp"
#include "entity_filter.hpp"
#include "store/archive.hpp"
#include "ui_entity_page.h"

namespace bulletin::app {

namespace {
constexpr int kRows = 200;  // rows of each list on a page
constexpr int kTypeRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole + 1;
constexpr int kDocumentRole = Qt::UserRole + 2;

QString typeLabel(EntityType type) {
    switch (type) {
        case EntityType::Person: return EntityPage::tr("Person");
        case EntityType::Agency: return EntityPage::tr("Agency");
        case EntityType::Location: return EntityPage::tr("Place");
    }
    return {};
}

QString q(const std::string& s) { return QString::fromStdString(s); }

QString joined(const std::vector<std::string>& list) {
    QStringList out;
    for (const auto& s : list) out << q(s);
    return out.join(QStringLiteral("; "));
}

// A row whose count column sorts as a number.
QTreeWidgetItem* countedItem(QTreeWidgetItem* parent, const QString& name, std::int64_t count) {
    auto* item = new QTreeWidgetItem(parent, {name});
    item->setData(1, Qt::DisplayRole, static_cast<qlonglong>(count));
    return item;
}
}  // namespace

EntityPage::EntityPage(QString archivePath, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::EntityPage>()), archivePath_(std::move(archivePath)) {
    ui_->setupUi(this);
    for (auto* tree : {ui_->rolesTree, ui_->meetingsTree, ui_->releasesTree, ui_->namedWithTree})
        connect(tree, &QTreeWidget::itemActivated, this, &EntityPage::onItemActivated);
    ui_->namedWithTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    ui_->namedWithTree->header()->setStretchLastSection(false);
    ui_->releasesTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(ui_->showReleasesButton, &QPushButton::clicked, this, [this] {
        if (profile_) emit filterRequested(filterFor(type_, q(profile_->name)));
    });
    connect(ui_->renameButton, &QPushButton::clicked, this, [this] { askForCorrection(EntityCorrection::Rename); });
    connect(ui_->aliasButton, &QPushButton::clicked, this, [this] { askForCorrection(EntityCorrection::Alias); });
    connect(ui_->mergeButton, &QPushButton::clicked, this, [this] { askForCorrection(EntityCorrection::Merge); });
    connect(ui_->hideButton, &QPushButton::clicked, this, [this] { askForCorrection(EntityCorrection::Hide); });
    connect(ui_->closeButton, &QPushButton::clicked, this, &QDialog::close);
    // Enter never triggers a correction: Close is the page's default button, and the correction buttons take no
    // keyboard focus by clicking (a page opened after a Hide must not start with Hide focused).
    ui_->closeButton->setDefault(true);
    marksPanel_ = new ReleaseMarksPanel(this);
    marksPanel_->setStarShown(false);
    ui_->mainLayout->insertWidget(2, marksPanel_);
    connect(marksPanel_, &ReleaseMarksPanel::tagsEdited, this,
            [this](qint64, const QStringList& added, const QStringList& removed) { saveMarks(added, removed, {}); });
    connect(marksPanel_, &ReleaseMarksPanel::noteEdited, this,
            [this](qint64, const QString& note) { saveMarks({}, {}, note); });
    for (auto* button : {ui_->renameButton, ui_->aliasButton, ui_->mergeButton, ui_->hideButton}) {
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::TabFocus);
    }
}

EntityPage::~EntityPage() = default;

void EntityPage::saveMarks(const QStringList& added, const QStringList& removed, const std::optional<QString>& note) {
    if (!entityRef_) return;
    auto steps = std::make_shared<int>(0);
    auto message = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(false);
    auto stored = std::make_shared<store::EntityMarks>();
    QThread* thread = QThread::create([path = archivePath_.toStdString(), entity = *entityRef_, added, removed, note,
                                       steps, message, ok, stored] {
        try {
            store::Archive archive(store::Location::parse(path), store::Access::Write);
            auto& marks = archive.marks();
            for (const auto& t : added) *steps += marks.addEntityTag(entity, t.toStdString());
            for (const auto& t : removed) *steps += marks.removeEntityTag(entity, t.toStdString());
            if (note) *steps += marks.setEntityNote(entity, note->toStdString());
            *stored = marks.entity(entity);
            *message = note ? tr("Saved the note on %1").arg(QString::fromStdString(entity.name))
                            : tr("Saved the tags of %1").arg(QString::fromStdString(entity.name));
            *ok = true;
        } catch (const std::exception& e) {
            *message = QString::fromStdString(store::userMessage(e));
        }
    });
    connect(thread, &QThread::finished, this, [this, steps, message, ok, stored] {
        if (*ok && entityRef_) {
            store::ReleaseMarks shown;
            shown.tags = stored->tags;
            shown.note = stored->note;
            marksPanel_->showMarks(1, shown, knownTags_);
        }
        emit marksChanged(*ok, *message, *steps);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

QString EntityPage::filterFor(EntityType type, const QString& name) { return entityFilter(type, name); }

void EntityPage::showEntity(EntityType type, const QString& name) {
    type_ = type;
    name_ = name;
    const quint64 ticket = ++ticket_;
    setWindowTitle(tr("%1 — %2").arg(name, typeLabel(type)));
    ui_->titleLabel->setText(QStringLiteral("<h2>%1</h2>").arg(name.toHtmlEscaped()));
    ui_->summaryLabel->setText(tr("Loading…"));
    // Co-occurrence over a large agency's releases takes a second: never on the GUI thread.
    QThread* thread = QThread::create([self = QPointer<EntityPage>(this), path = archivePath_.toStdString(), type,
                                       n = name.toStdString(), ticket] {
        std::optional<store::EntityProfile> profile;
        Marks marks;
        try {
            store::Archive archive(store::Location::parse(path), store::Access::Read);
            profile = archive.entities().profile(type, n, kRows);
            if (profile) {
                marks.entity = archive.marks().findEntity(type, n);
                marks.marks = archive.marks().entity(*marks.entity);
                for (const auto& t : archive.marks().tags()) marks.knownTags << QString::fromStdString(t.tag);
            }
        } catch (const std::exception&) {
            // Not found (shown as such), or marks that cannot be read: the archive's own errors show in the main
            // window.
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, ticket, profile = std::move(profile), marks = std::move(marks)]() mutable {
                if (self) self->onLoaded(ticket, std::move(profile), std::move(marks));
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void EntityPage::onLoaded(quint64 ticket, std::optional<store::EntityProfile> profile, Marks marks) {
    if (ticket != ticket_) return;  // a newer page was asked for meanwhile
    profile_ = std::move(profile);
    entityRef_ = marks.entity;
    if (entityRef_) {
        store::ReleaseMarks shown;
        shown.tags = marks.marks.tags;
        shown.note = marks.marks.note;
        knownTags_ = marks.knownTags;
        marksPanel_->showMarks(1, shown, knownTags_);  // the id only tells the panel it has something shown
    } else {
        marksPanel_->clear();
    }
    for (auto* button : {ui_->showReleasesButton, ui_->renameButton, ui_->aliasButton, ui_->mergeButton, ui_->hideButton})
        button->setEnabled(profile_.has_value());
    if (!profile_) {
        ui_->summaryLabel->setText(tr("No visible %1 is called “%2” in this archive (it may have been hidden or "
                                      "merged under another name).")
                                       .arg(typeLabel(type_).toLower(), name_.toHtmlEscaped()));
        for (auto* tree : {ui_->rolesTree, ui_->meetingsTree, ui_->releasesTree, ui_->namedWithTree}) tree->clear();
        emit loaded(false);
        return;
    }
    fill();
    emit loaded(true);
}

void EntityPage::fill() {
    const auto& p = *profile_;
    name_ = q(p.name);
    setWindowTitle(tr("%1 — %2").arg(name_, typeLabel(p.type)));
    ui_->titleLabel->setText(QStringLiteral("<h2>%1</h2>").arg(name_.toHtmlEscaped()));
    QStringList summary{typeLabel(p.type)};
    if (!p.aliases.empty()) summary << tr("also: %1").arg(joined(p.aliases).toHtmlEscaped());
    summary << (p.documents == 1 ? tr("1 release") : tr("%L1 releases").arg(p.documents)) + QStringLiteral(", ") +
                   (p.mentions == 1 ? tr("1 mention") : tr("%L1 mentions").arg(p.mentions));
    if (!p.firstDate.empty()) summary << tr("%1 to %2").arg(q(p.firstDate), q(p.lastDate));
    summary << (p.meetingCount == 1 ? tr("1 meeting") : tr("%L1 meetings").arg(p.meetingCount));
    ui_->summaryLabel->setText(summary.join(QStringLiteral(" · ")));

    fillNamedWith();
    ui_->rolesTree->clear();
    ui_->rolesTree->setColumnHidden(0, p.type != EntityType::Agency);
    for (const auto& r : p.roles) {
        auto* item = new QTreeWidgetItem(ui_->rolesTree, {q(r.person), q(r.role), q(r.affiliation)});
        item->setData(3, Qt::DisplayRole, static_cast<qlonglong>(r.documents));
        item->setData(0, kTypeRole, static_cast<int>(EntityType::Person));
        item->setData(0, kNameRole, q(r.person));
    }
    ui_->tabs->setTabText(1, p.type == EntityType::Agency ? tr("&People (%1)").arg(p.roles.size())
                                                          : tr("&Roles (%1)").arg(p.roles.size()));
    ui_->meetingsTree->clear();
    for (const auto& m : p.meetings) {
        auto* item = new QTreeWidgetItem(ui_->meetingsTree, {q(m.date), q(m.kind), q(m.location), joined(m.agencies),
                                                             joined(m.people)});
        item->setData(0, kDocumentRole, static_cast<qlonglong>(m.documentId));
        item->setToolTip(0, q(m.documentTitle));
    }
    ui_->tabs->setTabText(2, tr("&Meetings (%1)").arg(p.meetingCount));
    ui_->releasesTree->clear();
    for (const auto& d : p.releases) {
        auto* item = new QTreeWidgetItem(ui_->releasesTree, {q(d.date), q(d.title)});
        item->setData(0, kDocumentRole, static_cast<qlonglong>(d.id));
    }
    ui_->tabs->setTabText(3, tr("R&eleases (%1)").arg(p.documents));
    ui_->meetingsTree->sortByColumn(0, Qt::DescendingOrder);
    ui_->releasesTree->sortByColumn(0, Qt::DescendingOrder);
}

void EntityPage::fillNamedWith() {
    const auto& p = *profile_;
    ui_->namedWithTree->clear();
    const std::tuple<QString, EntityType, const std::vector<store::NamedCount>*> groups[] = {
        {tr("People"), EntityType::Person, &p.people},
        {tr("Agencies"), EntityType::Agency, &p.agencies},
        {tr("Places"), EntityType::Location, &p.locations}};
    for (const auto& [title, type, list] : groups) {
        if (list->empty()) continue;
        auto* group = new QTreeWidgetItem(ui_->namedWithTree, {title});
        for (const auto& n : *list) {
            auto* item = countedItem(group, q(n.name), n.documents);
            item->setData(0, kTypeRole, static_cast<int>(type));
            item->setData(0, kNameRole, q(n.name));
            item->setToolTip(0, tr("Double-click to open this page"));
        }
        group->setExpanded(true);
    }
}

// Double-click or Enter: a related entity opens its page; a meeting or release opens in the main window.
void EntityPage::onItemActivated(QTreeWidgetItem* item) {
    if (!item) return;
    if (const auto document = item->data(0, kDocumentRole); document.isValid()) {
        emit documentRequested(document.toLongLong());
        return;
    }
    const QString name = item->data(0, kNameRole).toString();
    if (!name.isEmpty()) showEntity(static_cast<EntityType>(item->data(0, kTypeRole).toInt()), name);
}

void EntityPage::askForCorrection(EntityCorrection correction) {
    if (!profile_) return;
    bool ok = true;
    QString value;
    switch (correction) {
        case EntityCorrection::Rename:
            value = QInputDialog::getText(this, tr("Rename"), tr("New name for %1:").arg(name_), QLineEdit::Normal,
                                          name_, &ok);
            break;
        case EntityCorrection::Alias:
            value = QInputDialog::getText(this, tr("Add Alias"), tr("Another name for %1:").arg(name_),
                                          QLineEdit::Normal, {}, &ok);
            break;
        case EntityCorrection::Merge: {
            // Duplicates tend to be named in the same releases: offer those of the same type first.
            QStringList candidates;
            const auto& same = type_ == EntityType::Person   ? profile_->people
                               : type_ == EntityType::Agency ? profile_->agencies
                                                             : profile_->locations;
            for (const auto& n : same) candidates << q(n.name);
            value = askMergeTarget(this, name_, candidates);
            ok = !value.isEmpty() && confirmMerge(this, QString::fromLatin1(toString(type_)), name_, profile_->documents, value);
            break;
        }
        case EntityCorrection::Hide:
            ok = confirmHide(this, QString::fromLatin1(toString(type_)), name_, profile_->documents);
            break;
    }
    value = value.trimmed();
    if (!ok || (correction != EntityCorrection::Hide && value.isEmpty())) return;
    requestCorrection(correction, value);
}

void EntityPage::requestCorrection(EntityCorrection correction, const QString& value) {
    if (!profile_) return;
    pending_ = correction;
    pendingName_ = correction == EntityCorrection::Rename || correction == EntityCorrection::Merge ? value : name_;
    emit correctionRequested(correction, QString::fromLatin1(toString(type_)), name_, value);
}

void EntityPage::correctionApplied(bool ok) {
    if (!pending_) return;
    const auto correction = *pending_;
    pending_.reset();
    if (ok && correction == EntityCorrection::Hide) {
        close();
        return;
    }
    showEntity(type_, ok ? pendingName_ : name_);
}

}  // namespace bulletin::app
