// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kpi/KpiTargets.h"

#include <QDialog>

class QDoubleSpinBox;

namespace servicelens::ui {

// Edits the targets of every dashboard tile (the same the reports mark 未达标 against); the
// caller saves them. The two counts have none unless one is set.
class TargetsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit TargetsDialog(const kpi::KpiTargets &targets, QWidget *parent = nullptr);
    kpi::KpiTargets targets() const;

private:
    QDoubleSpinBox *m_csat;
    QDoubleSpinBox *m_resolution;
    QDoubleSpinBox *m_response;
    QDoubleSpinBox *m_complaints;
    QDoubleSpinBox *m_sla;
    QDoubleSpinBox *m_firstTimeFix;
    QDoubleSpinBox *m_received;
    QDoubleSpinBox *m_backlog;
};

} // namespace servicelens::ui
