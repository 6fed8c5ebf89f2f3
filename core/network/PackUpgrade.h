// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>

namespace servicelens::network {

// A pack written by an earlier ServiceLens lacks what later formats added: a column of a table
// (an order's fault code, format 18) or a whole list (the installed base). Branches upgrade one
// by one, so head office reads such packs, and a branch reads an earlier head office's: the
// merge's private copy of the pack is completed first, each missing column added with the value
// a workbook's upgrade gives it (so the merge sees what upgrading that branch would store) and
// each missing table added empty. The pack file itself is never touched.
class PackUpgrade final {
    Q_DECLARE_TR_FUNCTIONS(PackUpgrade)

public:
    // `headOfficePack`: the pack is head office's (its lists), not a branch's.
    static Status complete(const QString &privateCopy, bool headOfficePack);
};

} // namespace servicelens::network
