// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen: the callback list and the follow-up call answered with one key per question.
#include "TestSupport.h"

#include "flow/OrderRepository.h"
#include "survey/CallbackForm.h"
#include "survey/CallbackWorkflow.h"
#include "survey/SurveyDesigner.h"
#include "survey/SurveySettings.h"
#include "survey/SurveysPage.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookContext.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace servicelens;
using namespace servicelens::survey;
using namespace servicelens::test;

namespace {

qint64 at(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
}

} // namespace

TEST_CASE("A follow-up call is answered with one key per question and the next call follows",
          "[ui][survey]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs()); // 22 November 2026
    auto wb = createWorkbook(dir.file(QStringLiteral("回访界面.servicelens")), clock);
    Database &db = wb->database();
    for (const char *no : {"SO-A", "SO-B", "SO-C"}) {
        flow::ServiceOrder o;
        o.branchId = wb->defaultBranch()->id;
        o.orderNo = QString::fromLatin1(no);
        o.times.received = at(2026, 11, 18);
        o.times.closed = at(2026, 11, 19);
        o.status = flow::OrderStatus::Closed;
        REQUIRE(flow::OrderRepository(db).insert(o).ok());
    }
    ui::WorkbookContext context;
    ui::SurveysPage page(context);
    context.setWorkbook(wb.get());
    REQUIRE(page.callbackTable()->rowCount() == 3);

    auto calls = *ResponseRepository(db).callbackList(wb->defaultBranch()->id,
                                                      clock.nowMsecsSinceEpoch() / 1000, 10);
    ui::CallbackForm form(context, calls);
    form.setOfferFollowUp(false);
    form.show();
    QApplication::processEvents();
    const QString first = form.currentOrderNo();
    CHECK(form.currentQuestionCode() == QStringLiteral("q_speed"));
    // Seven scales, overall 2, NPS 10 (T), then the comment typed and Enter.
    for (Qt::Key k :
         {Qt::Key_5, Qt::Key_4, Qt::Key_3, Qt::Key_5, Qt::Key_5, Qt::Key_4, Qt::Key_4, Qt::Key_2})
        QTest::keyClick(&form, k);
    CHECK(form.currentQuestionCode() == QStringLiteral("q_nps"));
    QTest::keyClick(&form, Qt::Key_7, Qt::NoModifier); // 7 is fine for NPS
    CHECK(form.currentQuestionCode() == QStringLiteral("q_suggest"));
    auto *text = form.findChild<QLineEdit *>(QStringLiteral("textAnswer"));
    REQUIRE(text->hasFocus());
    text->insert(QStringLiteral("上门前请先打电话"));
    QTest::keyClick(text, Qt::Key_Return);
    // Saved; the next call is on screen, at its first question (Enter counted once).
    CHECK(form.currentOrderNo() != first);
    CHECK(form.currentQuestionCode() == QStringLiteral("q_speed"));
    const qint64 answeredId = calls.front().response.id;
    CHECK((*ResponseRepository(db).findById(answeredId))->status == ResponseStatus::Answered);
    auto answers = *ResponseRepository(db).answers(answeredId);
    REQUIRE(answers.size() == 10);
    CHECK(*answers[7].value == 2);
    CHECK(*answers[8].value == 7);
    CHECK(answers[9].text == QStringLiteral("上门前请先打电话"));
    // A scale key out of range says so and keeps the question.
    QTest::keyClick(&form, Qt::Key_9);
    CHECK(form.currentQuestionCode() == QStringLiteral("q_speed"));
    // No answer for the second call (F2), refused for the third (F3).
    form.findChild<QPushButton *>(QStringLiteral("noAnswer"))->click();
    form.findChild<QPushButton *>(QStringLiteral("refused"))->click();
    CHECK(form.callsLeft() == 0);
    CHECK((*ResponseRepository(db).findById(calls[1].response.id))->status ==
          ResponseStatus::CallBack);
    CHECK((*ResponseRepository(db).findById(calls[2].response.id))->status ==
          ResponseStatus::Refused);
    page.refresh();
    CHECK(page.callbackTable()->rowCount() == 0); // the retry is due tomorrow
    context.setWorkbook(nullptr);
}

TEST_CASE("The questionnaire designer adds a question, a survey with answers gets a new version",
          "[ui][survey]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("问卷.servicelens")), clock);
    Database &db = wb->database();
    Survey s = **SurveyRepository(db).latest(SurveyRepository::defaultCode());
    // Not answered yet: the edit replaces the shipped version in place.
    {
        ui::SurveyDesigner designer(db, s);
        designer.addQuestion();
        designer.findChild<QLineEdit *>(QStringLiteral("questionCode"))
            ->setText(QStringLiteral("q_channel"));
        auto *type = designer.findChild<QComboBox *>(QStringLiteral("questionType"));
        type->setCurrentIndex(type->findData(static_cast<int>(QuestionType::Single)));
        designer.findChild<QPlainTextEdit *>(QStringLiteral("questionTextZh"))
            ->setPlainText(QStringLiteral("您是通过什么方式报修的？"));
        designer.findChild<QPlainTextEdit *>(QStringLiteral("options"))
            ->setPlainText(QStringLiteral("Phone\nWeChat\nApp"));
        designer.moveQuestion(-1); // before q_suggest
        designer.accept();
        const auto edited = designer.edited();
        INFO((edited.ok() ? std::string() : edited.error().message.toStdString()));
        CHECK(designer.result() == QDialog::Accepted);
    }
    Survey v1 = **SurveyRepository(db).latest(SurveyRepository::defaultCode());
    CHECK(v1.version == s.version);
    CHECK(v1.id == s.id);
    REQUIRE(v1.questions.size() == 11);
    CHECK(v1.questions[9].code == QStringLiteral("q_channel"));
    CHECK(v1.questions[9].options.size() == 3);
    CHECK(v1.questions[10].code == QStringLiteral("q_suggest"));
    // A single choice needs two options: said in the dialog, nothing saved.
    {
        ui::SurveyDesigner designer(db, v1);
        designer.addQuestion();
        auto *type = designer.findChild<QComboBox *>(QStringLiteral("questionType"));
        type->setCurrentIndex(type->findData(static_cast<int>(QuestionType::Single)));
        designer.accept();
        CHECK(designer.result() != QDialog::Accepted);
        CHECK(designer.findChild<QLabel *>(QStringLiteral("errorLabel"))
                  ->text()
                  .contains(QStringLiteral("two options")));
    }
}
