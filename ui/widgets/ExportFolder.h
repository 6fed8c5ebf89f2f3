// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace servicelens::ui::ExportFolder {

// The folder an export's file dialog opens in: where that kind of export last went (`key`, a
// setting of its own), else the user's documents.
inline QString last(const QString &key)
{
    return QSettings()
        .value(key, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

inline void remember(const QString &key, const QString &file)
{
    QSettings().setValue(key, QFileInfo(file).absolutePath());
}

} // namespace servicelens::ui::ExportFolder
