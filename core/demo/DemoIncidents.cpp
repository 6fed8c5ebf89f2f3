// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoIncidents.h"

#include "incident/IncidentContacts.h"
#include "incident/IncidentPlans.h"
#include "incident/Incidents.h"
#include "inspection/CorrectiveAction.h"
#include "org/Staff.h"

namespace servicelens::demo {

using namespace incident;

namespace {

constexpr qint64 hour = 3600;

// The first active person of a role, else anyone.
std::optional<qint64> personOf(const std::vector<org::StaffMember> &staff, org::Role role,
                               int nth = 0)
{
    for (const org::StaffMember &m : staff)
        if (m.active && m.role == role && nth-- == 0)
            return m.id;
    return staff.empty() ? std::nullopt : std::optional<qint64>(staff.front().id);
}

// The suggested plans with an owner on every step: the manager leads and reports, customer
// service calls, technical support checks and repairs.
Result<std::vector<IncidentPlan>> plansWithOwners(Database &db, qint64 branchId,
                                                  const std::vector<org::StaffMember> &staff)
{
    IncidentPlans plans(db);
    if (auto added = plans.addSuggested(branchId); !added)
        return added.error();
    auto list = plans.list(branchId);
    if (!list)
        return list.error();
    const auto manager = personOf(staff, org::Role::Manager);
    const auto caller = personOf(staff, org::Role::CustomerService);
    const auto technician = personOf(staff, org::Role::TechnicalSupport);
    // Which step of each suggested plan is the calls (IncidentPlans::suggested).
    const auto callStep = [](Scenario s) {
        switch (s) {
        case Scenario::Recall:
        case Scenario::Outage:
            return 4;
        case Scenario::Complaints:
        case Scenario::Disaster:
            return 3;
        default:
            break;
        }
        return -1;
    };
    for (IncidentPlan &p : *list) {
        const int last = int(p.steps.size()) - 1;
        for (int i = 0; i <= last; ++i)
            p.steps[std::size_t(i)].ownerId = i == callStep(p.scenario) ? caller
                                              : i < 2 || i == last      ? manager
                                                                        : technician;
        if (auto s = plans.save(p); !s)
            return s.error();
    }
    return list;
}

std::optional<qint64> planFor(const std::vector<IncidentPlan> &plans, Scenario scenario)
{
    for (const IncidentPlan &p : plans)
        if (p.scenario == scenario)
            return p.id;
    return std::nullopt;
}

Status recall(Database &db, qint64 branchId, const LocalTime &local, QDate end,
              const std::vector<IncidentPlan> &plans, const std::vector<org::StaffMember> &staff)
{
    const auto manager = personOf(staff, org::Role::Manager);
    const auto caller = personOf(staff, org::Role::CustomerService);
    Incidents incidents(db);
    Incident i;
    i.branchId = branchId;
    i.planId = planFor(plans, Scenario::Recall);
    i.scenario = Scenario::Recall;
    i.title = QStringLiteral("XQB90-Z6258 波轮洗衣机电机召回");
    i.description = QStringLiteral("厂家通报：2024 年第二批次电机轴承存在异响和卡滞风险，"
                                   "涉及近期送修的同型号整机。需逐一联系用户上门检测，"
                                   "必要时更换电机。");
    i.severity = Severity::Moderate;
    i.ownerId = manager;
    i.openedAt = local.toUtc(end.addDays(-21), QTime(9, 30));
    i.scope.from = local.startOfDay(end.addDays(-21).addMonths(-4));
    i.scope.to = i.openedAt;
    i.scope.values = {{ScopeKind::Product, QString::fromLatin1(DemoIncidents::recalledModel)}};
    if (auto s = incidents.open(i, manager); !s)
        return s;
    auto steps = incidents.steps(i.id);
    if (!steps)
        return steps.error();
    // The first four steps done within their hours; the calls still under way.
    for (std::size_t n = 0; n < steps->size() && n < 4; ++n) {
        const IncidentStep &step = (*steps)[n];
        const qint64 at = std::min(step.dueAt, i.openedAt + qint64(n + 1) * hour) - 10 * 60;
        if (auto s =
                incidents.completeStep(step.id, std::max(at, i.openedAt + 15 * 60), step.ownerId);
            !s)
            return s;
    }
    if (auto s = incidents.addNote(i.id,
                                   QStringLiteral("总部质量部确认召回范围：该型号近四个月送修的整机"
                                                  "均需上门检测；备用电机 40 台周三到货。"),
                                   i.openedAt + 5 * hour, manager);
        !s)
        return s;
    if (auto s = incidents.setSeverity(i.id, Severity::Major, i.openedAt + 26 * hour, manager); !s)
        return s;
    inspection::CorrectiveAction action;
    action.description = QStringLiteral("来料检验：该供应商电机抽检比例由 1% 提高到 5%，"
                                        "增加轴承异响测试");
    action.ownerId = manager;
    action.due = end.addDays(14);
    action.createdAt = i.openedAt + 50 * hour;
    if (auto s = incidents.addAction(i.id, action, manager); !s)
        return s;

    // The callback list, and the first days of calls: most reached, a few refused, some not
    // answering after three attempts, the rest still to call.
    IncidentContacts contacts(db);
    if (auto drawn = contacts.draw(i.id, i.openedAt + 4 * hour - 20 * 60, caller); !drawn)
        return drawn.error();
    auto listed = contacts.ofIncident(i.id);
    if (!listed)
        return listed.error();
    const std::size_t called = std::min<std::size_t>(listed->size() * 3 / 4, 300);
    for (std::size_t n = 0; n < called; ++n) {
        const IncidentCall &c = (*listed)[n];
        // Sixty calls a day from the day after the opening, 09:00 to 17:00.
        const QDate day = local.localDate(i.openedAt).addDays(1 + qint64(n) / 60);
        const qint64 at = local.toUtc(day, QTime(9, 0)) + qint64(n % 60) * 8 * 60;
        const int kind = int(n % 20);
        if (kind == 7) {
            if (auto s = contacts.record(c.contactId, ContactStatus::Refused, std::nullopt,
                                         QStringLiteral("机器已自行处理，不需要上门"), caller, at);
                !s)
                return s;
        } else if (kind == 3 || kind == 13) {
            for (int attempt = 0; attempt < (kind == 3 ? 3 : 1); ++attempt)
                if (auto s = contacts.record(c.contactId, ContactStatus::NoAnswer, std::nullopt,
                                             QString(), caller, at + attempt * 24 * hour);
                    !s)
                    return s;
        } else {
            if (auto s = contacts.record(c.contactId, ContactStatus::Reached, std::nullopt,
                                         QStringLiteral("已约上门检测"), caller, at);
                !s)
                return s;
        }
    }
    return {};
}

Status drill(Database &db, qint64 branchId, const LocalTime &local, QDate end,
             const std::vector<IncidentPlan> &plans, const std::vector<org::StaffMember> &staff)
{
    const auto manager = personOf(staff, org::Role::Manager);
    Incidents incidents(db);
    Incident i;
    i.branchId = branchId;
    i.planId = planFor(plans, Scenario::Outage);
    i.scenario = Scenario::Outage;
    i.title = QStringLiteral("演练：工单系统停机四小时");
    i.description = QStringLiteral("季度应急演练：模拟工单系统 14:00 起停机，切换纸质工单，"
                                   "恢复后补录。");
    i.severity = Severity::Minor;
    i.drill = true;
    i.ownerId = manager;
    QDate day = end.addMonths(-3);
    while (day.dayOfWeek() != Qt::Wednesday)
        day = day.addDays(1);
    i.openedAt = local.toUtc(day, QTime(14, 0));
    i.scope.from = i.openedAt;
    i.scope.to = i.openedAt + 4 * hour;
    if (auto s = incidents.open(i, manager); !s)
        return s;
    auto steps = incidents.steps(i.id);
    if (!steps)
        return steps.error();
    qint64 at = i.openedAt;
    for (const IncidentStep &step : *steps) {
        at = std::max(at + 20 * 60, std::min(step.dueAt - 30 * 60, at + 3 * hour));
        if (auto s = incidents.completeStep(step.id, at, step.ownerId); !s)
            return s;
    }
    if (auto s =
            incidents.addNote(i.id, QStringLiteral("纸质工单 14:12 启用；补录 23 张用时 3 小时。"),
                              i.openedAt + 5 * hour, manager);
        !s)
        return s;
    return incidents.close(i.id,
                           QStringLiteral("纸质工单模板要提前打印放在前台；补录需两人分工，"
                                          "一人录入一人核对；热线公告模板写入预案。"),
                           at + hour, manager);
}

} // namespace

Status DemoIncidents::write(Database &db, qint64 branchId, const LocalTime &local, QDate end)
{
    auto staff = org::StaffRepository(db).list();
    if (!staff)
        return staff.error();
    auto plans = plansWithOwners(db, branchId, *staff);
    if (!plans)
        return plans.error();
    if (auto s = drill(db, branchId, local, end, *plans, *staff); !s)
        return s;
    return recall(db, branchId, local, end, *plans, *staff);
}

} // namespace servicelens::demo
