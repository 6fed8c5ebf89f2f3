// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LocalTime.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace servicelens {

class Database;

// A service centre (网点). Its IANA time zone decides which local day and month a time falls
// in for every KPI.
struct Branch {
    // The zone of a new branch, and of times shown before any branch exists.
    static constexpr const char *defaultTimeZone = "Asia/Shanghai";

    qint64 id = 0;
    QString uid;
    QString code;
    QString name;
    QString timeZone = QString::fromLatin1(defaultTimeZone);

    // Local days and months at this branch: the one way to turn its times into dates.
    LocalTime localTime() const { return LocalTime::inZone(timeZone); }
    QJsonObject toJson() const;
};

class BranchRepository final {
    Q_DECLARE_TR_FUNCTIONS(BranchRepository)

public:
    explicit BranchRepository(Database &db)
        : m_db(db)
    {}

    // Validates, inserts, audits; fills in id and uid.
    Status create(Branch &branch);
    // Whether update() may change the time zone. Days and months are counted in the branch's
    // zone, so a new zone moves some orders' month keys, which are the service flow's: only
    // flow::updateBranch (which recomputes them in the same transaction) passes Recomputed.
    enum class ZoneChange { Refused, MonthsRecomputedByCaller };
    Status update(const Branch &branch, ZoneChange zoneChange = ZoneChange::Refused);
    Result<std::vector<Branch>> list() const;
    Result<std::optional<Branch>> findByCode(const QString &code) const;
    Result<std::optional<Branch>> findById(qint64 id) const;

    static Status validate(const Branch &branch);
    // Whether the name is a zone of the IANA database (Asia/Shanghai), not empty or made up.
    static bool isKnownTimeZone(const QString &zone);

private:
    Database &m_db;
};

} // namespace servicelens
