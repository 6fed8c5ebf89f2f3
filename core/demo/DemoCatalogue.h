// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

// What a household-appliance service centre sees, for the demo workbook: product categories
// with their models, faults, share of orders and season; people's names; how orders arrive by
// channel, priority and hour; how long repairs take.
namespace servicelens::demo {

struct CategorySpec {
    const char *name;
    std::vector<const char *> products;
    std::vector<const char *> faults;
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
         {"不制冷", "室内机漏水", "外机噪音大", "显示E1故障码", "遥控无反应", "移机安装"},
         0.20,
         {0.5, 0.4, 0.5, 0.7, 1.1, 1.8, 2.4, 2.3, 1.3, 0.7, 0.6, 0.6},
         true,
         false},
        {"冰箱",
         {"BCD-520WDPZU1", "BCD-401WLHTDD9G", "BCD-646WKPZM"},
         {"冷藏室不制冷", "结霜严重", "压缩机异响", "门封不严"},
         0.14,
         {0.9, 0.9, 0.9, 1.0, 1.0, 1.1, 1.3, 1.3, 1.1, 1.0, 0.9, 0.9},
         true,
         false},
        {"洗衣机",
         {"XQG100-B14376", "XQB90-Z6258", "EG100HB108"},
         {"不排水", "脱水时震动大", "显示E30", "门锁打不开", "进水慢"},
         0.16,
         {1, 1, 1, 1, 1, 1, 1.1, 1.1, 1, 1, 1, 1},
         true,
         false},
        {"热水器",
         {"JSQ30-16WT5", "EC6002-MC5", "JSQ25-13UTS"},
         {"不出热水", "点火失败", "漏水", "水温忽冷忽热"},
         0.12,
         {1.8, 1.6, 1.3, 1.0, 0.8, 0.7, 0.6, 0.6, 0.7, 0.9, 1.3, 1.7},
         true,
         false},
        {"电视",
         {"65E3K", "75V1K-PRO", "55A6H"},
         {"黑屏有声音", "无法开机", "网络连接失败", "遥控器配对"},
         0.10,
         {1.1, 1.2, 1, 1, 1, 1, 1, 1, 1, 1.1, 1, 1.1},
         true,
         true},
        {"油烟机",
         {"CXW-260-E900C15", "CXW-200-J25"},
         {"吸力下降", "噪音大", "漏油", "按键失灵"},
         0.08,
         {1.3, 1.4, 1, 1, 1, 0.9, 0.9, 0.9, 1, 1.1, 1, 1.2},
         false,
         false},
        {"燃气灶",
         {"JZT-Q216B", "JZY-QE3"},
         {"打不着火", "火焰发黄", "熄火保护失灵"},
         0.05,
         {1.3, 1.4, 1, 1, 1, 0.9, 0.9, 0.9, 1, 1.1, 1, 1.2},
         false,
         false},
        {"净水器",
         {"MRC1892B-400G", "RO-800G"},
         {"滤芯更换", "出水慢", "漏水报警"},
         0.07,
         {1, 1, 1, 1, 1.1, 1.2, 1.2, 1.2, 1, 1, 1, 1},
         false,
         true},
        {"洗碗机",
         {"WQP12-W7306T", "S5"},
         {"洗不干净", "不进水", "显示E4"},
         0.04,
         {1, 1.2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.1},
         false,
         true},
        {"扫地机器人",
         {"T10 Pro", "X20 Max"},
         {"无法回充", "地图丢失", "App 连接失败"},
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
