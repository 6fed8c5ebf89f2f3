// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "team/Review.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace servicelens::ui {

// A new review cycle as the manager describes it: a code, a name, the period it looks back on
// (by default the six whole months before this one), the days it takes answers (the next two
// weeks) and the rating below which a competency proposes training.
class ReviewCycleDialog final {
    Q_DECLARE_TR_FUNCTIONS(ReviewCycleDialog)

public:
    static std::optional<team::ReviewCycle> ask(QWidget *parent);
};

} // namespace servicelens::ui
