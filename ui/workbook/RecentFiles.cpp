// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace servicelens::ui {

namespace {
const QString key = QStringLiteral("workbook/recentFiles");
}

QStringList RecentFiles::files() const
{
    return QSettings().value(key).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maxEntries)
        list.removeLast();
    QSettings().setValue(key, list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(key, list);
}

void RecentFiles::clear()
{
    QSettings().remove(key);
}

} // namespace servicelens::ui
