// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseLibrary.h"

#include "CaseText.h"

#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QJsonDocument>

#include <algorithm>
#include <map>

namespace servicelens::knowledge {

namespace {

const QString entity = QStringLiteral("service_case");

const QString caseColumns =
    QStringLiteral("SELECT id, uid, title, symptom, cause, fix, fault_code, tags, author, status, "
                   "version, source_order_id FROM service_case ");

ServiceCase caseFrom(const SqlQuery &q)
{
    ServiceCase c;
    c.id = q.value(0).toLongLong();
    c.uid = q.value(1).toString();
    c.title = q.value(2).toString();
    c.symptom = q.value(3).toString();
    c.cause = q.value(4).toString();
    c.fix = q.value(5).toString();
    c.faultCode = q.value(6).toString();
    c.tags = q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.author = q.value(8).toString();
    c.status = ServiceCase::statusFrom(q.value(9).toString()).value_or(CaseStatus::Draft);
    c.version = q.value(10).toInt();
    if (!q.value(11).isNull())
        c.sourceOrderId = q.value(11).toLongLong();
    return c;
}

QStringList cleaned(const QStringList &list)
{
    QStringList out;
    for (const QString &s : list)
        if (const QString t = s.trimmed(); !t.isEmpty() && !out.contains(t))
            out << t;
    return out;
}

} // namespace

Result<std::optional<ServiceCase>> CaseLibrary::find(qint64 id, Photos withPhotos) const
{
    SqlQuery q(m_db, caseColumns + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<ServiceCase>();
    ServiceCase c = caseFrom(q);
    SqlQuery models(m_db, QStringLiteral("SELECT model FROM service_case_model WHERE case_id = "
                                         ":id ORDER BY model"));
    models.bind(QStringLiteral(":id"), id);
    if (auto s = models.exec(); !s)
        return s.error();
    while (models.next())
        c.models << models.value(0).toString();
    if (withPhotos == Photos::Without)
        return std::optional<ServiceCase>(std::move(c));
    SqlQuery photos(m_db, QStringLiteral("SELECT caption, image FROM service_case_photo WHERE "
                                         "case_id = :id ORDER BY position, id"));
    photos.bind(QStringLiteral(":id"), id);
    if (auto s = photos.exec(); !s)
        return s.error();
    while (photos.next())
        c.photos.push_back({photos.value(0).toString(), photos.value(1).toByteArray()});
    return std::optional<ServiceCase>(std::move(c));
}

Result<std::optional<ServiceCase>> CaseLibrary::findByUid(const QString &uid) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM service_case WHERE uid = :uid"));
    q.bind(QStringLiteral(":uid"), uid);
    auto id = q.scalar();
    if (!id)
        return id.error();
    if (id->isNull())
        return std::optional<ServiceCase>();
    return find(id->toLongLong());
}

Result<std::vector<ServiceCase>> CaseLibrary::list(bool withRetired, Photos photos) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM service_case WHERE :all = 1 OR status <> "
                                    "'retired' ORDER BY updated_at DESC, id DESC"));
    q.bind(QStringLiteral(":all"), withRetired ? 1 : 0);
    if (auto s = q.exec(); !s)
        return s.error();
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    std::vector<ServiceCase> cases;
    for (qint64 id : ids) {
        auto c = find(id, photos);
        if (!c)
            return c.error();
        if (*c)
            cases.push_back(std::move(**c));
    }
    return cases;
}

Result<bool> CaseLibrary::save(ServiceCase &c)
{
    c.title = c.title.trimmed();
    if (c.title.isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("A case needs a title."));
    c.models = cleaned(c.models);
    c.tags = cleaned(c.tags);
    for (const QString &tag : c.tags)
        if (tag.contains(QLatin1Char(',')))
            return makeError(ErrorKind::InvalidInput, tr("A tag cannot hold a comma: %1").arg(tag));
    if (c.author.trimmed().isEmpty())
        c.author = m_db.actor();
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    std::optional<ServiceCase> before;
    if (c.id > 0) {
        auto found = find(c.id);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorKind::NotFound, tr("The case no longer exists."));
        before = std::move(**found);
        if (before->sameContent(c) && before->sourceOrderId == c.sourceOrderId) {
            c.version = before->version;
            return false;
        }
        c.uid = before->uid;
        c.version = before->version + 1;
        // The version replaced, kept as it was.
        SqlQuery keep(m_db, QStringLiteral("INSERT INTO service_case_version (case_id, version, "
                                           "content, replaced_at, replaced_by) VALUES (:id, "
                                           ":version, :content, :now, :by)"));
        keep.bind(QStringLiteral(":id"), c.id)
            .bind(QStringLiteral(":version"), before->version)
            .bind(QStringLiteral(":content"),
                  QString::fromUtf8(QJsonDocument(before->toJson()).toJson(QJsonDocument::Compact)))
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":by"), m_db.actor());
        if (auto s = keep.exec(); !s)
            return s.error();
    } else {
        if (c.uid.isEmpty())
            c.uid = m_db.uids().next();
        c.version = std::max(1, c.version);
    }
    const bool approving =
        c.status == CaseStatus::Approved && (!before || before->status != CaseStatus::Approved);
    SqlQuery q(
        m_db, before
                  ? QStringLiteral("UPDATE service_case SET title = :title, symptom = :symptom, "
                                   "cause = :cause, fix = :fix, fault_code = :fault, tags = :tags, "
                                   "author = :author, status = :status, version = :version, "
                                   "source_order_id = :source, updated_at = :now WHERE id = :id")
                  : QStringLiteral("INSERT INTO service_case (uid, title, symptom, cause, fix, "
                                   "fault_code, tags, author, status, version, source_order_id, "
                                   "created_at, updated_at) VALUES (:uid, :title, :symptom, "
                                   ":cause, :fix, :fault, :tags, :author, :status, :version, "
                                   ":source, :now, :now)"));
    q.bind(QStringLiteral(":title"), c.title)
        .bind(QStringLiteral(":symptom"), c.symptom.trimmed())
        .bind(QStringLiteral(":cause"), c.cause.trimmed())
        .bind(QStringLiteral(":fix"), c.fix.trimmed())
        .bind(QStringLiteral(":fault"), c.faultCode.trimmed())
        .bind(QStringLiteral(":tags"), c.tags.join(QLatin1Char(',')))
        .bind(QStringLiteral(":author"), c.author.trimmed())
        .bind(QStringLiteral(":status"), ServiceCase::code(c.status))
        .bind(QStringLiteral(":version"), c.version)
        .bind(QStringLiteral(":source"), c.sourceOrderId)
        .bind(QStringLiteral(":now"), now);
    if (before)
        q.bind(QStringLiteral(":id"), c.id);
    else
        q.bind(QStringLiteral(":uid"), c.uid);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!before) {
        SqlQuery id(m_db, QStringLiteral("SELECT id FROM service_case WHERE uid = :uid"));
        id.bind(QStringLiteral(":uid"), c.uid);
        auto found = id.scalar();
        if (!found)
            return found.error();
        c.id = found->toLongLong();
    }
    if (approving) {
        SqlQuery approved(m_db, QStringLiteral("UPDATE service_case SET approved_at = :now WHERE "
                                               "id = :id"));
        approved.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":id"), c.id);
        if (auto s = approved.exec(); !s)
            return s.error();
    }
    if (auto s = writeDetails(c); !s)
        return s.error();
    if (auto s = index(c); !s)
        return s.error();
    if (auto s = AuditLog(m_db).record(before ? AuditLog::Action::Update : AuditLog::Action::Insert,
                                       entity, c.uid, before ? before->toJson() : QJsonObject(),
                                       c.toJson());
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return true;
}

Status CaseLibrary::writeDetails(const ServiceCase &c)
{
    for (const char *table : {"service_case_model", "service_case_photo"}) {
        SqlQuery clear(
            m_db,
            QStringLiteral("DELETE FROM %1 WHERE case_id = :id").arg(QString::fromLatin1(table)));
        clear.bind(QStringLiteral(":id"), c.id);
        if (auto s = clear.exec(); !s)
            return s;
    }
    for (const QString &model : c.models) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO service_case_model (case_id, model) VALUES "
                                        "(:id, :model)"));
        q.bind(QStringLiteral(":id"), c.id).bind(QStringLiteral(":model"), model);
        if (auto s = q.exec(); !s)
            return s;
    }
    int position = 0;
    for (const CasePhoto &p : c.photos) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO service_case_photo (uid, case_id, position, "
                                        "caption, image, created_at) VALUES (:uid, :id, :pos, "
                                        ":caption, :image, :now)"));
        q.bind(QStringLiteral(":uid"), m_db.uids().next())
            .bind(QStringLiteral(":id"), c.id)
            .bind(QStringLiteral(":pos"), position++)
            .bind(QStringLiteral(":caption"), p.caption)
            .bind(QStringLiteral(":image"), QVariant(p.image))
            .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch());
        if (auto s = q.exec(); !s)
            return s;
    }
    return {};
}

Status CaseLibrary::index(const ServiceCase &c)
{
    const QString tags = c.tags.join(QLatin1Char(' '));
    if (m_db.isPostgres()) {
        // Weighted as the SQLite index ranks: the title and tags first, then the symptom.
        FastQuery q(m_db, "INSERT INTO case_search (case_id, document) VALUES (?1, "
                          "setweight(to_tsvector('simple', ?2), 'A') || "
                          "setweight(to_tsvector('simple', ?6), 'A') || "
                          "setweight(to_tsvector('simple', ?3), 'B') || "
                          "setweight(to_tsvector('simple', ?4), 'C') || "
                          "setweight(to_tsvector('simple', ?5), 'C')) ON CONFLICT (case_id) DO "
                          "UPDATE SET document = excluded.document");
        q.bind(1, c.id)
            .bind(2, CaseText::indexed(c.title))
            .bind(3, CaseText::indexed(c.symptom))
            .bind(4, CaseText::indexed(c.cause))
            .bind(5, CaseText::indexed(c.fix))
            .bind(6, CaseText::indexed(tags));
        return q.exec();
    }
    FastQuery remove(m_db, "DELETE FROM case_search WHERE rowid = ?1");
    if (auto s = remove.bind(1, c.id).exec(); !s)
        return s;
    FastQuery q(m_db, "INSERT INTO case_search (rowid, title, symptom, cause, fix, tags) VALUES "
                      "(?1, ?2, ?3, ?4, ?5, ?6)");
    q.bind(1, c.id)
        .bind(2, CaseText::indexed(c.title))
        .bind(3, CaseText::indexed(c.symptom))
        .bind(4, CaseText::indexed(c.cause))
        .bind(5, CaseText::indexed(c.fix))
        .bind(6, CaseText::indexed(tags));
    return q.exec();
}

Result<std::vector<QJsonObject>> CaseLibrary::history(qint64 caseId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT content FROM service_case_version WHERE case_id = "
                                    ":id ORDER BY version"));
    q.bind(QStringLiteral(":id"), caseId);
    if (auto s = q.exec(); !s)
        return s.error();
    std::vector<QJsonObject> versions;
    while (q.next())
        versions.push_back(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    return versions;
}

Result<std::vector<CaseHit>> CaseLibrary::match(const QString &expression, int limit,
                                                bool withRetired) const
{
    std::vector<CaseHit> hits;
    if (expression.isEmpty())
        return hits;
    // Ranked by BM25 with the title and the tags weighing most (SQLite), or ts_rank with the
    // same weights (PostgreSQL); larger is better either way.
    FastQuery q(m_db,
                m_db.isPostgres()
                    ? "SELECT c.id, c.uid, c.title, c.status, c.fault_code, ts_rank('{0.2, 0.3, "
                      "0.6, 1.0}', s.document, to_tsquery('simple', ?1)) AS score FROM "
                      "case_search s JOIN service_case c ON c.id = s.case_id WHERE s.document "
                      "@@ to_tsquery('simple', ?1) AND (?3 = 1 OR c.status <> 'retired') ORDER "
                      "BY score DESC, c.id LIMIT ?2"
                    : "SELECT c.id, c.uid, c.title, c.status, c.fault_code, -bm25(case_search, "
                      "10.0, 4.0, 2.0, 2.0, 6.0) AS score FROM case_search JOIN service_case c ON "
                      "c.id = case_search.rowid WHERE case_search MATCH ?1 AND (?3 = 1 OR "
                      "c.status <> 'retired') ORDER BY score DESC, c.id LIMIT ?2");
    q.bind(1, expression).bind(2, qint64(limit)).bind(3, qint64(withRetired ? 1 : 0));
    while (q.next())
        hits.push_back({q.int64(0), q.text(1), q.text(2),
                        ServiceCase::statusFrom(q.text(3)).value_or(CaseStatus::Draft), q.text(4),
                        q.real(5)});
    if (!q.status())
        return q.status().error();
    return hits;
}

Result<std::vector<CaseHit>> CaseLibrary::search(const QString &query, int limit,
                                                 bool withRetired) const
{
    const QString expression =
        m_db.isPostgres() ? CaseText::tsQuery(query, true) : CaseText::matchExpression(query, true);
    return match(expression, limit, withRetired);
}

Result<std::vector<CaseHit>> CaseLibrary::suggest(const OrderClues &order, int limit) const
{
    std::map<qint64, CaseHit> found;
    // The description's words (pairs of characters), any of them: relevance decides.
    const QString expression = m_db.isPostgres()
                                   ? CaseText::looseTsQuery(order.description)
                                   : CaseText::looseMatchExpression(order.description);
    auto byText = match(expression, 50, false);
    if (!byText)
        return byText.error();
    double best = 0;
    for (const CaseHit &h : *byText)
        best = std::max(best, h.score);
    for (CaseHit h : *byText) {
        h.score = best > 0 ? h.score / best : 0; // 0..1: the best text match counts 1
        found[h.id] = h;
    }
    // The same fault code, the same model.
    FastQuery q(m_db, "SELECT c.id, c.uid, c.title, c.status, c.fault_code, (CASE WHEN "
                      "c.fault_code <> '' AND c.fault_code = ?1 THEN 3 ELSE 0 END) + (CASE WHEN "
                      "EXISTS (SELECT 1 FROM service_case_model m WHERE m.case_id = c.id AND "
                      "m.model = ?2) THEN 2 ELSE 0 END) AS fit FROM service_case c WHERE "
                      "c.status <> 'retired' AND ((c.fault_code <> '' AND c.fault_code = ?1) OR "
                      "EXISTS (SELECT 1 FROM service_case_model m WHERE m.case_id = c.id AND "
                      "m.model = ?2))");
    q.bind(1, order.faultCode).bind(2, order.model);
    while (q.next()) {
        const qint64 id = q.int64(0);
        auto it = found.find(id);
        if (it == found.end())
            it = found
                     .emplace(
                         id, CaseHit{id, q.text(1), q.text(2),
                                     ServiceCase::statusFrom(q.text(3)).value_or(CaseStatus::Draft),
                                     q.text(4), 0})
                     .first;
        it->second.score += double(q.int64(5));
    }
    if (!q.status())
        return q.status().error();
    std::vector<CaseHit> hits;
    for (auto &[id, h] : found)
        if (h.status == CaseStatus::Approved)
            hits.push_back(h);
    std::sort(hits.begin(), hits.end(), [](const CaseHit &a, const CaseHit &b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    });
    if (hits.size() > std::size_t(limit))
        hits.resize(std::size_t(limit));
    return hits;
}

Status CaseLibrary::recordUse(qint64 orderId, qint64 caseId)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    SqlQuery known(m_db, QStringLiteral("SELECT count(*) FROM service_case_use WHERE order_id = "
                                        ":order AND case_id = :case"));
    known.bind(QStringLiteral(":order"), orderId).bind(QStringLiteral(":case"), caseId);
    auto n = known.scalar();
    if (!n)
        return n.error();
    if (n->toLongLong() > 0)
        return {};
    SqlQuery q(m_db, QStringLiteral("INSERT INTO service_case_use (order_id, case_id, used_at, "
                                    "used_by) VALUES (:order, :case, :now, :by)"));
    q.bind(QStringLiteral(":order"), orderId)
        .bind(QStringLiteral(":case"), caseId)
        .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch())
        .bind(QStringLiteral(":by"), m_db.actor());
    if (auto s = q.exec(); !s)
        return s;
    auto c = find(caseId, Photos::Without);
    if (!c)
        return c.error();
    if (!*c)
        return makeError(ErrorKind::NotFound, tr("The case no longer exists."));
    if (auto s = AuditLog(m_db).record(
            AuditLog::Action::Insert, QStringLiteral("service_case_use"), (*c)->uid, {},
            {{QStringLiteral("order_id"), double(orderId)}, {QStringLiteral("case"), (*c)->title}});
        !s)
        return s;
    return tx.commit();
}

Result<std::vector<qint64>> CaseLibrary::casesUsedOn(qint64 orderId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT case_id FROM service_case_use WHERE order_id = "
                                    ":order ORDER BY used_at, case_id"));
    q.bind(QStringLiteral(":order"), orderId);
    if (auto s = q.exec(); !s)
        return s.error();
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

Result<long long> CaseLibrary::useCount(qint64 caseId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM service_case_use WHERE case_id = :case"));
    q.bind(QStringLiteral(":case"), caseId);
    if (auto s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace servicelens::knowledge
