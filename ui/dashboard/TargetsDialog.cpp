// SPDX-License-Identifier: GPL-3.0-or-later
#include "TargetsDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>

namespace servicelens::ui {

namespace {

QDoubleSpinBox *spin(QWidget *parent, double min, double max, int decimals, const QString &suffix,
                     double value)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(min, max);
    s->setDecimals(decimals);
    s->setSuffix(suffix);
    s->setValue(value);
    return s;
}

} // namespace

TargetsDialog::TargetsDialog(const kpi::KpiTargets &t, QWidget *parent)
    : QDialog(parent)
    , m_csat(spin(this, 0, 100, 1, QStringLiteral(" %"), t.csat * 100))
    , m_resolution(spin(this, 0.1, 60, 1, tr(" working days"), t.resolutionWdMean))
    , m_response(spin(this, 0, 100, 1, QStringLiteral(" %"), t.responseWithinTarget * 100))
    , m_complaints(spin(this, 0, 100, 1, QStringLiteral(" %"), t.complaintRate * 100))
    , m_sla(spin(this, 0, 100, 1, QStringLiteral(" %"), t.slaMet * 100))
    , m_firstTimeFix(spin(this, 0, 100, 1, QStringLiteral(" %"), t.firstTimeFix * 100))
    , m_received(spin(this, 0, 1e7, 0, tr(" orders"), t.ordersReceived))
    , m_backlog(spin(this, 0, 1e7, 0, tr(" orders"), t.backlogEnd))
{
    setWindowTitle(tr("Dashboard Targets"));
    setObjectName(QStringLiteral("targetsDialog"));
    for (QDoubleSpinBox *count : {m_received, m_backlog})
        count->setSpecialValueText(tr("no target"));
    m_sla->setObjectName(QStringLiteral("slaTarget"));
    m_firstTimeFix->setObjectName(QStringLiteral("firstTimeFixTarget"));
    m_received->setObjectName(QStringLiteral("receivedTarget"));
    m_backlog->setObjectName(QStringLiteral("backlogTarget"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Customer satisfaction at least:"), m_csat);
    form->addRow(tr("Mean resolution at most:"), m_resolution);
    form->addRow(tr("Responded within target at least:"), m_response);
    form->addRow(tr("Complaint rate at most:"), m_complaints);
    form->addRow(tr("SLA met at least:"), m_sla);
    form->addRow(tr("First-time fix at least:"), m_firstTimeFix);
    form->addRow(tr("Orders received at most (capacity):"), m_received);
    form->addRow(tr("Backlog at month end at most:"), m_backlog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

kpi::KpiTargets TargetsDialog::targets() const
{
    kpi::KpiTargets t;
    t.csat = m_csat->value() / 100.0;
    t.resolutionWdMean = m_resolution->value();
    t.responseWithinTarget = m_response->value() / 100.0;
    t.complaintRate = m_complaints->value() / 100.0;
    t.slaMet = m_sla->value() / 100.0;
    t.firstTimeFix = m_firstTimeFix->value() / 100.0;
    t.ordersReceived = m_received->value();
    t.backlogEnd = m_backlog->value();
    return t;
}

} // namespace servicelens::ui
