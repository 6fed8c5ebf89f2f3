// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulesDialog.h"
#include "widgets/DateText.h"

#include "workbook/WorkbookContext.h"

#include "ActionDialog.h"
#include "common/LocalTime.h"
#include "i18n/Language.h"
#include "inspection/TemplateRepository.h"
#include "org/Staff.h"
#include "storage/Clock.h"
#include "widgets/Palette.h"
#include "workbook/Workbook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace inspection;

SchedulesDialog::SchedulesDialog(WorkbookContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_table(new QTableWidget(this))
    , m_template(new QComboBox(this))
    , m_frequency(new QComboBox(this))
    , m_assignee(new QComboBox(this))
    , m_nextDue(new QDateEdit(this))
    , m_active(new QCheckBox(tr("Active"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("schedulesDialog"));
    setWindowTitle(tr("Inspection schedules"));
    m_table->setObjectName(QStringLiteral("scheduleTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Template"), tr("Frequency"), tr("Inspector"), tr("Next due"), tr("Active")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SchedulesDialog::showSelected);

    const QString language = i18n::Language::effective();
    m_template->setObjectName(QStringLiteral("scheduleTemplate"));
    if (auto list = TemplateRepository(*m_context.database()).list())
        for (const TemplateSummary &s : *list)
            m_template->addItem(s.name.in(language), s.code);
    m_frequency->setObjectName(QStringLiteral("scheduleFrequency"));
    for (Frequency f : allFrequencies)
        m_frequency->addItem(InspectionNames::label(f), static_cast<int>(f));
    m_assignee->setObjectName(QStringLiteral("scheduleAssignee"));
    m_nextDue->setObjectName(QStringLiteral("scheduleNextDue"));
    m_nextDue->setCalendarPopup(true);
    DateText::format(m_nextDue, DateText::Edit::Date);
    m_active->setChecked(true);
    m_error->setStyleSheet(palette::problemText());
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Template:"), m_template);
    form->addRow(tr("Frequency:"), m_frequency);
    form->addRow(tr("Inspector:"), m_assignee);
    form->addRow(tr("Next due:"), m_nextDue);
    form->addRow(QString(), m_active);
    auto *buttons = new QDialogButtonBox(this);
    auto *newButton = buttons->addButton(tr("New schedule"), QDialogButtonBox::ActionRole);
    auto *save = buttons->addButton(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveSchedule"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(newButton, &QPushButton::clicked, this, &SchedulesDialog::newSchedule);
    connect(save, &QPushButton::clicked, this, &SchedulesDialog::saveForm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 520);
    reload();
    if (m_rows.empty())
        newSchedule();
    else
        m_table->selectRow(0);
}

void SchedulesDialog::reload()
{
    auto branch = m_context.branch();
    if (!branch)
        return;
    const LocalTime local = branch->localTime();
    const QDate today = local.localDate((*m_context.database()).clock().nowSecsSinceEpoch());
    auto rows = ScheduleRepository((*m_context.database())).all(branch->id, today);
    m_rows = rows ? std::move(*rows) : std::vector<DueRow>();
    const QString language = i18n::Language::effective();
    const QLocale locale;
    const QSignalBlocker block(m_table);
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    for (int r = 0; r < static_cast<int>(m_rows.size()); ++r) {
        const DueRow &row = m_rows[static_cast<std::size_t>(r)];
        const QStringList cells = {row.templateName.in(language),
                                   InspectionNames::label(row.schedule.frequency), row.assigneeName,
                                   DateText::of(row.schedule.nextDue),
                                   row.schedule.active ? tr("yes") : tr("no")};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
}

void SchedulesDialog::showSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return;
    const Schedule &s = m_rows[static_cast<std::size_t>(row)].schedule;
    m_editing = s.id;
    m_template->setCurrentIndex(std::max(0, m_template->findData(s.templateCode)));
    m_frequency->setCurrentIndex(m_frequency->findData(static_cast<int>(s.frequency)));
    auto staff = org::StaffRepository((*m_context.database())).list();
    fillStaffCombo(m_assignee, staff ? *staff : std::vector<org::StaffMember>(), tr("(nobody yet)"),
                   s.assigneeId);
    m_nextDue->setDate(s.nextDue);
    m_active->setChecked(s.active);
    m_error->hide();
}

void SchedulesDialog::newSchedule()
{
    m_editing = 0;
    m_table->clearSelection();
    auto staff = org::StaffRepository((*m_context.database())).list();
    fillStaffCombo(m_assignee, staff ? *staff : std::vector<org::StaffMember>(), tr("(nobody yet)"),
                   std::nullopt);
    auto branch = m_context.branch();
    const QString zone = branch ? branch->timeZone : QString::fromLatin1(Branch::defaultTimeZone);
    m_nextDue->setDate(LocalTime::inZone(zone)
                           .localDate((*m_context.database()).clock().nowSecsSinceEpoch())
                           .addDays(7));
    m_active->setChecked(true);
    m_template->setFocus();
}

bool SchedulesDialog::saveForm()
{
    auto branch = m_context.branch();
    if (!branch)
        return false;
    Schedule s;
    s.id = m_editing;
    s.branchId = branch->id;
    s.templateCode = m_template->currentData().toString();
    s.frequency = static_cast<Frequency>(m_frequency->currentData().toInt());
    if (m_assignee->currentData().isValid())
        s.assigneeId = m_assignee->currentData().toLongLong();
    s.nextDue = m_nextDue->date();
    s.active = m_active->isChecked();
    ScheduleRepository schedules((*m_context.database()));
    const Status saved = s.id ? schedules.update(s) : schedules.create(s);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    reload();
    for (int r = 0; r < static_cast<int>(m_rows.size()); ++r)
        if (m_rows[static_cast<std::size_t>(r)].schedule.id == s.id)
            m_table->selectRow(r);
    return true;
}

} // namespace servicelens::ui
