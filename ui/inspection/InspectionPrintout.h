// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace servicelens::ui {

class InspectionSession;

// An inspection on paper, to sign and file or to hand to the branch: its score and verdict, and
// every item by section with its answer, note, photos and corrective actions; findings in red.
class InspectionPrintout final {
    Q_DECLARE_TR_FUNCTIONS(InspectionPrintout)

public:
    static QString html(const InspectionSession &session, const QString &language);
};

} // namespace servicelens::ui
