// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentsPage.h"

#include "IncidentDialog.h"
#include "IncidentPlansView.h"
#include "IncidentScopeEditor.h"
#include "IncidentView.h"

#include "i18n/Language.h"
#include "incident/IncidentContacts.h"
#include "incident/Incidents.h"
#include "inspection/ActionDialog.h"
#include "io/OutputFile.h"
#include "report/SituationDocument.h"
#include "report/SituationReport.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "widgets/DateText.h"
#include "widgets/ErrorMessage.h"
#include "widgets/ExportFolder.h"
#include "widgets/ExportOutcome.h"
#include "widgets/ListTable.h"
#include "widgets/Palette.h"
#include "workbook/WorkbookContext.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace incident;

IncidentsPage::IncidentsPage(WorkbookContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
    , m_list(makeListTable(
          this, QStringLiteral("incidentList"),
          {tr("Code"), tr("Title"), tr("Scenario"), tr("Severity"), tr("Opened"), tr("Status")}))
    , m_view(new IncidentView(this))
    , m_plansView(new IncidentPlansView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("incidentsPage"));
    auto *open = new QPushButton(tr("&Open Incident…"), this);
    open->setObjectName(QStringLiteral("openIncident"));
    auto *note = new QPushButton(tr("Add &Note…"), this);
    auto *severity = new QPushButton(tr("&Severity…"), this);
    auto *scope = new QPushButton(tr("S&cope…"), this);
    scope->setToolTip(tr("The products, batches, fault codes and period the incident touched"));
    auto *calls = new QPushButton(tr("Call the Affected &Customers"), this);
    calls->setObjectName(QStringLiteral("drawCallbackList"));
    calls->setToolTip(tr("Lists every affected customer on the Surveys page's incident calls, "
                         "with the incident's script"));
    auto *action = new QPushButton(tr("Corrective &Action…"), this);
    auto *close = new QPushButton(tr("C&lose…"), this);
    close->setObjectName(QStringLiteral("closeIncident"));
    m_report = new QPushButton(tr("Situation &Report…"), this);
    m_report->setObjectName(QStringLiteral("situationReport"));
    m_report->setToolTip(tr("A PDF for upper management: what happened, who was contacted, what "
                            "is still open"));
    m_whileOpen = {note, severity, scope, calls, action, close};
    connect(open, &QPushButton::clicked, this, &IncidentsPage::openIncident);
    connect(note, &QPushButton::clicked, this, [this] { addNote(); });
    connect(severity, &QPushButton::clicked, this, [this] { changeSeverity(); });
    connect(scope, &QPushButton::clicked, this, &IncidentsPage::editScope);
    connect(calls, &QPushButton::clicked, this, &IncidentsPage::drawCallbackList);
    connect(action, &QPushButton::clicked, this, &IncidentsPage::addAction);
    connect(close, &QPushButton::clicked, this, [this] { closeIncident(); });
    connect(m_report, &QPushButton::clicked, this, [this] { exportReport(); });
    auto *bar = new QHBoxLayout;
    bar->addWidget(open);
    for (QPushButton *b : m_whileOpen)
        bar->addWidget(b);
    bar->addWidget(m_report);
    bar->addStretch(1);

    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_list, &QTableWidget::currentCellChanged, this, [this] { fillIncident(); });
    connect(m_view, &IncidentView::stepActivated, this, &IncidentsPage::completeStep);
    connect(m_view, &IncidentView::showOrders, this, &IncidentsPage::showOrders);
    auto *split = new QSplitter(Qt::Vertical, m_tabs);
    split->addWidget(m_list);
    split->addWidget(m_view);
    split->setStretchFactor(1, 2);
    m_tabs->addTab(split, tr("Incidents"));
    m_tabs->addTab(m_plansView, tr("Contingency Plans"));
    connect(m_plansView, &IncidentPlansView::changed, this, &IncidentsPage::changed);
    // The buttons about the chosen incident are not offered beside the plans.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        for (QPushButton *b : m_whileOpen)
            b->setVisible(index == 0);
        m_report->setVisible(index == 0);
    });

    m_status->setObjectName(QStringLiteral("incidentStatus"));
    m_status->setOpenExternalLinks(true);
    m_status->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    m_context.followWhenShown(this,
                              WorkbookContext::Change::Incidents | WorkbookContext::Change::Team |
                                  WorkbookContext::Change::Orders,
                              [this] { refresh(); });
}

void IncidentsPage::refresh()
{
    Database *db = m_context.database();
    auto branch = m_context.branch();
    m_plansView->show(db, branch ? branch->id : 0);
    fillList();
}

void IncidentsPage::fillList()
{
    const auto chosen = chosenIncident();
    m_list->setRowCount(0);
    m_incidents.clear();
    Database *db = m_context.database();
    auto branch = m_context.branch();
    if (db && branch) {
        auto incidents = Incidents(*db).list(branch->id);
        if (!incidents)
            showError(this, tr("Incidents"), incidents.error());
        else
            m_incidents = std::move(*incidents);
    }
    // The open ones first, the latest opened first within each.
    std::stable_sort(m_incidents.begin(), m_incidents.end(),
                     [](const Incident &a, const Incident &b) { return a.isOpen() > b.isOpen(); });
    const LocalTime local = m_context.localTime();
    m_list->setRowCount(int(m_incidents.size()));
    for (int row = 0; row < int(m_incidents.size()); ++row) {
        const Incident &i = m_incidents[std::size_t(row)];
        const QString status = i.isOpen() ? tr("Open") : tr("Closed");
        const QStringList cells{i.code,
                                i.title,
                                IncidentNames::label(i.scenario),
                                IncidentNames::label(i.severity),
                                DateText::of(local.localDateTime(i.openedAt)),
                                i.drill ? tr("%1 · drill").arg(status) : status};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (i.isOpen() && !i.drill && i.severity >= Severity::Major)
                item->setForeground(palette::problem);
            m_list->setItem(row, c, item);
        }
        if (chosen && chosen->id == i.id)
            m_list->setCurrentCell(row, 0);
    }
    if (m_list->currentRow() < 0 && !m_incidents.empty())
        m_list->setCurrentCell(0, 0);
    m_tabs->setTabText(0, m_incidents.empty() ? tr("Incidents")
                                              : tr("Incidents (%1)").arg(m_incidents.size()));
    fillIncident();
}

void IncidentsPage::fillIncident()
{
    const auto incident = chosenIncident();
    for (QPushButton *b : m_whileOpen)
        b->setEnabled(incident && incident->isOpen());
    m_report->setEnabled(incident.has_value());
    Database *db = m_context.database();
    m_view->show(db, incident, m_context.localTime(),
                 db ? db->clock().nowSecsSinceEpoch() : qint64(0));
}

std::optional<Incident> IncidentsPage::chosenIncident() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= int(m_incidents.size()))
        return std::nullopt;
    return m_incidents[std::size_t(row)];
}

void IncidentsPage::chooseIncident(const QString &code)
{
    for (std::size_t i = 0; i < m_incidents.size(); ++i)
        if (m_incidents[i].code == code) {
            m_tabs->setCurrentIndex(0);
            m_list->setCurrentCell(int(i), 0);
        }
}

void IncidentsPage::changed()
{
    m_context.notify(WorkbookContext::Change::Incidents);
}

std::optional<Incident> IncidentsPage::openChosen()
{
    const auto incident = chosenIncident();
    if (!incident || !m_context.database())
        return std::nullopt;
    if (!incident->isOpen()) {
        showError(
            this, tr("Incidents"),
            makeError(ErrorKind::InvalidInput,
                      tr("Incident %1 is closed: it can no longer change.").arg(incident->code)));
        return std::nullopt;
    }
    return incident;
}

void IncidentsPage::openIncident()
{
    Database *db = m_context.database();
    auto branch = m_context.branch();
    if (!db || !branch)
        return;
    IncidentDialog dialog(*db, branch->id, m_context.localTime(), db->clock().nowSecsSinceEpoch(),
                          this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed();
    chooseIncident(dialog.incident().code);
}

void IncidentsPage::addNote(QString text)
{
    const auto incident = openChosen();
    if (!incident)
        return;
    if (text.isEmpty()) {
        bool ok = false;
        text = QInputDialog::getMultiLineText(this, tr("Note on %1").arg(incident->code),
                                              tr("What happened or was done:"), QString(), &ok);
        if (!ok || text.trimmed().isEmpty())
            return;
    }
    Database &db = *m_context.database();
    if (auto s =
            Incidents(db).addNote(incident->id, text, db.clock().nowSecsSinceEpoch(), std::nullopt);
        !s)
        return showError(this, tr("Incidents"), s.error());
    changed();
}

void IncidentsPage::changeSeverity(std::optional<Severity> severity)
{
    const auto incident = openChosen();
    if (!incident)
        return;
    if (!severity) {
        QStringList labels;
        for (Severity s : allSeverities)
            labels << IncidentNames::label(s);
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(this, tr("Severity of %1").arg(incident->code), tr("Severity:"),
                                  labels, int(incident->severity), false, &ok);
        if (!ok)
            return;
        severity = allSeverities[std::size_t(labels.indexOf(chosen))];
    }
    Database &db = *m_context.database();
    if (auto s = Incidents(db).setSeverity(incident->id, *severity, db.clock().nowSecsSinceEpoch(),
                                           std::nullopt);
        !s)
        return showError(this, tr("Incidents"), s.error());
    changed();
}

void IncidentsPage::editScope()
{
    const auto incident = openChosen();
    if (!incident)
        return;
    Database &db = *m_context.database();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("incidentScopeDialog"));
    dialog.setWindowTitle(tr("What %1 touched").arg(incident->code));
    auto *editor = new IncidentScopeEditor(db, incident->branchId, m_context.localTime(),
                                           db.clock().nowSecsSinceEpoch(), &dialog);
    editor->setScope(incident->scope);
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(editor);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(620);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto s = Incidents(db).setScope(incident->id, editor->scope(), std::nullopt); !s)
        return showError(this, tr("Incidents"), s.error());
    changed();
}

void IncidentsPage::drawCallbackList()
{
    const auto incident = openChosen();
    if (!incident)
        return;
    Database &db = *m_context.database();
    auto added =
        IncidentContacts(db).draw(incident->id, db.clock().nowSecsSinceEpoch(), std::nullopt);
    if (!added)
        return showError(this, tr("Incidents"), added.error());
    m_status->setText(
        tr("%n customer(s) added to the incident calls on the Surveys page.", nullptr, *added));
    m_status->show();
    changed();
    m_context.notify(WorkbookContext::Change::Surveys);
}

void IncidentsPage::addAction()
{
    const auto incident = openChosen();
    if (!incident)
        return;
    Database &db = *m_context.database();
    inspection::CorrectiveAction action;
    action.branchId = incident->branchId;
    action.source = inspection::ActionSource::Incident;
    action.due = m_context.today().addDays(14);
    // The dialog gathers the action; the incident creates it, so both land together.
    ActionDialog dialog(db, action, this);
    dialog.setCreate([&db, id = incident->id](inspection::CorrectiveAction &a) {
        return Incidents(db).addAction(id, a, std::nullopt);
    });
    if (dialog.exec() == QDialog::Accepted) {
        changed();
        m_context.notify(WorkbookContext::Change::Inspections);
    }
}

void IncidentsPage::closeIncident(QString lessons)
{
    const auto incident = openChosen();
    if (!incident)
        return;
    if (lessons.isEmpty()) {
        bool ok = false;
        lessons = QInputDialog::getMultiLineText(
            this, tr("Close %1").arg(incident->code),
            tr("What did the branch learn? What will it do differently next time?"), QString(),
            &ok);
        if (!ok)
            return;
    }
    Database &db = *m_context.database();
    if (auto s = Incidents(db).close(incident->id, lessons, db.clock().nowSecsSinceEpoch(),
                                     std::nullopt);
        !s)
        return showError(this, tr("Incidents"), s.error());
    changed();
}

void IncidentsPage::completeStep(qint64 stepId)
{
    const auto incident = openChosen();
    if (!incident || stepId == 0)
        return;
    Database &db = *m_context.database();
    if (auto s = Incidents(db).completeStep(stepId, db.clock().nowSecsSinceEpoch(), std::nullopt);
        !s)
        return showError(this, tr("Incidents"), s.error());
    changed();
}

void IncidentsPage::exportReport(QString path)
{
    const auto incident = chosenIncident();
    Database *db = m_context.database();
    if (!incident || !db)
        return;
    static const QString lastFolderKey = QStringLiteral("incidents/lastReportFolder");
    if (path.isEmpty()) {
        const QString name = tr("Situation report %1.pdf").arg(incident->code);
        path = QFileDialog::getSaveFileName(this, tr("Situation Report"),
                                            QDir(ExportFolder::last(lastFolderKey)).filePath(name),
                                            tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".pdf");
        ExportFolder::remember(lastFolderKey, path);
    }
    Status written = io::OutputFile::checkTarget(path);
    if (written) {
        auto situation =
            report::SituationReport::build(*db, incident->id, i18n::Language::effective());
        written = situation ? SituationDocument::writePdf(*situation, path) : situation.error();
    }
    ExportOutcome::show(this, m_status,
                        {tr("Situation Report"), tr("The situation report was not written."),
                         tr("Situation report written to %1.")},
                        written, path);
}

} // namespace servicelens::ui
