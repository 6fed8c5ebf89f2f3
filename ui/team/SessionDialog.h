// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "team/Training.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// Records a training session: the course (or a new one), the date, trainer and hours, and who
// attended with their scores before and after (0-100, either may be left empty).
class SessionDialog final : public QDialog {
    Q_OBJECT

public:
    SessionDialog(Database &db, qint64 branchId, QWidget *parent = nullptr);
    void accept() override;
    QTableWidget *attendance() const { return m_people; }
    QComboBox *course() const { return m_course; }
    void newCourse(const team::Course &course); // adds and selects it (also for tests)

private:
    void fillCourses(qint64 select);

    Database &m_db;
    qint64 m_branchId;
    QComboBox *m_course;
    QDateEdit *m_day;
    QLineEdit *m_trainer;
    QDoubleSpinBox *m_hours;
    QTableWidget *m_people;
    QLabel *m_error;
};

} // namespace servicelens::ui
