// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "survey/Survey.h"
#include "team/Review.h"

#include <QCoreApplication>
#include <vector>

namespace servicelens::ui {

// What is printed when a cycle's codes are issued (issue 23), shown once: the codes never name
// a rater, only the person and the group. Either slips to cut apart (for the kiosk, three to a
// row inside dashed lines) or one paper form per code — the questionnaire with each
// competency's behaviour anchors and boxes to tick, and room for the open answers — whose
// answers are typed into a sheet and imported (`import reviews`).
class ReviewPrintouts final {
    Q_DECLARE_TR_FUNCTIONS(ReviewPrintouts)

public:
    static QString slips(const team::ReviewCycle &cycle,
                         const std::vector<team::IssuedCode> &codes);
    static QString forms(const team::ReviewCycle &cycle, const survey::Survey &questionnaire,
                         const std::vector<team::IssuedCode> &codes, const QString &language);
};

} // namespace servicelens::ui
