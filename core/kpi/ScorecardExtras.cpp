// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScorecardExtras.h"

#include "storage/SqlQuery.h"

namespace servicelens::kpi {

Result<std::map<QString, ScorecardExtra>> ScorecardExtras::compute(Database &db, qint64 branchId,
                                                                   qint64 fromUtc, qint64 toUtc,
                                                                   QDate from, QDate to)
{
    std::map<QString, ScorecardExtra> out;
    SqlQuery findings(db, QStringLiteral("SELECT s.code, count(*) FROM corrective_action c JOIN "
                                         "staff s ON s.id = c.owner_id WHERE c.branch_id = :b AND "
                                         "c.source = 'inspection' AND c.created_at >= :from AND "
                                         "c.created_at < :to GROUP BY s.code"));
    findings.bind(QStringLiteral(":b"), branchId)
        .bind(QStringLiteral(":from"), fromUtc)
        .bind(QStringLiteral(":to"), toUtc);
    if (auto s = findings.exec(); !s)
        return s.error();
    while (findings.next())
        out[findings.value(0).toString()].findings = findings.value(1).toInt();
    SqlQuery trainings(db,
                       QStringLiteral("SELECT st.code, count(*) FROM training_attendance a JOIN "
                                      "training_session s ON s.id = a.session_id JOIN staff st "
                                      "ON st.id = a.staff_id WHERE s.branch_id = :b AND s.day >= "
                                      ":from AND s.day < :to GROUP BY st.code"));
    trainings.bind(QStringLiteral(":b"), branchId)
        .bind(QStringLiteral(":from"), from.toString(Qt::ISODate))
        .bind(QStringLiteral(":to"), to.toString(Qt::ISODate));
    if (auto s = trainings.exec(); !s)
        return s.error();
    while (trainings.next())
        out[trainings.value(0).toString()].trainings = trainings.value(1).toInt();
    return out;
}

} // namespace servicelens::kpi
