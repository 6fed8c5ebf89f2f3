// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LocalTime.h"
#include "incident/IncidentContacts.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// The Surveys page's incident calls: every customer an open incident touched that is to be
// called now, the most severe incident first, with the incident's script beside the list and a
// button per outcome. Not a survey: no question is asked and no figure counts these calls.
class IncidentCallsView final : public QWidget {
    Q_OBJECT

public:
    explicit IncidentCallsView(QWidget *parent = nullptr);

    void show(Database *db, qint64 branchId, const LocalTime &local, qint64 now);
    // The outcome of the call to the chosen customer (`callBackAt` for "call back later").
    void record(incident::ContactStatus outcome, std::optional<qint64> callBackAt = std::nullopt);
    int count() const { return int(m_calls.size()); }

    QTableWidget *table() const { return m_table; }
    QLabel *scriptLabel() const { return m_script; }
    QLineEdit *noteEdit() const { return m_note; }

signals:
    void recorded();

private:
    void showScript();

    Database *m_db = nullptr;
    LocalTime m_local{QTimeZone::utc()};
    qint64 m_now = 0;
    std::vector<incident::IncidentCall> m_calls;
    QTableWidget *m_table;
    QLabel *m_script;
    QLineEdit *m_note;
    std::vector<QPushButton *> m_outcomes;
};

} // namespace servicelens::ui
