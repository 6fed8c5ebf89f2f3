// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::org {

// The groups of DOMAIN.md §1 plus the manager.
enum class Role { CustomerService, TechnicalSupport, PartsLogistics, Quality, Manager };
inline constexpr std::array<Role, 5> allRoles = {Role::CustomerService, Role::TechnicalSupport,
                                                 Role::PartsLogistics, Role::Quality,
                                                 Role::Manager};

class RoleNames final {
    Q_DECLARE_TR_FUNCTIONS(RoleNames)

public:
    static QString code(Role role);
    static QString label(Role role);
    // Code or Chinese alias (客服, 技术支持, 备件物流, 质量, 经理), case-insensitive.
    static std::optional<Role> parse(const QString &text);
};

struct StaffMember {
    qint64 id = 0;
    QString uid;
    std::optional<qint64> branchId;
    QString code; // 工号, unique in the workbook; orders and CSV files refer to staff by it
    QString name;
    Role role = Role::TechnicalSupport;
    QString team;
    QDate hireDate; // invalid when unknown
    bool active = true;

    QJsonObject toJson() const;
};

class StaffRepository final {
    Q_DECLARE_TR_FUNCTIONS(StaffRepository)

public:
    explicit StaffRepository(Database &db)
        : m_db(db)
    {}

    Status create(StaffMember &member);
    Status update(const StaffMember &member);
    // People with history are deactivated, never deleted; remove() refuses them.
    Status setActive(qint64 id, bool active);
    Status remove(qint64 id);

    Result<std::vector<StaffMember>> list() const;
    Result<std::optional<StaffMember>> findByCode(const QString &code) const;
    Result<std::optional<StaffMember>> findById(qint64 id) const;

    static Status validate(const StaffMember &member);
    // A code names one person in a branch workbook. The schema only keeps codes apart within a
    // branch (a head office holds every branch's T01); a member without a branch, or of the
    // same branch, with the code is a clash.
    Status checkCodeFree(const StaffMember &member);

private:
    Database &m_db;
};

} // namespace servicelens::org
