// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDefects.h"

#include "DemoCatalogue.h"
#include "org/FaultCodes.h"
#include "org/InstalledBase.h"

#include <cmath>

namespace servicelens::demo {

namespace {

const char *groupEnglish(const QString &group)
{
    static const std::pair<const char *, const char *> names[] = {
        {"制冷系统", "Refrigeration"},       {"排水系统", "Drainage"},
        {"噪音振动", "Noise and vibration"}, {"电气控制", "Electrical control"},
        {"安装服务", "Installation"},        {"结构部件", "Structure and seals"},
        {"进水系统", "Water inlet"},         {"加热系统", "Heating"},
        {"燃烧系统", "Combustion"},          {"显示与软件", "Display and software"},
        {"动力系统", "Motor and drive"},     {"耗材更换", "Consumables"}};
    for (const auto &[zh, en] : names)
        if (group == QString::fromUtf8(zh))
            return en;
    return "";
}

bool hasBase(const char *category)
{
    const QString c = QString::fromUtf8(category);
    return c == QStringLiteral("空调") || c == QStringLiteral("冰箱") ||
           c == QStringLiteral("洗衣机");
}

} // namespace

Status DemoDefects::installFaultCodes(Database &db)
{
    org::FaultCatalogue catalogue(db);
    for (const CategorySpec &category : categories())
        for (const FaultSpec &f : category.faults) {
            const QString group = QString::fromUtf8(f.group);
            if (auto s =
                    catalogue.saveGroup({0, {}, group, QString::fromLatin1(groupEnglish(group))});
                !s)
                return s.error();
            if (auto s = catalogue.saveCode({0,
                                             {},
                                             QString::fromLatin1(f.code),
                                             QString::fromUtf8(f.name),
                                             QString::fromLatin1(f.nameEn),
                                             group});
                !s)
                return s.error();
        }
    return {};
}

Status DemoDefects::installBase(Database &db, QDate first, QDate last, int orders)
{
    double weights = 0;
    for (const CategorySpec &c : categories())
        weights += c.weight;
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    org::InstalledBase base(db);
    for (const CategorySpec &c : categories()) {
        if (!hasBase(c.name))
            continue;
        const double monthly = orders * c.weight / weights / double(c.products.size()) / months;
        for (const char *model : c.products) {
            for (int m = 0; m < months; ++m) {
                const QDate month = first.addMonths(m);
                // 400 units per monthly repair (2.5 per 1,000), growing 10 % a year as sales go
                // on, as the demo's orders do.
                const qint64 units = std::llround(monthly * 400 * (1.0 + 0.1 * m / 12.0));
                if (auto s = base.save(QString::fromUtf8(model), month.year() * 100 + month.month(),
                                       units);
                    !s)
                    return s.error();
            }
        }
    }
    return {};
}

std::size_t DemoDefects::fault(const char *model, const char *category, std::size_t drawn,
                               QDate day, QDate last)
{
    if (qstrcmp(model, risingModel) != 0 || QString::fromUtf8(category) != QStringLiteral("冰箱"))
        return drawn;
    const QDate from = QDate(last.year(), last.month(), 1).addMonths(-(risingFrom - 1));
    if (day < from)
        return drawn;
    // 冷藏室不制冷, 结霜严重, 压缩机异响, 门封不严: frost and seal reports turn out to be the
    // compressor, three times its usual share.
    return drawn == 1 || drawn == 3 ? 2 : drawn;
}

} // namespace servicelens::demo
