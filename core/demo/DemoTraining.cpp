// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoTraining.h"

#include "DemoRandom.h"
#include "org/Branch.h"
#include "org/Staff.h"
#include "team/Training.h"

namespace servicelens::demo {

using namespace team;

namespace {

QDate firstShown(QDate firstMonth, QDate lastMonth)
{
    const QDate last(lastMonth.year(), lastMonth.month(), 1);
    return std::max(QDate(firstMonth.year(), firstMonth.month(), 1), last.addMonths(-11));
}

QDate weekday(QDate d)
{
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

} // namespace

QDate diagnosisSessionDay(QDate firstMonth, QDate lastMonth)
{
    return weekday(firstShown(firstMonth, lastMonth).addMonths(2).addDays(14));
}

bool attendsDiagnosisCourse(const QString &staffCode)
{
    return staffCode.startsWith(QLatin1Char('T')) && staffCode.mid(1).toInt() % 2 == 1;
}

Status generateDemoTraining(Database &db, const Branch &branch, QDate firstMonth, QDate lastMonth,
                            DemoRandom &random)
{
    TrainingRepository training(db);
    struct Plan {
        const char *code;
        const char *title;
        SkillArea area;
        int validity;
        int monthOffset; // from the first month of the year shown
        org::Role role;
        const char *trainer;
        double hours;
    };
    const Plan plans[] = {
        {"INV-DIAG", "变频空调故障诊断", SkillArea::FaultDiagnosis, 24, 2,
         org::Role::TechnicalSupport, "厂家技术讲师", 6},
        {"SAFE-ELEC", "用电与登高作业安全", SkillArea::Safety, 12, 0, org::Role::TechnicalSupport,
         "安全主管", 3},
        {"SVC-COMM", "客户沟通与投诉处理", SkillArea::Communication, 0, 5,
         org::Role::CustomerService, "客服经理", 4},
        {"NEW-PROD", "新品冰箱与洗衣机产品知识", SkillArea::ProductKnowledge, 0, 8,
         org::Role::TechnicalSupport, "产品经理", 3},
    };
    auto staff = org::StaffRepository(db).list();
    if (!staff)
        return staff.error();
    const QDate first = firstShown(firstMonth, lastMonth);
    const QDate diagnosisDay = diagnosisSessionDay(firstMonth, lastMonth);
    for (const Plan &p : plans) {
        Course c;
        c.code = QString::fromLatin1(p.code);
        c.title = QString::fromUtf8(p.title);
        c.skillArea = p.area;
        c.validityMonths = p.validity;
        if (auto s = training.saveCourse(c); !s)
            return s;
        Session s;
        s.courseId = c.id;
        s.branchId = branch.id;
        const bool diagnosis = p.area == SkillArea::FaultDiagnosis;
        const QDate day =
            diagnosis ? diagnosisDay
                      : weekday(first.addMonths(p.monthOffset).addDays(random.between(10, 20)));
        s.day = day;
        s.trainer = QString::fromUtf8(p.trainer);
        s.hours = p.hours;
        for (const org::StaffMember &m : *staff) {
            if (m.role != p.role || !m.active || (m.hireDate.isValid() && m.hireDate > day))
                continue;
            if (diagnosis ? !attendsDiagnosisCourse(m.code) : !random.chance(0.85))
                continue; // someone is always on leave
            Attendance a;
            a.staffId = m.id;
            a.preScore = random.between(45, 75);
            a.postScore = std::min(100.0, *a.preScore + random.between(10, 30));
            s.attendance.push_back(a);
        }
        if (auto st = training.saveSession(s); !st)
            return st;
    }
    return {};
}

} // namespace servicelens::demo
