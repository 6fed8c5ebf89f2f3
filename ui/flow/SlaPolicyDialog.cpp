// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaPolicyDialog.h"

#include "flow/OrderRepository.h"
#include "widgets/ErrorMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace flow;

namespace {
enum Column { PriorityCol, CategoryCol, ResponseCol, ResolutionCol, PauseCol, ColumnCount };
}

SlaPolicyDialog::SlaPolicyDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("SLA Policies"));
    setObjectName(QStringLiteral("slaDialog"));
    if (auto categories = OrderRepository(db).categories())
        m_categories = *categories;

    auto *intro = new QLabel(
        tr("The most specific row that matches an order sets its targets: category and "
           "priority, then category, then priority, then any order (a blank priority or category "
           "means any). An order with its own deadline from its export keeps that deadline."),
        this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("slaTable"));
    m_table->setHorizontalHeaderLabels({tr("Priority"), tr("Category"), tr("Respond within"),
                                        tr("Resolve within"), tr("Pause while waiting")});
    m_table->horizontalHeader()->setSectionResizeMode(CategoryCol, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto policies = SlaPolicyRepository(db).list();
    if (!policies)
        showError(this, windowTitle(), policies.error());
    else
        for (const SlaPolicy &p : *policies)
            addRow(p);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(CategoryCol, QHeaderView::Stretch);

    auto *add = new QPushButton(tr("&Add Row"), this);
    add->setObjectName(QStringLiteral("addPolicyButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        SlaPolicy p; // any priority, any category, KPI.md's normal targets
        addRow(p);
        m_table->setCurrentCell(m_table->rowCount() - 1, CategoryCol);
    });
    auto *remove = new QPushButton(tr("&Remove Row"), this);
    remove->setObjectName(QStringLiteral("removePolicyButton"));
    connect(remove, &QPushButton::clicked, this, &SlaPolicyDialog::removeSelectedRows);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();

    auto *note = new QLabel(
        tr("Pausing moves an order's due date by the working days it waits for parts or the "
           "customer, on its form and in the monthly figures alike. Orders no row matches keep "
           "KPI.md's default for their priority."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addLayout(rowButtons);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(760, 420);
}

void SlaPolicyDialog::addRow(const SlaPolicy &p)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *priority = new QComboBox(m_table);
    priority->addItem(tr("any"));
    for (Priority each : {Priority::Urgent, Priority::High, Priority::Normal, Priority::Low})
        priority->addItem(FlowNames::label(each), FlowNames::code(each));
    if (p.priority)
        priority->setCurrentIndex(priority->findData(FlowNames::code(*p.priority)));
    auto *category = new QComboBox(m_table);
    category->setEditable(true);
    category->addItem(QString());
    category->addItems(m_categories);
    category->setCurrentText(p.category);
    category->lineEdit()->setPlaceholderText(tr("any"));
    auto *response = new QDoubleSpinBox(m_table);
    response->setRange(0.5, 720);
    response->setDecimals(1);
    response->setSuffix(tr(" h"));
    response->setValue(p.responseHours);
    auto *resolution = new QSpinBox(m_table);
    resolution->setRange(0, 60);
    // "1 working day", "3 working days": the suffix follows the number.
    auto suffix = [resolution](int days) {
        resolution->setSuffix(tr(" working day(s)", nullptr, days));
    };
    connect(resolution, &QSpinBox::valueChanged, resolution, suffix);
    resolution->setValue(p.resolutionWorkingDays);
    suffix(p.resolutionWorkingDays);
    auto *pause = new QCheckBox(tr("for parts or the customer"), m_table);
    pause->setChecked(p.pauseWhileWaiting);
    m_table->setCellWidget(row, PriorityCol, priority);
    m_table->setCellWidget(row, CategoryCol, category);
    m_table->setCellWidget(row, ResponseCol, response);
    m_table->setCellWidget(row, ResolutionCol, resolution);
    m_table->setCellWidget(row, PauseCol, pause);
}

void SlaPolicyDialog::removeSelectedRows()
{
    std::vector<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.push_back(index.row());
    if (rows.empty() && m_table->currentRow() >= 0)
        rows.push_back(m_table->currentRow());
    std::sort(rows.rbegin(), rows.rend());
    for (int row : rows)
        m_table->removeRow(row);
}

std::vector<SlaPolicy> SlaPolicyDialog::policies() const
{
    std::vector<SlaPolicy> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        SlaPolicy p;
        const auto *priority = qobject_cast<QComboBox *>(m_table->cellWidget(row, PriorityCol));
        if (const QString code = priority->currentData().toString(); !code.isEmpty())
            p.priority = FlowNames::priority(code);
        p.category = qobject_cast<QComboBox *>(m_table->cellWidget(row, CategoryCol))
                         ->currentText()
                         .trimmed();
        p.responseHours =
            qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, ResponseCol))->value();
        p.resolutionWorkingDays =
            qobject_cast<QSpinBox *>(m_table->cellWidget(row, ResolutionCol))->value();
        p.pauseWhileWaiting =
            qobject_cast<QCheckBox *>(m_table->cellWidget(row, PauseCol))->isChecked();
        out.push_back(p);
    }
    return out;
}

void SlaPolicyDialog::accept()
{
    if (auto s = SlaPolicyRepository(m_db).replaceAll(policies()); !s)
        return showError(this, windowTitle(), s.error());
    QDialog::accept();
}

} // namespace servicelens::ui
