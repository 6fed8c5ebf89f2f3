// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoEquipment.h"

#include "equipment/Breakdowns.h"
#include "equipment/Equipment.h"
#include "equipment/MaintenanceLog.h"
#include "flow/ServiceOrder.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace servicelens::demo {

using namespace equipment;

namespace {

struct PieceSpec {
    const char *code;
    const char *name;
    const char *kind;
    const char *location;
    const char *serial;
    UsageUnit unit;
};

// The branch's equipment, as a service centre of this size has it.
const PieceSpec pieceSpecs[] = {
    {"D-01", "元征 X-431 诊断仪", "诊断仪", "维修间", "X431-2203-1187", UsageUnit::None},
    {"D-02", "博世 KTS 560 诊断仪", "诊断仪", "维修间", "KTS560-88213", UsageUnit::None},
    {"D-03", "冷媒检漏仪", "诊断仪", "工具柜", "LD900-3321", UsageUnit::None},
    {"M-01", "福禄克 17B+ 万用表", "测量仪器", "工具柜", "FL17B-5521", UsageUnit::None},
    {"M-02", "优利德钳形电流表", "测量仪器", "工具柜", "UT210E-0917", UsageUnit::None},
    {"M-03", "绝缘电阻测试仪", "测量仪器", "工具柜", "UT501A-2231", UsageUnit::None},
    {"T-01", "压缩机性能测试台", "测试台", "检测室", "CPT-2019-06", UsageUnit::None},
    {"T-02", "洗衣机老化测试台", "测试台", "检测室", "WAT-2020-02", UsageUnit::None},
    {"T-03", "冷媒回收加注机", "测试台", "维修间", "RRM-2021-11", UsageUnit::None},
    {"W-01", "双级真空泵", "工具", "维修间", "VP2S-4471", UsageUnit::None},
    {"V-01", "服务车 沪A·5D231", "车辆", "停车场", "LGW-5D231", UsageUnit::Km},
    {"V-02", "服务车 沪A·7F902", "车辆", "停车场", "LGW-7F902", UsageUnit::Km},
};
enum Piece { D01, D02, D03, M01, M02, M03, T01, T02, T03, W01, V01, V02, PieceCount };

QDate workingOnOrAfter(const flow::WorkingCalendar &calendar, QDate day)
{
    while (!calendar.isWorkingDay(day))
        day = day.addDays(1);
    return day;
}

QDate workingOnOrBefore(const flow::WorkingCalendar &calendar, QDate day)
{
    while (!calendar.isWorkingDay(day))
        day = day.addDays(-1);
    return day;
}

} // namespace

DemoEquipment::DemoEquipment(Database &db, qint64 branchId, const flow::WorkingCalendar &calendar,
                             const LocalTime &local, QDate last, std::vector<qint64> technicians,
                             quint64 seed)
    : m_db(db)
    , m_branchId(branchId)
    , m_calendar(calendar)
    , m_local(local)
    , m_from(QDate(last.year(), last.month(), 1).addMonths(-11))
    , m_end(QDate(last.year(), last.month(), 1).addMonths(1))
    , m_technicians(std::move(technicians))
    , m_random(seed)
{
    // The bench breaks down on the first working Tuesday of the month three months before the
    // last, and is back three working days later.
    QDate down = QDate(last.year(), last.month(), 1).addMonths(-3);
    while (down.dayOfWeek() != Qt::Tuesday || !m_calendar.isWorkingDay(down))
        down = down.addDays(1);
    m_downAt = m_local.toUtc(down, QTime(10, 0));
    m_upAt = m_local.toUtc(m_calendar.addWorkingDays(down, 3), QTime(16, 0));
}

void DemoEquipment::note(const flow::ServiceOrder &o)
{
    // Instruments used at the diagnosis of the last twelve months' orders: a diagnostic
    // instrument on one in ten, a meter on some.
    if (o.times.analysed && *o.times.analysed >= m_local.startOfDay(m_from) &&
        *o.times.analysed < m_local.startOfDay(m_end)) {
        const qint64 at = *o.times.analysed;
        if (o.id % 10 == 0)
            m_uses.push_back({o.id, o.id % 20 == 0 ? D01 : D02, at});
        if (o.id % 23 == 0)
            m_uses.push_back({o.id, M01, at});
        else if (o.id % 29 == 0)
            m_uses.push_back({o.id, M02, at});
    }
    // The compressor repairs received in the days before the bench broke down and still open
    // after its repair waited for it.
    const bool compressor =
        o.faultCode == QLatin1String("AC-01") || o.faultCode == QLatin1String("RF-01");
    if (compressor && m_waiting.size() < 8 && o.times.received < m_downAt &&
        o.times.received >= m_downAt - 4 * 86400 && (!o.times.closed || *o.times.closed > m_upAt))
        m_waiting.emplace_back(o.id, o.times.received);
}

Status DemoEquipment::write()
{
    EquipmentRegister reg(m_db);
    std::vector<Equipment> pieces;
    for (int i = 0; i < PieceCount; ++i) {
        const PieceSpec &s = pieceSpecs[i];
        Equipment e;
        e.branchId = m_branchId;
        e.code = QString::fromUtf8(s.code);
        e.name = QString::fromUtf8(s.name);
        e.kind = QString::fromUtf8(s.kind);
        e.location = QString::fromUtf8(s.location);
        e.serial = QString::fromUtf8(s.serial);
        e.usageUnit = s.unit;
        e.purchasedOn = m_from.addYears(-1 - i % 4).addDays(-17 * i);
        if (!m_technicians.empty())
            e.ownerId = m_technicians[std::size_t(i) % m_technicians.size()];
        if (auto saved = reg.save(e); !saved)
            return saved.error();
        pieces.push_back(e);
    }

    // The plans: per kind, and the pump's own; in force since the year before.
    MaintenanceLog log(m_db);
    const QDate since = m_from.addYears(-1);
    const auto plan = [&](const char *name, std::optional<qint64> piece, const char *kind,
                          Schedule schedule) -> Result<MaintenancePlan> {
        MaintenancePlan p;
        p.branchId = m_branchId;
        p.equipmentId = piece;
        p.kind = piece ? QString() : QString::fromUtf8(kind);
        p.name = QString::fromUtf8(name);
        p.schedule = schedule;
        p.since = since;
        // The test benches' monthly service follows the shipped checklist.
        if (schedule.cadence == Cadence::Monthly)
            p.templateCode = QStringLiteral("equipment-maintenance");
        if (!m_technicians.empty())
            p.ownerId = m_technicians.front();
        if (auto saved = log.savePlan(p); !saved)
            return saved.error();
        return p;
    };
    auto weekly = plan("周检", std::nullopt, "诊断仪", {Cadence::WorkingDays, 5});
    auto calibration = plan("年度校准", std::nullopt, "测量仪器", {Cadence::Calibration, 12});
    auto monthly = plan("月度保养", std::nullopt, "测试台", {Cadence::Monthly, 0, 10});
    auto quarterly = plan("季度保养", pieces[W01].id, nullptr, {Cadence::Quarterly, 0, 15, 1});
    auto service = plan("车辆保养", std::nullopt, "车辆", {Cadence::Usage, 5000});
    for (const auto *p : {&weekly, &calibration, &monthly, &quarterly, &service})
        if (!*p)
            return p->error();

    const auto record = [&](int piece, const MaintenancePlan &p, QDate day, bool passed,
                            const QString &note, std::optional<double> reading = std::nullopt,
                            const QString &certificate = QString()) -> Status {
        MaintenanceRecord r;
        r.equipmentId = pieces[std::size_t(piece)].id;
        r.planId = p.id;
        r.doneOn = day;
        r.passed = passed;
        r.note = note;
        r.reading = reading;
        r.certificate = certificate;
        if (!m_technicians.empty())
            r.doneBy =
                m_technicians[std::size_t(m_random.between(0, int(m_technicians.size()) - 1))];
        if (auto saved = log.saveRecord(r); !saved)
            return saved.error();
        return {};
    };
    // Done on the day it is due, or a working day or two late.
    const auto late = [&](QDate due) {
        const double r = m_random.uniform();
        return r < 0.7 ? due : m_calendar.addWorkingDays(due, r < 0.9 ? 1 : 2);
    };
    const auto keepUp = [&](int piece, const MaintenancePlan &p, QDate last) -> Status {
        for (;;) {
            const auto due = MaintenanceSchedule::nextDue(p.schedule, last, m_calendar);
            if (!due)
                return {};
            const QDate done = late(*due);
            if (done >= m_end)
                return {};
            if (auto s = record(piece, p, done, true, {}); !s)
                return s;
            last = done;
        }
    };
    const QDate before = workingOnOrBefore(m_calendar, m_from.addDays(-1));
    for (int piece : {D01, D02, D03})
        if (auto s = keepUp(piece, *weekly, before); !s)
            return s;
    for (int piece : {T01, T02, T03})
        if (auto s =
                keepUp(piece, *monthly,
                       *MaintenanceSchedule::occurrenceIn(monthly->schedule, before, m_calendar));
            !s)
            return s;
    QDate lastQuarter = before;
    while (!MaintenanceSchedule::occurrenceIn(quarterly->schedule, lastQuarter, m_calendar) ||
           *MaintenanceSchedule::occurrenceIn(quarterly->schedule, lastQuarter, m_calendar) >
               before)
        lastQuarter = lastQuarter.addMonths(-1);
    if (auto s = keepUp(
            W01, *quarterly,
            *MaintenanceSchedule::occurrenceIn(quarterly->schedule, lastQuarter, m_calendar));
        !s)
        return s;

    // Calibrations, each valid a year. M-01's, due two months into the year, fails; it is
    // repaired and calibrated again two working days later. M-02's passes; M-03's falls due
    // after the last month.
    int certificate = 31;
    const auto certificateNo = [&](QDate day) {
        return QStringLiteral("JL-%1-%2")
            .arg(day.year())
            .arg(++certificate, 3, 10, QLatin1Char('0'));
    };
    const struct {
        int piece;
        QDate first;
    } calibrated[] = {{M01, workingOnOrAfter(m_calendar, m_from.addMonths(2).addYears(-1))},
                      {M02, workingOnOrAfter(m_calendar, m_from.addMonths(5).addYears(-1))},
                      {M03, workingOnOrAfter(m_calendar, m_end.addDays(10).addYears(-1))}};
    for (const auto &c : calibrated) {
        if (auto s = record(c.piece, *calibration, c.first, true, {}, std::nullopt,
                            certificateNo(c.first));
            !s)
            return s;
        const QDate due = *MaintenanceSchedule::nextDue(calibration->schedule, c.first, m_calendar);
        if (due >= m_end)
            continue;
        if (c.piece == M01) {
            if (auto s = record(M01, *calibration, due, false,
                                QStringLiteral("示值超差：直流电压 10 V 档 +1.2%，超出 ±0.5%"));
                !s)
                return s;
            const QDate again = m_calendar.addWorkingDays(due, 2);
            if (auto s =
                    record(M01, *calibration, again, true, QStringLiteral("更换分压电阻后重新校准"),
                           std::nullopt, certificateNo(again));
                !s)
                return s;
        } else if (auto s = record(c.piece, *calibration, due, true, {}, std::nullopt,
                                   certificateNo(due));
                   !s) {
            return s;
        }
    }

    // The vans: 90–160 km a working day, the odometer read at the end of each working week,
    // serviced the working day after it passes the next 5,000 km.
    const struct {
        int piece;
        double odometer;
        double lastService;
    } vans[] = {{V01, 48210, 46000}, {V02, 12650, 10000}};
    for (const auto &v : vans) {
        if (auto s = record(v.piece, *service, m_from.addDays(v.piece == V01 ? -40 : -70), true, {},
                            v.lastService);
            !s)
            return s;
        double odometer = v.odometer;
        double threshold = v.lastService + 5000;
        bool serviceDue = false;
        for (QDate d = m_from; d < m_end; d = d.addDays(1)) {
            if (!m_calendar.isWorkingDay(d))
                continue;
            if (serviceDue) {
                if (auto s = record(v.piece, *service, d, true, {}, std::round(odometer)); !s)
                    return s;
                threshold = odometer + 5000;
                serviceDue = false;
            }
            odometer += m_random.between(90, 160);
            if (!m_calendar.isWorkingDay(d.addDays(1)) || d.addDays(1) >= m_end) {
                auto read =
                    log.setReading(pieces[std::size_t(v.piece)].id, d, std::round(odometer));
                if (!read)
                    return read.error();
                serviceDue = odometer >= threshold;
            }
        }
    }

    // The compressor bench's breakdown, and the repairs that waited for it.
    Breakdowns breakdowns(m_db);
    BreakdownRecord b;
    b.equipmentId = pieces[T01].id;
    b.downAt = m_downAt;
    b.fault = QStringLiteral("真空泵不启动，测试台无法抽真空");
    if (!m_technicians.empty())
        b.reportedBy = m_technicians.front();
    if (auto s = breakdowns.report(b); !s)
        return s;
    if (auto s = breakdowns.repair(b.id, m_upAt, QStringLiteral("更换真空泵启动电容，检漏合格"),
                                   b.reportedBy);
        !s)
        return s;
    SqlQuery wait(m_db, QStringLiteral("INSERT INTO equipment_wait (order_id, breakdown_id, "
                                       "started_at, ended_at) VALUES (:order, :breakdown, :from, "
                                       ":to)"));
    for (const auto &[order, received] : m_waiting) {
        wait.bind(QStringLiteral(":order"), order)
            .bind(QStringLiteral(":breakdown"), b.id)
            .bind(QStringLiteral(":from"), std::max(received, m_downAt))
            .bind(QStringLiteral(":to"), m_upAt);
        if (auto s = wait.exec(); !s)
            return s;
    }
    SqlQuery use(m_db, QStringLiteral("INSERT INTO order_equipment (order_id, equipment_id, "
                                      "used_at) VALUES (:order, :piece, :at)"));
    for (const Use &u : m_uses) {
        use.bind(QStringLiteral(":order"), u.orderId)
            .bind(QStringLiteral(":piece"), pieces[std::size_t(u.piece)].id)
            .bind(QStringLiteral(":at"), u.at);
        if (auto s = use.exec(); !s)
            return s;
    }
    // Generated rows are audited as the batch that made them.
    AuditLog audit(m_db);
    for (const auto &[entity, count] :
         {std::pair{"equipment_wait", m_waiting.size()}, {"order_equipment", m_uses.size()}})
        if (auto s =
                audit.record(AuditLog::Action::Bulk, QLatin1String(entity), m_db.uids().next(), {},
                             {{QStringLiteral("generated"), double(count)},
                              {QStringLiteral("source"), QStringLiteral("demo")}});
            !s)
            return s;
    return {};
}

} // namespace servicelens::demo
