// SPDX-License-Identifier: GPL-3.0-or-later
#include "EquipmentFiles.h"

#include "storage/AuditLog.h"
#include "storage/AuditedWrite.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/UidGenerator.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonObject>

namespace servicelens::equipment {

namespace {

QJsonObject auditView(qint64 equipmentId, const QString &name, const QByteArray &content)
{
    return {{QStringLiteral("equipment_id"), double(equipmentId)},
            {QStringLiteral("name"), name},
            {QStringLiteral("size"), double(content.size())},
            {QStringLiteral("sha256"),
             QString::fromLatin1(
                 QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())}};
}

} // namespace

bool EquipmentFile::isImage() const
{
    static const QStringList pictures = {QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                         QStringLiteral("png"), QStringLiteral("bmp"),
                                         QStringLiteral("gif"), QStringLiteral("webp")};
    return pictures.contains(QFileInfo(name).suffix().toLower());
}

Result<std::vector<EquipmentFile>> EquipmentFiles::list(qint64 equipmentId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, uid, equipment_id, name, length(content), "
                                    "created_at FROM equipment_file WHERE equipment_id = :piece "
                                    "ORDER BY created_at, id"));
    q.bind(QStringLiteral(":piece"), equipmentId);
    return q.all<EquipmentFile>([](const SqlQuery &r) {
        return EquipmentFile{r.value(0).toLongLong(), r.value(1).toString(),
                             r.value(2).toLongLong(), r.value(3).toString(),
                             r.value(4).toLongLong(), r.value(5).toLongLong()};
    });
}

Result<QByteArray> EquipmentFiles::content(qint64 fileId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT content FROM equipment_file WHERE id = :id"));
    q.bind(QStringLiteral(":id"), fileId);
    auto found = q.scalar();
    if (!found)
        return found.error();
    if (!found->isValid())
        return makeError(ErrorKind::NotFound, tr("This file is no longer kept."));
    return found->toByteArray();
}

Result<EquipmentFile> EquipmentFiles::add(qint64 equipmentId, const QString &name,
                                          const QByteArray &content)
{
    EquipmentFile f;
    f.equipmentId = equipmentId;
    f.name = QFileInfo(name.trimmed()).fileName();
    f.size = content.size();
    if (f.name.isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("A file needs a name."));
    if (content.isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("%1 is empty: nothing to keep.").arg(f.name));
    if (content.size() > maxBytes)
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 is %2 MB: a piece's files are kept up to %3 MB each.")
                             .arg(f.name)
                             .arg(double(content.size()) / (1024 * 1024), 0, 'f', 1)
                             .arg(maxBytes / (1024 * 1024)));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    SqlQuery piece(m_db, QStringLiteral("SELECT 1 FROM equipment WHERE id = :id"));
    piece.bind(QStringLiteral(":id"), equipmentId);
    auto there = piece.scalar();
    if (!there)
        return there.error();
    if (!there->isValid())
        return makeError(ErrorKind::NotFound,
                         tr("This piece of equipment is no longer in the register."));
    f.uid = m_db.uids().next();
    f.createdAt = m_db.clock().nowSecsSinceEpoch();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO equipment_file (uid, equipment_id, name, "
                                    "content, created_at) VALUES (:uid, :piece, :name, :content, "
                                    ":now)"));
    q.bind(QStringLiteral(":uid"), f.uid)
        .bind(QStringLiteral(":piece"), equipmentId)
        .bind(QStringLiteral(":name"), f.name)
        .bind(QStringLiteral(":content"), QVariant(content))
        .bind(QStringLiteral(":now"), f.createdAt);
    auto written = auditedWrite(m_db, q, true, QStringLiteral("equipment_file"), f.uid, {},
                                auditView(equipmentId, f.name, content));
    if (!written)
        return written.error();
    f.id = *written;
    if (auto s = tx.commit(); !s)
        return s.error();
    return f;
}

Status EquipmentFiles::remove(qint64 fileId)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    SqlQuery q(m_db, QStringLiteral("SELECT uid, equipment_id, name, content FROM equipment_file "
                                    "WHERE id = :id"));
    q.bind(QStringLiteral(":id"), fileId);
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return makeError(ErrorKind::NotFound, tr("This file is no longer kept."));
    const QString uid = q.value(0).toString();
    const QJsonObject before =
        auditView(q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toByteArray());
    SqlQuery drop(m_db, QStringLiteral("DELETE FROM equipment_file WHERE id = :id"));
    drop.bind(QStringLiteral(":id"), fileId);
    if (auto s = drop.exec(); !s)
        return s;
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Delete, QStringLiteral("equipment_file"),
                                       uid, before, {});
        !s)
        return s;
    return tx.commit();
}

} // namespace servicelens::equipment
