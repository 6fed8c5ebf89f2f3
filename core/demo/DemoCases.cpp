// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCases.h"

#include "DemoCatalogue.h"
#include "DemoDefects.h"
#include "knowledge/CaseLibrary.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"

#include <QJsonObject>

namespace servicelens::demo {

namespace {

struct CaseSpec {
    const char *faultCode;
    const char *title;
    const char *symptom;
    const char *cause;
    const char *fix;
    const char *tags;
    knowledge::CaseStatus status;
};

const CaseSpec specs[] = {
    {"AC-01", "空调不制冷：连接管喇叭口慢漏，冷媒不足", "开机半小时出风仍不凉，室外机细管结霜",
     "连接管喇叭口处慢漏，冷媒不足，压力偏低",
     "保压检漏，找到喇叭口漏点\n重新扩口并紧固\n抽真空后按铭牌加注冷媒\n测量运行电流与出风温度",
     "不制冷,冷媒,漏氟", knowledge::CaseStatus::Approved},
    {"AC-02", "室内机漏水：排水管坡度不足或被压扁", "开机一段时间后室内机出风口下方滴水",
     "排水管中段上翘或被压扁，冷凝水倒流溢出接水盘",
     "检查排水管走向，保证全程下坡\n更换被压扁的一段\n清理接水盘和排水口\n倒水试验确认排水通畅",
     "漏水,排水管,安装", knowledge::CaseStatus::Approved},
    {"AC-02", "室内机漏水：旧处理方法（已被新案例替代）", "室内机漏水", "排水不畅",
     "用胶带封堵接水盘缝隙", "漏水", knowledge::CaseStatus::Retired},
    {"AC-03", "外机噪音大：风扇叶片松动或碰擦", "室外机运行时有周期性咔咔声或嗡嗡声",
     "风扇叶片固定螺母松动，叶片碰擦导风圈",
     "断电后检查叶片\n紧固螺母并加防松垫片\n校正导风圈位置\n试机听音", "噪音,外机,风扇",
     knowledge::CaseStatus::Approved},
    {"AC-04", "显示E1：室内外机通讯故障", "开机几分钟后停机，显示E1",
     "通讯线接头氧化，信号时有时无",
     "测量通讯线电压\n剪掉氧化段重新压接\n检查零线与通讯线是否接反\n开机运行30分钟确认",
     "E1,通讯,故障码", knowledge::CaseStatus::Approved},
    {"AC-05", "遥控无反应：接收头受潮", "遥控器换新电池后仍无反应，面板指示灯正常",
     "室内机接收头受潮或灰尘覆盖",
     "用手机摄像头确认遥控器有红外发射\n清洁并吹干接收头\n仍无效则更换接收板", "遥控器,接收头",
     knowledge::CaseStatus::Approved},
    {"RF-01", "冷藏室不制冷：风门卡死", "冷冻室正常，冷藏室温度降不下来", "电动风门被冰堵或卡死",
     "断电化霜\n检查风门电机动作\n更换风门组件并清理风道", "冷藏,不制冷,风门",
     knowledge::CaseStatus::Approved},
    {"RF-02", "冷冻室结霜严重：化霜加热丝断路", "冷冻室后板结厚霜，冷藏室也逐渐不冷",
     "化霜加热丝断路，蒸发器无法化霜", "手动化霜后测量加热丝电阻\n更换化霜加热丝\n检查化霜温控器",
     "结霜,化霜", knowledge::CaseStatus::Approved},
    {"RF-03", "压缩机异响：减震垫老化", "压缩机启动和运行时嗡嗡响，夜间明显",
     "压缩机减震垫老化变硬，振动传到箱体",
     "确认噪音来自压缩机底座\n更换四个减震垫\n检查管路是否碰箱体", "压缩机,噪音,异响",
     knowledge::CaseStatus::Approved},
    {"RF-03", "压缩机异响：新批次压缩机运行噪音偏大（待研发确认）",
     "BCD-520WDPZU1 近期多起压缩机高频异响，减震垫正常", "疑为新批次压缩机阀片噪音，待研发分析",
     "记录压缩机铭牌批号和噪音视频\n减震垫正常时不要更换，上报研发\n客户不能接受时按规定更换压缩机",
     "压缩机,异响,批次", knowledge::CaseStatus::Draft},
    {"RF-04", "门封不严：门体下沉", "门边凝露，箱内结霜快", "门铰链松动导致门体下沉，门封贴合不严",
     "调整门铰链高度\n热风吹软门封复位\n纸条测试四周密封", "门封,凝露",
     knowledge::CaseStatus::Approved},
    {"WM-01", "洗衣机不排水：排水泵被异物卡住", "洗涤结束后水排不出去，显示排水故障",
     "硬币、发卡等异物卡住排水泵叶轮",
     "打开底部过滤器放水\n取出异物\n检查排水泵转动\n提醒客户洗前检查口袋", "不排水,排水泵,异物",
     knowledge::CaseStatus::Approved},
    {"WM-02", "脱水时震动大：运输螺栓未拆或机器不平", "新机脱水时剧烈震动、移位",
     "安装时运输螺栓未拆除，或机脚未调平", "拆除后部运输螺栓并装堵盖\n调平四个机脚\n空转脱水确认",
     "震动,运输螺栓,新机", knowledge::CaseStatus::Approved},
    {"WM-03", "显示E30：门锁开关接触不良", "启动后显示E30，门已关好",
     "门锁开关触点氧化或门锁线束松脱", "检查门锁线束插头\n测量门锁开关通断\n更换门锁组件",
     "E30,门锁,故障码", knowledge::CaseStatus::Approved},
    {"WM-04", "门锁打不开：延时未结束或门锁电磁阀故障", "程序结束后门打不开",
     "门锁有两分钟延时保护；超过后仍不开为电磁阀故障",
     "告知客户等待两分钟\n仍不开时断电手动应急开锁\n更换门锁电磁阀", "门锁,打不开",
     knowledge::CaseStatus::Approved},
    {"WH-01", "热水器不出热水：加热管结垢", "加热时间越来越长，最后水不热",
     "水质硬，加热管结垢严重", "排空内胆\n拆下加热管除垢或更换\n检查镁棒消耗情况并更换",
     "不出热水,结垢,镁棒", knowledge::CaseStatus::Approved},
    {"WH-02", "燃气热水器点火失败：电池没电或点火针积碳", "开热水时听到打火声但不着火",
     "点火电池电量不足或点火针积碳", "更换点火电池\n清理点火针和感应针\n检查燃气阀门是否全开",
     "点火,电池,积碳", knowledge::CaseStatus::Approved},
    {"TV-01", "电视黑屏有声音：背光灯条损坏", "开机有声音，画面全黑，手电照屏能看到暗影",
     "背光灯条烧坏", "确认手电照屏有图像\n拆机更换整套灯条\n老化测试一小时", "黑屏,背光",
     knowledge::CaseStatus::Approved},
    {"TV-03", "电视网络连接失败：路由器5G频段不兼容", "能搜到无线网络，连接后提示失败",
     "部分机型不支持路由器的160MHz频宽",
     "让客户连接2.4G网络试验\n路由器改为80MHz频宽\n升级电视系统", "网络,WiFi,路由器",
     knowledge::CaseStatus::Approved},
    {"RH-01", "油烟机吸力下降：油网和风道油污堵塞", "做饭时油烟往外跑，噪音变大",
     "油网与风道积油堵塞", "拆洗油网和油杯\n清洗涡轮和风道\n检查止回阀开启", "吸力,清洗,油网",
     knowledge::CaseStatus::Approved},
    {"GS-01", "燃气灶打不着火：点火针位置偏移", "点火时有火花但火花不在出气孔附近",
     "点火针移位或分火器未放正", "放正分火器\n调整点火针与分火器距离3-4毫米\n清理出气孔",
     "点火,点火针", knowledge::CaseStatus::Approved},
    {"WP-02", "净水器出水慢：RO膜堵塞", "纯水出水越来越慢，废水正常", "RO膜使用超期堵塞",
     "查看滤芯寿命提示\n更换RO膜\n冲洗十分钟后测TDS", "出水慢,RO膜,滤芯",
     knowledge::CaseStatus::Approved},
    {"DW-02", "洗碗机不进水：进水阀滤网堵塞", "启动后显示进水故障，听不到进水声",
     "进水阀滤网被水垢堵塞", "关闭水阀，拆下进水管\n清洗进水阀滤网\n检查水压", "不进水,滤网",
     knowledge::CaseStatus::Approved},
    {"RV-01", "扫地机无法回充：充电座周围遮挡", "清扫结束后找不到充电座",
     "充电座两侧不足半米空间或信号窗脏污",
     "充电座两侧各留0.5米、前方1.5米\n擦拭充电座和机器信号窗\n重启建图", "回充,充电座",
     knowledge::CaseStatus::Approved},
};

QStringList modelsOf(const QString &faultCode)
{
    for (const CategorySpec &c : categories())
        for (const FaultSpec &f : c.faults)
            if (faultCode == QLatin1String(f.code)) {
                QStringList models;
                for (const char *m : c.products)
                    models << QString::fromUtf8(m);
                return models;
            }
    return {};
}

} // namespace

Status DemoCases::write(Database &db, const LocalTime &local, QDate first, QDate last)
{
    knowledge::CaseLibrary library(db);
    // Written over the year, one after another: the first in the demo's first month.
    const qint64 from = local.startOfDay(first);
    const qint64 to = local.startOfDay(last);
    const int n = int(std::size(specs));
    int i = 0;
    for (const CaseSpec &spec : specs) {
        knowledge::ServiceCase c;
        c.title = QString::fromUtf8(spec.title);
        c.symptom = QString::fromUtf8(spec.symptom);
        c.cause = QString::fromUtf8(spec.cause);
        c.fix = QString::fromUtf8(spec.fix);
        c.faultCode = QString::fromLatin1(spec.faultCode);
        c.models =
            qstrcmp(spec.faultCode, "RF-03") == 0 && spec.status == knowledge::CaseStatus::Draft
                ? QStringList{QString::fromLatin1(DemoDefects::risingModel)}
                : modelsOf(c.faultCode);
        c.tags = QString::fromUtf8(spec.tags).split(QLatin1Char(','), Qt::SkipEmptyParts);
        c.author = QStringLiteral("演示数据");
        c.status = spec.status;
        if (auto s = library.save(c); !s)
            return s.error();
        // Its dates in the demo's year (the library stamps "now").
        const qint64 at = from + (to - from) * i++ / n;
        FastQuery dates(db,
                        "UPDATE service_case SET created_at = ?2, updated_at = ?2, "
                        "approved_at = CASE WHEN status = 'approved' THEN ?2 END WHERE id = ?1");
        if (auto s = dates.bind(1, c.id).bind(2, at).exec(); !s)
            return s;
    }
    // Used on the orders diagnosed after their fault's case was approved, more often where the
    // repair went well — fixed at the first visit, closed within three days — as a library that
    // helps would show: 6 in 10 of those, 3 in 10 of the repairs that needed another visit and
    // took longer. Chosen by the order's id, not the random stream: the orders stay the same.
    FastQuery used(db, "INSERT INTO service_case_use (order_id, case_id, used_at, used_by) "
                       "SELECT o.id, c.id, o.analysed_at, 'demo' FROM service_order o JOIN "
                       "service_case c ON c.fault_code = o.fault_code AND c.status = 'approved' "
                       "WHERE o.analysed_at >= c.approved_at AND (o.id * 2654435761) % 20 < 6 "
                       "+ CASE WHEN o.visits <= 1 AND o.reopened = 0 THEN 3 ELSE 0 END "
                       "+ CASE WHEN o.closed_at - o.received_at <= 3 * 86400 THEN 3 ELSE 0 END");
    if (auto s = used.exec(); !s)
        return s;
    return AuditLog(db).record(AuditLog::Action::Bulk, QStringLiteral("service_case_use"),
                               db.uids().next(), {},
                               {{QStringLiteral("generated"), double(used.changes())},
                                {QStringLiteral("source"), QStringLiteral("demo")}});
}

} // namespace servicelens::demo
