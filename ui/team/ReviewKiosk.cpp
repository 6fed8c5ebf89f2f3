// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewKiosk.h"

#include "survey/SurveyRepository.h"
#include "team/ReviewCycles.h"
#include "widgets/ErrorMessage.h"
#include "widgets/Palette.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace team;

ReviewKiosk::ReviewKiosk(Database &db, qint64 branchId, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_branchId(branchId)
    , m_language(language)
    , m_pages(new QStackedWidget(this))
    , m_code(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_form(new QWidget(this))
    , m_formTitle(new QLabel(this))
    , m_idle(new QTimer(this))
{
    setObjectName(QStringLiteral("reviewKiosk"));
    setWindowTitle(tr("360-degree review"));
    // The lock screen: a code, and nothing of the workbook.
    auto *lockPage = new QWidget(m_pages);
    auto *lockLayout = new QVBoxLayout(lockPage);
    auto *title = new QLabel(tr("360-degree review"), lockPage);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    title->setFont(big);
    auto *explain = new QLabel(tr("Type the code on your slip. Your answers are kept with your "
                                  "group only (peers, other departments…), never with your name; "
                                  "the code works once."),
                               lockPage);
    explain->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("kioskCode"));
    m_code->setPlaceholderText(QStringLiteral("ABCDE-FGHJK"));
    QFont codeFont = m_code->font();
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.6);
    m_code->setFont(codeFont);
    m_code->setMaxLength(16);
    auto *start = new QPushButton(tr("Start"), lockPage);
    start->setObjectName(QStringLiteral("kioskStart"));
    connect(start, &QPushButton::clicked, this, &ReviewKiosk::unlock);
    connect(m_code, &QLineEdit::returnPressed, this, &ReviewKiosk::unlock);
    m_message->setObjectName(QStringLiteral("kioskMessage"));
    m_message->setWordWrap(true);
    lockLayout->addStretch(1);
    lockLayout->addWidget(title, 0, Qt::AlignHCenter);
    lockLayout->addWidget(explain);
    lockLayout->addWidget(m_code);
    lockLayout->addWidget(start, 0, Qt::AlignHCenter);
    lockLayout->addWidget(m_message);
    lockLayout->addStretch(2);
    m_pages->addWidget(lockPage);

    auto *formPage = new QWidget(m_pages);
    auto *formLayout = new QVBoxLayout(formPage);
    m_formTitle->setObjectName(QStringLiteral("kioskFormTitle"));
    m_formTitle->setWordWrap(true);
    m_formTitle->setFont(big);
    auto *scroll = new QScrollArea(formPage);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_form);
    auto *send = new QPushButton(tr("Send My Answers"), formPage);
    send->setObjectName(QStringLiteral("kioskSend"));
    auto *leave = new QPushButton(tr("Leave Without Sending"), formPage);
    connect(send, &QPushButton::clicked, this, &ReviewKiosk::send);
    connect(leave, &QPushButton::clicked, this, &ReviewKiosk::abandon);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(leave);
    buttons->addStretch(1);
    buttons->addWidget(send);
    formLayout->addWidget(m_formTitle);
    formLayout->addWidget(scroll, 1);
    formLayout->addLayout(buttons);
    m_pages->addWidget(formPage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    // Left alone on a form: back to the lock screen, nothing sent, the code still good.
    m_idle->setSingleShot(true);
    m_idle->setInterval(idleMs);
    connect(m_idle, &QTimer::timeout, this,
            [this] { lock(tr("The form was left alone: nothing was sent.")); });
    qApp->installEventFilter(this);
    resize(900, 700);
    lock();
}

bool ReviewKiosk::locked() const
{
    return m_pages->currentIndex() == 0;
}

bool ReviewKiosk::eventFilter(QObject *watched, QEvent *event)
{
    // Any key or click on the form keeps it open.
    if (!locked() &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::MouseButtonPress))
        m_idle->start();
    return QDialog::eventFilter(watched, event);
}

void ReviewKiosk::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Q &&
        event->modifiers() == (Qt::ControlModifier | Qt::AltModifier)) {
        qApp->removeEventFilter(this);
        QDialog::accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ReviewKiosk::reject()
{
    if (!locked())
        abandon();
}

void ReviewKiosk::lock(const QString &message)
{
    m_idle->stop();
    m_openCode.clear();
    m_code->clear();
    m_message->setText(message);
    // The form's widgets go: the next rater sees none of the last one's answers.
    delete m_form->layout();
    for (QWidget *w : m_form->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        delete w;
    m_ratings.clear();
    m_texts.clear();
    m_formTitle->clear();
    m_pages->setCurrentIndex(0);
    m_code->setFocus();
}

void ReviewKiosk::unlock()
{
    auto form = ReviewCycles(m_db).openForm(m_branchId, m_code->text());
    if (!form) {
        m_message->setText(palette::problemHtml(form.error().message.toHtmlEscaped()));
        m_code->selectAll();
        return;
    }
    m_openCode = m_code->text();
    m_code->clear();
    buildForm(*form);
    m_pages->setCurrentIndex(1);
    m_idle->start();
}

void ReviewKiosk::buildForm(const ReviewForm &form)
{
    m_formTitle->setText(
        form.group == RaterGroup::Self
            ? tr("Your own review, %1").arg(form.subjectName)
            : tr("Reviewing %1, %2").arg(form.subjectName, ReviewNames::asRater(form.group)));
    auto cycle = ReviewCycles(m_db).find(form.cycleId);
    auto survey = cycle ? survey::SurveyRepository(m_db).byId(cycle->surveyId)
                        : Result<std::optional<survey::Survey>>(cycle.error());
    if (!survey || !*survey) {
        lock(survey ? tr("The questionnaire is missing.") : survey.error().message);
        return;
    }
    auto *grid = new QGridLayout(m_form);
    int row = 0;
    auto *intro = new QLabel((*survey)->intro.in(m_language), m_form);
    intro->setWordWrap(true);
    grid->addWidget(intro, row++, 0, 1, 5);
    for (const survey::Question &q : (*survey)->questions) {
        auto *question = new QLabel(
            QStringLiteral("<b>%1</b>").arg(q.text.in(m_language).toHtmlEscaped()), m_form);
        grid->addWidget(question, row++, 0, 1, 5);
        if (q.type == survey::QuestionType::Text) {
            auto *text = new QPlainTextEdit(m_form);
            text->setTabChangesFocus(true);
            text->setMaximumHeight(text->fontMetrics().lineSpacing() * 4 + 12);
            grid->addWidget(text, row++, 0, 1, 5);
            m_texts.emplace_back(q.id, text);
            continue;
        }
        // Each rating with its behaviour anchor, so a rating means the same to every rater.
        const QStringList anchors =
            m_language.startsWith(QLatin1String("zh")) && !q.optionsZh.isEmpty() ? q.optionsZh
                                                                                 : q.options;
        auto *group = new QButtonGroup(m_form);
        for (int r = 1; r <= 5; ++r) {
            auto *b = new QPushButton(QString::number(r), m_form);
            b->setCheckable(true);
            b->setMinimumHeight(b->fontMetrics().lineSpacing() * 2);
            // The chosen rating in the accent colour, plain to see from a step away.
            b->setStyleSheet(QStringLiteral("QPushButton:checked { background: %1; color: %2; "
                                            "font-weight: bold; }")
                                 .arg(palette::accent.name(), palette::onColour.name()));
            group->addButton(b, r);
            grid->addWidget(b, row, r - 1);
            // The anchor under its number, without the number it starts with.
            QString anchor = anchors.value(r - 1);
            if (anchor.startsWith(QString::number(r)))
                anchor = anchor.mid(QString::number(r).size()).trimmed();
            auto *words = new QLabel(anchor, m_form);
            words->setWordWrap(true);
            words->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
            words->setForegroundRole(QPalette::PlaceholderText);
            grid->addWidget(words, row + 1, r - 1);
        }
        ++row;
        ++row;
        m_ratings.emplace_back(q.id, group);
    }
    for (int c = 0; c < 5; ++c)
        grid->setColumnStretch(c, 1);
    grid->setRowStretch(row, 1);
}

void ReviewKiosk::rate(int index, int rating)
{
    if (index < 0 || index >= int(m_ratings.size()))
        return;
    if (QAbstractButton *b = m_ratings[std::size_t(index)].second->button(rating))
        b->setChecked(true);
}

void ReviewKiosk::write(int index, const QString &text)
{
    if (index >= 0 && index < int(m_texts.size()))
        m_texts[std::size_t(index)].second->setPlainText(text);
}

void ReviewKiosk::send()
{
    std::vector<ReviewAnswer> answers;
    for (const auto &[id, group] : m_ratings)
        if (group->checkedId() > 0)
            answers.push_back({id, group->checkedId(), {}});
    for (const auto &[id, text] : m_texts)
        if (!text->toPlainText().trimmed().isEmpty())
            answers.push_back({id, std::nullopt, text->toPlainText()});
    if (answers.empty()) {
        showError(this, tr("360-degree review"),
                  makeError(ErrorKind::InvalidInput, tr("Rate at least one competency, or leave "
                                                        "without sending.")));
        return;
    }
    if (auto s = ReviewCycles(m_db).submit(m_branchId, m_openCode, answers); !s) {
        lock(palette::problemHtml(s.error().message.toHtmlEscaped()));
        return;
    }
    lock(tr("Thank you: your answers are in. Hand the laptop to the next person."));
}

void ReviewKiosk::abandon()
{
    lock(tr("Nothing was sent; the code still works."));
}

} // namespace servicelens::ui
