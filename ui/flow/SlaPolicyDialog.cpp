// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaPolicyDialog.h"

#include "widgets/ErrorMessage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace flow;

SlaPolicyDialog::SlaPolicyDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("SLA Policies"));
    setObjectName(QStringLiteral("slaDialog"));
    auto policies = SlaPolicyRepository(db).list();
    if (policies)
        m_policies = *policies;
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Priority</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Respond within</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Resolve within</b>"), this), 0, 2);
    grid->addWidget(new QLabel(tr("<b>Pause while waiting</b>"), this), 0, 3);
    int row = 1;
    for (const SlaPolicy &p : m_policies) {
        auto *response = new QDoubleSpinBox(this);
        response->setRange(0.5, 720);
        response->setDecimals(1);
        response->setSuffix(tr(" h"));
        response->setValue(p.responseHours);
        auto *resolution = new QSpinBox(this);
        resolution->setRange(0, 60);
        resolution->setSuffix(tr(" working days"));
        resolution->setValue(p.resolutionWorkingDays);
        auto *pause = new QCheckBox(tr("for parts or the customer"), this);
        pause->setChecked(p.pauseWhileWaiting);
        grid->addWidget(new QLabel(FlowNames::label(p.priority), this), row, 0);
        grid->addWidget(response, row, 1);
        grid->addWidget(resolution, row, 2);
        grid->addWidget(pause, row, 3);
        m_response.push_back(response);
        m_resolution.push_back(resolution);
        m_pause.push_back(pause);
        ++row;
    }
    auto *note =
        new QLabel(tr("Pausing moves an open order's due date by the working days it waits. The "
                      "monthly KPIs always measure as KPI.md defines them, without pauses, so "
                      "they stay comparable between branches."),
                   this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SlaPolicyDialog::accept()
{
    SlaPolicyRepository repo(m_db);
    for (std::size_t i = 0; i < m_policies.size(); ++i) {
        SlaPolicy p = m_policies[i];
        p.responseHours = m_response[i]->value();
        p.resolutionWorkingDays = m_resolution[i]->value();
        p.pauseWhileWaiting = m_pause[i]->isChecked();
        if (p.responseHours == m_policies[i].responseHours &&
            p.resolutionWorkingDays == m_policies[i].resolutionWorkingDays &&
            p.pauseWhileWaiting == m_policies[i].pauseWhileWaiting)
            continue;
        if (auto s = repo.update(p); !s)
            return showError(this, windowTitle(), s.error());
    }
    QDialog::accept();
}

} // namespace servicelens::ui
