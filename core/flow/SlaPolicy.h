// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FlowTypes.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::flow {

// Service time limits (服务时限) for one priority: response in calendar hours, resolution in
// working days (KPI.md).
struct SlaPolicy {
    qint64 id = 0;
    QString uid;
    Priority priority = Priority::Normal;
    double responseHours = 24;
    int resolutionWorkingDays = 3;
    // Off by default; KPI.md's figures are defined for the default.
    bool pauseWhileWaiting = false;

    QJsonObject toJson() const;
    // The defaults of KPI.md.
    static std::vector<SlaPolicy> defaults();
};

class SlaPolicyRepository final {
    Q_DECLARE_TR_FUNCTIONS(SlaPolicyRepository)

public:
    explicit SlaPolicyRepository(Database &db)
        : m_db(db)
    {}

    Result<std::vector<SlaPolicy>> list() const; // in priority order, urgent first
    Status update(const SlaPolicy &policy);
    Status installDefaults();

    static Status validate(const SlaPolicy &policy);

private:
    Database &m_db;
};

} // namespace servicelens::flow
