// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhotoScaler.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>

namespace servicelens::ui {

namespace {

QByteArray jpeg(const QImage &image, int maxSide, int quality)
{
    const QImage scaled =
        std::max(image.width(), image.height()) > maxSide
            ? image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : image;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    scaled.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", quality);
    return bytes;
}

} // namespace

std::optional<ScaledPhoto> scalePhoto(const QString &path, QString *error)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = QCoreApplication::translate("servicelens::ui::PhotoScaler",
                                                 "“%1” is not an image this program can read (%2).")
                         .arg(path, reader.errorString());
        return std::nullopt;
    }
    return ScaledPhoto{jpeg(image, 1600, 85), jpeg(image, 160, 80)};
}

} // namespace servicelens::ui
