// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallbackForm.h"
#include "widgets/DateText.h"

#include "flow/CalendarRepository.h"

#include "workbook/WorkbookContext.h"

#include "common/LocalTime.h"
#include "i18n/Language.h"
#include "inspection/ActionDialog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "survey/SurveyRepository.h"
#include "widgets/ErrorMessage.h"
#include "widgets/Palette.h"
#include "workbook/Workbook.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace survey;

namespace {

QLabel *wrapped(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    return l;
}

} // namespace

CallbackForm::CallbackForm(WorkbookContext &context, std::vector<CallbackRow> calls,
                           QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_calls(std::move(calls))
    , m_language(i18n::Language::effective())
    , m_who(wrapped(this, QStringLiteral("who")))
    , m_script(wrapped(this, QStringLiteral("script")))
    , m_progress(new QLabel(this))
    , m_questionText(wrapped(this, QStringLiteral("questionText")))
    , m_keys(new QLabel(this))
    , m_text(new QLineEdit(this))
    , m_given(wrapped(this, QStringLiteral("given")))
    , m_callBack(new QDateTimeEdit(this))
    , m_status(wrapped(this, QStringLiteral("status")))
{
    setObjectName(QStringLiteral("callbackForm"));
    setWindowTitle(tr("Follow-up call"));
    QFont big = m_questionText->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_questionText->setFont(big);
    m_script->setStyleSheet(QStringLiteral("background: palette(alternate-base); padding: 8px;"));
    m_keys->setForegroundRole(QPalette::PlaceholderText); // secondary, in light and dark
    m_text->setObjectName(QStringLiteral("textAnswer"));
    m_text->setPlaceholderText(tr("What the customer says; Enter to go on"));
    // Enter in the text reaches keyPressEvent (QLineEdit passes it on): handled there once.
    m_callBack->setCalendarPopup(true);
    DateText::format(m_callBack, DateText::Edit::DateTime);

    auto outcome = [this](const QString &text, const QString &name, QKeySequence key,
                          CallOutcome o) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        b->setShortcut(key);
        b->setToolTip(key.toString(QKeySequence::NativeText));
        connect(b, &QPushButton::clicked, this, [this, o] { recordOutcome(o); });
        return b;
    };
    auto *noAnswer = outcome(tr("No answer (F2)"), QStringLiteral("noAnswer"), Qt::Key_F2,
                             CallOutcome::NoAnswer);
    auto *refused =
        outcome(tr("Refused (F3)"), QStringLiteral("refused"), Qt::Key_F3, CallOutcome::Refused);
    auto *later = outcome(tr("Call back at (F4):"), QStringLiteral("callBackLater"), Qt::Key_F4,
                          CallOutcome::CallBackLater);
    auto *skip = new QPushButton(tr("Skip (F6)"), this);
    skip->setAutoDefault(false);
    skip->setShortcut(Qt::Key_F6);
    skip->setToolTip(tr("Leave this call on the list and take the next"));
    connect(skip, &QPushButton::clicked, this, [this] {
        ++m_call;
        showCall();
    });
    auto *close = new QPushButton(tr("Close"), this);
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    auto *outcomes = new QHBoxLayout;
    outcomes->addWidget(noAnswer);
    outcomes->addWidget(refused);
    outcomes->addWidget(later);
    outcomes->addWidget(m_callBack);
    outcomes->addStretch();
    outcomes->addWidget(skip);
    outcomes->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_who);
    layout->addWidget(m_script);
    layout->addSpacing(12);
    layout->addWidget(m_questionText);
    layout->addWidget(m_keys);
    layout->addWidget(m_text);
    layout->addWidget(m_given);
    layout->addStretch();
    layout->addWidget(m_status);
    layout->addLayout(outcomes);
    resize(820, 520);
    showCall();
}

QString CallbackForm::currentOrderNo() const
{
    return m_call < m_calls.size() ? m_calls[m_call].orderNo : QString();
}

const Question *CallbackForm::question() const
{
    if (m_question < 0 || m_question >= static_cast<int>(m_survey.questions.size()))
        return nullptr;
    return &m_survey.questions[static_cast<std::size_t>(m_question)];
}

QString CallbackForm::currentQuestionCode() const
{
    const Question *q = question();
    return q ? q->code : QString();
}

int CallbackForm::callsLeft() const
{
    return static_cast<int>(m_calls.size() - std::min(m_call, m_calls.size()));
}

void CallbackForm::showCall()
{
    m_answers.clear();
    m_question = 0;
    const bool any = m_call < m_calls.size();
    m_progress->setText(any ? tr("Call %1 of %2").arg(m_call + 1).arg(m_calls.size())
                            : tr("No more calls on the list."));
    for (QPushButton *b : findChildren<QPushButton *>())
        if (b->objectName() != QString())
            b->setEnabled(any);
    if (!any) {
        m_who->clear();
        m_script->hide();
        m_questionText->setText(tr("All done. Thank you!"));
        m_keys->clear();
        m_text->hide();
        m_given->clear();
        return;
    }
    const CallbackRow &call = m_calls[m_call];
    if (m_survey.id != call.response.surveyId) {
        if (auto s = SurveyRepository((*m_context.database())).byId(call.response.surveyId);
            s && *s)
            m_survey = **s;
    }
    auto branch = m_context.branch();
    const LocalTime local = (branch ? *branch : Branch()).localTime();
    const QLocale locale;
    QStringList who;
    who << QStringLiteral("<b>%1</b>").arg(call.customer.toHtmlEscaped())
        << QStringLiteral("<b>%1</b>").arg(call.phone.toHtmlEscaped())
        << tr("order %1").arg(call.orderNo.toHtmlEscaped())
        << QStringLiteral("%1 %2").arg(call.category, call.product).toHtmlEscaped()
        << tr("technician %1").arg(call.technician.toHtmlEscaped());
    if (call.closedAt)
        who << tr("closed %1").arg(DateText::of(local.localDate(*call.closedAt)));
    if (call.complaint)
        who << palette::problemHtml(tr("complaint"));
    if (call.response.attempts > 0)
        who << tr("%n earlier attempt(s)", nullptr, call.response.attempts);
    m_who->setText(who.join(QStringLiteral(" · ")));
    m_script->setText(m_survey.intro.in(m_language));
    m_script->setVisible(!m_script->text().isEmpty());
    // Shown and read in the branch's time, whatever the computer's zone.
    const QDateTime later =
        local.localDateTime((*m_context.database()).clock().nowSecsSinceEpoch() + 3 * 3600);
    m_callBack->setDateTime(QDateTime(later.date(), later.time()));
    showQuestion();
}

void CallbackForm::showQuestion()
{
    const Question *q = question();
    if (!q)
        return;
    m_questionText->setText(tr("Question %1 of %2: %3")
                                .arg(m_question + 1)
                                .arg(m_survey.questions.size())
                                .arg(q->text.in(m_language)));
    switch (q->type) {
    case QuestionType::Likert5:
    case QuestionType::Csat5:
        m_keys->setText(tr("Press 1 to 5 (5 = very satisfied); Enter to skip"));
        break;
    case QuestionType::Ces7:
        m_keys->setText(tr("Press 1 to 7; Enter to skip"));
        break;
    case QuestionType::Nps:
        m_keys->setText(tr("Press 0 to 9, or T for 10; Enter to skip"));
        break;
    case QuestionType::Single: {
        QStringList options;
        const QStringList &texts =
            m_language.startsWith(QLatin1String("zh")) && !q->optionsZh.isEmpty() ? q->optionsZh
                                                                                  : q->options;
        for (int i = 0; i < texts.size(); ++i)
            options << QStringLiteral("%1 %2").arg(i + 1).arg(texts[i]);
        m_keys->setText(options.join(QStringLiteral("   ")));
        break;
    }
    case QuestionType::Text:
        m_keys->setText(tr("Type the answer, then Enter"));
        break;
    }
    m_text->setVisible(q->type == QuestionType::Text);
    m_text->clear();
    if (q->type == QuestionType::Text)
        m_text->setFocus();
    else
        setFocus();
    // The answers so far, as a reader says them: "Q1: 5 points", never "1. 5" (read as 1.5).
    QStringList given;
    for (const AnswerValue &a : m_answers) {
        int number = 0;
        const Question *asked = nullptr;
        for (std::size_t i = 0; i < m_survey.questions.size(); ++i)
            if (m_survey.questions[i].code == a.code) {
                number = static_cast<int>(i) + 1;
                asked = &m_survey.questions[i];
            }
        if (!a.value)
            given << tr("Q%1: “%2”").arg(number).arg(a.text);
        else if (asked && asked->type == QuestionType::Single) {
            const QStringList &texts =
                m_language.startsWith(QLatin1String("zh")) && !asked->optionsZh.isEmpty()
                    ? asked->optionsZh
                    : asked->options;
            const int option = static_cast<int>(*a.value);
            given << tr("Q%1: %2").arg(number).arg(
                option >= 0 && option < texts.size() ? texts[option] : QString::number(option + 1));
        } else
            given << tr("Q%1: %n point(s)", nullptr, static_cast<int>(*a.value)).arg(number);
    }
    m_given->setText(given.join(QStringLiteral("   ")));
}

void CallbackForm::answer(double value)
{
    const Question *q = question();
    if (!q || m_call >= m_calls.size())
        return;
    AnswerValue a;
    a.code = q->code;
    a.value = q->type == QuestionType::Single ? value - 1 : value; // options are keyed from 1
    if (auto problem = ResponseRepository::check(*q, a)) {
        m_status->setText(*problem);
        return;
    }
    m_status->clear();
    m_answers.push_back(a);
    nextQuestion();
}

void CallbackForm::answerText(const QString &text)
{
    const Question *q = question();
    if (!q || q->type != QuestionType::Text)
        return;
    if (!text.trimmed().isEmpty())
        m_answers.push_back({q->code, std::nullopt, text.trimmed()});
    nextQuestion();
}

void CallbackForm::nextQuestion()
{
    ++m_question;
    if (m_question >= static_cast<int>(m_survey.questions.size()))
        finishCall();
    else
        showQuestion();
}

void CallbackForm::finishCall()
{
    const CallbackRow &call = m_calls[m_call];
    Database &db = (*m_context.database());
    if (auto s = CallbackWorkflow(db).recordAnswers(call.response.id, m_answers, std::nullopt,
                                                    db.clock().nowSecsSinceEpoch());
        !s) {
        showError(this, windowTitle(), s.error());
        return;
    }
    offerFollowUp();
    emit recorded();
    m_status->setText(tr("Saved the answers of order %1.").arg(call.orderNo));
    ++m_call;
    showCall();
}

bool CallbackForm::offerFollowUp()
{
    const CallbackRow &call = m_calls[m_call];
    std::optional<double> overall;
    std::optional<double> nps;
    QString comment;
    for (const AnswerValue &a : m_answers) {
        const Question *q = m_survey.question(a.code);
        if (!q)
            continue;
        if (q->type == QuestionType::Csat5)
            overall = a.value;
        else if (q->type == QuestionType::Nps)
            nps = a.value;
        else if (q->type == QuestionType::Text)
            comment = a.text;
    }
    const bool low = (overall && *overall <= 2) || (nps && *nps <= 6) || call.complaint;
    if (!low || !m_offerFollowUp)
        return false;
    if (QMessageBox::question(this, tr("Follow-up"),
                              tr("The customer of order %1 gave a low score or had complained. "
                                 "Create a follow-up action with an owner and a due date?")
                                  .arg(call.orderNo)) != QMessageBox::Yes)
        return false;
    inspection::CorrectiveAction a;
    a.branchId = call.response.branchId;
    a.source = inspection::ActionSource::Survey;
    a.orderId = call.response.orderId;
    a.priority = flow::Priority::High;
    a.description =
        comment.isEmpty()
            ? tr("Call back the customer of order %1 about their low score").arg(call.orderNo)
            : tr("Order %1, follow-up call: %2").arg(call.orderNo, comment);
    auto branch = m_context.branch();
    const QDate today = (branch ? *branch : Branch())
                            .localTime()
                            .localDate((*m_context.database()).clock().nowSecsSinceEpoch());
    // Three working days on, by the workbook's calendar (never a Sunday or a holiday).
    auto calendar = flow::CalendarRepository(*m_context.database()).load();
    a.due = calendar ? calendar->addWorkingDays(today, 3) : today.addDays(3);
    ActionDialog dialog((*m_context.database()), a, this);
    return dialog.exec() == QDialog::Accepted;
}

void CallbackForm::recordOutcome(CallOutcome outcome)
{
    if (m_call >= m_calls.size())
        return;
    Database &db = (*m_context.database());
    const qint64 now = db.clock().nowSecsSinceEpoch();
    std::optional<qint64> later;
    if (outcome == CallOutcome::CallBackLater) {
        auto branch = m_context.branch();
        const LocalTime local = (branch ? *branch : Branch()).localTime();
        later = local.toUtc(m_callBack->date(), m_callBack->time());
    }
    if (auto s = CallbackWorkflow(db).recordOutcome(m_calls[m_call].response.id, outcome, later,
                                                    std::nullopt, now);
        !s) {
        m_status->setText(s.error().message);
        return;
    }
    emit recorded();
    ++m_call;
    showCall();
}

void CallbackForm::keyPressEvent(QKeyEvent *event)
{
    const Question *q = question();
    if (m_text->hasFocus() && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        answerText(m_text->text());
        return;
    }
    if (q && m_call < m_calls.size() && !m_text->hasFocus() && !m_callBack->hasFocus()) {
        const int key = event->key();
        if (key >= Qt::Key_0 && key <= Qt::Key_9) {
            answer(key - Qt::Key_0);
            return;
        }
        if (key == Qt::Key_T && q->type == QuestionType::Nps) {
            answer(10);
            return;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            nextQuestion(); // skipped: not answered
            return;
        }
        if (key == Qt::Key_Backspace && m_question > 0) {
            --m_question;
            const QString code = currentQuestionCode();
            m_answers.erase(std::remove_if(m_answers.begin(), m_answers.end(),
                                           [&](const AnswerValue &a) { return a.code == code; }),
                            m_answers.end());
            showQuestion();
            return;
        }
    }
    QDialog::keyPressEvent(event);
}

} // namespace servicelens::ui
