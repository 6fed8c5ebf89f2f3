// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kpi/KpiTargets.h"

#include <QDialog>

class QDoubleSpinBox;

namespace servicelens::ui {

// Edits the dashboard's targets; the caller saves them.
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
};

} // namespace servicelens::ui
