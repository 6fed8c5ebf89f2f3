// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectionForm.h"

#include "InspectionFooter.h"
#include "InspectionPrintout.h"
#include "print/PrintPreview.h"

#include "CompletionSummary.h"
#include "widgets/DateText.h"

#include "AnswerPages.h"
#include "InspectionItemPage.h"
#include "InspectionItemTree.h"
#include "SectionAnswers.h"
#include "common/LocalTime.h"
#include "i18n/Language.h"
#include "inspection/InspectionWorkflow.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "widgets/ErrorMessage.h"
#include "widgets/Palette.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace inspection;

InspectionForm::InspectionForm(Database &db, qint64 inspectionId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_id(inspectionId)
    , m_language(i18n::Language::effective())
    , m_session(db, inspectionId)
    , m_tree(new InspectionItemTree(this))
    , m_views(new QStackedWidget(this))
    , m_sectionView(new SectionAnswers(this))
    , m_sectionTitle(new QLabel(this))
    , m_sectionToggle(new QPushButton(tr("Whole section"), this))
    , m_itemPage(new InspectionItemPage(db, this))
    , m_footer(new InspectionFooter(m_sectionToggle, this))
{
    setObjectName(QStringLiteral("inspectionForm"));
    setSizeGripEnabled(true);
    // The chosen answer stands out: green for pass, red for fail, blue for the rest.
    const auto fill = [](const QColor &c) {
        return QStringLiteral("background: %1; border-color: %2;")
            .arg(c.name(), c.darker(140).name());
    };
    setStyleSheet(QStringLiteral("QPushButton:checked { color: %4; border: 1px solid; %1 }"
                                 "QPushButton#pass:checked { %2 }"
                                 "QPushButton#fail:checked, QPushButton#rating1:checked, "
                                 "QPushButton#rating2:checked { %3 }"
                                 "QToolButton:checked { color: %4; border: 1px solid; "
                                 "border-radius: 3px; %1 }"
                                 "QToolButton[answer=\"finding\"]:checked { %3 }"
                                 "QToolButton[answer=\"pass\"]:checked { %2 }")
                      .arg(fill(palette::accent), fill(palette::met), fill(palette::problem),
                           palette::onColour.name()));
    connect(m_tree, &InspectionItemTree::itemChosen, this, &InspectionForm::showItem);
    connect(m_itemPage->answers(), &AnswerPages::passFailChosen, this,
            &InspectionForm::answerPassFail);
    connect(m_itemPage->answers(), &AnswerPages::ratingChosen, this, &InspectionForm::answerRating);
    connect(m_itemPage->answers(), &AnswerPages::numberEntered, this,
            &InspectionForm::answerNumber);
    connect(m_itemPage->answers(), &AnswerPages::numberNotApplicable, this, [this] {
        Answer a = m_session.currentAnswer();
        a.na = true;
        a.number.reset();
        save(a);
    });
    connect(m_itemPage->answers(), &AnswerPages::textSettled, this,
            &InspectionForm::saveTextAndNote);
    connect(m_itemPage->answers(), &AnswerPages::photosChanged, this,
            &InspectionForm::attachmentsChanged);

    connect(m_itemPage, &InspectionItemPage::noteEdited, this, &InspectionForm::saveTextAndNote);
    connect(m_itemPage, &InspectionItemPage::evidenceRequested, this,
            &InspectionForm::sampleEvidence);
    connect(m_itemPage, &InspectionItemPage::actionRequested, this, &InspectionForm::createAction);
    connect(m_itemPage, &InspectionItemPage::previousRequested, this, &InspectionForm::previous);
    connect(m_itemPage, &InspectionItemPage::nextRequested, this, &InspectionForm::next);
    m_views->addWidget(m_itemPage);
    m_views->addWidget(buildSectionPage());
    m_sectionToggle->setObjectName(QStringLiteral("sectionToggle"));
    m_sectionToggle->setCheckable(true);
    m_sectionToggle->setAutoDefault(false);
    m_sectionToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_sectionToggle->setToolTip(tr("Show the whole section at once, or one item at a time "
                                   "(Ctrl+L)"));
    connect(m_sectionToggle, &QPushButton::toggled, this, &InspectionForm::setSectionMode);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({430, 670});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_footer);
    connect(m_footer, &InspectionFooter::completeRequested, this, [this] { complete(true); });
    connect(m_footer, &InspectionFooter::amendRequested, this, &InspectionForm::beginAmendment);
    connect(m_footer, &InspectionFooter::printRequested, this, [this] {
        saveTextAndNote();
        const QString html = InspectionPrintout::html(m_session, m_language);
        PrintPreview::show(this, windowTitle(),
                           [&html](QPrinter *printer) { PrintPreview::printHtml(printer, html); });
    });
    connect(m_footer, &InspectionFooter::closeRequested, this, &QDialog::accept);
    resize(1100, 680);
    load();
}

// The score as it stands, what blocks completion, and the buttons that end the work.
InspectionForm::~InspectionForm()
{
    // Destroyed while shown (its window closed under it), QWidget's destructor hides it after
    // our members are gone, and the answer field losing focus would still answer through us.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

// The whole section at once, for those who prefer it to one item at a time.
QWidget *InspectionForm::buildSectionPage()
{
    auto *sectionPage = new QWidget(this);
    auto *sectionLayout = new QVBoxLayout(sectionPage);
    QFont sectionFont = m_sectionTitle->font();
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.35);
    sectionFont.setBold(true);
    m_sectionTitle->setFont(sectionFont);
    auto *scroll = new QScrollArea(sectionPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_sectionView);
    auto *previousSection = new QPushButton(tr("◀ Previous section"), sectionPage);
    auto *nextSection = new QPushButton(tr("Next section ▶"), sectionPage);
    for (QPushButton *b : {previousSection, nextSection})
        b->setAutoDefault(false);
    connect(previousSection, &QPushButton::clicked, this, [this] { moveSection(-1); });
    connect(nextSection, &QPushButton::clicked, this, [this] { moveSection(1); });
    auto *sectionNav = new QHBoxLayout;
    sectionNav->addWidget(previousSection);
    sectionNav->addStretch();
    sectionNav->addWidget(nextSection);
    sectionLayout->addWidget(m_sectionTitle);
    sectionLayout->addWidget(scroll, 1);
    sectionLayout->addLayout(sectionNav);
    connect(m_sectionView, &SectionAnswers::answered, this, [this](const Answer &a) {
        save(a);
        refreshTree();
    });
    return sectionPage;
}

void InspectionForm::load()
{
    if (auto s = m_session.load(); !s) {
        showError(this, tr("Inspection"), s.error());
        return;
    }
    const InspectionTemplate &tmpl = m_session.tmpl();
    setWindowTitle(
        tr("%1 — %2 (version %3)")
            .arg(tmpl.name.in(m_language), DateText::of(m_session.localTime().localDateTime(
                                               m_session.inspection().startedAt)))
            .arg(tmpl.version));
    m_tree->showTemplate(tmpl, m_language);
    showAnswer();
    updateScore();
}

QString InspectionForm::itemTitle(const TemplateItem &item) const
{
    return item.text.in(m_language);
}

void InspectionForm::refreshTree()
{
    m_tree->showAnswers(m_session);
}

QString InspectionForm::currentItemCode() const
{
    return m_session.currentItemCode();
}

void InspectionForm::showAnswer()
{
    const TemplateItem *item = m_session.currentItem();
    if (!item)
        return;
    m_loading = true;
    auto evidence = InspectionRepository(m_db).evidence(m_id, item->id);
    m_itemPage->show(m_session, m_language, evidence ? static_cast<int>(evidence->size()) : 0);
    refreshTree();
    m_loading = false;
    if (m_sectionMode) {
        showSectionView();
        return;
    }
    if (m_session.editable())
        m_itemPage->answers()->focusAnswer(item->type);
}

void InspectionForm::updateScore()
{
    m_footer->show(m_session, m_language);
}

QString InspectionForm::scoreText() const
{
    return InspectionFooter::scoreText(m_session);
}

void InspectionForm::save(Answer answer)
{
    if (!m_session.editable())
        return;
    if (auto s = m_session.save(std::move(answer)); !s) {
        showError(this, m_session.amending() ? tr("Amend inspection") : tr("Save answer"),
                  s.error());
        return;
    }
    updateScore();
    emit changed();
}

void InspectionForm::saveTextAndNote()
{
    if (m_loading || !m_session.editable())
        return;
    const QString typed = m_itemPage->answers()->settledText();
    const TemplateItem *item = m_session.currentItem();
    if (!item)
        return;
    Answer a = m_session.currentAnswer();
    const QString text = item->type == ItemType::Text ? typed : a.text;
    if (text == a.text && m_itemPage->note() == a.note)
        return;
    a.text = text;
    a.note = m_itemPage->note();
    save(a);
    refreshTree();
}

void InspectionForm::answerPassFail(std::optional<bool> passed)
{
    const TemplateItem *item = m_session.currentItem();
    if (!item || item->type != ItemType::PassFail || !m_session.editable())
        return;
    Answer a = m_session.currentAnswer();
    a.na = !passed.has_value();
    a.passed = passed;
    a.note = m_itemPage->note();
    save(a);
    showAnswer();
    if (const Answer a = m_session.currentAnswer(); Scoring::isFinding(*item, &a))
        m_itemPage->focusNote();
}

void InspectionForm::answerRating(int rating)
{
    const TemplateItem *item = m_session.currentItem();
    if (!item || item->type != ItemType::Rating5 || !m_session.editable())
        return;
    Answer a = m_session.currentAnswer();
    a.na = rating == 0;
    a.rating = rating == 0 ? std::nullopt : std::optional<int>(rating);
    a.note = m_itemPage->note();
    save(a);
    showAnswer();
    if (const Answer a = m_session.currentAnswer(); Scoring::isFinding(*item, &a))
        m_itemPage->focusNote();
}

void InspectionForm::answerNumber(double value)
{
    const TemplateItem *item = m_session.currentItem();
    if (!item || item->type != ItemType::Number || !m_session.editable())
        return;
    Answer a = m_session.currentAnswer();
    if (!a.na && a.number && *a.number == value)
        return;
    a.na = false;
    a.number = value;
    a.note = m_itemPage->note();
    save(a);
    showAnswer();
}

void InspectionForm::showItem(const QString &code)
{
    saveTextAndNote();
    m_session.moveTo(code);
    showAnswer();
}

void InspectionForm::setSectionMode(bool on)
{
    saveTextAndNote();
    m_sectionMode = on;
    if (m_sectionToggle->isChecked() != on)
        m_sectionToggle->setChecked(on);
    m_views->setCurrentIndex(on ? 1 : 0);
    showAnswer();
}

void InspectionForm::showSectionView()
{
    const TemplateItem *item = m_session.currentItem();
    const TemplateSection *section = item ? m_session.tmpl().sectionOf(item->code) : nullptr;
    if (!section)
        return;
    m_sectionTitle->setText(section->title.in(m_language));
    m_sectionView->showSection(*section, m_session.answers(), m_language, m_session.editable());
}

void InspectionForm::moveSection(int step)
{
    saveTextAndNote();
    m_session.moveSection(step);
    showAnswer();
}

void InspectionForm::next()
{
    if (m_sectionMode) {
        moveSection(1);
        return;
    }
    if (const auto typed = m_itemPage->answers()->numberBeingTyped(); typed && m_session.editable())
        answerNumber(*typed);
    saveTextAndNote();
    if (m_session.move(1))
        showAnswer();
    else if (m_session.draft())
        m_footer->completeButton()->setFocus();
}

void InspectionForm::previous()
{
    if (m_sectionMode) {
        moveSection(-1);
        return;
    }
    saveTextAndNote();
    if (m_session.move(-1))
        showAnswer();
}

void InspectionForm::keyPressEvent(QKeyEvent *event)
{
    QWidget *focus = focusWidget();
    const bool typing = qobject_cast<QLineEdit *>(focus) || qobject_cast<QPlainTextEdit *>(focus) ||
                        qobject_cast<QDoubleSpinBox *>(focus) ||
                        (focus && qobject_cast<QLineEdit *>(focus->parentWidget()));
    const TemplateItem *item = m_session.currentItem();
    switch (event->key()) {
    case Qt::Key_PageDown:
        next();
        return;
    case Qt::Key_PageUp:
        previous();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // In the section view Enter confirms a field; the buttons move between sections.
        if (!qobject_cast<QPlainTextEdit *>(focus) && !m_sectionMode) {
            next();
            return;
        }
        break;
    default:
        break;
    }
    if (!typing && item && m_session.editable() && !m_sectionMode) {
        const int key = event->key();
        if (item->type == ItemType::PassFail &&
            (key == Qt::Key_P || key == Qt::Key_F || key == Qt::Key_N)) {
            answerPassFail(key == Qt::Key_N ? std::nullopt : std::optional<bool>(key == Qt::Key_P));
            return;
        }
        if (item->type == ItemType::Rating5 &&
            ((key >= Qt::Key_1 && key <= Qt::Key_5) || key == Qt::Key_N)) {
            answerRating(key == Qt::Key_N ? 0 : key - Qt::Key_0);
            return;
        }
    }
    QDialog::keyPressEvent(event);
}

void InspectionForm::attachmentsChanged()
{
    if (auto s = m_session.refreshAttachments(); !s)
        showError(this, tr("Inspection"), s.error());
    showAnswer();
    updateScore();
    emit changed();
}

bool InspectionForm::beginAmendment()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Amend inspection"),
        tr("This inspection is completed and locked. Why must it change? The reason is kept with "
           "the change."),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || reason.trimmed().isEmpty())
        return false;
    m_session.beginAmendment(reason.trimmed());
    updateScore();
    showAnswer();
    return true;
}

bool InspectionForm::complete(bool askFirst)
{
    saveTextAndNote();
    const ScoreResult r = m_session.score();
    if (askFirst && QMessageBox::question(this, tr("Complete inspection"),
                                          CompletionSummary::text(m_session, r, m_language)) !=
                        QMessageBox::Yes)
        return false;
    if (auto s = m_session.complete(); !s) {
        showError(this, tr("Complete inspection"), s.error());
        return false;
    }
    updateScore();
    showAnswer();
    emit changed();
    return true;
}

} // namespace servicelens::ui
