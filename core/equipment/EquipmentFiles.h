// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::equipment {

// A document or photo kept with a piece of equipment: its manual, a certificate, a picture of
// its nameplate.
struct EquipmentFile {
    qint64 id = 0;
    QString uid;
    qint64 equipmentId = 0;
    QString name; // the file's name as it was added
    qint64 size = 0;
    qint64 createdAt = 0;

    // A picture the page can show: by its name's suffix.
    bool isImage() const;
};

// The documents and photos of the register's pieces, kept in the workbook (equipment_file), so a
// branch's copy of a calibration certificate travels with its file. Each addition and removal is
// audited with the file's name, size and SHA-256 (not its bytes).
class EquipmentFiles final {
    Q_DECLARE_TR_FUNCTIONS(EquipmentFiles)

public:
    // A scanned manual or a phone's photo is a few MB; a video is not what this is for.
    static constexpr qint64 maxBytes = 20 * 1024 * 1024;

    explicit EquipmentFiles(Database &db)
        : m_db(db)
    {}

    // The piece's files, as they were added (without their bytes).
    Result<std::vector<EquipmentFile>> list(qint64 equipmentId) const;
    Result<QByteArray> content(qint64 fileId) const;
    // Refused: an empty or too large file, a name without characters, a piece gone.
    Result<EquipmentFile> add(qint64 equipmentId, const QString &name, const QByteArray &content);
    Status remove(qint64 fileId);

private:
    Database &m_db;
};

} // namespace servicelens::equipment
