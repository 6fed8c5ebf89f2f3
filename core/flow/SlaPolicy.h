// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FlowTypes.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <array>
#include <optional>
#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::flow {

// Service time limits (服务时限) for the orders of one priority and/or one category (blank =
// any): response in calendar hours, resolution in working days (KPI.md).
struct SlaPolicy {
    qint64 id = 0;
    QString uid;
    std::optional<Priority> priority; // none: any priority
    QString category;                 // empty: any category
    double responseHours = 24;
    int resolutionWorkingDays = 3;
    // Off by default; KPI.md's figures are defined for the default.
    bool pauseWhileWaiting = false;
    // Not a row of the workbook: KPI.md's default for a priority no row covers.
    bool builtIn = false;

    // 3 category and priority, 2 category, 1 priority, 0 any (FORMATS.md: the most specific
    // matching row applies).
    int specificity() const;
    bool sameScope(const SlaPolicy &other) const;
    bool sameTargets(const SlaPolicy &other) const;
    // Where an order's targets come from, as the order form and drill-downs name it:
    // "category 空调安装, priority urgent", "any order", "KPI.md's default for normal".
    QString scopeText() const;

    QJsonObject toJson() const;
    // The defaults of KPI.md, one per priority.
    static std::vector<SlaPolicy> defaults();
};

// The workbook's policies, answering which one applies to an order: the most specific row
// matching its category and priority, and KPI.md's default for its priority when none does.
// Categories match as the order holds them, trimmed and ignoring case.
class SlaPolicySet final {
public:
    SlaPolicySet();
    explicit SlaPolicySet(std::vector<SlaPolicy> rows);

    const SlaPolicy &forOrder(Priority priority, const QString &category) const;
    const std::vector<SlaPolicy> &rows() const { return m_rows; }
    bool byCategory() const { return m_byCategory; } // whether any row names a category
    bool anyPauses() const;

private:
    std::vector<SlaPolicy> m_rows;
    std::vector<SlaPolicy> m_builtIn; // by priority index
    bool m_byCategory = false;
    std::array<int, 4> m_noCategory{}; // resolved once per priority, for orders without one
    int resolve(Priority priority, const QString &foldedCategory) const;
    // Resolved rows per (priority, folded category): an import or a month asks for a few
    // categories a million times.
    // (Indexes, not pointers: a copied set keeps working.) >= 0 a row, < 0 a built-in.
    mutable QHash<QString, int> m_memo;
};

class SlaPolicyRepository final {
    Q_DECLARE_TR_FUNCTIONS(SlaPolicyRepository)

public:
    explicit SlaPolicyRepository(Database &db)
        : m_db(db)
    {}

    // Priority rows first (urgent to low), then by category; the "any" row last.
    Result<std::vector<SlaPolicy>> list() const;
    Result<SlaPolicySet> load() const;
    // Replaces the whole table (the SLA dialog and `import sla`), one audit record per row
    // removed, changed or added; rows whose scope and targets stay keep their uid.
    Status replaceAll(const std::vector<SlaPolicy> &policies);
    Status installDefaults();

    static Status validate(const SlaPolicy &policy);
    // Every row valid and no two with the same scope.
    static Status validate(const std::vector<SlaPolicy> &policies);

private:
    Database &m_db;
};

} // namespace servicelens::flow
