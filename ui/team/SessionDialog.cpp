// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionDialog.h"
#include "widgets/DateText.h"

#include "org/Staff.h"
#include "widgets/ErrorMessage.h"
#include "widgets/Palette.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace team;

namespace {

enum Column { Person, Pre, Post };

// "" is no score; otherwise a number from 0 to 100.
std::optional<std::optional<double>> score(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::optional<double>();
    bool ok = false;
    double v = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        v = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || v < 0 || v > 100)
        return std::nullopt;
    return std::optional<double>(v);
}

} // namespace

SessionDialog::SessionDialog(Database &db, qint64 branchId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_branchId(branchId)
    , m_course(new QComboBox(this))
    , m_day(new QDateEdit(QDate::currentDate(), this))
    , m_trainer(new QLineEdit(this))
    , m_hours(new QDoubleSpinBox(this))
    , m_people(new QTableWidget(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("sessionDialog"));
    setWindowTitle(tr("Training session"));
    m_course->setObjectName(QStringLiteral("sessionCourse"));
    m_day->setCalendarPopup(true);
    DateText::format(m_day, DateText::Edit::Date);
    m_hours->setRange(0, 100);
    m_hours->setDecimals(1);
    m_hours->setValue(2);
    auto *addCourse = new QPushButton(tr("New course…"), this);
    connect(addCourse, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString title = QInputDialog::getText(this, tr("New course"), tr("Title:"),
                                                    QLineEdit::Normal, QString(), &ok);
        if (!ok || title.trimmed().isEmpty())
            return;
        QStringList areas;
        for (SkillArea a : allSkillAreas)
            areas << SkillNames::label(a);
        const QString area =
            QInputDialog::getItem(this, tr("New course"), tr("Skill area:"), areas, 0, false, &ok);
        if (!ok)
            return;
        const int months =
            QInputDialog::getInt(this, tr("New course"),
                                 tr("Valid for (months, 0 = does not expire):"), 0, 0, 120, 1, &ok);
        if (!ok)
            return;
        Course c;
        c.title = title.trimmed();
        // A code of its own: the next free "C001", "C002", ...
        const auto existing = TrainingRepository(m_db).courses();
        int n = existing ? static_cast<int>(existing->size()) + 1 : 1;
        auto taken = [&](const QString &code) {
            return existing && std::any_of(existing->begin(), existing->end(),
                                           [&](const Course &x) { return x.code == code; });
        };
        do
            c.code = QStringLiteral("C%1").arg(n++, 3, 10, QLatin1Char('0'));
        while (taken(c.code));
        c.skillArea = allSkillAreas[static_cast<std::size_t>(areas.indexOf(area))];
        c.validityMonths = months;
        newCourse(c);
    });
    auto *courseRow = new QHBoxLayout;
    courseRow->addWidget(m_course, 1);
    courseRow->addWidget(addCourse);

    m_people->setObjectName(QStringLiteral("sessionAttendance"));
    m_people->setColumnCount(3);
    m_people->setHorizontalHeaderLabels({tr("Attended"), tr("Score before"), tr("Score after")});
    m_people->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_people->verticalHeader()->hide();
    auto staff = org::StaffRepository(db).list();
    int row = 0;
    if (staff)
        for (const org::StaffMember &m : *staff) {
            if (!m.active)
                continue;
            m_people->insertRow(row);
            auto *who = new QTableWidgetItem(QStringLiteral("%1 %2").arg(m.code, m.name));
            who->setFlags((who->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
            who->setCheckState(Qt::Unchecked);
            who->setData(Qt::UserRole, m.id);
            m_people->setItem(row, Person, who);
            m_people->setItem(row, Pre, new QTableWidgetItem);
            m_people->setItem(row, Post, new QTableWidgetItem);
            ++row;
        }
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(palette::problemText());
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Course:"), courseRow);
    form->addRow(tr("Date:"), m_day);
    form->addRow(tr("Trainer:"), m_trainer);
    form->addRow(tr("Hours:"), m_hours);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(tr("Tick who attended; scores 0–100, empty when not assessed."), this));
    layout->addWidget(m_people, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 620);
    fillCourses(0);
}

void SessionDialog::fillCourses(qint64 select)
{
    m_course->clear();
    if (auto courses = TrainingRepository(m_db).courses())
        for (const Course &c : *courses)
            m_course->addItem(
                QStringLiteral("%1 — %2").arg(c.title, SkillNames::label(c.skillArea)), c.id);
    if (select)
        m_course->setCurrentIndex(m_course->findData(select));
}

void SessionDialog::newCourse(const Course &course)
{
    Course c = course;
    if (auto s = TrainingRepository(m_db).saveCourse(c); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    fillCourses(c.id);
}

void SessionDialog::accept()
{
    if (m_course->currentIndex() < 0) {
        m_error->setText(tr("Choose the course, or make a new one."));
        m_error->show();
        return;
    }
    Session s;
    s.courseId = m_course->currentData().toLongLong();
    s.branchId = m_branchId;
    s.day = m_day->date();
    s.trainer = m_trainer->text();
    s.hours = m_hours->value();
    for (int r = 0; r < m_people->rowCount(); ++r) {
        if (m_people->item(r, Person)->checkState() != Qt::Checked)
            continue;
        Attendance a;
        a.staffId = m_people->item(r, Person)->data(Qt::UserRole).toLongLong();
        const auto pre = score(m_people->item(r, Pre)->text());
        const auto post = score(m_people->item(r, Post)->text());
        if (!pre || !post) {
            m_error->setText(tr("%1: a score is a number from 0 to 100, or empty.")
                                 .arg(m_people->item(r, Person)->text()));
            m_error->show();
            return;
        }
        a.preScore = *pre;
        a.postScore = *post;
        s.attendance.push_back(a);
    }
    if (auto st = TrainingRepository(m_db).saveSession(s); !st) {
        m_error->setText(st.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace servicelens::ui
