// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoInspections.h"

#include "DemoRandom.h"
#include "common/LocalTime.h"
#include "inspection/CorrectiveAction.h"
#include "inspection/InspectionWorkflow.h"
#include "inspection/Schedule.h"
#include "inspection/TemplateRepository.h"
#include "org/Branch.h"
#include "org/Staff.h"
#include "storage/Clock.h"
#include "storage/Database.h"

#include <QHash>
#include <QTimeZone>

namespace servicelens::demo {

using namespace inspection;

namespace {

QString utf8(const char *s)
{
    return QString::fromUtf8(s);
}

// How likely each item is to be a finding at the start of the year (it halves by the end as
// the branch improves); the others fail now and then.
double risk(const QString &code)
{
    static const QHash<QString, double> risks = {
        {QStringLiteral("flow.site"), 0.55},         {QStringLiteral("equipment.records"), 0.40},
        {QStringLiteral("flow.wait"), 0.30},         {QStringLiteral("data.accuracy"), 0.25},
        {QStringLiteral("quality.exceptions"), 0.2}, {QStringLiteral("cx.key_customers"), 0.2},
        {QStringLiteral("team.dress"), 0.15},        {QStringLiteral("quality.standard"), 0.15},
    };
    return risks.value(code, 0.04);
}

struct Finding {
    const char *code;
    const char *note;
    const char *action;
};

const Finding findings[] = {
    {"flow.site", "工具散落在工作台上，备件架标签缺失", "整理维修工具板，补齐备件架标签"},
    {"flow.wait", "周一上午排队超过20分钟", "周一上午增加一名前台接待"},
    {"flow.reception", "接待时未告知预计完成时间", "前台接待话术培训，告知预计时间"},
    {"flow.sop", "未按流程做通电前绝缘检测", "重新培训维修标准作业流程"},
    {"flow.hotline", "热线午间无人接听", "安排午间热线轮值"},
    {"flow.chain", "三张已关闭工单缺少服务报告", "补录服务报告，关闭前增加检查"},
    {"quality.standard", "上门服务未穿鞋套", "重申上门服务规范并抽查"},
    {"quality.attitude", "电话中语气生硬", "服务礼仪复训"},
    {"quality.satisfaction", "本月未复盘满意度数据", "月度例会增加满意度复盘"},
    {"quality.exceptions", "两起投诉未分析原因", "投诉原因分析并制定改进措施"},
    {"cx.surveys", "回访计划未完成", "补做回访，调整回访排班"},
    {"cx.key_customers", "重点客户未按期回访", "建立重点客户回访清单"},
    {"cx.privacy", "前台桌面放有客户登记表", "客户资料入柜上锁，清理桌面"},
    {"data.accuracy", "两张工单时间与纸质单据不符", "核对并更正工单记录，录入当日完成"},
    {"data.analysis", "未做本月数据分析", "完成月度服务数据分析"},
    {"team.dress", "两名技术员未穿工服", "重申着装规范"},
    {"team.skills", "新员工变频空调故障诊断不熟练", "安排变频空调诊断带教"},
    {"team.training", "本月培训计划未执行", "补上本月培训"},
    {"equipment.care", "检测仪器未按期校准", "送检测仪器校准"},
    {"equipment.records", "设备维护记录缺两周", "补全设备维护记录，每周检查"},
    {"equipment.safety", "维修区插线板过载，灭火器过期", "更换插线板与灭火器，全面排查用电"},
    {"tracking.previous", "上次工具管理问题仍未解决", "落实工具定置管理"},
    {"tracking.effect", "未跟踪上次改进效果", "下次例会汇报改进效果"},
    {"tracking.system", "系统偶发卡顿", "联系系统供应商排查"},
};

const Finding *findingFor(const QString &code)
{
    for (const Finding &f : findings)
        if (code == QLatin1String(f.code))
            return &f;
    return nullptr;
}

// Who puts each area right.
QString ownerFor(const QString &itemCode)
{
    if (itemCode.startsWith(QLatin1String("flow.")) ||
        itemCode.startsWith(QLatin1String("equipment.")))
        return itemCode == QLatin1String("flow.hotline") ||
                       itemCode == QLatin1String("flow.wait") ||
                       itemCode == QLatin1String("flow.reception")
                   ? QStringLiteral("C01")
                   : QStringLiteral("T03");
    if (itemCode.startsWith(QLatin1String("cx.")) || itemCode.startsWith(QLatin1String("data.")))
        return QStringLiteral("C02");
    if (itemCode.startsWith(QLatin1String("quality.")))
        return QStringLiteral("Q01");
    return QStringLiteral("M01");
}

QDate workingDayFrom(QDate d)
{
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

class Generator {
public:
    Generator(Database &db, const Branch &branch, DemoRandom &random)
        : m_db(db)
        , m_branch(branch)
        , m_random(random)
        , m_local(branch.localTime())
    {}

    Status run(QDate firstMonth, QDate lastMonth);

private:
    std::optional<qint64> staff(const QString &code);
    Answer answerFor(const TemplateItem &item, double progress, bool safetyFails);
    Status addActions(const Inspection &inspection, const std::vector<Answer> &answers, QDate day,
                      int monthsAgo);

    Database &m_db;
    const Branch &m_branch;
    DemoRandom &m_random;
    LocalTime m_local;
    InspectionTemplate m_template;
    QHash<QString, std::optional<qint64>> m_staff;
};

std::optional<qint64> Generator::staff(const QString &code)
{
    auto it = m_staff.constFind(code);
    if (it != m_staff.constEnd())
        return *it;
    std::optional<qint64> id;
    if (auto found = org::StaffRepository(m_db).findByCode(code); found && *found)
        id = (*found)->id;
    m_staff.insert(code, id);
    return id;
}

Answer Generator::answerFor(const TemplateItem &item, double progress, bool safetyFails)
{
    Answer a;
    a.itemCode = item.code;
    a.itemId = item.id;
    const double p = risk(item.code) * (1.0 - 0.35 * progress);
    const bool fails =
        item.code == QLatin1String("equipment.safety") ? safetyFails : m_random.chance(p);
    switch (item.type) {
    case ItemType::PassFail:
        if (!fails && !item.critical && m_random.chance(0.02)) {
            a.na = true;
            a.note = utf8("本月不适用");
            return a;
        }
        a.passed = !fails;
        break;
    case ItemType::Rating5:
        a.rating = fails ? m_random.between(1, 2) : m_random.between(3, 5);
        break;
    case ItemType::Number:
        a.number = fails ? m_random.between(17, 28) : m_random.between(5, 14);
        break;
    case ItemType::Text:
        a.text = m_random.chance(0.5) ? utf8("整体运行平稳，前台秩序良好。")
                                      : utf8("旺季来临，需关注备件库存与排班。");
        return a;
    case ItemType::Photo:
        return a;
    }
    if (fails)
        if (const Finding *f = findingFor(item.code))
            a.note = utf8(f->note);
    return a;
}

Status Generator::addActions(const Inspection &inspection, const std::vector<Answer> &answers,
                             QDate day, int monthsAgo)
{
    ActionRepository actions(m_db);
    const auto verifier = staff(QStringLiteral("Q02"));
    for (const Answer &a : answers) {
        const TemplateItem *item = m_template.item(a.itemCode);
        if (!item || !Scoring::isFinding(*item, &a))
            continue;
        const Finding *f = findingFor(a.itemCode);
        CorrectiveAction c;
        c.branchId = m_branch.id;
        c.source = ActionSource::Inspection;
        c.inspectionId = inspection.id;
        c.itemId = item->id;
        c.description = f ? utf8(f->action) : a.itemCode;
        c.ownerId = staff(ownerFor(a.itemCode));
        // A critical item is put right in days; some others need parts or a budget and take
        // weeks, so actions stay open over a month end as they do in a real branch.
        c.due = day.addDays(item->critical ? 3 : m_random.chance(0.35) ? 30 : 10);
        c.priority = item->critical ? flow::Priority::Urgent : flow::Priority::Normal;
        c.createdAt = *inspection.completedAt;
        if (auto s = actions.create(c); !s)
            return s;
        // The recent ones are still being worked on; the older ones were done, most on time.
        if (monthsAgo <= 1 && m_random.chance(monthsAgo == 0 ? 0.8 : 0.3)) {
            if (m_random.chance(0.5))
                if (auto s = actions.startWork(c.id); !s)
                    return s;
            continue;
        }
        const bool late = m_random.chance(0.2);
        const QDate doneDay =
            late ? c.due.addDays(m_random.between(1, 9)) : c.due.addDays(-m_random.between(0, 6));
        const qint64 doneAt =
            m_local.toUtc(std::max(doneDay, day), QTime(16, m_random.between(0, 50)));
        if (auto s = actions.markDone(c.id, doneAt); !s)
            return s;
        if (verifier && verifier != c.ownerId && monthsAgo >= 1 && m_random.chance(0.85)) {
            const qint64 verifiedAt = doneAt + 86400 * m_random.between(1, 3);
            if (auto s =
                    actions.verify(c.id, *verifier, utf8("现场复查，已整改到位"), {}, verifiedAt);
                !s)
                return s;
        }
    }
    return {};
}

Status Generator::run(QDate firstMonth, QDate lastMonth)
{
    auto t = TemplateRepository(m_db).latest(QStringLiteral("branch-ops-monthly"));
    if (!t)
        return t.error();
    if (!*t)
        return {}; // a workbook without the shipped template gets no demo inspections
    m_template = std::move(**t);
    const QDate last(lastMonth.year(), lastMonth.month(), 1);
    const QDate first =
        std::max(QDate(firstMonth.year(), firstMonth.month(), 1), last.addMonths(-11));
    const auto inspector = staff(QStringLiteral("Q01"));

    Schedule schedule;
    schedule.branchId = m_branch.id;
    schedule.templateCode = m_template.code;
    schedule.frequency = Frequency::Monthly;
    schedule.assigneeId = inspector;
    schedule.nextDue = QDate(first.year(), first.month(), 10);
    ScheduleRepository schedules(m_db);
    if (auto s = schedules.create(schedule); !s)
        return s;

    InspectionWorkflow inspections(m_db);
    const int months = static_cast<int>(first.daysTo(last) / 28) + 1;
    // One month in the spring fails its safety check.
    const QDate safetyMonth = first.addMonths(std::min(4, months - 1));
    for (QDate month = first; month <= last; month = month.addMonths(1)) {
        const QDate day =
            workingDayFrom(QDate(month.year(), month.month(), m_random.between(8, 12)));
        Inspection i;
        i.templateId = m_template.id;
        i.branchId = m_branch.id;
        i.scheduleId = schedule.id;
        i.inspectorId = inspector;
        i.startedAt = m_local.toUtc(day, QTime(9, m_random.between(0, 30)));
        if (auto s = inspections.start(i); !s)
            return s;
        const double progress =
            static_cast<double>(first.daysTo(month)) / std::max<qint64>(1, first.daysTo(last));
        std::vector<Answer> answers;
        for (const TemplateSection &section : m_template.sections)
            for (const TemplateItem &item : section.items) {
                Answer a = answerFor(item, progress, month == safetyMonth);
                a.answeredAt = i.startedAt;
                if (!a.answers(item.type))
                    continue;
                if (auto s = inspections.saveAnswer(i.id, a); !s)
                    return s;
                answers.push_back(a);
            }
        const qint64 completedAt = i.startedAt + 60 * m_random.between(100, 170);
        if (auto r = inspections.complete(i.id, completedAt); !r)
            return r.error();
        i.completedAt = completedAt;
        const int monthsAgo = static_cast<int>(month.daysTo(last) / 28);
        if (auto s = addActions(i, answers, day, monthsAgo); !s)
            return s;
    }

    // This month's inspection, begun and left half done: the form resumes it.
    const QDate current = last.addMonths(1);
    Inspection draft;
    draft.templateId = m_template.id;
    draft.branchId = m_branch.id;
    draft.scheduleId = schedule.id;
    draft.inspectorId = inspector;
    draft.startedAt =
        m_local.toUtc(workingDayFrom(QDate(current.year(), current.month(), 3)), QTime(9, 15));
    draft.startedAt = std::min(draft.startedAt, m_db.clock().nowSecsSinceEpoch() - 3600);
    if (auto s = inspections.start(draft); !s)
        return s;
    for (const TemplateItem &item : m_template.sections.front().items) {
        Answer a = answerFor(item, 1.0, false);
        a.answeredAt = draft.startedAt;
        if (a.answers(item.type))
            if (auto s = inspections.saveAnswer(draft.id, a); !s)
                return s;
    }
    return {};
}

} // namespace

Status generateDemoInspections(Database &db, const Branch &branch, QDate firstMonth,
                               QDate lastMonth, DemoRandom &random)
{
    return Generator(db, branch, random).run(firstMonth, lastMonth);
}

} // namespace servicelens::demo
