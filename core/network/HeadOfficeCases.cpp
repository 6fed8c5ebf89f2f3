// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadOfficeCases.h"

#include "PackTables.h"

#include "knowledge/CaseLibrary.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"
#include "storage/SqlQuery.h"

#include <QHash>

namespace servicelens::network {

namespace {

// Copies `columns` of the rows `select` reads from `store` into `table` of `snapshot`.
Status copyColumns(Database &store, Database &snapshot, const QString &table,
                   const QStringList &columns, const QString &from)
{
    SqlQuery read(store,
                  QStringLiteral("SELECT %1 %2").arg(columns.join(QStringLiteral(", ")), from));
    if (auto s = read.exec(); !s)
        return s;
    QStringList marks;
    for (int c = 0; c < columns.size(); ++c)
        marks << QStringLiteral(":c%1").arg(c);
    SqlQuery write(snapshot, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                 .arg(table, columns.join(QStringLiteral(", ")),
                                      marks.join(QStringLiteral(", "))));
    while (read.next()) {
        for (int c = 0; c < columns.size(); ++c)
            write.bind(marks[c], read.value(c));
        if (auto s = write.exec(); !s)
            return s;
    }
    return {};
}

} // namespace

bool HeadOfficeCases::copies(const QByteArray &table)
{
    return table == "service_case" || table == "service_case_model" ||
           table == "service_case_photo";
}

Status HeadOfficeCases::copyPublished(Database &store, Database &snapshot)
{
    const QString published = QString::fromLatin1(HeadOfficeTable::publishedCase);
    const QString ofPublished =
        QStringLiteral("WHERE case_id IN (SELECT id FROM service_case WHERE %1)").arg(published);
    if (auto s = copyColumns(
            store, snapshot, QStringLiteral("service_case"),
            {QStringLiteral("id"), QStringLiteral("uid"), QStringLiteral("title"),
             QStringLiteral("symptom"), QStringLiteral("cause"), QStringLiteral("fix"),
             QStringLiteral("fault_code"), QStringLiteral("tags"), QStringLiteral("author"),
             QStringLiteral("status"), QStringLiteral("version"), QStringLiteral("approved_at"),
             QStringLiteral("created_at"), QStringLiteral("updated_at")},
            QStringLiteral("FROM service_case WHERE ") + published);
        !s)
        return s;
    if (auto s = copyColumns(store, snapshot, QStringLiteral("service_case_model"),
                             {QStringLiteral("case_id"), QStringLiteral("model")},
                             QStringLiteral("FROM service_case_model ") + ofPublished);
        !s)
        return s;
    return copyColumns(store, snapshot, QStringLiteral("service_case_photo"),
                       {QStringLiteral("id"), QStringLiteral("uid"), QStringLiteral("case_id"),
                        QStringLiteral("position"), QStringLiteral("caption"),
                        QStringLiteral("image"), QStringLiteral("created_at")},
                       QStringLiteral("FROM service_case_photo ") + ofPublished);
}

Status HeadOfficeCases::receive(Database &db, qint64 &inserted, qint64 &updated)
{
    QHash<QString, QStringList> models;
    {
        FastQuery q(db, "SELECT case_uid, model FROM pack.service_case_model ORDER BY model");
        while (q.next())
            models[q.text(0)] << q.text(1);
        if (!q.status())
            return q.status();
    }
    QHash<QString, std::vector<knowledge::CasePhoto>> photos;
    {
        SqlQuery q(db, QStringLiteral("SELECT case_uid, caption, image FROM "
                                      "pack.service_case_photo ORDER BY position, uid"));
        if (auto s = q.exec(); !s)
            return s;
        while (q.next())
            photos[q.value(0).toString()].push_back(
                {q.value(1).toString(), q.value(2).toByteArray()});
    }
    knowledge::CaseLibrary library(db);
    FastQuery q(db, "SELECT uid, title, symptom, cause, fix, fault_code, tags, author, status "
                    "FROM pack.service_case ORDER BY created_at, uid");
    while (q.next()) {
        knowledge::ServiceCase c;
        c.uid = q.text(0);
        c.title = q.text(1);
        c.symptom = q.text(2);
        c.cause = q.text(3);
        c.fix = q.text(4);
        c.faultCode = q.text(5);
        c.tags = q.text(6).split(QLatin1Char(','), Qt::SkipEmptyParts);
        c.author = q.text(7);
        c.status =
            knowledge::ServiceCase::statusFrom(q.text(8)).value_or(knowledge::CaseStatus::Retired);
        c.models = models.value(c.uid);
        c.photos = photos.value(c.uid);
        auto known = library.findByUid(c.uid);
        if (!known)
            return known.error();
        if (*known) {
            c.id = (*known)->id;
            c.sourceOrderId = (*known)->sourceOrderId;
        }
        auto changed = library.save(c);
        if (!changed)
            return changed.error();
        if (*changed)
            ++(*known ? updated : inserted);
    }
    return q.status();
}

} // namespace servicelens::network
