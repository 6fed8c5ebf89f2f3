// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace servicelens::ui {

// A photo as the workbook keeps it: a JPEG of at most 1600 pixels a side (a phone photo of
// 4-8 MB becomes ~200-400 KB, enough to read a label or a gauge) and a 160-pixel thumbnail
// for lists. The camera's orientation is applied.
struct ScaledPhoto {
    QByteArray image;
    QByteArray thumbnail;
};

std::optional<ScaledPhoto> scalePhoto(const QString &path, QString *error);

} // namespace servicelens::ui
