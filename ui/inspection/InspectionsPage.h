// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace servicelens::ui {

class WorkbookContext;

class ActionsView;
class InspectionChartsView;
class TemplatesView;

// The Inspections area. It opens on what is due: the schedules due or overdue (with Start),
// then the inspections done and in progress; beside them the corrective actions, the charts and
// the templates.
class InspectionsPage final : public QWidget {
    Q_OBJECT

public:
    explicit InspectionsPage(WorkbookContext &context, QWidget *parent = nullptr);

    // Starts an inspection of the template (for a schedule when given) and opens its form.
    void startInspection(const QString &templateCode, std::optional<qint64> scheduleId = {});
    void openInspection(qint64 inspectionId);
    // The selected inspection in a print preview; false when none is selected.
    bool printSelected();
    // The corrective actions tab, with this action selected.
    void showAction(qint64 actionId);
    ActionsView *actions() const { return m_actions; }
    QTableWidget *inspectionTable() const { return m_table; }

public slots:
    void refresh();

private:
    void newInspection();
    void exportSelected();
    void importInspections();
    std::optional<qint64> selectedInspection() const;

    WorkbookContext &m_context;
    QTabWidget *m_tabs;
    QLabel *m_dueTitle;
    QTableWidget *m_due;
    QPushButton *m_startDue;
    QTableWidget *m_table;
    QLabel *m_empty;
    QLabel *m_count;
    ActionsView *m_actions;
    InspectionChartsView *m_charts;
    TemplatesView *m_templates;
};

} // namespace servicelens::ui
