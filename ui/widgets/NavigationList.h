// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

class QListWidget;

namespace servicelens::ui::navigation {

struct Entry {
    QString title;
    const char *icon; // :/icons/nav-<icon>.svg
};

// Fills the window's navigation list, one row per page, and gives it its look: a light
// selection with an accent bar, large enough to hit.
void fill(QListWidget *list, const std::vector<Entry> &entries);

} // namespace servicelens::ui::navigation
