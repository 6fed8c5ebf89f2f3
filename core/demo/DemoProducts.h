// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QString>

namespace servicelens {
class Database;
}

namespace servicelens::demo {

// The demo's product list (head office's, as if its pack had brought it) and how each demo
// branch writes products and categories: as real branches do, not all alike, so that a network
// of demo branches has texts for head office to map (docs/head-office.md). The habit follows
// from the branch code, not from the random stream, so a branch's orders are otherwise the same
// whatever it writes; the default branch (SH01) writes the list's own codes.
class DemoProducts final {
public:
    explicit DemoProducts(const QString &branchCode);

    QString productText(const char *model, const char *category) const;
    QString categoryText(const char *category) const;
    int habit() const { return m_habit; }

    // Every category (with its English name) and model of the demo catalogue, with launch dates.
    static Status installList(Database &db);

private:
    int m_habit = 0;
};

} // namespace servicelens::demo
