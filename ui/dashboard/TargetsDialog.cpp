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
{
    setWindowTitle(tr("Dashboard Targets"));
    setObjectName(QStringLiteral("targetsDialog"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Customer satisfaction at least:"), m_csat);
    form->addRow(tr("Mean resolution at most:"), m_resolution);
    form->addRow(tr("Responded within target at least:"), m_response);
    form->addRow(tr("Complaint rate at most:"), m_complaints);
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
    return t;
}

} // namespace servicelens::ui
