// SPDX-License-Identifier: GPL-3.0-or-later
// The 360-degree results below the cycle (issue 23), offscreen on the demo's two cycles: the
// chosen person's trend against the previous cycle, the teams' spread, a development plan written
// through the widgets and kept, and the individual report laid out.
#include "DemoFixture.h"

#include "report/ReviewDocument.h"
#include "survey/SurveyRepository.h"
#include "team/DevelopmentPlans.h"
#include "team/ReviewCycles.h"
#include "team/ReviewPersonView.h"
#include "team/ReviewPrintouts.h"
#include "team/ReviewsView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QTableWidget>

#include <algorithm>

using namespace servicelens;
using namespace servicelens::test;

TEST_CASE("A person's review: the trend, the teams' spread, a development plan written in the "
          "widgets, the report",
          "[ui][review]")
{
    DemoWorkbook demo(QStringLiteral("评估演示.servicelens"), 2000);
    Database &db = demo.wb->database();
    const qint64 branch = demo.wb->defaultBranch()->id;
    ui::ReviewsView view;
    view.show(&db, branch, QStringLiteral("zh_CN"));
    // The latest cycle is chosen, its first person shown.
    const auto cycle = view.chosenCycle();
    REQUIRE(cycle);
    auto cycles = team::ReviewCycles(db).list(branch);
    REQUIRE(cycles->size() == 2);
    CHECK(cycle->id == cycles->front().id);
    REQUIRE(view.resultsTable()->rowCount() > 0);
    ui::ReviewPersonView *person = view.personView();
    const report::ReviewReport *shown = person->shown();
    REQUIRE(shown);
    REQUIRE(shown->previous);
    CHECK(shown->previous->id == cycles->back().id);
    // Five competencies, each beside the previous cycle's mean where the person was rated then.
    REQUIRE(person->trendTable()->rowCount() == 5);
    CHECK(person->trendTable()->item(0, 0)->text() == QStringLiteral("专业技能"));
    if (const auto then = shown->previousOthers.find(QStringLiteral("skill"));
        then != shown->previousOthers.end())
        CHECK(person->trendTable()->item(0, 2)->text() == QLocale().toString(then->second, 'f', 1));
    REQUIRE(view.teamsTable()->rowCount() > 0);
    CHECK(view.teamsTable()->item(0, 1)->text() == QStringLiteral("专业技能")); // words, not codes

    // A goal written in the table and saved is the person's plan.
    const int before = person->planTable()->rowCount();
    person->addGoal();
    const int row = person->planTable()->rowCount() - 1;
    REQUIRE(row == before);
    auto *competency = qobject_cast<QComboBox *>(person->planTable()->cellWidget(row, 0));
    REQUIRE(competency);
    competency->setCurrentIndex(competency->findData(QStringLiteral("growth")));
    person->planTable()->item(row, 1)->setText(QStringLiteral("取得空调中级维修证书"));
    person->planTable()->item(row, 2)->setText(QStringLiteral("报名三月考试"));
    qobject_cast<QDateEdit *>(person->planTable()->cellWidget(row, 3))->setDate(QDate(2027, 3, 31));
    person->savePlan();
    auto plan = team::DevelopmentPlans(db).plan(cycle->id, shown->person.staffId);
    REQUIRE(plan.ok());
    REQUIRE(int(plan->size()) == before + 1);
    CHECK(plan->back().goal == QStringLiteral("取得空调中级维修证书"));
    CHECK(plan->back().competency == QStringLiteral("growth"));
    CHECK(plan->back().dueOn == QDate(2027, 3, 31));
    CHECK(person->planTable()->rowCount() == before + 1); // shown again from the workbook

    // The individual report lays out in both languages.
    for (const QString &lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        auto report = report::ReviewReport::build(db, cycle->id, shown->person.staffId, lang);
        REQUIRE(report.ok());
        const ui::ReviewDocument document(*report);
        CHECK(document.pageCount() >= 1);
        CHECK(document.title().contains(report->person.name));
    }
}

TEST_CASE("Codes print as slips or as one paper form per code, naming the person and the group "
          "only",
          "[ui][review]")
{
    TempWorkbook t(QStringLiteral("纸质问卷.servicelens"));
    auto questionnaire =
        survey::SurveyRepository(t.db).latest(survey::SurveyRepository::reviewCode());
    REQUIRE(questionnaire.ok());
    REQUIRE(questionnaire->has_value());
    team::ReviewCycle cycle;
    cycle.code = QStringLiteral("2026H2");
    cycle.name = QStringLiteral("2026 下半年");
    const std::vector<team::IssuedCode> codes = {
        {1, QStringLiteral("王建国"), team::RaterGroup::Peer, QStringLiteral("ABCDE-FGHJK")},
        {1, QStringLiteral("王建国"), team::RaterGroup::Manager, QStringLiteral("MNPQR-STUVW")},
        {2, QStringLiteral("李娜"), team::RaterGroup::Self, QStringLiteral("XYZ23-45678")}};
    const QString forms =
        ui::ReviewPrintouts::forms(cycle, **questionnaire, codes, QStringLiteral("zh_CN"));
    for (const team::IssuedCode &c : codes)
        CHECK(forms.contains(c.code));
    CHECK(forms.count(QStringLiteral("page-break-before: always")) == 2); // a page each
    CHECK(forms.contains(QStringLiteral("专业技能")));
    // Each competency's five boxes with their anchors, in the form's language.
    const survey::Question &skill = (*questionnaire)->questions.front();
    REQUIRE(skill.optionsZh.size() == 5);
    CHECK(forms.count(QStringLiteral("☐")) ==
          3 * 5 *
              int(std::count_if((*questionnaire)->questions.begin(),
                                (*questionnaire)->questions.end(),
                                [](const survey::Question &q) { return q.scale(); })));
    CHECK(forms.contains(skill.optionsZh.back().mid(1).trimmed().toHtmlEscaped()));
    const QString slips = ui::ReviewPrintouts::slips(cycle, codes);
    for (const team::IssuedCode &c : codes)
        CHECK(slips.contains(c.code));
    CHECK(slips.contains(QStringLiteral("border-style: dashed")));
}
