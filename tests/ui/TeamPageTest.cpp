// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen: the Team page on a demo workbook — scorecard, staff form, training matrix.
#include "DemoFixture.h"
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "kpi/KpiEngine.h"
#include "org/Staff.h"
#include "team/SessionDialog.h"
#include "team/StaffDialog.h"
#include "team/TeamPage.h"
#include "team/TechnicianDialog.h"
#include "team/Training.h"
#include "team/TrainingEffectDialog.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookContext.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

using namespace servicelens;
using namespace servicelens::test;

TEST_CASE("The Team page ranks technicians, edits staff and shows the training matrix",
          "[ui][team]")
{
    DemoWorkbook demo(QStringLiteral("团队.servicelens"), 3000);
    std::unique_ptr<Workbook> &wb = demo.wb;
    ui::WorkbookContext context;
    ui::TeamPage page(context);
    context.setWorkbook(wb.get());
    // 14 technicians closed orders last month (October); grey where the sample is small.
    QTableWidget *score = page.scorecard();
    REQUIRE(score->rowCount() >= 10);
    CHECK(score->item(0, 0)->text().startsWith(QLatin1Char('T')));
    // Sorting by first-time fix puts the rows in order of the figure, not of the text.
    score->sortItems(7, Qt::DescendingOrder);
    for (int r = 1; r < score->rowCount(); ++r)
        if (score->item(r, 7)->data(Qt::UserRole).isValid())
            CHECK(score->item(r - 1, 7)->data(Qt::UserRole).toDouble() >=
                  score->item(r, 7)->data(Qt::UserRole).toDouble());
    // A month of ~25 surveys per technician is marked as a small sample.
    CHECK(score->item(0, 10)->toolTip().contains(QStringLiteral("few")));

    // The training matrix lists the active staff with the demo's sessions.
    QTableWidget *matrix = page.matrix();
    CHECK(matrix->rowCount() == 26);
    CHECK(matrix->columnCount() == 7);

    // One technician's page: twelve months of a measure, the last one equal to the scorecard's.
    {
        const QString code = score->item(0, 0)->text();
        std::vector<kpi::TechnicianKpis> figures;
        auto k = kpi::KpiEngine(wb->database())
                     .computePeriod(*wb->defaultBranch(), QDate(2026, 10, 1), QDate(2026, 11, 1));
        REQUIRE(k.ok());
        ui::TechnicianDialog person(context, code, k->technicians, QDate(2026, 10, 1));
        REQUIRE(person.trend().size() == 12);
        std::optional<double> october;
        for (const kpi::TechnicianKpis &t : k->technicians)
            if (t.code == code)
                october = t.firstTimeFixRate;
        CHECK(person.trend().back() == october);
    }

    // The effect of a training session opens on its figures.
    {
        auto sessions = team::TrainingRepository(wb->database()).sessions(wb->defaultBranch()->id);
        REQUIRE_FALSE(sessions->empty());
        ui::TrainingEffectDialog effect(context, sessions->front().session.id);
        CHECK(effect.table()->rowCount() == 4);
    }

    // A session recorded in the form: a new course, two people, a bad score refused first.
    {
        ui::SessionDialog session(wb->database(), wb->defaultBranch()->id);
        team::Course course;
        course.code = QStringLiteral("C-NEW");
        course.title = QStringLiteral("燃气灶安全检修");
        course.skillArea = team::SkillArea::Safety;
        course.validityMonths = 12;
        session.newCourse(course);
        CHECK(session.course()->currentText().contains(QStringLiteral("燃气灶安全检修")));
        QTableWidget *people = session.attendance();
        REQUIRE(people->rowCount() == 26);
        people->item(0, 0)->setCheckState(Qt::Checked);
        people->item(1, 0)->setCheckState(Qt::Checked);
        people->item(0, 1)->setText(QStringLiteral("60"));
        people->item(0, 2)->setText(QStringLiteral("120"));
        session.accept();
        CHECK(session.result() != QDialog::Accepted);
        people->item(0, 2)->setText(QStringLiteral("90"));
        session.accept();
        CHECK(session.result() == QDialog::Accepted);
        auto rows = *team::TrainingRepository(wb->database()).sessions(wb->defaultBranch()->id);
        const auto it = std::find_if(rows.begin(), rows.end(), [](const team::SessionRow &r) {
            return r.course.code == QStringLiteral("C-NEW");
        });
        REQUIRE(it != rows.end());
        CHECK(it->attendees == 2);
        CHECK(*it->meanGain == 30.0);
    }

    // A new staff member through the form; a code in use is refused in the form.
    org::StaffMember m;
    ui::StaffDialog dialog(wb->database(), m);
    dialog.findChild<QLineEdit *>(QStringLiteral("staffCode"))->setText(QStringLiteral("T01"));
    dialog.findChild<QLineEdit *>(QStringLiteral("staffName"))->setText(QStringLiteral("新员工"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))
              ->text()
              .contains(QStringLiteral("T01")));
    dialog.findChild<QLineEdit *>(QStringLiteral("staffCode"))->setText(QStringLiteral("T15"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    page.refresh();
    CHECK(page.staffTable()->rowCount() == 27);
    context.setWorkbook(nullptr);
}
