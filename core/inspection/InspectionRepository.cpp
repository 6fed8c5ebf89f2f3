// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectionRepository.h"

#include "TemplateRepository.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <map>

namespace servicelens::inspection {

namespace {

const char *const inspectionColumns =
    "i.id, i.uid, i.template_id, i.branch_id, i.schedule_id, i.inspector_id, i.status, "
    "i.started_at, i.completed_at, i.score, i.passed, i.note, coalesce(i.content_hash, '')";

Inspection inspectionFrom(const SqlQuery &q, int c = 0)
{
    Inspection i;
    i.id = q.value(c).toLongLong();
    i.uid = q.value(c + 1).toString();
    i.templateId = q.value(c + 2).toLongLong();
    i.branchId = q.value(c + 3).toLongLong();
    if (!q.value(c + 4).isNull())
        i.scheduleId = q.value(c + 4).toLongLong();
    if (!q.value(c + 5).isNull())
        i.inspectorId = q.value(c + 5).toLongLong();
    i.status = q.value(c + 6).toString() == QLatin1String("completed") ? InspectionStatus::Completed
                                                                       : InspectionStatus::Draft;
    i.startedAt = q.value(c + 7).toLongLong();
    if (!q.value(c + 8).isNull())
        i.completedAt = q.value(c + 8).toLongLong();
    if (!q.value(c + 9).isNull())
        i.score = q.value(c + 9).toDouble();
    if (!q.value(c + 10).isNull())
        i.passed = q.value(c + 10).toInt() != 0;
    i.note = q.value(c + 11).toString();
    i.contentHash = q.value(c + 12).toString();
    return i;
}

} // namespace

QString InspectionRepository::statusCode(InspectionStatus status)
{
    return status == InspectionStatus::Completed ? QStringLiteral("completed")
                                                 : QStringLiteral("draft");
}

Result<std::optional<Inspection>> InspectionRepository::findById(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM inspection i WHERE i.id = :id")
                         .arg(QLatin1String(inspectionColumns)));
    q.bind(QStringLiteral(":id"), id);
    return q.first<Inspection>([](const SqlQuery &r) { return inspectionFrom(r); });
}

Result<std::optional<Inspection>> InspectionRepository::findByUid(const QString &uid) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM inspection i WHERE i.uid = :uid")
                         .arg(QLatin1String(inspectionColumns)));
    q.bind(QStringLiteral(":uid"), uid);
    return q.first<Inspection>([](const SqlQuery &r) { return inspectionFrom(r); });
}

Result<std::vector<Answer>> InspectionRepository::answers(qint64 inspectionId) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT a.item_id, it.code, a.na, a.passed, a.rating, a.number, "
                              "a.text, a.note, a.answered_at FROM inspection_answer a JOIN "
                              "inspection_item it ON it.id = a.item_id JOIN "
                              "inspection_section s ON s.id = it.section_id WHERE "
                              "a.inspection_id = :i ORDER BY s.position, it.position"));
    q.bind(QStringLiteral(":i"), inspectionId);
    return q.all<Answer>([](const SqlQuery &r) {
        Answer a;
        a.itemId = r.value(0).toLongLong();
        a.itemCode = r.value(1).toString();
        a.na = r.value(2).toInt() != 0;
        if (!r.value(3).isNull())
            a.passed = r.value(3).toInt() != 0;
        if (!r.value(4).isNull())
            a.rating = r.value(4).toInt();
        if (!r.value(5).isNull())
            a.number = r.value(5).toDouble();
        a.text = r.value(6).toString();
        a.note = r.value(7).toString();
        a.answeredAt = r.value(8).toLongLong();
        return a;
    });
}

Result<std::vector<InspectionListRow>> InspectionRepository::list(qint64 branchId) const
{
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT %1, t.code, t.version, t.name, t.name_zh, coalesce(st.name, ''), "
                       "(SELECT count(*) FROM corrective_action c WHERE c.inspection_id = i.id AND "
                       "c.status IN ('open', 'in_progress')) FROM inspection i "
                       "JOIN inspection_template t ON t.id = i.template_id "
                       "LEFT JOIN staff st ON st.id = i.inspector_id WHERE i.branch_id = :branch "
                       "ORDER BY coalesce(i.completed_at, i.started_at) DESC, i.id DESC")
            .arg(QLatin1String(inspectionColumns)));
    q.bind(QStringLiteral(":branch"), branchId);
    auto rows = q.all<InspectionListRow>([](const SqlQuery &r) {
        InspectionListRow row;
        row.inspection = inspectionFrom(r);
        row.templateCode = r.value(13).toString();
        row.templateVersion = r.value(14).toInt();
        row.templateName = {r.value(15).toString(), r.value(16).toString()};
        row.inspectorName = r.value(17).toString();
        row.openActions = r.value(18).toInt();
        return row;
    });
    if (!rows)
        return rows;
    // Findings are counted by Scoring, the one definition of a finding.
    std::map<qint64, InspectionTemplate> templates;
    TemplateRepository repo(m_db);
    for (InspectionListRow &row : *rows) {
        auto it = templates.find(row.inspection.templateId);
        if (it == templates.end()) {
            auto t = repo.byId(row.inspection.templateId);
            if (!t)
                return t.error();
            if (!*t)
                continue;
            it = templates.emplace(row.inspection.templateId, std::move(**t)).first;
        }
        auto given = answers(row.inspection.id);
        if (!given)
            return given.error();
        for (const Answer &a : *given)
            if (const TemplateItem *item = it->second.itemById(a.itemId))
                row.findings += Scoring::isFinding(*item, &a) ? 1 : 0;
    }
    return rows;
}

Result<QHash<QString, PreviousFinding>>
InspectionRepository::previousFindings(const Inspection &inspection) const
{
    QHash<QString, PreviousFinding> result;
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT i.id, i.uid, i.template_id, i.completed_at FROM inspection i "
                       "JOIN inspection_template t ON t.id = i.template_id "
                       "WHERE i.branch_id = :branch AND i.status = 'completed' AND i.id <> :self "
                       "AND i.completed_at <= :before AND t.code = (SELECT code FROM "
                       "inspection_template WHERE id = :t) ORDER BY i.completed_at DESC, i.id DESC "
                       "LIMIT 1"));
    q.bind(QStringLiteral(":branch"), inspection.branchId)
        .bind(QStringLiteral(":self"), inspection.id)
        .bind(QStringLiteral(":before"), inspection.completedAt.value_or(inspection.startedAt))
        .bind(QStringLiteral(":t"), inspection.templateId);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return result;
    const qint64 previousId = q.value(0).toLongLong();
    const QString previousUid = q.value(1).toString();
    const qint64 previousTemplate = q.value(2).toLongLong();
    const qint64 completedAt = q.value(3).toLongLong();
    auto t = TemplateRepository(m_db).byId(previousTemplate);
    if (!t)
        return t.error();
    auto given = answers(previousId);
    if (!given)
        return given.error();
    for (const Answer &a : *given) {
        PreviousFinding p;
        p.inspectionUid = previousUid;
        p.completedAt = completedAt;
        p.answer = a;
        const TemplateItem *item = *t ? (*t)->itemById(a.itemId) : nullptr;
        p.finding = item && Scoring::isFinding(*item, &a);
        result.insert(a.itemCode, p);
    }
    return result;
}

Result<std::vector<PhotoInfo>> InspectionRepository::photos(qint64 inspectionId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, item_id, file_name, thumbnail FROM "
                                    "inspection_photo WHERE inspection_id = :i ORDER BY id"));
    q.bind(QStringLiteral(":i"), inspectionId);
    return q.all<PhotoInfo>([](const SqlQuery &r) {
        return PhotoInfo{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(),
                         r.value(3).toByteArray()};
    });
}

Result<QByteArray> InspectionRepository::photoImage(qint64 photoId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT image FROM inspection_photo WHERE id = :id"));
    q.bind(QStringLiteral(":id"), photoId);
    auto v = q.scalar();
    if (!v)
        return v.error();
    return v->toByteArray();
}

Result<std::vector<qint64>> InspectionRepository::evidence(qint64 inspectionId, qint64 itemId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT order_id FROM inspection_evidence WHERE inspection_id "
                                    "= :i AND item_id = :item ORDER BY order_id"));
    q.bind(QStringLiteral(":i"), inspectionId).bind(QStringLiteral(":item"), itemId);
    return q.all<qint64>([](const SqlQuery &r) { return r.value(0).toLongLong(); });
}

} // namespace servicelens::inspection
