// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <map>
#include <optional>

namespace servicelens {
class Database;
}

namespace servicelens::org {

// Units of each product model in the field, month by month (FORMATS.md `import installed`): the
// denominator of a defect rate per 1,000 units. A month without a figure is unknown, never 0.
class InstalledBase final {
    Q_DECLARE_TR_FUNCTIONS(InstalledBase)

public:
    // model → (month YYYYMM → units)
    using Table = QHash<QString, std::map<int, qint64>>;

    explicit InstalledBase(Database &db)
        : m_db(db)
    {}

    // The figures of the months from `from` to `to` (YYYYMM, both included), every model.
    Result<Table> load(int from, int to) const;
    Result<std::optional<qint64>> units(const QString &model, int month) const;
    // Sets a model's units in a month, with an audit record. Returns whether it changed.
    Result<bool> save(const QString &model, int month, qint64 units);

    static QString monthText(int month); // 202610 → "2026-10"

private:
    Database &m_db;
};

} // namespace servicelens::org
