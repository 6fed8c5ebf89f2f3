// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectionsPage.h"
#include "InspectionPrintout.h"
#include "InspectionSession.h"
#include "print/PrintPreview.h"
#include "widgets/DateText.h"

#include "workbook/WorkbookContext.h"

#include "ActionsView.h"
#include "InspectionChartsView.h"
#include "InspectionForm.h"
#include "SchedulesDialog.h"
#include "TemplatesView.h"
#include "common/LocalTime.h"
#include "i18n/Language.h"
#include "inspection/InspectionJson.h"
#include "inspection/InspectionWorkflow.h"
#include "inspection/Schedule.h"
#include "inspection/TemplateRepository.h"
#include "io/OutputFile.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "widgets/ErrorMessage.h"
#include "widgets/ListTable.h"
#include "widgets/Palette.h"
#include "workbook/Workbook.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace inspection;

InspectionsPage::InspectionsPage(WorkbookContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
    , m_dueTitle(new QLabel(this))
    , m_due(makeListTable(this, QStringLiteral("dueTable"),
                          {tr("Due"), tr("Template"), tr("Inspector"), tr("Frequency")}))
    , m_startDue(new QPushButton(tr("Start"), this))
    , m_table(makeListTable(this, QStringLiteral("inspectionTable"),
                            {tr("Date"), tr("Template"), tr("Inspector"), tr("Status"), tr("Score"),
                             tr("Result"), tr("Findings"), tr("Open actions")}))
    , m_empty(new QLabel(this))
    , m_count(new QLabel(this))
    , m_actions(new ActionsView(context, this))
    , m_charts(new InspectionChartsView(context, this))
    , m_templates(new TemplatesView(context, this))
{
    setObjectName(QStringLiteral("inspectionPage"));
    QFont heading = m_dueTitle->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    m_dueTitle->setFont(heading);
    m_due->setMaximumHeight(150);
    m_due->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_due, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem *item) {
        startInspection(item->data(Qt::UserRole + 1).toString(),
                        item->data(Qt::UserRole).toLongLong());
    });
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem *item) {
        openInspection(item->data(Qt::UserRole).toLongLong());
    });
    m_startDue->setObjectName(QStringLiteral("startDue"));
    // Starts the selected due inspection; the most urgent is selected after every refresh, so
    // Start is never a click that does nothing.
    connect(m_startDue, &QPushButton::clicked, this, [this] {
        const auto items = m_due->selectedItems();
        if (!items.isEmpty())
            startInspection(items.front()->data(Qt::UserRole + 1).toString(),
                            items.front()->data(Qt::UserRole).toLongLong());
    });
    auto *schedules = new QPushButton(tr("Schedules…"), this);
    schedules->setObjectName(QStringLiteral("schedulesButton"));
    schedules->setToolTip(tr("Which template is inspected how often, and by whom"));
    connect(schedules, &QPushButton::clicked, this, [this] {
        if (!m_context.workbook())
            return;
        SchedulesDialog dialog(m_context, this);
        dialog.exec();
        refresh();
    });
    auto *newButton = new QPushButton(tr("New inspection…"), this);
    newButton->setObjectName(QStringLiteral("newInspection"));
    auto *openButton = new QPushButton(tr("Open"), this);
    auto *importButton = new QPushButton(tr("Import…"), this);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    importButton->setToolTip(tr("Bring in inspections done elsewhere (JSON)"));
    exportButton->setToolTip(tr("Save the selected completed inspection as JSON"));
    connect(newButton, &QPushButton::clicked, this, &InspectionsPage::newInspection);
    connect(openButton, &QPushButton::clicked, this, [this] {
        if (auto id = selectedInspection())
            openInspection(*id);
    });
    connect(importButton, &QPushButton::clicked, this, &InspectionsPage::importInspections);
    connect(exportButton, &QPushButton::clicked, this, &InspectionsPage::exportSelected);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No inspections yet. Start the one due above, or choose New inspection… "
                        "to inspect the branch with a template."));

    auto *inspections = new QWidget(this);
    auto *list = new QVBoxLayout(inspections);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_dueTitle);
    dueRow->addStretch();
    dueRow->addWidget(schedules);
    dueRow->addWidget(m_startDue);
    list->addLayout(dueRow);
    list->addWidget(m_due);
    auto *doneTitle = new QLabel(tr("Inspections"), this);
    doneTitle->setFont(heading);
    list->addWidget(doneTitle);
    list->addWidget(m_empty);
    list->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count);
    buttons->addStretch();
    for (QPushButton *b : {newButton, openButton, importButton, exportButton})
        buttons->addWidget(b);
    list->addLayout(buttons);

    m_tabs->setObjectName(QStringLiteral("inspectionTabs"));
    m_tabs->addTab(inspections, tr("Due and done"));
    m_tabs->addTab(m_actions, tr("Corrective actions"));
    m_tabs->addTab(m_charts, tr("Charts"));
    m_tabs->addTab(m_templates, tr("Templates"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_charts)
            m_charts->refresh();
    });
    // The views tell the context what they changed; this page and the others follow it.
    connect(m_actions, &ActionsView::changed, this,
            [this] { m_context.notify(WorkbookContext::Change::Inspections); });
    connect(m_templates, &TemplatesView::changed, this,
            [this] { m_context.notify(WorkbookContext::Change::Inspections); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    m_context.follow(this, WorkbookContext::Change::Inspections, [this] { refresh(); });
}

void InspectionsPage::refresh()
{
    m_due->setRowCount(0);
    m_table->setRowCount(0);
    m_startDue->setEnabled(false);
    m_startDue->setToolTip(tr("Nothing is due: choose New inspection… to inspect now"));
    auto branch = m_context.branch(); // none without a workbook
    if (!branch)
        return;
    Database &db = m_context.workbook()->database();
    const QString language = i18n::Language::effective();
    const QLocale locale;
    const QDate now = m_context.today();
    const LocalTime local = m_context.localTime();

    auto due = ScheduleRepository(db).due(branch->id, now, now.addDays(14));
    if (due) {
        m_due->setRowCount(static_cast<int>(due->size()));
        int overdue = 0;
        for (int r = 0; r < static_cast<int>(due->size()); ++r) {
            const DueRow &row = (*due)[static_cast<std::size_t>(r)];
            const int late = row.daysOverdue;
            overdue += late > 0 ? 1 : 0;
            const QString when = late > 0 ? tr("%1 — %n day(s) overdue", nullptr, late)
                                                .arg(DateText::of(row.schedule.nextDue))
                                          : DateText::of(row.schedule.nextDue);
            const QStringList cells = {when, row.templateName.in(language), row.assigneeName,
                                       InspectionNames::label(row.schedule.frequency)};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                item->setData(Qt::UserRole, static_cast<qlonglong>(row.schedule.id));
                item->setData(Qt::UserRole + 1, row.schedule.templateCode);
                if (late > 0)
                    item->setForeground(palette::problem);
                m_due->setItem(r, c, item);
            }
        }
        m_dueTitle->setText(
            due->empty()
                ? tr("Nothing due in the next two weeks")
                : tr("Due in the next two weeks: %1, %2 overdue").arg(due->size()).arg(overdue));
        m_due->setVisible(!due->empty());
        m_due->setFixedHeight(m_due->horizontalHeader()->height() + 4 +
                              m_due->verticalHeader()->defaultSectionSize() *
                                  std::clamp(static_cast<int>(due->size()), 1, 5));
        m_due->resizeColumnToContents(0);
        if (!due->empty()) {
            m_due->selectRow(0); // the most urgent (the list is by due date)
            m_startDue->setEnabled(true);
            m_startDue->setToolTip(tr("Start the selected inspection (the most urgent unless "
                                      "you choose another)"));
        }
    }

    auto rows = InspectionRepository(db).list(branch->id);
    if (!rows) {
        showError(this, tr("Inspections"), rows.error());
        return;
    }
    m_table->setSortingEnabled(false);
    m_table->setRowCount(static_cast<int>(rows->size()));
    for (int r = 0; r < static_cast<int>(rows->size()); ++r) {
        const InspectionListRow &row = (*rows)[static_cast<std::size_t>(r)];
        const Inspection &i = row.inspection;
        const bool done = i.status == InspectionStatus::Completed;
        const qint64 when = i.completedAt.value_or(i.startedAt);
        const QStringList cells = {
            DateText::of(local.localDateTime(when)),
            tr("%1 (v%2)").arg(row.templateName.in(language)).arg(row.templateVersion),
            row.inspectorName,
            done ? tr("Completed") : tr("Draft — resume"),
            i.score ? locale.toString(*i.score, 'f', 1) : QString(),
            done ? (i.passed.value_or(false) ? tr("Pass") : tr("Fail")) : QString(),
            QString::number(row.findings),
            QString::number(row.openActions)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, static_cast<qlonglong>(i.id));
            if (c == 5 && done && !i.passed.value_or(false))
                item->setForeground(palette::problem);
            if (!done) {
                QFont italic = item->font();
                italic.setItalic(true);
                item->setFont(italic);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnToContents(0);
    m_empty->setVisible(rows->empty());
    m_table->setVisible(!rows->empty());
    m_count->setText(tr("%n inspection(s)", nullptr, static_cast<int>(rows->size())));
    m_actions->refresh();
    m_templates->refresh();
}

bool InspectionsPage::printSelected()
{
    const auto id = selectedInspection();
    if (!id || !m_context.workbook())
        return false;
    InspectionSession session(m_context.workbook()->database(), *id);
    if (auto s = session.load(); !s) {
        showError(this, tr("Print Inspection"), s.error());
        return true;
    }
    const QString html = InspectionPrintout::html(session, i18n::Language::effective());
    PrintPreview::show(this, session.tmpl().name.in(i18n::Language::effective()),
                       [&html](QPrinter *printer) { PrintPreview::printHtml(printer, html); });
    return true;
}

std::optional<qint64> InspectionsPage::selectedInspection() const
{
    const auto items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    return items.front()->data(Qt::UserRole).toLongLong();
}

void InspectionsPage::newInspection()
{
    if (!m_context.workbook())
        return;
    auto list = TemplateRepository(m_context.workbook()->database()).list();
    if (!list)
        return;
    // Maintenance checklists are filled from the Equipment page, with the maintenance.
    list->erase(
        std::remove_if(list->begin(), list->end(),
                       [](const TemplateSummary &s) { return s.kind != TemplateKind::Branch; }),
        list->end());
    if (list->empty())
        return;
    QString code = list->front().code;
    if (list->size() > 1) {
        const QString language = i18n::Language::effective();
        QStringList names;
        for (const TemplateSummary &s : *list)
            names << s.name.in(language);
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("New inspection"), tr("Template:"),
                                                     names, 0, false, &ok);
        if (!ok)
            return;
        code = (*list)[static_cast<std::size_t>(names.indexOf(chosen))].code;
    }
    startInspection(code);
}

void InspectionsPage::startInspection(const QString &templateCode, std::optional<qint64> scheduleId)
{
    if (!m_context.workbook())
        return;
    Database &db = m_context.workbook()->database();
    auto t = TemplateRepository(db).latest(templateCode);
    auto branch = m_context.branch();
    if (!t || !*t || !branch)
        return;
    // A draft of the same template already under way is resumed, not duplicated.
    if (auto rows = InspectionRepository(db).list(branch->id))
        for (const InspectionListRow &row : *rows)
            if (row.inspection.status == InspectionStatus::Draft &&
                row.templateCode == templateCode) {
                openInspection(row.inspection.id);
                return;
            }
    Inspection i;
    i.templateId = (*t)->id;
    i.branchId = branch->id;
    i.scheduleId = scheduleId;
    if (scheduleId)
        if (auto s = ScheduleRepository(db).findById(*scheduleId); s && *s)
            i.inspectorId = (*s)->assigneeId;
    if (auto s = InspectionWorkflow(db).start(i); !s) {
        showError(this, tr("New inspection"), s.error());
        return;
    }
    refresh();
    openInspection(i.id);
}

void InspectionsPage::showAction(qint64 actionId)
{
    m_tabs->setCurrentWidget(m_actions);
    m_actions->selectAction(actionId);
}

void InspectionsPage::openInspection(qint64 inspectionId)
{
    if (!m_context.workbook())
        return;
    auto *form = new InspectionForm(m_context.workbook()->database(), inspectionId, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &InspectionForm::changed, this,
            [this] { m_context.notify(WorkbookContext::Change::Inspections); });
    connect(form, &QDialog::finished, this, &InspectionsPage::refresh);
    form->open();
}

void InspectionsPage::importInspections()
{
    if (!m_context.workbook())
        return;
    QSettings settings;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import inspections"),
                                     settings.value(QStringLiteral("inspection/folder")).toString(),
                                     tr("Inspections (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("inspection/folder"), QFileInfo(path).absolutePath());
    auto done = InspectionJson::importFile(m_context.workbook()->database(), path);
    if (!done) {
        showError(this, tr("Import inspections"), done.error());
        return;
    }
    int added = 0;
    for (const InspectionImported &i : *done)
        added += i.alreadyPresent ? 0 : 1;
    QMessageBox::information(this, tr("Import inspections"),
                             tr("%1 inspection(s) imported, %2 already present.")
                                 .arg(added)
                                 .arg(static_cast<int>(done->size()) - added));
    refresh();
}

void InspectionsPage::exportSelected()
{
    const auto id = selectedInspection();
    if (!m_context.workbook() || !id)
        return;
    auto found = InspectionRepository(m_context.workbook()->database()).findById(*id);
    if (!found || !*found || (*found)->status != InspectionStatus::Completed) {
        QMessageBox::information(this, tr("Export inspection"),
                                 tr("Only completed inspections can be exported."));
        return;
    }
    auto text = InspectionJson::exportOne(m_context.workbook()->database(), (*found)->uid);
    if (!text) {
        showError(this, tr("Export inspection"), text.error());
        return;
    }
    QSettings settings;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export inspection"),
        settings.value(QStringLiteral("inspection/folder")).toString() + QLatin1Char('/') +
            tr("inspection") + QLatin1Char('-') +
            m_context.localTime().localDate(*(*found)->completedAt).toString(Qt::ISODate) +
            QStringLiteral(".json"),
        tr("Inspections (*.json)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("inspection/folder"), QFileInfo(path).absolutePath());
    if (auto s = io::OutputFile::writeWhole(path, text->toUtf8()); !s)
        showError(this, tr("Export inspection"), s.error());
}

} // namespace servicelens::ui
