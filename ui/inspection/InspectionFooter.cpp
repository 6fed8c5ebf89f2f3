// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectionFooter.h"

#include "InspectionSession.h"
#include "widgets/Palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace servicelens::ui {

using namespace inspection;

namespace {

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false); // Enter belongs to the answer
    return b;
}

} // namespace

InspectionFooter::InspectionFooter(QWidget *leading, QWidget *parent)
    : QWidget(parent)
    , m_score(new QLabel(this))
    , m_criticalFailures(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_complete(button(tr("Complete inspection"), QStringLiteral("completeButton"), this))
    , m_amend(button(tr("Amend…"), QStringLiteral("amendButton"), this))
{
    QFont scoreFont = m_score->font();
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 1.2);
    scoreFont.setBold(true);
    m_score->setFont(scoreFont);
    m_score->setObjectName(QStringLiteral("score"));
    m_criticalFailures->setObjectName(QStringLiteral("criticalFailures"));
    m_criticalFailures->setStyleSheet(QStringLiteral("color: %1;").arg(palette::problem.name()));
    m_progress->setObjectName(QStringLiteral("answeredCount"));
    m_amend->setToolTip(tr("Change an answer of this completed inspection, giving the reason"));
    auto *print = button(tr("&Print…"), QStringLiteral("inspectionPrint"), this);
    auto *close = button(tr("Close"), QStringLiteral("closeButton"), this);
    close->setToolTip(tr("Every answer is already saved"));
    connect(m_complete, &QPushButton::clicked, this, &InspectionFooter::completeRequested);
    connect(m_amend, &QPushButton::clicked, this, &InspectionFooter::amendRequested);
    connect(print, &QPushButton::clicked, this, &InspectionFooter::printRequested);
    connect(close, &QPushButton::clicked, this, &InspectionFooter::closeRequested);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(leading);
    row->addWidget(m_score);
    row->addWidget(m_criticalFailures, 1);
    row->addWidget(m_progress);
    row->addWidget(m_amend);
    row->addWidget(m_complete);
    row->addWidget(print);
    row->addWidget(close);
}

void InspectionFooter::show(const InspectionSession &session, const QString &language)
{
    const ScoreResult r = session.score();
    m_score->setText(scoreText(session));
    m_score->setStyleSheet(
        r.score
            ? QStringLiteral("color: %1;").arg((r.passed ? palette::met : palette::problem).name())
            : QString());
    QStringList critical;
    for (const QString &code : r.failedCritical)
        if (const TemplateItem *i = session.tmpl().item(code))
            critical << i->text.in(language);
    m_criticalFailures->setText(
        critical.isEmpty() ? QString() : tr("Critical failure: %1").arg(critical.join(tr("; "))));
    m_progress->setText(
        tr("%1 of %2 answered").arg(session.answeredCount()).arg(session.itemCount()));
    m_complete->setVisible(session.draft());
    m_amend->setVisible(!session.draft());
    m_amend->setEnabled(!session.amending());
}

QString InspectionFooter::scoreText(const InspectionSession &session)
{
    const ScoreResult r = session.score();
    const QLocale locale;
    if (!r.score)
        return tr("Score: — (pass at %1)").arg(locale.toString(session.tmpl().passScore));
    const QString verdict = r.passed ? tr("passes") : tr("fails");
    return tr("Score: %1 (pass at %2) · %3")
        .arg(locale.toString(*r.score, 'f', 1), locale.toString(session.tmpl().passScore), verdict);
}

} // namespace servicelens::ui
