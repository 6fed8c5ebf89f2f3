// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurveyDesigner.h"

#include "i18n/Language.h"
#include "survey/SurveyJson.h"
#include "widgets/Palette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace survey;

namespace {

QPlainTextEdit *shortText(QWidget *parent, const QString &name, int height = 56)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setTabChangesFocus(true);
    e->setMaximumHeight(height);
    return e;
}

QStringList lines(const QPlainTextEdit *e)
{
    QStringList out;
    for (const QString &l : e->toPlainText().split(QLatin1Char('\n')))
        if (!l.trimmed().isEmpty())
            out << l.trimmed();
    return out;
}

} // namespace

SurveyDesigner::SurveyDesigner(Database &db, Survey s, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_survey(std::move(s))
    , m_questions(m_survey.questions)
    , m_code(new QLineEdit(m_survey.code, this))
    , m_name(new QLineEdit(m_survey.name.en, this))
    , m_nameZh(new QLineEdit(m_survey.name.zh, this))
    , m_intro(shortText(this, QStringLiteral("intro")))
    , m_introZh(shortText(this, QStringLiteral("introZh")))
    , m_list(new QListWidget(this))
    , m_form(new QWidget(this))
    , m_qCode(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_dimension(new QComboBox(this))
    , m_text(shortText(this, QStringLiteral("questionText")))
    , m_textZh(shortText(this, QStringLiteral("questionTextZh")))
    , m_options(shortText(this, QStringLiteral("options"), 90))
    , m_optionsZh(shortText(this, QStringLiteral("optionsZh"), 90))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("surveyDesigner"));
    setWindowTitle(tr("Questionnaire"));
    setSizeGripEnabled(true);
    m_code->setObjectName(QStringLiteral("surveyCode"));
    m_code->setReadOnly(m_survey.id != 0); // the code names the survey across versions
    m_intro->setPlainText(m_survey.intro.en);
    m_introZh->setPlainText(m_survey.intro.zh);
    m_qCode->setObjectName(QStringLiteral("questionCode"));
    m_type->setObjectName(QStringLiteral("questionType"));
    for (QuestionType t : allQuestionTypes)
        m_type->addItem(SurveyNames::label(t), static_cast<int>(t));
    m_dimension->setObjectName(QStringLiteral("dimension"));
    m_dimension->setEditable(true);
    m_dimension->addItem(tr("(none)"), QString());
    for (const QString &d : SurveyNames::dimensions())
        m_dimension->addItem(SurveyNames::dimensionLabel(d), d);
    m_dimension->addItem(SurveyNames::dimensionLabel(QStringLiteral("overall")),
                         QStringLiteral("overall"));
    m_dimension->addItem(SurveyNames::dimensionLabel(QStringLiteral("suggestions")),
                         QStringLiteral("suggestions"));
    m_options->setPlaceholderText(tr("Single choice: one option per line"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(palette::problemText());
    m_error->setWordWrap(true);
    m_error->hide();

    m_list->setObjectName(QStringLiteral("questionList"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    const QString language = i18n::Language::effective();
    for (const Question &q : m_questions) {
        auto *item =
            new QListWidgetItem(QStringLiteral("%1  %2").arg(q.code, q.text.in(language)), m_list);
        item->setData(Qt::UserRole, static_cast<int>(&q - m_questions.data()));
    }
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeQuestion();
        showQuestion(row);
    });

    auto *add = new QPushButton(tr("Add question"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *up = new QPushButton(tr("Move up"), this);
    auto *down = new QPushButton(tr("Move down"), this);
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QPushButton *b : {add, remove, up, down})
        b->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &SurveyDesigner::addQuestion);
    connect(up, &QPushButton::clicked, this, [this] { moveQuestion(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveQuestion(1); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        {
            const QSignalBlocker block(m_list); // its edits go with it
            delete m_list->takeItem(row);
        }
        showQuestion(m_list->currentRow());
    });

    auto *form = new QFormLayout(m_form);
    form->addRow(tr("Code:"), m_qCode);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Dimension:"), m_dimension);
    form->addRow(tr("Question (English):"), m_text);
    form->addRow(tr("Question (Chinese):"), m_textZh);
    form->addRow(tr("Options (English):"), m_options);
    form->addRow(tr("Options (Chinese):"), m_optionsZh);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    for (QPushButton *b : {add, remove, up, down})
        listButtons->addWidget(b);
    leftLayout->addLayout(listButtons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_form);

    auto *head = new QFormLayout;
    head->addRow(tr("Code:"), m_code);
    head->addRow(tr("Name (English):"), m_name);
    head->addRow(tr("Name (Chinese):"), m_nameZh);
    head->addRow(tr("Script (English):"), m_intro);
    head->addRow(tr("Script (Chinese):"), m_introZh);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SurveyDesigner::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(980, 720);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        showQuestion(-1);
}

void SurveyDesigner::showQuestion(int row)
{
    m_current = row;
    m_form->setEnabled(row >= 0);
    if (row < 0)
        return;
    m_loading = true;
    const Question &q =
        m_questions[static_cast<std::size_t>(m_list->item(row)->data(Qt::UserRole).toInt())];
    m_qCode->setText(q.code);
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(q.type)));
    const int d = m_dimension->findData(q.dimension);
    if (d >= 0)
        m_dimension->setCurrentIndex(d);
    else
        m_dimension->setEditText(q.dimension);
    m_text->setPlainText(q.text.en);
    m_textZh->setPlainText(q.text.zh);
    m_options->setPlainText(q.options.join(QLatin1Char('\n')));
    m_optionsZh->setPlainText(q.optionsZh.join(QLatin1Char('\n')));
    m_loading = false;
}

void SurveyDesigner::storeQuestion()
{
    if (m_loading || m_current < 0 || m_current >= m_list->count())
        return;
    QListWidgetItem *item = m_list->item(m_current);
    Question &q = m_questions[static_cast<std::size_t>(item->data(Qt::UserRole).toInt())];
    q.code = m_qCode->text().trimmed();
    q.type = static_cast<QuestionType>(m_type->currentData().toInt());
    const int d = m_dimension->findText(m_dimension->currentText());
    q.dimension =
        d >= 0 ? m_dimension->itemData(d).toString() : m_dimension->currentText().trimmed();
    q.text = {m_text->toPlainText().trimmed(), m_textZh->toPlainText().trimmed()};
    q.options = lines(m_options);
    q.optionsZh = lines(m_optionsZh);
    item->setText(QStringLiteral("%1  %2").arg(q.code, q.text.in(i18n::Language::effective())));
}

void SurveyDesigner::addQuestion()
{
    storeQuestion();
    Question q;
    q.code = QStringLiteral("q%1").arg(m_questions.size() + 1);
    q.text.en = tr("New question");
    m_questions.push_back(q);
    auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(q.code, q.text.en), m_list);
    item->setData(Qt::UserRole, static_cast<int>(m_questions.size() - 1));
    m_list->setCurrentItem(item);
    m_qCode->setFocus();
    m_qCode->selectAll();
}

void SurveyDesigner::moveQuestion(int step)
{
    const int row = m_list->currentRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    storeQuestion();
    {
        // Row numbers shift while the item moves: no row change may store the form meanwhile.
        const QSignalBlocker block(m_list);
        QListWidgetItem *item = m_list->takeItem(row);
        m_list->insertItem(to, item);
        m_list->setCurrentRow(to);
    }
    showQuestion(to);
}

Result<Survey> SurveyDesigner::edited()
{
    storeQuestion();
    Survey s = m_survey;
    s.code = m_code->text().trimmed();
    s.name = {m_name->text().trimmed(), m_nameZh->text().trimmed()};
    s.intro = {m_intro->toPlainText().trimmed(), m_introZh->toPlainText().trimmed()};
    s.questions.clear();
    for (int r = 0; r < m_list->count(); ++r) {
        Question q =
            m_questions[static_cast<std::size_t>(m_list->item(r)->data(Qt::UserRole).toInt())];
        q.id = 0;
        s.questions.push_back(q);
    }
    if (auto v = SurveyJson::validate(s); !v)
        return v.error();
    return s;
}

void SurveyDesigner::accept()
{
    auto s = edited();
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    auto saved = SurveyRepository(m_db).save(*s);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    m_survey = *s;
    if (*saved == SurveyRepository::Saved::NewVersion)
        QMessageBox::information(this, tr("Questionnaire saved"),
                                 tr("Answers were given to the earlier version, so this was saved "
                                    "as version %1. Those answers keep theirs.")
                                     .arg(m_survey.version));
    QDialog::accept();
}

} // namespace servicelens::ui
