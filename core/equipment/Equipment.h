// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::equipment {

// What a piece's usage counter counts; None when it has no counter.
enum class UsageUnit { None, Hours, Cycles, Km };

class UsageUnits final {
    Q_DECLARE_TR_FUNCTIONS(UsageUnits)

public:
    static QString code(UsageUnit unit);  // "", "hours", "cycles", "km"
    static QString label(UsageUnit unit); // translated: 小时, 次, 公里
    // A code, an English or Chinese name (h, 小时, 次, 公里 …); none when not a unit.
    static std::optional<UsageUnit> parse(const QString &text);
};

// A piece of equipment of a branch (设备台账): an instrument, a tool, a test bench, a vehicle.
// In service, down (a breakdown not yet repaired) or retired.
struct Equipment {
    qint64 id = 0;
    QString uid;
    qint64 branchId = 0;
    QString code; // 设备编号, unique at its branch
    QString name;
    QString kind; // 诊断仪, 测试台 …: plans may cover every piece of a kind
    QString location;
    QString serial;
    QDate purchasedOn; // invalid when unknown
    std::optional<qint64> ownerId;
    bool retired = false;
    UsageUnit usageUnit = UsageUnit::None;
    QString note;

    bool down = false; // read only: an open breakdown (never stored)

    QJsonObject toJson() const; // the audit record's view
    bool sameContent(const Equipment &other) const { return toJson() == other.toJson(); }
};

// The register of a workbook's equipment: read per branch, each change audited.
class EquipmentRegister final {
    Q_DECLARE_TR_FUNCTIONS(EquipmentRegister)

public:
    explicit EquipmentRegister(Database &db)
        : m_db(db)
    {}

    // A branch's pieces by code, retired ones included, each with whether it is down.
    Result<std::vector<Equipment>> list(qint64 branchId) const;
    Result<std::optional<Equipment>> find(qint64 branchId, const QString &code) const;
    // Adds a new piece (id 0; its uid set) or updates the one with its id; returns whether
    // anything changed. Code and name are required, and the code is the branch's own.
    Result<bool> save(Equipment &piece);

private:
    Database &m_db;
};

} // namespace servicelens::equipment
