// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

// What a household-appliance service centre sees, for the demo workbook: product categories
// with their models, faults, share of orders and season; people's names; how orders arrive by
// channel, priority and hour; how long repairs take.
namespace servicelens::demo {

// A fault of head office's list (org/FaultCodes): its code, name in both languages and group.
struct FaultSpec {
    const char *code;
    const char *name; // also what the customer reports, as the order's description
    const char *nameEn;
    const char *group;
};

struct CategorySpec {
    const char *name;
    std::vector<const char *> products;
    std::vector<FaultSpec> faults;
    double weight;
    double season[12];  // relative volume by month, January first
    bool needsParts;    // likely to wait for spare parts
    bool remoteFixable; // often solved by phone or app without a visit
};

inline const std::vector<CategorySpec> &categories()
{
    static const std::vector<CategorySpec> specs = {
        {"空调",
         {"KFR-35GW/BP3DN8Y", "KFR-26GW/N8MJA3", "KFR-72LW/BP2DN1Y"},
         {{"AC-01", "不制冷", "Not cooling", "制冷系统"},
          {"AC-02", "室内机漏水", "Indoor unit leaks water", "排水系统"},
          {"AC-03", "外机噪音大", "Outdoor unit noisy", "噪音振动"},
          {"AC-04", "显示E1故障码", "Shows error E1", "电气控制"},
          {"AC-05", "遥控无反应", "Remote control does not respond", "电气控制"},
          {"AC-06", "移机安装", "Relocation and installation", "安装服务"}},
         0.20,
         {0.5, 0.4, 0.5, 0.7, 1.1, 1.8, 2.4, 2.3, 1.3, 0.7, 0.6, 0.6},
         true,
         false},
        {"冰箱",
         {"BCD-520WDPZU1", "BCD-401WLHTDD9G", "BCD-646WKPZM"},
         {{"RF-01", "冷藏室不制冷", "Fridge compartment not cooling", "制冷系统"},
          {"RF-02", "结霜严重", "Heavy frost", "制冷系统"},
          {"RF-03", "压缩机异响", "Compressor noise", "制冷系统"},
          {"RF-04", "门封不严", "Door seal leaks", "结构部件"}},
         0.14,
         {0.9, 0.9, 0.9, 1.0, 1.0, 1.1, 1.3, 1.3, 1.1, 1.0, 0.9, 0.9},
         true,
         false},
        {"洗衣机",
         {"XQG100-B14376", "XQB90-Z6258", "EG100HB108"},
         {{"WM-01", "不排水", "Does not drain", "排水系统"},
          {"WM-02", "脱水时震动大", "Vibrates when spinning", "噪音振动"},
          {"WM-03", "显示E30", "Shows error E30", "电气控制"},
          {"WM-04", "门锁打不开", "Door lock will not open", "结构部件"},
          {"WM-05", "进水慢", "Fills slowly", "进水系统"}},
         0.16,
         {1, 1, 1, 1, 1, 1, 1.1, 1.1, 1, 1, 1, 1},
         true,
         false},
        {"热水器",
         {"JSQ30-16WT5", "EC6002-MC5", "JSQ25-13UTS"},
         {{"WH-01", "不出热水", "No hot water", "加热系统"},
          {"WH-02", "点火失败", "Ignition fails", "燃烧系统"},
          {"WH-03", "漏水", "Leaks water", "结构部件"},
          {"WH-04", "水温忽冷忽热", "Water temperature fluctuates", "加热系统"}},
         0.12,
         {1.8, 1.6, 1.3, 1.0, 0.8, 0.7, 0.6, 0.6, 0.7, 0.9, 1.3, 1.7},
         true,
         false},
        {"电视",
         {"65E3K", "75V1K-PRO", "55A6H"},
         {{"TV-01", "黑屏有声音", "Black screen with sound", "显示与软件"},
          {"TV-02", "无法开机", "Will not switch on", "电气控制"},
          {"TV-03", "网络连接失败", "Cannot connect to the network", "显示与软件"},
          {"TV-04", "遥控器配对", "Remote control pairing", "电气控制"}},
         0.10,
         {1.1, 1.2, 1, 1, 1, 1, 1, 1, 1, 1.1, 1, 1.1},
         true,
         true},
        {"油烟机",
         {"CXW-260-E900C15", "CXW-200-J25"},
         {{"RH-01", "吸力下降", "Weak suction", "动力系统"},
          {"RH-02", "噪音大", "Noisy", "噪音振动"},
          {"RH-03", "漏油", "Leaks oil", "结构部件"},
          {"RH-04", "按键失灵", "Buttons do not work", "电气控制"}},
         0.08,
         {1.3, 1.4, 1, 1, 1, 0.9, 0.9, 0.9, 1, 1.1, 1, 1.2},
         false,
         false},
        {"燃气灶",
         {"JZT-Q216B", "JZY-QE3"},
         {{"GS-01", "打不着火", "Will not light", "燃烧系统"},
          {"GS-02", "火焰发黄", "Yellow flame", "燃烧系统"},
          {"GS-03", "熄火保护失灵", "Flame failure device faulty", "燃烧系统"}},
         0.05,
         {1.3, 1.4, 1, 1, 1, 0.9, 0.9, 0.9, 1, 1.1, 1, 1.2},
         false,
         false},
        {"净水器",
         {"MRC1892B-400G", "RO-800G"},
         {{"WP-01", "滤芯更换", "Filter replacement", "耗材更换"},
          {"WP-02", "出水慢", "Slow water flow", "进水系统"},
          {"WP-03", "漏水报警", "Leak alarm", "结构部件"}},
         0.07,
         {1, 1, 1, 1, 1.1, 1.2, 1.2, 1.2, 1, 1, 1, 1},
         false,
         true},
        {"洗碗机",
         {"WQP12-W7306T", "S5"},
         {{"DW-01", "洗不干净", "Does not clean well", "动力系统"},
          {"DW-02", "不进水", "Does not fill", "进水系统"},
          {"DW-03", "显示E4", "Shows error E4", "电气控制"}},
         0.04,
         {1, 1.2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.1},
         false,
         true},
        {"扫地机器人",
         {"T10 Pro", "X20 Max"},
         {{"RV-01", "无法回充", "Will not return to dock", "动力系统"},
          {"RV-02", "地图丢失", "Map lost", "显示与软件"},
          {"RV-03", "App 连接失败", "App cannot connect", "显示与软件"}},
         0.04,
         {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.4, 1.2},
         false,
         true},
    };
    return specs;
}

inline const char *const surnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                                       "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗",
                                       "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};
inline const char *const givenNames[] = {
    "伟",   "芳",   "娜",   "敏",   "静",   "丽",   "强",   "磊",   "军",   "洋",
    "勇",   "艳",   "杰",   "娟",   "涛",   "明",   "超",   "秀英", "霞",   "平",
    "刚",   "桂英", "华",   "建国", "志强", "晓东", "海燕", "雪梅", "子涵", "浩然",
    "欣怡", "俊杰", "思远", "雨桐", "嘉怡", "晨曦", "宇航", "佳琪", "文博", "一鸣"};

// Channels as DOMAIN.md lists them, weighted as a typical centre receives them.
inline const std::vector<double> channelWeights = {0.34, 0.06, 0.10, 0.14, 0.24, 0.12};
inline const std::vector<double> priorityWeights = {0.05, 0.15, 0.65, 0.15};
// Hours 8..20: the desk is busiest mid-morning and mid-afternoon.
inline const std::vector<double> hourWeights = {4, 8, 9, 8, 6, 5, 7, 8, 8, 7, 5, 3, 2};

// Working days from the agreed solution to the repair, by priority.
inline const std::vector<double> implementationDays[] = {
    {0.70, 0.25, 0.05},                   // urgent
    {0.45, 0.40, 0.12, 0.03},             // high
    {0.25, 0.35, 0.25, 0.10, 0.04, 0.01}, // normal
    {0.15, 0.25, 0.25, 0.20, 0.10, 0.05}, // low
};

} // namespace servicelens::demo
