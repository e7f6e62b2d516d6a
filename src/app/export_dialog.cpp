#include "export_dialog.hpp"

#include <QPushButton>
#include <QSettings>

#include "ui_export_dialog.h"

namespace bulletin::app {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
}  // namespace

ExportDialog::ExportDialog(exporting::ListKind kind, const QString& summary, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::ExportDialog>()), kind_(kind) {
    ui_->setupUi(this);
    ui_->summaryLabel->setText(summary);
    ui_->formatCombo->addItem(tr("CSV (comma-separated, RFC 4180)"), static_cast<int>(exporting::Format::Csv));
    ui_->formatCombo->addItem(tr("JSON Lines (one object per line)"), static_cast<int>(exporting::Format::JsonLines));
    connect(ui_->upButton, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(ui_->downButton, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(ui_->columnList, &QListWidget::itemChanged, this, &ExportDialog::updateButtons);
    connect(ui_->columnList, &QListWidget::currentRowChanged, this, &ExportDialog::updateButtons);
    connect(ui_->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updateButtons);
    connect(ui_->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui_->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The last choice for this list, else every column in list order.
    exporting::ExportOptions initial;
    QSettings settings;
    const QStringList saved = settings.value(settingsKey() + QStringLiteral("/columns")).toStringList();
    for (const auto& c : saved) initial.columns.push_back(c.toStdString());
    initial.format = static_cast<exporting::Format>(settings.value(settingsKey() + QStringLiteral("/format"), 0).toInt());
    initial.csv.byteOrderMark = settings.value(settingsKey() + QStringLiteral("/bom"), true).toBool();
    initial.csv.excelSafe = settings.value(settingsKey() + QStringLiteral("/excelSafe"), true).toBool();
    setOptions(initial);
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::settingsKey() const {
    return QStringLiteral("export/") + qs(exporting::listName(kind_));
}

void ExportDialog::setOptions(const exporting::ExportOptions& options) {
    const auto& all = exporting::listColumns(kind_);
    ui_->columnList->clear();
    // Chosen columns first, in their order (unknown names from old settings dropped), then the others unchecked.
    std::vector<std::string> order;
    for (const auto& c : options.columns)
        if (std::find(all.begin(), all.end(), c) != all.end() && std::find(order.begin(), order.end(), c) == order.end())
            order.push_back(c);
    const bool allChecked = order.empty();
    for (const auto& c : all)
        if (std::find(order.begin(), order.end(), c) == order.end()) order.push_back(c);
    for (const auto& c : order) {
        auto* item = new QListWidgetItem(qs(c), ui_->columnList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setFlags(item->flags() & ~Qt::ItemIsDropEnabled);
        const bool chosen = allChecked || std::find(options.columns.begin(), options.columns.end(), c) != options.columns.end();
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    ui_->formatCombo->setCurrentIndex(options.format == exporting::Format::JsonLines ? 1 : 0);
    ui_->bomCheck->setChecked(options.csv.byteOrderMark);
    ui_->safeCheck->setChecked(options.csv.excelSafe);
    ui_->columnList->setCurrentRow(0);
    updateButtons();
}

exporting::ExportOptions ExportDialog::options() const {
    exporting::ExportOptions options;
    for (int i = 0; i < ui_->columnList->count(); ++i) {
        const auto* item = ui_->columnList->item(i);
        if (item->checkState() == Qt::Checked) options.columns.push_back(item->text().toStdString());
    }
    options.format = ui_->formatCombo->currentIndex() == 1 ? exporting::Format::JsonLines : exporting::Format::Csv;
    options.csv.byteOrderMark = ui_->bomCheck->isChecked();
    options.csv.excelSafe = ui_->safeCheck->isChecked();
    return options;
}

void ExportDialog::remember() const {
    const auto o = options();
    QStringList columns;
    for (const auto& c : o.columns) columns << qs(c);
    QSettings settings;
    settings.setValue(settingsKey() + QStringLiteral("/columns"), columns);
    settings.setValue(settingsKey() + QStringLiteral("/format"), static_cast<int>(o.format));
    settings.setValue(settingsKey() + QStringLiteral("/bom"), o.csv.byteOrderMark);
    settings.setValue(settingsKey() + QStringLiteral("/excelSafe"), o.csv.excelSafe);
}

void ExportDialog::moveCurrent(int step) {
    auto* list = ui_->columnList;
    const int row = list->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= list->count()) return;
    auto* item = list->takeItem(row);
    list->insertItem(target, item);
    list->setCurrentRow(target);
}

void ExportDialog::updateButtons() {
    const int row = ui_->columnList->currentRow();
    ui_->upButton->setEnabled(row > 0);
    ui_->downButton->setEnabled(row >= 0 && row + 1 < ui_->columnList->count());
    // The BOM and the formula guard are CSV matters.
    const bool csv = ui_->formatCombo->currentIndex() == 0;
    ui_->bomCheck->setEnabled(csv);
    ui_->safeCheck->setEnabled(csv);
    bool anyChecked = false;
    for (int i = 0; i < ui_->columnList->count(); ++i)
        anyChecked = anyChecked || ui_->columnList->item(i)->checkState() == Qt::Checked;
    ui_->buttons->button(QDialogButtonBox::Ok)->setEnabled(anyChecked);
}

}  // namespace bulletin::app
