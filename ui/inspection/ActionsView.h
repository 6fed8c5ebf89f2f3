// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspection/CorrectiveAction.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace servicelens::ui {

class WorkbookContext;

// The corrective actions of the branch: filters by status and overdue, overdue ones in red,
// and the steps of their life (start, done, verify or send back, edit).
class ActionsView final : public QWidget {
    Q_OBJECT

public:
    explicit ActionsView(WorkbookContext &context, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void selectAction(qint64 id);

public slots:
    void refresh();

signals:
    void changed();

private:
    std::optional<inspection::ActionListRow> selected() const;
    void updateButtons();
    void newAction();
    void edit();
    void startWork();
    void markDone();
    void verify();

    WorkbookContext &m_context;
    std::vector<inspection::ActionListRow> m_rows;
    QComboBox *m_status;
    QCheckBox *m_overdue;
    QTableWidget *m_table;
    QLabel *m_count;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_start;
    QPushButton *m_done;
    QPushButton *m_verify;
};

} // namespace servicelens::ui
