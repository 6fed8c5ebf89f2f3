// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectionItemPage.h"

#include "EquipmentEvidence.h"
#include "widgets/DateText.h"

#include "AnswerPages.h"
#include "InspectionSession.h"
#include "widgets/Palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace inspection;

InspectionItemPage::InspectionItemPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_section(new QLabel(this))
    , m_question(new QLabel(this))
    , m_critical(new QLabel(this))
    , m_guidance(new QLabel(this))
    , m_answers(new AnswerPages(db, this))
    , m_note(new QLineEdit(this))
    , m_evidence(new QPushButton(tr("Sample orders…"), this))
    , m_evidenceLabel(new QLabel(this))
    , m_action(new QPushButton(tr("Corrective action…"), this))
    , m_previous(new QLabel(this))
{
    QFont big = m_question->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_question->setFont(big);
    m_question->setWordWrap(true);
    m_question->setObjectName(QStringLiteral("question"));
    m_section->setForegroundRole(QPalette::PlaceholderText); // secondary, in light and dark
    m_critical->setText(tr("Critical: failing it fails the inspection"));
    m_critical->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(palette::problem.name()));
    m_guidance->setWordWrap(true);
    m_guidance->setForegroundRole(QPalette::PlaceholderText); // secondary, in light and dark
    m_previous->setObjectName(QStringLiteral("previousFinding"));
    m_previous->setWordWrap(true);

    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Note: what you saw"));
    connect(m_note, &QLineEdit::editingFinished, this, &InspectionItemPage::noteEdited);
    // Enter in the note reaches the form's keyPressEvent (QLineEdit passes it on): next item.
    m_evidence->setObjectName(QStringLiteral("sampleOrders"));
    m_evidence->setAutoDefault(false);
    m_sampleTip = tr("Pick service orders closed this month at random and keep the ones you "
                     "checked with this answer");
    m_evidence->setToolTip(m_sampleTip);
    connect(m_evidence, &QPushButton::clicked, this, &InspectionItemPage::evidenceRequested);
    m_action->setObjectName(QStringLiteral("createAction"));
    m_action->setAutoDefault(false);
    connect(m_action, &QPushButton::clicked, this, &InspectionItemPage::actionRequested);

    auto *previousButton = new QPushButton(tr("◀ Previous"), this);
    previousButton->setAutoDefault(false);
    previousButton->setToolTip(tr("Page Up"));
    connect(previousButton, &QPushButton::clicked, this, &InspectionItemPage::previousRequested);
    auto *nextButton = new QPushButton(tr("Next ▶"), this);
    nextButton->setAutoDefault(false);
    nextButton->setToolTip(tr("Enter or Page Down"));
    connect(nextButton, &QPushButton::clicked, this, &InspectionItemPage::nextRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_section);
    layout->addWidget(m_question);
    layout->addWidget(m_critical);
    layout->addWidget(m_guidance);
    layout->addSpacing(8);
    layout->addWidget(m_answers);
    layout->addWidget(m_note);
    auto *evidenceRow = new QHBoxLayout;
    evidenceRow->addWidget(m_evidence);
    evidenceRow->addWidget(m_evidenceLabel, 1);
    evidenceRow->addWidget(m_action);
    layout->addLayout(evidenceRow);
    layout->addSpacing(8);
    layout->addWidget(m_previous);
    layout->addStretch();
    auto *navRow = new QHBoxLayout;
    navRow->addWidget(previousButton);
    navRow->addStretch();
    navRow->addWidget(nextButton);
    layout->addLayout(navRow);
}

void InspectionItemPage::show(const InspectionSession &session, const QString &language,
                              int evidenceCount)
{
    const TemplateItem *item = session.currentItem();
    if (!item)
        return;
    const TemplateSection *section = session.tmpl().sectionOf(item->code);
    m_section->setText(tr("%1 · item %2 of %3")
                           .arg(section ? section->title.in(language) : QString())
                           .arg(session.index() + 1)
                           .arg(session.itemCount()));
    m_question->setText(item->text.in(language));
    m_critical->setVisible(item->critical);
    const QString guidance = item->guidance.in(language);
    m_guidance->setText(guidance);
    m_guidance->setVisible(!guidance.isEmpty());
    const Answer a = session.currentAnswer();
    const bool draft = session.draft();
    m_answers->show(session.inspection().id, *item, a, draft);
    m_note->setText(a.note);
    showPrevious(session);
    m_evidenceLabel->setText(
        evidenceCount ? tr("%n order(s) kept as evidence", nullptr, evidenceCount) : QString());
    const bool canEdit = session.editable();
    m_answers->setEnabled(canEdit);
    m_note->setReadOnly(!canEdit);
    // A completed inspection shows the orders kept; a draft samples more. An equipment item's
    // evidence is the equipment's maintenance status instead.
    const bool equipment = EquipmentEvidence::applies(session, *item);
    m_evidence->setText(equipment ? tr("Equipment Status…")
                        : draft   ? tr("Sample orders…")
                                  : tr("Evidence…"));
    m_evidence->setToolTip(equipment ? tr("Every piece in service with its maintenance status, "
                                          "to check and keep in the note")
                                     : m_sampleTip);
    m_evidence->setEnabled(equipment || draft || evidenceCount > 0);
    m_action->setEnabled(Scoring::isFinding(*item, &a));
    const int actions = session.actionCount(item->code);
    m_action->setText(actions > 0 ? tr("Corrective action… (%n raised)", nullptr, actions)
                                  : tr("Corrective action…"));
}

QString InspectionItemPage::note() const
{
    return m_note->text();
}

void InspectionItemPage::focusNote()
{
    m_note->setFocus();
}

void InspectionItemPage::showPrevious(const InspectionSession &session)
{
    const TemplateItem &item = *session.currentItem();
    const auto &all = session.previous();
    const auto previous = all.constFind(item.code);
    if (previous == all.constEnd()) {
        m_previous->setText(all.isEmpty() ? tr("No earlier inspection of this template to compare.")
                                          : tr("Last inspection: not answered."));
        m_previous->setStyleSheet(QString());
        return;
    }
    // A text answer is shown as written: "noted" would not say what was noted.
    QString answer = item.type == ItemType::Text && !previous->answer.na &&
                             !previous->answer.text.trimmed().isEmpty()
                         ? QStringLiteral("“%1”").arg(previous->answer.text.trimmed())
                         : AnswerPages::describe(previous->answer, item);
    if (answer.isEmpty())
        answer = tr("no answer recorded");
    QString text =
        tr("Last inspection (%1): %2")
            .arg(DateText::of(session.localTime().localDate(previous->completedAt)), answer);
    if (!previous->answer.note.isEmpty())
        text += QStringLiteral(" — ") + previous->answer.note;
    const Answer now = session.currentAnswer();
    if (previous->finding && Scoring::isFinding(item, &now))
        text += QStringLiteral("\n") + tr("Repeat finding: it failed last time too.");
    m_previous->setText(text);
    m_previous->setStyleSheet(
        previous->finding ? QStringLiteral("color: %1;").arg(palette::problem.name()) : QString());
}

} // namespace servicelens::ui
