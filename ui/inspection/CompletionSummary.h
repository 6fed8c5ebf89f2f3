// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspection/Scoring.h"

#include <QCoreApplication>
#include <QString>

namespace servicelens::ui {

class InspectionSession;

// What completing an inspection settles, said before it is locked and sealed: the score against
// the pass mark, the failed items (critical ones by name, in the form's language) and what is
// still unanswered, ending with the question.
class CompletionSummary final {
    Q_DECLARE_TR_FUNCTIONS(CompletionSummary)

public:
    static QString text(const InspectionSession &session, const inspection::ScoreResult &r,
                        const QString &language);
};

} // namespace servicelens::ui
