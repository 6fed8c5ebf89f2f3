// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoProducts.h"

#include "DemoCatalogue.h"
#include "org/ProductLists.h"

#include <QDate>

namespace servicelens::demo {

namespace {

enum Habit {
    ListCodes,     // EG100HB108, 洗衣机
    CategoryFirst, // 洗衣机EG100HB108
    LowerCase,     // eg100hb108
    CategoryAfter, // XQG100B14376 洗衣机, T10 扫地机: hyphens and a model's last word left
                   // out; 电视机, 吸油烟机… for some categories
    HabitCount
};

const char *englishName(const QString &category)
{
    static const std::pair<const char *, const char *> names[] = {
        {"空调", "Air conditioner"},   {"冰箱", "Refrigerator"},     {"洗衣机", "Washing machine"},
        {"热水器", "Water heater"},    {"电视", "Television"},       {"油烟机", "Range hood"},
        {"燃气灶", "Gas hob"},         {"净水器", "Water purifier"}, {"洗碗机", "Dishwasher"},
        {"扫地机器人", "Robot vacuum"}};
    for (const auto &[zh, en] : names)
        if (category == QString::fromUtf8(zh))
            return en;
    return "";
}

} // namespace

DemoProducts::DemoProducts(const QString &branchCode)
{
    if (branchCode.isEmpty() || branchCode == QLatin1String("SH01"))
        return;
    unsigned sum = 0;
    for (const QChar c : branchCode)
        sum = sum * 31 + c.unicode();
    m_habit = static_cast<int>(sum % HabitCount);
}

QString DemoProducts::productText(const char *model, const char *category) const
{
    const QString code = QString::fromUtf8(model);
    switch (m_habit) {
    case CategoryFirst:
        return QString::fromUtf8(category) + code;
    case LowerCase:
        return code.toLower();
    case CategoryAfter:
        return QString(code).remove(QLatin1Char('-')).section(QLatin1Char(' '), 0, 0) +
               QLatin1Char(' ') + categoryText(category);
    default:
        return code;
    }
}

QString DemoProducts::categoryText(const char *category) const
{
    const QString name = QString::fromUtf8(category);
    if (m_habit != CategoryAfter)
        return name;
    static const std::pair<const char *, const char *> spoken[] = {{"电视", "电视机"},
                                                                   {"油烟机", "吸油烟机"},
                                                                   {"热水器", "电热水器"},
                                                                   {"扫地机器人", "扫地机"}};
    for (const auto &[listed, written] : spoken)
        if (name == QString::fromUtf8(listed))
            return QString::fromUtf8(written);
    return name;
}

Status DemoProducts::installList(Database &db)
{
    org::ProductCatalogue catalogue(db);
    int c = 0;
    for (const CategorySpec &spec : categories()) {
        const QString category = QString::fromUtf8(spec.name);
        if (auto s = catalogue.saveCategory(
                {0, {}, category, QString::fromLatin1(englishName(category))});
            !s)
            return s.error();
        int m = 0;
        for (const char *model : spec.products) {
            // Launched over the five years before the demo's data, one model after another.
            const QDate launched = QDate(2020, 1, 1).addMonths((c * 7 + m * 11) % 60);
            if (auto s =
                    catalogue.saveModel({0, {}, QString::fromUtf8(model), {}, category, launched});
                !s)
                return s.error();
            ++m;
        }
        ++c;
    }
    return {};
}

} // namespace servicelens::demo
