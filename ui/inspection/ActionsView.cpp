// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionsView.h"
#include "widgets/DateText.h"

#include "workbook/WorkbookContext.h"

#include "ActionDialog.h"
#include "common/LocalTime.h"
#include "i18n/Language.h"
#include "inspection/InspectionTemplate.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "widgets/ErrorMessage.h"
#include "widgets/Palette.h"
#include "workbook/Workbook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace inspection;

namespace {

enum Column { Due, Status, Description, Item, Owner, Priority, Done, Verifier, ColumnCount };

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

ActionsView::ActionsView(WorkbookContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_status(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("Overdue only"), this))
    , m_table(new QTableWidget(this))
    , m_count(new QLabel(this))
    , m_new(button(tr("New action…"), QStringLiteral("newAction"), this))
    , m_edit(button(tr("Edit…"), QStringLiteral("editAction"), this))
    , m_start(button(tr("Start work"), QStringLiteral("startAction"), this))
    , m_done(button(tr("Mark done"), QStringLiteral("doneAction"), this))
    , m_verify(button(tr("Verify…"), QStringLiteral("verifyAction"), this))
{
    m_status->setObjectName(QStringLiteral("actionStatus"));
    m_status->addItem(tr("Not done (open, in progress)"), QStringLiteral("open"));
    m_status->addItem(tr("Waiting for verification"), QStringLiteral("done"));
    m_status->addItem(tr("Verified"), QStringLiteral("verified"));
    m_status->addItem(tr("All"), QString());
    m_overdue->setObjectName(QStringLiteral("overdueOnly"));
    connect(m_status, &QComboBox::currentIndexChanged, this, &ActionsView::refresh);
    connect(m_overdue, &QCheckBox::toggled, this, &ActionsView::refresh);

    m_table->setObjectName(QStringLiteral("actionTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Due"), tr("Status"), tr("What must change"),
                                        tr("Inspection item"), tr("Owner"), tr("Priority"),
                                        tr("Done"), tr("Verified by")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ActionsView::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &ActionsView::edit);
    connect(m_new, &QPushButton::clicked, this, &ActionsView::newAction);
    connect(m_edit, &QPushButton::clicked, this, &ActionsView::edit);
    connect(m_start, &QPushButton::clicked, this, &ActionsView::startWork);
    connect(m_done, &QPushButton::clicked, this, &ActionsView::markDone);
    connect(m_verify, &QPushButton::clicked, this, &ActionsView::verify);
    m_verify->setToolTip(tr("Someone other than the owner checks the work and accepts it or "
                            "sends it back"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_status);
    filters->addWidget(m_overdue);
    filters->addStretch();
    filters->addWidget(m_new);
    auto *steps = new QHBoxLayout;
    steps->addWidget(m_count);
    steps->addStretch();
    for (QPushButton *b : {m_edit, m_start, m_done, m_verify})
        steps->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(steps);
    updateButtons();
    m_context.follow(this, WorkbookContext::Change::Inspections, [this] { refresh(); });
}

void ActionsView::refresh()
{
    // The chosen action stays chosen through a refresh (a state change refreshes every view of
    // the inspections), so its next step is one click away.
    const auto chosen = selected();
    m_rows.clear();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    m_new->setEnabled(m_context.workbook() != nullptr);
    if (!m_context.workbook()) {
        updateButtons();
        return;
    }
    auto branch = m_context.branch();
    if (!branch)
        return;
    const LocalTime local = branch->localTime();
    const QDate today =
        local.localDate(m_context.workbook()->database().clock().nowSecsSinceEpoch());
    ActionFilter filter;
    filter.branchId = branch->id;
    filter.today = today;
    filter.overdueOnly = m_overdue->isChecked();
    const QString status = m_status->currentData().toString();
    if (status == QLatin1String("open"))
        filter.statuses = {ActionStatus::Open, ActionStatus::InProgress};
    else if (status == QLatin1String("done"))
        filter.statuses = {ActionStatus::Done};
    else if (status == QLatin1String("verified"))
        filter.statuses = {ActionStatus::Verified};
    auto rows = ActionRepository(m_context.workbook()->database()).list(filter);
    if (!rows) {
        showError(this, tr("Corrective actions"), rows.error());
        return;
    }
    m_rows = std::move(*rows);
    const QLocale locale;
    const QString language = i18n::Language::effective();
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    for (int r = 0; r < static_cast<int>(m_rows.size()); ++r) {
        const ActionListRow &row = m_rows[static_cast<std::size_t>(r)];
        const CorrectiveAction &a = row.action;
        const bool overdue = a.overdueOn(today);
        auto set = [&](int column, const QString &text, const QVariant &sort = {}) {
            auto *item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, static_cast<qlonglong>(a.id));
            if (sort.isValid())
                item->setData(Qt::UserRole + 1, sort);
            if (overdue)
                item->setForeground(palette::problem);
            m_table->setItem(r, column, item);
        };
        set(Due, DateText::of(a.due) +
                     (overdue ? QLatin1Char(' ') + tr("(%n day(s) late)", nullptr,
                                                      static_cast<int>(a.due.daysTo(today)))
                              : QString()));
        set(Status, ActionNames::label(a.status));
        set(Description, a.description);
        set(Item, BilingualText{row.itemText, row.itemTextZh}.in(language));
        set(Owner, row.ownerName);
        set(Priority, flow::FlowNames::label(a.priority));
        set(Done, a.doneAt ? DateText::of(local.localDate(*a.doneAt)) : QString());
        set(Verifier, row.verifierName);
    }
    m_table->resizeColumnToContents(Due);
    m_table->resizeColumnToContents(Status);
    m_table->setSortingEnabled(true);
    m_count->setText(tr("%n action(s)", nullptr, static_cast<int>(m_rows.size())));
    if (chosen)
        selectAction(chosen->action.id);
    updateButtons();
}

std::optional<ActionListRow> ActionsView::selected() const
{
    const auto items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const qint64 id = items.front()->data(Qt::UserRole).toLongLong();
    for (const ActionListRow &r : m_rows)
        if (r.action.id == id)
            return r;
    return std::nullopt;
}

void ActionsView::selectAction(qint64 id)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->data(Qt::UserRole).toLongLong() == id)
            m_table->selectRow(r);
}

void ActionsView::updateButtons()
{
    const auto row = selected();
    const ActionStatus s = row ? row->action.status : ActionStatus::Verified;
    m_edit->setEnabled(row && s != ActionStatus::Verified);
    m_start->setEnabled(row && s == ActionStatus::Open);
    m_done->setEnabled(row && (s == ActionStatus::Open || s == ActionStatus::InProgress));
    m_verify->setEnabled(row && s == ActionStatus::Done);
}

void ActionsView::newAction()
{
    auto branch = m_context.branch(); // none without a workbook
    if (!branch)
        return;
    CorrectiveAction a;
    a.branchId = branch->id;
    a.source = ActionSource::Other;
    a.due = branch->localTime()
                .localDate(m_context.workbook()->database().clock().nowSecsSinceEpoch())
                .addDays(7);
    ActionDialog dialog(m_context.workbook()->database(), a, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        selectAction(dialog.action().id);
        emit changed();
    }
}

void ActionsView::edit()
{
    const auto row = selected();
    if (!row || !m_context.workbook() || row->action.status == ActionStatus::Verified)
        return;
    ActionDialog dialog(m_context.workbook()->database(), row->action, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit changed();
    }
}

void ActionsView::startWork()
{
    const auto row = selected();
    if (!row || !m_context.workbook())
        return;
    if (auto s = ActionRepository(m_context.workbook()->database()).startWork(row->action.id); !s)
        showError(this, tr("Start work"), s.error());
    refresh();
    emit changed();
}

void ActionsView::markDone()
{
    const auto row = selected();
    if (!row || !m_context.workbook())
        return;
    Database &db = m_context.workbook()->database();
    if (auto s = ActionRepository(db).markDone(row->action.id, db.clock().nowSecsSinceEpoch()); !s)
        showError(this, tr("Mark done"), s.error());
    refresh();
    emit changed();
}

void ActionsView::verify()
{
    const auto row = selected();
    if (!row || !m_context.workbook())
        return;
    VerifyActionDialog dialog(m_context.workbook()->database(), row->action, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit changed();
    }
}

} // namespace servicelens::ui
