// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspection/Schedule.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace servicelens::ui {

class WorkbookContext;

// Who inspects what and how often: the branch's inspection schedules, each a template, a
// frequency, an inspector and the next due date (moved on by each completed inspection).
class SchedulesDialog final : public QDialog {
    Q_OBJECT

public:
    explicit SchedulesDialog(WorkbookContext &context, QWidget *parent = nullptr);

    // Saves the form as a new schedule or over the selected one.
    bool saveForm();
    void newSchedule();

private:
    void reload();
    void showSelected();

    WorkbookContext &m_context;
    std::vector<inspection::DueRow> m_rows;
    qint64 m_editing = 0; // 0: a new schedule
    QTableWidget *m_table;
    QComboBox *m_template;
    QComboBox *m_frequency;
    QComboBox *m_assignee;
    QDateEdit *m_nextDue;
    QCheckBox *m_active;
    QLabel *m_error;
};

} // namespace servicelens::ui
