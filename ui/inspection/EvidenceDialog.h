// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LocalTime.h"
#include "inspection/EvidenceSampler.h"

#include <QDialog>

#include <vector>

class QTableWidget;

namespace servicelens::ui {

// The service orders behind one inspection answer. For a draft: the sampled orders, each with
// a tick box, the ones already kept ticked; for a completed inspection: the orders kept, read
// only.
class EvidenceDialog final : public QDialog {
    Q_OBJECT

public:
    EvidenceDialog(const std::vector<inspection::EvidenceOrder> &orders,
                   const std::vector<qint64> &kept, bool draft, const LocalTime &local,
                   QWidget *parent = nullptr);

    // `kept` with the shown orders' ticks applied: unticked ones out, ticked ones in.
    std::vector<qint64> keptAfter(std::vector<qint64> kept) const;

private:
    QTableWidget *m_table;
};

} // namespace servicelens::ui
