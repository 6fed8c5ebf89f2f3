// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knowledge/ServiceCase.h"

#include <QCoreApplication>

namespace servicelens::ui {

// A case's status as the window names it, the same on every page that lists cases.
class CaseWords final {
    Q_DECLARE_TR_FUNCTIONS(CaseWords)

public:
    static QString status(knowledge::CaseStatus s)
    {
        switch (s) {
        case knowledge::CaseStatus::Approved:
            return tr("Approved");
        case knowledge::CaseStatus::Retired:
            return tr("Retired");
        case knowledge::CaseStatus::Draft:
            break;
        }
        return tr("Draft");
    }
};

} // namespace servicelens::ui
