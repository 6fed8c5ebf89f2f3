// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace servicelens::ui {

// The recently opened workbooks, newest first, kept in QSettings.
class RecentFiles final {
public:
    static constexpr int maxEntries = 8;

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
};

} // namespace servicelens::ui
