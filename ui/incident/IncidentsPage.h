// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incident/Incident.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace servicelens::ui {

class IncidentPlansView;
class IncidentView;
class WorkbookContext;

// Incidents (危机管理, issue 22): every incident, real or drill, the open ones first, with the
// chosen one's steps, timeline, affected orders, calls and actions; and the contingency plans
// an incident is opened under. Notes, severity, scope, the callback list, corrective actions,
// closing with the lessons learnt, and the situation report for upper management.
class IncidentsPage final : public QWidget {
    Q_OBJECT

public:
    explicit IncidentsPage(WorkbookContext &context, QWidget *parent = nullptr);

    void refresh();
    std::optional<incident::Incident> chosenIncident() const;
    void chooseIncident(const QString &code);

    // The buttons' work, for tests to drive without the dialogs' event loops: an empty text
    // (or no value) asks for it.
    void openIncident();
    void addNote(QString text = QString());
    void changeSeverity(std::optional<incident::Severity> severity = std::nullopt);
    void editScope();
    void drawCallbackList();
    void addAction();
    void closeIncident(QString lessons = QString());
    void completeStep(qint64 stepId);
    // The situation report as a PDF at `path` (empty: asks where).
    void exportReport(QString path = QString());

    // Tests.
    QTableWidget *incidentsTable() const { return m_list; }
    IncidentView *view() const { return m_view; }
    IncidentPlansView *plansView() const { return m_plansView; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void showOrders(const std::vector<qint64> &orderIds, const QString &what);

private:
    void fillList();
    void fillIncident();
    void changed();
    // The chosen incident when it is open; otherwise says why nothing can change and none.
    std::optional<incident::Incident> openChosen();

    WorkbookContext &m_context;
    QTabWidget *m_tabs;
    QTableWidget *m_list;
    IncidentView *m_view;
    IncidentPlansView *m_plansView;
    std::vector<QPushButton *> m_whileOpen; // enabled only for an open incident
    QPushButton *m_report;
    QLabel *m_status;
    std::vector<incident::Incident> m_incidents;
};

} // namespace servicelens::ui
