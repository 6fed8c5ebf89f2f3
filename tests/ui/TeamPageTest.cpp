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
#include "team/TrainingMatrixView.h"

#include "kpi/ReviewMeasures.h"
#include "team/Training.h"
#include "team/TrainingEffectDialog.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookContext.h"
#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
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
    // At the first size it fits: the 90th percentile and trainings wait for a right click, and
    // the totals table below follows the list's choice; a choice made is what a page opens with.
    CHECK(score->isColumnHidden(5));
    CHECK_FALSE(score->isColumnHidden(11));
    CHECK(page.findChild<QTableWidget *>(QStringLiteral("teamTable"))->isColumnHidden(5));
    {
        QSettings().setValue(QStringLiteral("team/hiddenColumns"), QVariantList{11});
        ui::TeamPage again(context);
        CHECK_FALSE(again.scorecard()->isColumnHidden(5));
        CHECK(again.scorecard()->isColumnHidden(11));
        QSettings().remove(QStringLiteral("team/hiddenColumns"));
    }
    // A month of ~25 surveys per technician is marked as a small sample.
    CHECK(score->item(0, 10)->toolTip().contains(QStringLiteral("few")));

    // The training matrix lists the active staff with the demo's sessions.
    QTableWidget *matrix = page.matrix();
    CHECK(matrix->rowCount() == 26);
    CHECK(matrix->columnCount() == 7);
    // Narrowed to the technicians, then to one team of them: only those rows, counted by hand
    // from the staff list.
    {
        auto staff = org::StaffRepository(wb->database()).list();
        REQUIRE(staff.ok());
        int technicians = 0;
        QString someTeam;
        for (const org::StaffMember &m : *staff)
            if (m.active && m.role == org::Role::TechnicalSupport) {
                ++technicians;
                if (someTeam.isEmpty() && !m.team.isEmpty())
                    someTeam = m.team;
            }
        REQUIRE(technicians > 0);
        REQUIRE_FALSE(someTeam.isEmpty());
        int inTeam = 0;
        for (const org::StaffMember &m : *staff)
            if (m.active && m.role == org::Role::TechnicalSupport && m.team == someTeam)
                ++inTeam;
        ui::TrainingMatrixView *view = page.matrixView();
        view->roleFilter()->setCurrentIndex(
            view->roleFilter()->findData(static_cast<int>(org::Role::TechnicalSupport)));
        CHECK(matrix->rowCount() == technicians);
        view->teamFilter()->setCurrentIndex(view->teamFilter()->findData(someTeam));
        CHECK(matrix->rowCount() == inTeam);
        view->teamFilter()->setCurrentIndex(0);
        view->roleFilter()->setCurrentIndex(0);
        CHECK(matrix->rowCount() == 26);
    }

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
        // People by name, as the team calls them: the line, the marked bar, every bar's label.
        QString name;
        for (const kpi::TechnicianKpis &t : k->technicians)
            if (t.code == code)
                name = t.name;
        REQUIRE_FALSE(name.isEmpty());
        auto *trend = person.findChild<QChartView *>(QStringLiteral("technicianTrend"));
        REQUIRE(trend);
        QStringList lines;
        for (QAbstractSeries *s : trend->chart()->series())
            lines << s->name();
        CHECK(lines.contains(name));
        CHECK_FALSE(lines.contains(code));
        auto *bars = person.findChild<QChartView *>(QStringLiteral("technicianDistribution"));
        REQUIRE(bars);
        auto *axis = qobject_cast<QBarCategoryAxis *>(bars->chart()->axes(Qt::Horizontal).value(0));
        REQUIRE(axis);
        CHECK(axis->categories().contains(name));
        for (const QString &label : axis->categories())
            CHECK_FALSE(label.startsWith(QLatin1Char('T'))); // no staff codes
    }

    // The effect of a training session opens on its figures.
    {
        auto sessions = team::TrainingRepository(wb->database()).sessions(wb->defaultBranch()->id);
        REQUIRE_FALSE(sessions->empty());
        ui::TrainingEffectDialog effect(context, sessions->front().session.id);
        CHECK(effect.table()->rowCount() == 4);
        // The review cycles around it, with the ratings of the competencies the course builds.
        auto ratings =
            kpi::TrainingRatingEffect::compute(wb->database(), sessions->front().session.id);
        REQUIRE(ratings.ok());
        CHECK(effect.ratingsTable()->rowCount() == int(ratings->changes.size()));
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
