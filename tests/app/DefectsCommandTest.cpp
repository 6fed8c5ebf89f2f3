// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens defects: the demo's planted defect (BCD-520WDPZU1's compressor, rising in its last
// three months) signals in the last month and not in the month before the rise; the R&D feedback
// report it writes; a read command that never changes the file; usage errors exit 2.
#include "ServicelensProcess.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace servicelens;
using namespace servicelens::test;

namespace {

QJsonObject modelIn(const QJsonObject &report, const QString &model)
{
    for (const QJsonValue &m : report.value(QStringLiteral("models")).toArray())
        if (m.toObject().value(QStringLiteral("model")).toString() == model)
            return m.toObject();
    return {};
}

QJsonObject faultIn(const QJsonObject &model, const QString &code)
{
    for (const QJsonValue &f : model.value(QStringLiteral("faults")).toArray())
        if (f.toObject().value(QStringLiteral("code")).toString() == code)
            return f.toObject();
    return {};
}

} // namespace

TEST_CASE("defects shows the demo's rising compressor fault when it rises, not before",
          "[cli][defects]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("缺陷 趋势.servicelens"));
    REQUIRE(runServicelens(
                {QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo")})
                .status == 0);
    // The demo's last month is the one before today's in Shanghai.
    const QDate today = QDateTime::currentDateTime().toTimeZone(QTimeZone("Asia/Shanghai")).date();
    const QDate last = QDate(today.year(), today.month(), 1).addMonths(-1);
    const auto month = [](QDate d) {
        return d.toString(QStringLiteral("yyyy-MM"));
    };

    const QByteArray before = fileHash(db);
    const Run json =
        runServicelens({QStringLiteral("defects"), QStringLiteral("--db"), db,
                        QStringLiteral("--month"), month(last), QStringLiteral("--json")});
    INFO(json.err.toStdString());
    REQUIRE(json.status == 0);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("month")).toString() == month(last));
    const QJsonArray models = report.value(QStringLiteral("models")).toArray();
    CHECK(models.size() == 25); // every model of the demo's list had repairs
    // The strongest signal first: the compressor noise (RF-03) of BCD-520WDPZU1.
    const QJsonObject fridge = models.first().toObject();
    CHECK(fridge.value(QStringLiteral("model")).toString() == QStringLiteral("BCD-520WDPZU1"));
    CHECK(fridge.value(QStringLiteral("chart")).toString() == QStringLiteral("u"));
    CHECK(fridge.value(QStringLiteral("base")).toDouble() > 0);
    const QJsonObject compressor = faultIn(fridge, QStringLiteral("RF-03"));
    CHECK(compressor.value(QStringLiteral("signals"))
              .toArray()
              .contains(QStringLiteral("above_upper")));
    // A category without installed base is on a p-chart: its base unknown, not 0.
    const QJsonObject heater = modelIn(report, QStringLiteral("JSQ30-16WT5"));
    CHECK(heater.value(QStringLiteral("chart")).toString() == QStringLiteral("p"));
    CHECK(heater.value(QStringLiteral("base")).isNull());

    // The month before the rise: the compressor does not signal.
    const Run earlier = runServicelens({QStringLiteral("defects"), QStringLiteral("--db"), db,
                                        QStringLiteral("--month"), month(last.addMonths(-3)),
                                        QStringLiteral("--json")});
    REQUIRE(earlier.status == 0);
    const QJsonObject calm = faultIn(modelIn(QJsonDocument::fromJson(earlier.out.toUtf8()).object(),
                                             QStringLiteral("BCD-520WDPZU1")),
                                     QStringLiteral("RF-03"));
    CHECK(calm.value(QStringLiteral("signals")).toArray().isEmpty());

    // The table names the model and its signal; the file is as it was.
    const Run table = runServicelens({QStringLiteral("defects"), QStringLiteral("--db"), db,
                                      QStringLiteral("--month"), month(last)});
    REQUIRE(table.status == 0);
    CHECK(table.out.contains(QStringLiteral("BCD-520WDPZU1")));
    CHECK(table.out.contains(QStringLiteral("RF-03×")));
    CHECK(fileHash(db) == before);

    // The R&D feedback report: the signalled models, in Chinese, with the draft case written on
    // the rising noise; the file still as it was.
    const QString pdf = dir.file(QStringLiteral("研发 反馈.pdf"));
    const Run feedback =
        runServicelens({QStringLiteral("defects"), QStringLiteral("--db"), db,
                        QStringLiteral("--month"), month(last), QStringLiteral("--out"), pdf,
                        QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    INFO(feedback.err.toStdString());
    REQUIRE(feedback.status == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("研发反馈")));
    CHECK(text.contains(QStringLiteral("BCD-520WDPZU1")));
    CHECK(text.contains(QStringLiteral("RF-03 压缩机异响")));
    CHECK(text.contains(QStringLiteral("待批准"))); // the draft case, marked as such
    CHECK(fileHash(db) == before);
    // A model asked for, as a workbook.
    const QString xlsx = dir.file(QStringLiteral("热水器.xlsx"));
    CHECK(runServicelens({QStringLiteral("defects"), QStringLiteral("--db"), db,
                          QStringLiteral("--month"), month(last), QStringLiteral("--out"), xlsx,
                          QStringLiteral("--format"), QStringLiteral("xlsx"),
                          QStringLiteral("--model"), QStringLiteral("jsq30-16wt5")})
              .status == 0);
    CHECK(fileBytes(xlsx).startsWith("PK"));
    // Refused, nothing written: an unknown model, the workbook as the target, --json with --out,
    // --format without --out.
    const QString none = dir.file(QStringLiteral("无.pdf"));
    CHECK(runServicelens({QStringLiteral("defects"), QStringLiteral("--db"), db,
                          QStringLiteral("--month"), month(last), QStringLiteral("--out"), none,
                          QStringLiteral("--model"), QStringLiteral("没有这个型号")})
              .status == 2);
    CHECK_FALSE(QFile::exists(none));
    CHECK(runServicelens({QStringLiteral("defects"), QStringLiteral("--db"), db,
                          QStringLiteral("--month"), month(last), QStringLiteral("--out"), db})
              .status == 2);
    CHECK(runServicelens({QStringLiteral("defects"), QStringLiteral("--db"), db,
                          QStringLiteral("--month"), month(last), QStringLiteral("--out"), none,
                          QStringLiteral("--json")})
              .status == 2);
    CHECK(runServicelens({QStringLiteral("defects"), QStringLiteral("--db"), db,
                          QStringLiteral("--month"), month(last), QStringLiteral("--format"),
                          QStringLiteral("xlsx")})
              .status == 2);
    CHECK_FALSE(QFile::exists(none));
    CHECK(fileHash(db) == before);

    CHECK(runServicelens({QStringLiteral("defects"), QStringLiteral("--db"), db}).status == 2);
    CHECK(runServicelens({QStringLiteral("defects"), QStringLiteral("--db"), db,
                          QStringLiteral("--month"), QStringLiteral("2026-13")})
              .status == 2);
}
