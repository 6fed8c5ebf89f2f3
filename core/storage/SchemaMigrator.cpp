// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaMigrator.h"

namespace servicelens {

const std::vector<Migration> &builtinMigrations()
{
    // Append only. Never edit a step that has shipped: write a new one.
    static const std::vector<Migration> migrations = {
        {1,
         QStringLiteral("Branches, staff, customers, calendar, SLA policies, service orders, "
                        "stage events, audit log"),
         QStringLiteral(":/servicelens/schema/0001_initial.sql"),
         {}},
        {2,
         QStringLiteral("Covering indexes for the monthly KPIs"),
         QStringLiteral(":/servicelens/schema/0002_kpi_indexes.sql"),
         {}},
        {3,
         QStringLiteral("Orders received and closed per month, kept by triggers"),
         QStringLiteral(":/servicelens/schema/0003_month_counts.sql"),
         {}},
    };
    return migrations;
}

} // namespace servicelens
