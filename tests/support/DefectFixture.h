// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Two models with a hand-computed defect trend in October 2026 (DefectTrendsTest computes each
// figure; the R&D feedback report's tests build on them): XQB80 on a u-chart (2,000 units in the
// field), whose R01 rises above its limit; KFR-35GW on a p-chart (share of 空调's repairs), whose
// R01 does too. Each order's description names its code and number ("R01 故障 D17").

#include "TestSupport.h"

#include "workbook/Importers.h"

namespace servicelens::test {

inline void importList(Database &db, const TempFolder &dir, ImportKind kind, const QByteArray &csv)
{
    const QString file = dir.file(QStringLiteral("清单.csv"));
    writeFile(file, csv);
    auto done = Importers::run(kind, db, file, {});
    REQUIRE(done.ok());
    INFO((done->issues.empty() ? QString() : done->issues.front().toString()).toStdString());
    REQUIRE(done->committed);
}

// `n` orders received mid-month in `month` (YYYY-MM) of `product`, `category` and `code`.
inline void addDefectOrders(QByteArray &csv, int &next, const QByteArray &month, int n,
                            const char *product, const char *category, const char *code)
{
    for (int i = 0; i < n; ++i) {
        ++next;
        csv += QStringLiteral("D%1,%2-15 10:00,%3,%4,%5,%6\n")
                   .arg(next)
                   .arg(QLatin1String(month), QString::fromUtf8(product),
                        QString::fromUtf8(category), QString::fromUtf8(code),
                        QStringLiteral("%1 故障 D%2").arg(QString::fromUtf8(code)).arg(next))
                   .toUtf8();
    }
}

inline void plantTwoModels(TempWorkbook &t)
{
    importList(
        t.db, t.dir, ImportKind::Products,
        QByteArray("型号,品类,上市日期\nXQB80,洗衣机,2025-01-01\nKFR-35GW,空调,\nBCD-520,冰箱,\n"));
    importList(t.db, t.dir, ImportKind::Faults,
               QByteArray("故障代码,故障名称\nR01,压缩机不启动\nW02,排水不畅\n"));
    QByteArray base("型号,月份,保有量\n");
    QByteArray orders("工单号,受理时间,产品,类别,故障代码,故障描述\n");
    int next = 0;
    // The twelve months before October 2026, then October.
    for (int m = 0; m <= 12; ++m) {
        const int key = m < 3 ? 202510 + m : 202601 + (m - 3);
        const QByteArray month = QStringLiteral("%1-%2")
                                     .arg(key / 100)
                                     .arg(key % 100, 2, 10, QLatin1Char('0'))
                                     .toLatin1();
        base += "XQB80," + month + ",2000\n";
        const bool october = m == 12;
        // XQB80 (u-chart, 2,000 units): 2 R01 and 2 W02 a month; October 7 R01, 2 W02, 2 none.
        addDefectOrders(orders, next, month, october ? 7 : 2, "XQB80", "洗衣机", "R01");
        addDefectOrders(orders, next, month, 2, "海尔XQB80洗衣机", "洗衣机", "W02");
        if (october)
            addDefectOrders(orders, next, month, 2, "XQB80", "洗衣机", "");
        // KFR-35GW (p-chart in 空调): 1 R01 and 2 without a code a month, 9 other air
        // conditioners; October 3 R01 and 3 others.
        addDefectOrders(orders, next, month, october ? 3 : 1, "KFR-35GW", "空调", "R01");
        if (!october)
            addDefectOrders(orders, next, month, 2, "KFR-35GW 挂机", "", "");
        addDefectOrders(orders, next, month, october ? 3 : 9, "格力空调", "空调", "W02");
    }
    // BCD-520's one repair, fourteen months before: not among the models listed.
    addDefectOrders(orders, next, "2025-08", 1, "BCD-520", "冰箱", "");
    importList(t.db, t.dir, ImportKind::Installed, base);
    importList(t.db, t.dir, ImportKind::Orders, orders);
}

} // namespace servicelens::test
