// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report read back as a reader's tools see it: pdftotext for the words and figures,
// pdffonts for the embedded fonts.
#include "ReportFixture.h"
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "inspection/InspectionSeal.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiEngine.h"
#include "org/Branch.h"
#include "report/MonthlyReport.h"
#include "report/PageFlow.h"
#include "report/ReportDocument.h"
#include "report/ReportFormat.h"
#include "report/ReportPdf.h"

#include <QProcess>

using namespace servicelens;
using namespace servicelens::test;

namespace {

QString runTool(const QString &tool, const QStringList &arguments)
{
    QProcess p;
    p.start(tool, arguments);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct Fixture : ReportFixture {
    Fixture()
        : ReportFixture(5, 5000, QStringLiteral("报告.slw"))
    {}
};

} // namespace

TEST_CASE("The PDF's text carries the KPI engine's figures, in both languages", "[report]")
{
    Fixture fx;
    const QDate month(2026, 9, 1);
    auto kpis = kpi::KpiEngine(fx.workbook->database()).compute(fx.branch, month);
    REQUIRE(kpis.ok());
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const auto model = fx.build(month, language);
        const QString path = fx.folder.file(QStringLiteral("月度报告-%1.pdf").arg(language));
        REQUIRE(ui::ReportPdf::write(model, path).ok());
        const QString text = runTool(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-layout"), path, QStringLiteral("-")});
        const QStringList lines = text.split(QLatin1Char('\n'));
        // Every summary row: its label and this month's value on one line, as formatted from
        // the engine's own figure (not the report model's).
        for (const report::ReportFigure &f : model.figures) {
            INFO(f.key.toStdString());
            std::optional<double> engine;
            if (f.key == QLatin1String("orders.received"))
                engine = static_cast<double>(kpis->orders.received);
            else if (f.key == QLatin1String("orders.sla_met_rate"))
                engine = kpis->orders.slaMetRate;
            else if (f.key == QLatin1String("surveys.csat"))
                engine = kpis->surveys.csat;
            else if (f.key == QLatin1String("surveys.nps"))
                engine = kpis->surveys.nps;
            else
                engine = f.value;
            // With the catalogue's decimals, as the app writes it (NPS 32, not 31.52).
            const QString value = report::ReportFormat::figure(
                f.kind, engine, kpi::KpiCatalogue::find(f.key)->decimals);
            bool found = false;
            for (const QString &line : lines)
                if (line.trimmed().startsWith(f.label) && line.contains(value))
                    found = true;
            CHECK(found);
        }
        const bool zh = language == QLatin1String("zh_CN");
        CHECK(text.contains(zh ? QStringLiteral("2026年9月") : QStringLiteral("September 2026")));
        CHECK(text.contains(zh ? QStringLiteral("月度服务报告")
                               : QStringLiteral("Monthly service report")));
        CHECK(text.contains(fx.branch.code));      // digits after letters survive (no shaping)
        CHECK_FALSE(text.contains(QChar(0x2F49))); // "⽉": the radical, not 月
        const ui::ReportDocument document(model);
        CHECK(document.pageCount() >= 4);
        CHECK(text.contains(zh ? QStringLiteral("第 2 页，共 %1 页").arg(document.pageCount())
                               : QStringLiteral("Page 2 of %1").arg(document.pageCount())));
        // The month's process map: its heading and its commonest path's share, as computed.
        REQUIRE(model.processMap.orders > 0);
        REQUIRE_FALSE(model.processMap.variants.empty());
        CHECK(model.processMap.orders == kpis->orders.closed);
        CHECK(text.contains(zh ? QStringLiteral("本月流程图")
                               : QStringLiteral("The month's process map")));
        CHECK(text.contains(report::ReportFormat::rate(model.processMap.variants.front().share)));
        // A complaint's order number from the complaints table, found by a search.
        REQUIRE_FALSE(model.complaints.empty());
        CHECK(text.contains(model.complaints.back().orderNo));
        // Each inspection's seal, as `servicelens check` recomputes it.
        REQUIRE_FALSE(model.inspections.empty());
        for (const report::ReportInspection &i : model.inspections) {
            REQUIRE(i.seal.size() == 64);
            CHECK(text.contains(inspection::InspectionSeal::shortForm(i.seal)));
        }
        // Written for a manager: no internal item codes, no command-line words.
        for (const report::ReportFailedItem &i : model.failedItems) {
            INFO(i.code.toStdString());
            CHECK_FALSE(text.contains(i.code));
            CHECK(text.contains(i.text.left(6)));
        }
        CHECK_FALSE(text.contains(QStringLiteral("servicelens ")));
        // Product quality: each signalled model, and each fault code's cases against without.
        CHECK(text.contains(zh ? QStringLiteral("产品质量与案例库")
                               : QStringLiteral("Product quality and the case library")));
        for (const report::ReportDefect &d : model.defects) {
            INFO(d.model.toStdString());
            CHECK(text.contains(d.model));
        }
        REQUIRE_FALSE(model.caseEffects.empty());
        CHECK(text.contains(model.caseEffects.front().fault.section(QLatin1Char(' '), 0, 0)));
        // Each technician's CSAT beside the number of answers it rests on.
        REQUIRE_FALSE(kpis->technicians.empty());
        for (const kpi::TechnicianKpis &k : kpis->technicians) {
            INFO(k.code.toStdString());
            bool row = false;
            for (const QString &line : lines)
                if (line.trimmed().startsWith(k.code + QLatin1Char(' ')) &&
                    line.contains(QStringLiteral(" %1 ").arg(k.csatAnswers)) &&
                    line.contains(report::ReportFormat::rate(k.csat)))
                    row = true;
            CHECK(row);
        }
        const QString fonts = runTool(QStringLiteral("pdffonts"), {path});
        CHECK(fonts.contains(QStringLiteral("NotoSansCJK")));
        for (const QString &line : fonts.split(QLatin1Char('\n')).mid(2))
            if (!line.isEmpty())
                CHECK(line.contains(QStringLiteral(" yes "))); // embedded
    }
}

TEST_CASE("An empty month's PDF says so", "[report]")
{
    Fixture fx;
    const auto model = fx.build(QDate(2020, 3, 1), QStringLiteral("zh_CN"));
    const QString path = fx.folder.file(QStringLiteral("空.pdf"));
    REQUIRE(ui::ReportPdf::write(model, path).ok());
    const QString text = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("本月没有工单、回访或巡检记录。")));
    CHECK(text.contains(QStringLiteral("本月无投诉。")));
    CHECK(text.contains(QStringLiteral("本月未举办培训。")));
}

TEST_CASE("A cancelled PDF export leaves no file", "[report]")
{
    Fixture fx;
    const auto model = fx.build(QDate(2026, 9, 1), QStringLiteral("en"));
    const QString path = fx.folder.file(QStringLiteral("取消.pdf"));
    int calls = 0;
    const Status s = ui::ReportPdf::write(model, path, [&](int, int) { return ++calls < 2; });
    CHECK_FALSE(s.ok());
    CHECK(s.error().kind == ErrorKind::Cancelled);
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("Table cells wrap at words, and cut only an unbroken run wider than the cell", "[report]")
{
    const ui::PageFlow flow;
    const QFont font = flow.font(9);
    CHECK(flow.cellWrap(QStringLiteral("waiting for customer"), font, 40) == Qt::TextWordWrap);
    CHECK(flow.cellWrap(QStringLiteral("说明延误原因并致歉，赠送一年延保"), font, 40) ==
          Qt::TextWordWrap);
    CHECK(flow.cellWrap(QStringLiteral("SO202611110016"), font, 40) == Qt::TextWrapAnywhere);
    CHECK(flow.cellWrap(QStringLiteral("SO202611110016"), font, 400) == Qt::TextWordWrap);
    // A word kept whole is never split: its line count is that of its words.
    const double oneLine = flow.cellHeight(QStringLiteral("customer"), font, 200, Qt::TextWordWrap);
    CHECK(flow.cellHeight(QStringLiteral("waiting for customer"), font, 45,
                          flow.cellWrap(QStringLiteral("waiting for customer"), font, 45)) ==
          Approx(3 * oneLine).epsilon(0.2));
}

TEST_CASE("The text map fix rewrites characters, never glyph codes", "[report]")
{
    const QByteArray map = "2 beginbfrange\n<0009> <000B> [<2F49> <0009> <0031>]\nendbfrange\n"
                           "1 beginbfchar\n<2F49> <2F49>\nendbfchar\n";
    const QHash<char16_t, char16_t> readers = {{0x2F49, 0x6708}, {0x0009, 0x0020}};
    const QByteArray fixed = ui::ReportPdf::fixTextMap(map, readers);
    CHECK(fixed == "2 beginbfrange\n<0009> <000B> [<6708> <0020> <0031>]\nendbfrange\n"
                   "1 beginbfchar\n<2F49> <6708>\nendbfchar\n");
    CHECK(fixed.size() == map.size());
}
