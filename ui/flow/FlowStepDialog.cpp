// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlowStepDialog.h"
#include "widgets/DateText.h"

#include "common/LocalTime.h"
#include "flow/FlowTypes.h"
#include "widgets/Palette.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace flow;

QString FlowStepDialog::title(Kind kind, Stage stage)
{
    switch (kind) {
    case Kind::Respond:
        return tr("Respond to the Customer");
    case Kind::Advance:
        return stage == Stage::Closed ? tr("Close the Order")
                                      : tr("Reach “%1”").arg(FlowNames::label(stage));
    case Kind::WaitParts:
        return tr("Wait for Parts");
    case Kind::WaitCustomer:
        return tr("Wait for the Customer");
    case Kind::EndWait:
        return tr("End the Wait");
    case Kind::Reopen:
        return tr("Reopen the Order");
    }
    return {};
}

QStringList FlowStepDialog::missingForClosing(const OrderDetails &details)
{
    const ServiceOrder &o = details.order;
    QStringList missing;
    if (!o.customerId)
        missing << tr("no customer");
    if (!o.technicianId)
        missing << tr("no technician");
    if (o.description.trimmed().isEmpty())
        missing << tr("no fault description");
    if (!o.times.responded && o.knows(ServiceOrder::ResponseUnknown))
        missing << tr("no response time");
    return missing;
}

FlowStepDialog::FlowStepDialog(Kind kind, Stage stage, const OrderDetails &details, qint64 now,
                               QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_zone(details.timeZone)
{
    setObjectName(QStringLiteral("flowStepDialog"));
    setWindowTitle(tr("Order %1: %2").arg(details.order.orderNo, title(kind, stage)));
    const LocalTime local = LocalTime::inZone(m_zone);
    auto *form = new QFormLayout;

    // Qt 6.4's editor has no time zone: it shows the branch's wall-clock time as if UTC.
    m_when = new QDateTimeEdit(this);
    m_when->setObjectName(QStringLiteral("stepWhen"));
    m_when->setTimeSpec(Qt::UTC);
    DateText::format(m_when, DateText::Edit::DateTime);
    m_when->setCalendarPopup(true);
    const QDateTime wall = local.localDateTime(now);
    m_when->setDateTime(QDateTime(wall.date(), wall.time(), Qt::UTC));
    m_when->setMaximumDateTime(QDateTime(wall.date(), wall.time(), Qt::UTC));
    form->addRow(tr("&When:"), m_when);

    if (kind == Kind::WaitParts) {
        m_part = new QLineEdit(this);
        m_part->setObjectName(QStringLiteral("stepPart"));
        m_part->setPlaceholderText(tr("for example 压缩机 KFR-35 or part number"));
        form->addRow(tr("&Part:"), m_part);
        m_expectedSet = new QCheckBox(tr("E&xpected on"), this);
        m_expected = new QDateEdit(wall.date().addDays(3), this);
        m_expected->setObjectName(QStringLiteral("stepExpected"));
        DateText::format(m_expected, DateText::Edit::Date);
        m_expected->setCalendarPopup(true);
        m_expected->setMinimumDate(wall.date());
        m_expected->setEnabled(false);
        connect(m_expectedSet, &QCheckBox::toggled, m_expected, &QWidget::setEnabled);
        form->addRow(m_expectedSet, m_expected);
    }
    if (kind == Kind::Reopen) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("stepReason"));
        m_reason->setPlaceholderText(tr("for example the same fault came back"));
        form->addRow(tr("&Reason:"), m_reason);
    }
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("stepNote"));
    form->addRow(tr("&Note:"), m_note);

    auto *layout = new QVBoxLayout(this);
    if (kind == Kind::Advance && stage == Stage::Closed) {
        const QStringList missing = missingForClosing(details);
        if (!missing.isEmpty()) {
            auto *warning = new QLabel(
                tr("This order has %1. Close it anyway, or cancel and complete it first.")
                    .arg(QLocale().createSeparatedList(missing)),
                this);
            warning->setObjectName(QStringLiteral("stepMissing"));
            warning->setWordWrap(true);
            warning->setStyleSheet(palette::problemText());
            layout->addWidget(warning);
        }
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("stepProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(palette::problemText());
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(title(kind, stage));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QString FlowStepDialog::note() const
{
    QStringList parts;
    if (m_part && !m_part->text().trimmed().isEmpty())
        parts << tr("part: %1").arg(m_part->text().trimmed());
    if (m_expected && m_expectedSet->isChecked())
        parts << tr("expected %1").arg(m_expected->date().toString(Qt::ISODate));
    if (m_reason)
        parts << m_reason->text().trimmed();
    if (!m_note->text().trimmed().isEmpty())
        parts << m_note->text().trimmed();
    return parts.join(tr("; "));
}

void FlowStepDialog::accept()
{
    if (m_reason && m_reason->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Say why the order is reopened: the reason stays in its timeline."));
        m_problem->show();
        m_reason->setFocus();
        return;
    }
    const QDateTime wall = m_when->dateTime();
    m_at = LocalTime::inZone(m_zone).toUtc(wall.date(), wall.time());
    QDialog::accept();
}

} // namespace servicelens::ui
