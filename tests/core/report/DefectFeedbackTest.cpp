// SPDX-License-Identifier: GPL-3.0-or-later
// The R&D feedback report (report/DefectFeedback, `defects --out`): which models it covers, the
// repairs it shows as evidence and in which order, the cases it offers and why, and its workbook.
#include "DefectFixture.h"
#include "TestSupport.h"
#include "XlsxReader.h"

#include "knowledge/CaseLibrary.h"
#include "report/DefectFeedback.h"
#include "report/FeedbackXlsx.h"
#include "report/ReportText.h"

using namespace servicelens;
using namespace servicelens::report;
using namespace servicelens::test;
using knowledge::CaseStatus;
using knowledge::ServiceCase;

namespace {

// The header of a 64 × 32 JPEG: start of image, a JFIF segment, then the frame header.
QByteArray jpegHeader()
{
    QByteArray b = QByteArray::fromHex("FFD8FFE000104A46494600010100000100010000");
    b += QByteArray::fromHex("FFC0001108002000400301220002110103110100");
    return b;
}

qint64 saveCase(knowledge::CaseLibrary &library, const char *title, const char *fault,
                const QStringList &models, CaseStatus status)
{
    ServiceCase c;
    c.title = QString::fromUtf8(title);
    c.symptom = QStringLiteral("症状：%1").arg(c.title);
    c.fix = QStringLiteral("第一步\n第二步");
    c.faultCode = QString::fromUtf8(fault);
    c.models = models;
    c.status = status;
    auto saved = library.save(c);
    REQUIRE(saved.ok());
    return c.id;
}

QStringList titles(const FeedbackModel &m)
{
    QStringList t;
    for (const FeedbackCase &c : m.cases)
        t << c.content.title;
    return t;
}

} // namespace

TEST_CASE("The R&D feedback report covers the signalled models with their evidence and cases",
          "[report][defects]")
{
    TempWorkbook t(QStringLiteral("研发反馈.servicelens"));
    plantTwoModels(t);
    knowledge::CaseLibrary library(t.db);
    // A: for the rising R01, with a photo; B: written for XQB80 (on W02); C: retired; D: another
    // fault, never used; E: another fault, used on one of XQB80's October repairs.
    ServiceCase a;
    a.title = QStringLiteral("压缩机不启动：启动电容失效");
    a.faultCode = QStringLiteral("R01");
    a.status = CaseStatus::Approved;
    a.photos.push_back({QStringLiteral("电容鼓包"), jpegHeader()});
    REQUIRE(library.save(a).ok());
    saveCase(library, "排水泵堵塞", "W02", {QStringLiteral("XQB80")}, CaseStatus::Approved);
    saveCase(library, "旧做法：更换压缩机", "R01", {}, CaseStatus::Retired);
    saveCase(library, "门封条老化", "D09", {}, CaseStatus::Draft);
    const qint64 e = saveCase(library, "电源板烧毁", "P01", {}, CaseStatus::Approved);
    auto r01 =
        kpi::DefectReport::orderIds(t.db, QStringLiteral("XQB80"), 202610, QStringLiteral("R01"));
    REQUIRE(r01.ok());
    REQUIRE(r01->size() == 7);
    REQUIRE(library.recordUse((*r01)[0], a.id).ok());
    REQUIRE(library.recordUse((*r01)[1], a.id).ok());
    REQUIRE(library.recordUse((*r01)[2], e).ok());

    DefectFeedback::Options options;
    options.language = QStringLiteral("zh_CN");
    options.orders = 8;
    auto fb = DefectFeedback::build(t.db, QDate(2026, 10, 9), options);
    REQUIRE(fb.ok());
    CHECK(fb->month == QDate(2026, 10, 1));
    CHECK_FALSE(fb->chosen);
    CHECK(fb->faultText(QStringLiteral("R01")) == QStringLiteral("R01 压缩机不启动"));
    CHECK(fb->faultText(QStringLiteral("X9")) == QStringLiteral("X9"));
    const ReportText english(QStringLiteral("en"));
    // Both models signal (DefectTrendsTest), the stronger first.
    REQUIRE(fb->models.size() == 2);
    const FeedbackModel &ac = fb->models[0];
    const FeedbackModel &washer = fb->models[1];
    CHECK(ac.trend.model == QStringLiteral("KFR-35GW"));
    CHECK(washer.trend.model == QStringLiteral("XQB80"));
    CHECK(washer.launched == QDate(2025, 1, 1));
    // Its own chart signals and so does its R01; KFR-35GW's R01 alone.
    CHECK(DefectFeedback::signalsText(english, washer.trend) ==
          QStringLiteral("above the limit; R01: above the limit"));
    CHECK(DefectFeedback::signalsText(english, ac.trend) == QStringLiteral("R01: above the limit"));

    // XQB80's 11 October repairs all counted; 8 shown: its 7 R01 (signalled) first, then W02
    // (2 repairs) before the 2 without a code.
    CHECK(washer.ordersTotal == 11);
    REQUIRE(washer.orders.size() == 8);
    for (int i = 0; i < 7; ++i)
        CHECK(washer.orders[std::size_t(i)].faultCode == QStringLiteral("R01"));
    CHECK(washer.orders[7].faultCode == QStringLiteral("W02"));
    CHECK(washer.orders[7].product == QStringLiteral("海尔XQB80洗衣机"));
    CHECK(washer.orders[0].description.startsWith(QStringLiteral("R01 故障 D")));
    CHECK(washer.orders[0].received.date() == QDate(2026, 10, 15));
    CHECK_FALSE(washer.orders[0].closed);

    // Its cases: A for the signalled R01, B for the model, E used on one of its repairs; not the
    // retired C nor the unrelated D.
    CHECK(titles(washer) == QStringList{QStringLiteral("压缩机不启动：启动电容失效"),
                                        QStringLiteral("排水泵堵塞"),
                                        QStringLiteral("电源板烧毁")});
    CHECK(washer.cases[0].forSignalledFault);
    CHECK(washer.cases[0].usedOnMonth == 2);
    CHECK(washer.cases[0].usedOnAll == 2);
    REQUIRE(washer.cases[0].content.photos.size() == 1); // read with its photo
    CHECK(washer.cases[1].forModel);
    CHECK_FALSE(washer.cases[1].forSignalledFault);
    CHECK(washer.cases[2].usedOnMonth == 1);
    // KFR-35GW's October faults are R01 alone: A only (B is XQB80's W02, E used on XQB80).
    CHECK(titles(ac) == QStringList{QStringLiteral("压缩机不启动：启动电容失效")});
    CHECK(ac.cases[0].usedOnMonth == 0);
    CHECK(ac.cases[0].usedOnAll == 2);

    SECTION("A model asked for by any spelling, and one that cannot be reported")
    {
        options.models = {QStringLiteral("xqb80"), QStringLiteral("XQB80")};
        auto one = DefectFeedback::build(t.db, QDate(2026, 10, 1), options);
        REQUIRE(one.ok());
        CHECK(one->chosen);
        REQUIRE(one->models.size() == 1);
        CHECK(one->models[0].trend.model == QStringLiteral("XQB80"));

        options.models = {QStringLiteral("BCD-520")}; // its one repair is fourteen months old
        auto old = DefectFeedback::build(t.db, QDate(2026, 10, 1), options);
        REQUIRE_FALSE(old.ok());
        CHECK(old.error().kind == ErrorKind::NotFound);
        CHECK(old.error().message.contains(QStringLiteral("BCD-520")));
        options.models = {QStringLiteral("不存在的型号")};
        auto unknown = DefectFeedback::build(t.db, QDate(2026, 10, 1), options);
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().message.contains(QStringLiteral("不存在的型号")));
    }

    SECTION("A month where nothing signals gives an empty report, not an error")
    {
        auto quiet = DefectFeedback::build(t.db, QDate(2026, 5, 1), options);
        REQUIRE(quiet.ok());
        CHECK(quiet->models.empty());
    }

    SECTION("The workbook holds every figure, repair and case, with the photo")
    {
        const QString path = t.dir.file(QStringLiteral("研发反馈.xlsx"));
        REQUIRE(FeedbackXlsx::write(*fb, path).ok());
        XlsxReader xlsx(path);
        REQUIRE(xlsx.ok());
        CHECK(xlsx.sheetNames().size() == 5);
        const auto signalSheet = xlsx.sheet(xlsx.sheetNames()[0]);
        CHECK(signalSheet.value(QStringLiteral("A4")).value.toString() ==
              QStringLiteral("KFR-35GW"));
        CHECK(signalSheet.value(QStringLiteral("A5")).value.toString() == QStringLiteral("XQB80"));
        CHECK(signalSheet.value(QStringLiteral("G5")).value.toDouble() == 11);   // repairs
        CHECK(signalSheet.value(QStringLiteral("H5")).value.toDouble() == 2000); // units
        CHECK(signalSheet.value(QStringLiteral("I5")).value.toDouble() ==
              Catch::Detail::Approx(5.5));
        CHECK(signalSheet.value(QStringLiteral("J5")).value.toDouble() ==
              Catch::Detail::Approx(2.0));
        CHECK(signalSheet.value(QStringLiteral("K5")).value.toDouble() ==
              Catch::Detail::Approx(5.0));
        CHECK_FALSE(signalSheet.contains(QStringLiteral("H4"))); // a p-chart: no installed base
        // The chart sheet: 24 months per model.
        const auto charts = xlsx.sheet(xlsx.sheetNames()[1]);
        CHECK(charts.contains(QStringLiteral("A49")));
        CHECK_FALSE(charts.contains(QStringLiteral("A50")));
        const auto repairs = xlsx.sheet(xlsx.sheetNames()[3]);
        int shown = 0;
        for (auto it = repairs.begin(); it != repairs.end(); ++it)
            if (it.key().startsWith(QLatin1Char('G')) && it.key() != QStringLiteral("G1"))
                ++shown;
        CHECK(shown == int(ac.orders.size() + washer.orders.size()));
        CHECK(xlsx.entries().contains(QStringLiteral("xl/media/image1.jpeg")));
    }
}

TEST_CASE("A photo's pixel size is read from its header", "[report][defects]")
{
    CHECK(FeedbackXlsx::imageSize(jpegHeader()) == std::make_pair(64, 32));
    QByteArray png = QByteArray::fromHex("89504E470D0A1A0A0000000D49484452");
    png += QByteArray::fromHex("000001F4000000C8"); // 500 × 200
    CHECK(FeedbackXlsx::imageSize(png) == std::make_pair(500, 200));
    CHECK_FALSE(FeedbackXlsx::imageSize(QByteArray("not an image")));
    CHECK_FALSE(FeedbackXlsx::imageSize(jpegHeader().left(22))); // cut before its frame header
}
