// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFixture.h"
#include "TestSupport.h"
#include "XlsxReader.h"

#include "demo/DemoGenerator.h"
#include "kpi/KpiEngine.h"
#include "org/Branch.h"
#include "report/MonthlyReport.h"
#include "report/ReportCsv.h"
#include "report/ReportXlsx.h"
#include "storage/AuditChain.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace servicelens;
using namespace servicelens::test;
using report::MonthlyReportBuilder;

namespace {

struct Fixture : ReportFixture {
    Fixture()
        : ReportFixture(11, 6000, QStringLiteral("报表.slw"))
    {}

    // KPI.md's JSON of the month, as `servicelens kpi --json` prints it, with the branch's
    // duties (equipment, incidents: not in KPI.md's JSON) as the catalogue reads them.
    QJsonObject kpiJson(QDate month)
    {
        auto k = kpi::KpiEngine(workbook->database())
                     .compute(branch, month, kpi::KpiEngine::All | kpi::KpiEngine::Duties);
        REQUIRE(k.ok());
        QJsonObject json = QJsonDocument::fromJson(kpi::KpiEngine::toJson(*k).toUtf8()).object();
        REQUIRE_FALSE(json.contains(QStringLiteral("equipment")));
        for (const kpi::KpiDefinition &d : kpi::KpiCatalogue::all()) {
            if (d.section != kpi::KpiSection::Equipment && d.section != kpi::KpiSection::Incidents)
                continue;
            const QString section = QString::fromLatin1(d.key).section(QLatin1Char('.'), 0, 0);
            QJsonObject figures = json.value(section).toObject();
            const auto v = d.value(*k);
            figures.insert(d.jsonName(), v ? QJsonValue(*v) : QJsonValue());
            json.insert(section, figures);
        }
        return json;
    }
};

// The JSON value of a key such as "orders.sla_met_rate": null stays a null QVariant.
QVariant jsonValue(const QJsonObject &json, const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('.'));
    const QJsonValue v = json.value(parts[0]).toObject().value(parts[1]);
    REQUIRE_FALSE(v.isUndefined());
    return v.isNull() ? QVariant() : QVariant(v.toDouble());
}

} // namespace

TEST_CASE("Phones are masked and formula-like text neutralised")
{
    CHECK(MonthlyReportBuilder::maskPhone(QStringLiteral("13812345678")) ==
          QStringLiteral("138****5678"));
    CHECK(MonthlyReportBuilder::maskPhone(QStringLiteral(" 13812345678 ")) ==
          QStringLiteral("138****5678"));
    CHECK(MonthlyReportBuilder::maskPhone(QStringLiteral("021-5555")) ==
          QStringLiteral("****5555"));
    CHECK(MonthlyReportBuilder::maskPhone(QStringLiteral("55512")) == QStringLiteral("***12"));
    CHECK(MonthlyReportBuilder::maskPhone(QStringLiteral("1234")) == QStringLiteral("**34"));
    CHECK(MonthlyReportBuilder::maskPhone(QStringLiteral("7")) == QStringLiteral("*"));
    CHECK(MonthlyReportBuilder::maskPhone(QString()).isEmpty());
    CHECK(MonthlyReportBuilder::neutralize(QStringLiteral("=HYPERLINK(\"x\")")) ==
          QStringLiteral("'=HYPERLINK(\"x\")"));
    for (const char *risky : {"+1", "-1", "@SUM(A1)", "\tx", "\rx"})
        CHECK(MonthlyReportBuilder::neutralize(QString::fromLatin1(risky))
                  .startsWith(QLatin1Char('\'')));
    CHECK(MonthlyReportBuilder::neutralize(QStringLiteral("王师傅")) == QStringLiteral("王师傅"));
    CHECK(MonthlyReportBuilder::neutralize(QString()).isEmpty());
}

TEST_CASE("The XLSX report's numbers are the KPI engine's, in both languages")
{
    Fixture fx;
    const QDate month(2026, 9, 1);
    const QJsonObject current = fx.kpiJson(month);
    const QJsonObject previous = fx.kpiJson(month.addMonths(-1));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        INFO(language.toStdString());
        const auto model = fx.build(month, language);
        CHECK_FALSE(model.empty);
        const QString path = fx.folder.file(QStringLiteral("月报-%1.xlsx").arg(language));
        REQUIRE(report::ReportXlsx::write(model, path).ok());
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".partial")));
        XlsxReader xlsx(path);
        REQUIRE(xlsx.ok());
        const bool zh = language == QLatin1String("zh_CN");
        const QString summaryName = zh ? QStringLiteral("汇总") : QStringLiteral("Summary");
        CHECK(xlsx.sheetNames().front() == summaryName);
        CHECK(
            xlsx.sheetNames().contains(zh ? QStringLiteral("工单明细") : QStringLiteral("Orders")));
        const auto summary = xlsx.sheet(summaryName);
        // Rows 4.. hold the figures, KPI.md's key in column F.
        int checked = 0;
        for (int row = 4; summary.contains(QStringLiteral("F%1").arg(row)); ++row) {
            const QString key = summary.value(QStringLiteral("F%1").arg(row)).value.toString();
            INFO(key.toStdString());
            const QVariant expected = jsonValue(current, key);
            const QVariant written = summary.value(QStringLiteral("B%1").arg(row)).value;
            if (expected.isNull()) {
                CHECK_FALSE(written.isValid()); // an undefined figure is an empty cell, not 0
            } else {
                REQUIRE(written.typeId() == QMetaType::Double); // a number, not text
                // libxlsxwriter writes 16 significant digits (Excel keeps 15): equal to that.
                CHECK(written.toDouble() == Approx(expected.toDouble()).epsilon(1e-15));
            }
            const QVariant before = jsonValue(previous, key);
            if (!before.isNull())
                CHECK(summary.value(QStringLiteral("C%1").arg(row)).value.toDouble() ==
                      Approx(before.toDouble()).epsilon(1e-15));
            ++checked;
        }
        CHECK(checked == static_cast<int>(model.figures.size()));
        // The labels are in the report's language.
        CHECK(summary.value(QStringLiteral("A4")).value.toString() ==
              (zh ? QStringLiteral("受理工单") : QStringLiteral("Orders received")));
        // Rates carry a percent format, and no cell anywhere is a formula.
        for (const QString &sheet : xlsx.sheetNames())
            for (const auto &cell : xlsx.sheet(sheet))
                CHECK_FALSE(cell.formula);
        CHECK(xlsx.entries().contains(QStringLiteral("xl/charts/chart1.xml")));
        CHECK(xlsx.entry(QStringLiteral("xl/styles.xml")).contains("0.0%"));
        CHECK(xlsx.entry(QStringLiteral("xl/worksheets/sheet1.xml")).contains("<pane"));
        CHECK(xlsx.entry(QStringLiteral("xl/worksheets/sheet2.xml")).contains("<autoFilter"));
        // The orders sheet has every order received or closed in the month.
        const auto orders = xlsx.sheet(zh ? QStringLiteral("工单明细") : QStringLiteral("Orders"));
        CHECK(orders.contains(QStringLiteral("A%1").arg(model.orders.size() + 1)));
        CHECK_FALSE(orders.contains(QStringLiteral("A%1").arg(model.orders.size() + 2)));
        // The product quality sheet: the month's signalled models, then each fault code's
        // orders with a case against without, as numbers.
        const auto quality =
            xlsx.sheet(zh ? QStringLiteral("产品质量") : QStringLiteral("Product quality"));
        REQUIRE_FALSE(quality.isEmpty());
        REQUIRE_FALSE(model.caseEffects.empty());
        for (std::size_t i = 0; i < model.defects.size(); ++i) {
            INFO(model.defects[i].model.toStdString());
            CHECK(quality.value(QStringLiteral("A%1").arg(i + 2)).value.toString() ==
                  model.defects[i].model);
            CHECK(quality.value(QStringLiteral("C%1").arg(i + 2)).value.toDouble() ==
                  double(model.defects[i].repairs));
        }
        bool effectFound = false;
        for (const auto &cell : quality)
            effectFound = effectFound || cell.value.toString() == model.caseEffects.front().fault;
        CHECK(effectFound);
        // Each inspection carries its seal in full, the one stored with it.
        const auto inspections =
            xlsx.sheet(zh ? QStringLiteral("巡检") : QStringLiteral("Inspections"));
        REQUIRE_FALSE(model.inspections.empty());
        for (std::size_t i = 0; i < model.inspections.size(); ++i) {
            const QString seal =
                inspections.value(QStringLiteral("F%1").arg(i + 2)).value.toString();
            CHECK(seal.size() == 64);
            CHECK(seal == model.inspections[i].seal);
        }
    }
}

TEST_CASE("The CSV report's numbers are the KPI engine's at full precision")
{
    Fixture fx;
    const QDate month(2026, 8, 1);
    const QJsonObject current = fx.kpiJson(month);
    const auto model = fx.build(month, QStringLiteral("zh_CN"));
    const QString path = fx.folder.file(QStringLiteral("指标.csv"));
    REQUIRE(report::ReportCsv::write(model, path).ok());
    const QByteArray bytes = fileBytes(path);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == static_cast<int>(model.figures.size()) + 1);
    CHECK(lines[0] ==
          QStringLiteral(
              "branch,month,key,measure,value,previous_month,same_month_last_year,target"));
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(QLatin1Char(','));
        REQUIRE(cells.size() >= 8);
        CHECK(cells[0] == fx.branch.code);
        CHECK(cells[1] == QStringLiteral("2026-08"));
        const QVariant expected = jsonValue(current, cells[2]);
        INFO(line.toStdString());
        if (expected.isNull())
            CHECK(cells[4].isEmpty());
        else
            CHECK(cells[4].toDouble() == expected.toDouble()); // shortest round-trip text
    }
    CHECK(lines[1].contains(QStringLiteral("受理工单")));
}

TEST_CASE("Customer phones are masked unless asked for, everywhere in the XLSX")
{
    Fixture fx;
    const QDate month(2026, 9, 1);
    SqlQuery q(
        fx.workbook->database(),
        QStringLiteral("SELECT DISTINCT c.phone FROM service_order o JOIN customer c ON c.id = "
                       "o.customer_id WHERE c.phone <> '' LIMIT 50"));
    auto phones = q.all<QString>([](const SqlQuery &row) { return row.value(0).toString(); });
    REQUIRE(phones.ok());
    REQUIRE(phones->size() > 10);

    const QString masked = fx.folder.file(QStringLiteral("masked.xlsx"));
    REQUIRE(report::ReportXlsx::write(fx.build(month, QStringLiteral("en")), masked).ok());
    XlsxReader m(masked);
    REQUIRE(m.ok());
    QByteArray all;
    for (const QString &e : m.entries())
        all += m.entry(e);
    for (const QString &phone : *phones)
        CHECK_FALSE(all.contains(phone.toUtf8()));
    CHECK(all.contains(MonthlyReportBuilder::maskPhone(phones->front()).left(4).toUtf8()));

    const QString clear = fx.folder.file(QStringLiteral("clear.xlsx"));
    REQUIRE(report::ReportXlsx::write(fx.build(month, QStringLiteral("en"), true), clear).ok());
    XlsxReader c(clear);
    QByteArray shared = c.entry(QStringLiteral("xl/sharedStrings.xml"));
    int found = 0;
    for (const QString &phone : *phones)
        found += shared.contains(phone.toUtf8()) ? 1 : 0;
    CHECK(found > 0);
}

TEST_CASE("Text that looks like a formula stays text in the XLSX")
{
    Fixture fx;
    const QDate month(2026, 9, 1);
    SqlQuery q(
        fx.workbook->database(),
        QStringLiteral(
            "UPDATE staff SET name = '=HYPERLINK(\"http://x\",\"点我\")' WHERE code = 'T01'"));
    REQUIRE(q.exec().ok());
    const QString path = fx.folder.file(QStringLiteral("公式.xlsx"));
    REQUIRE(report::ReportXlsx::write(fx.build(month, QStringLiteral("zh_CN")), path).ok());
    XlsxReader xlsx(path);
    REQUIRE(xlsx.ok());
    bool seen = false;
    for (const QString &sheet : xlsx.sheetNames())
        for (const auto &cell : xlsx.sheet(sheet)) {
            CHECK_FALSE(cell.formula);
            if (cell.value.toString().contains(QStringLiteral("=HYPERLINK")))
                seen = true;
        }
    CHECK(seen); // written, as a text cell
}

TEST_CASE("An empty month still makes a valid report that says so")
{
    Fixture fx;
    const QDate month(2020, 2, 1);
    const auto model = fx.build(month, QStringLiteral("zh_CN"));
    CHECK(model.empty);
    CHECK(model.orders.empty());
    CHECK(model.kpis.orders.received == 0);
    CHECK_FALSE(model.kpis.orders.slaMetRate);
    const QString path = fx.folder.file(QStringLiteral("空月.xlsx"));
    REQUIRE(report::ReportXlsx::write(model, path).ok());
    XlsxReader xlsx(path);
    REQUIRE(xlsx.ok());
    QStringList texts;
    for (const auto &cell : xlsx.sheet(QStringLiteral("汇总")))
        texts << cell.value.toString();
    CHECK(texts.contains(QStringLiteral("本月没有工单、回访或巡检记录。")));
    REQUIRE(report::ReportCsv::write(model, fx.folder.file(QStringLiteral("空月.csv"))).ok());
}

TEST_CASE("The report names the month's complaints, failed items, actions and trainings")
{
    Fixture fx;
    const auto model = fx.build(QDate(2026, 9, 1), QStringLiteral("zh_CN"));
    qint64 complaints = 0;
    for (const auto &c : model.complaintCategories)
        complaints += c.count;
    CHECK(complaints == model.kpis.orders.complaints);
    CHECK(static_cast<qint64>(model.complaints.size()) == model.kpis.orders.complaints);
    for (std::size_t i = 1; i < model.complaintCategories.size(); ++i)
        CHECK(model.complaintCategories[i - 1].count >= model.complaintCategories[i].count);
    qint64 open = 0;
    qint64 overdue = 0;
    for (const auto &a : model.actions) {
        open += a.openAtEnd ? 1 : 0;
        overdue += a.overdueAtEnd ? 1 : 0;
    }
    CHECK(open == model.kpis.inspections.actionsOpenEnd);
    CHECK(overdue == model.kpis.inspections.actionsOverdueEnd);
    // The demo's records begin in 2025-11: September 2025 is blank, not a month of zeros; the
    // month before has its figures.
    for (const auto &f : model.figures) {
        CHECK_FALSE(f.lastYear);
        if (f.kind == report::ReportFigure::Kind::Count)
            CHECK(f.previous);
    }
    CHECK(model.trend.size() == 12);
    CHECK(model.trend.front().month == QDate(2025, 10, 1));
    CHECK(model.trend[10].orders.received == static_cast<qint64>(*model.figures.front().previous));
    CHECK(model.trend.back().inspections.completed == model.kpis.inspections.completed);
    CHECK(model.trend.back().orders.received == model.kpis.orders.received);
    CHECK(model.orders.front().status.size() > 0);
    CHECK_FALSE(model.orders.front().status.contains(QLatin1Char('_'))); // words, not codes
}

TEST_CASE("Each format builds only its parts, and they are the whole report's")
{
    // `report --format csv` builds the figures alone, xlsx the lists and every order, pdf the
    // lists and the charts: what they build must be exactly what the whole report holds.
    Fixture fx;
    const QDate month(2026, 9, 1);
    const auto whole = fx.build(month, QStringLiteral("zh_CN"));
    const auto figures =
        fx.build(month, QStringLiteral("zh_CN"), false, MonthlyReportBuilder::Figures);
    const auto xlsx = fx.build(month, QStringLiteral("zh_CN"), false,
                               MonthlyReportBuilder::Lists | MonthlyReportBuilder::OrderList);
    const auto pdf = fx.build(month, QStringLiteral("zh_CN"), false,
                              MonthlyReportBuilder::Lists | MonthlyReportBuilder::Charts);
    for (const auto *part : {&figures, &xlsx, &pdf})
        CHECK(report::ReportCsv::bytes(*part) == report::ReportCsv::bytes(whole));
    CHECK(figures.orders.empty());
    CHECK(figures.complaints.empty());
    CHECK(figures.trend.empty());
    CHECK(xlsx.trend.empty());
    CHECK(xlsx.processMap.orders == 0);
    CHECK(whole.processMap.orders > 0);
    REQUIRE_FALSE(whole.orders.empty());
    REQUIRE(xlsx.orders.size() == whole.orders.size());
    for (std::size_t i = 0; i < whole.orders.size(); ++i)
        CHECK(xlsx.orders[i].orderNo == whole.orders[i].orderNo);
    // The PDF has no order list, but the same complaints, found by a query of their own.
    CHECK(pdf.orders.empty());
    REQUIRE_FALSE(whole.complaints.empty());
    for (const auto *part : {&xlsx, &pdf}) {
        REQUIRE(part->complaints.size() == whole.complaints.size());
        for (std::size_t i = 0; i < whole.complaints.size(); ++i) {
            CHECK(part->complaints[i].orderNo == whole.complaints[i].orderNo);
            CHECK(part->complaints[i].status == whole.complaints[i].status);
            CHECK(part->complaints[i].phone == whole.complaints[i].phone);
        }
        CHECK(part->complaintCategories.size() == whole.complaintCategories.size());
        CHECK(part->actions.size() == whole.actions.size());
        CHECK(part->inspections.size() == whole.inspections.size());
        CHECK(part->themes.size() == whole.themes.size());
        CHECK(part->trainings.size() == whole.trainings.size());
        CHECK(part->empty == whole.empty);
    }
    REQUIRE(pdf.trend.size() == 12);
    CHECK(pdf.processMap.orders == whole.processMap.orders);
    // The ten earlier months are computed brief; the month and the one before in full.
    CHECK(whole.trend.front().brief);
    CHECK_FALSE(whole.trend[10].brief);
    CHECK_FALSE(whole.trend.back().brief);
}

TEST_CASE("The report carries the audit trail's head of its moment")
{
    Fixture fx;
    const QDate month(2026, 9, 1);
    auto head = AuditChain::head(fx.workbook->database().handle());
    REQUIRE(head.ok());
    REQUIRE(head->first > 0);
    const auto model = fx.build(month, QStringLiteral("zh_CN"));
    const QString expected = QString::number(head->first) + QLatin1Char(':') +
                             QString::fromLatin1(head->second.left(16));
    CHECK(model.auditHead == expected);
    const QString path = fx.folder.file(QStringLiteral("审计.xlsx"));
    REQUIRE(report::ReportXlsx::write(model, path).ok());
    XlsxReader x(path);
    REQUIRE(x.ok());
    CHECK(x.entry(QStringLiteral("xl/sharedStrings.xml")).contains(expected.toUtf8()));
}

TEST_CASE("A text too long for an Excel cell is cut with a mark, never dropped")
{
    const QString shortText = QString::fromUtf8("猫\0猫", 7);
    CHECK(report::ReportXlsx::cellText(shortText) == QStringLiteral("猫\uFFFD猫"));
    QString longText;
    for (int i = 0; i < 20000; ++i)
        longText += QStringLiteral("描述😀"); // 4 UTF-16 units each, a surrogate pair inside
    const QString cell = report::ReportXlsx::cellText(longText);
    CHECK(cell.size() <= 32767);
    CHECK(cell.endsWith(QStringLiteral("[cut here: 80000 characters in ServiceLens]")));
    const QString kept = cell.left(cell.indexOf(QStringLiteral(" …[cut here")));
    CHECK_FALSE(kept.back().isHighSurrogate());
    CHECK(longText.startsWith(kept));
}

TEST_CASE("Each complaint in the report says what it was about and how it was answered")
{
    Fixture fx;
    const QDate month(2026, 9, 1);
    auto before = fx.build(month, QStringLiteral("zh_CN"));
    REQUIRE(before.complaints.size() >= 2);
    const QString answered = before.complaints[0].orderNo;
    const QString silent = before.complaints[1].orderNo;
    // Two notes on the first complaint's steps: the later one is its resolution. The second
    // has only a reopening's note, which is not an answer.
    Database &db = fx.workbook->database();
    SqlQuery clear(db, QStringLiteral("DELETE FROM stage_event WHERE order_id IN (SELECT id FROM "
                                      "service_order WHERE order_no IN (:a, :b))"));
    clear.bind(QStringLiteral(":a"), answered).bind(QStringLiteral(":b"), silent);
    REQUIRE(clear.exec().ok());
    SqlQuery reopen(db,
                    QStringLiteral("INSERT INTO stage_event (uid, order_id, kind, at, note) "
                                   "SELECT 'test-reopen', id, 'reopen', received_at + 60, "
                                   "'客户反映故障复发' FROM service_order WHERE order_no = :no"));
    reopen.bind(QStringLiteral(":no"), silent);
    REQUIRE(reopen.exec().ok());
    for (const auto &[at, note] :
         {std::pair{1, "已联系客户，约好周六上门"}, std::pair{2, "更换门封条，客户确认不再漏水"}}) {
        SqlQuery insert(
            db, QStringLiteral("INSERT INTO stage_event (uid, order_id, kind, stage, at, note) "
                               "SELECT :uid, id, 'stage', 'implemented', received_at + :at, "
                               ":note FROM service_order WHERE order_no = :no"));
        insert.bind(QStringLiteral(":uid"), QStringLiteral("test-note-%1").arg(at))
            .bind(QStringLiteral(":at"), 3600 * at)
            .bind(QStringLiteral(":note"), QString::fromUtf8(note))
            .bind(QStringLiteral(":no"), answered);
        REQUIRE(insert.exec().ok());
    }
    SqlQuery description(db, QStringLiteral("SELECT description FROM service_order WHERE "
                                            "order_no = :no"));
    description.bind(QStringLiteral(":no"), answered);
    REQUIRE(description.exec().ok());
    REQUIRE(description.next());
    const QString described = description.value(0).toString();
    REQUIRE_FALSE(described.isEmpty());

    const auto model = fx.build(month, QStringLiteral("zh_CN"));
    const auto find = [&model](const QString &no) {
        for (const report::ReportOrder &o : model.complaints)
            if (o.orderNo == no)
                return o;
        FAIL("complaint missing: " << no.toStdString());
        return report::ReportOrder{};
    };
    CHECK(find(answered).description == described);
    CHECK(find(answered).resolution == QStringLiteral("更换门封条，客户确认不再漏水"));
    CHECK(find(silent).resolution.isEmpty()); // no answer written: none made up

    // The XLSX sheet is named for the orders it lists, and carries both texts.
    const QString path = fx.folder.file(QStringLiteral("投诉.xlsx"));
    REQUIRE(report::ReportXlsx::write(model, path).ok());
    XlsxReader xlsx(path);
    REQUIRE(xlsx.ok());
    REQUIRE(xlsx.sheetNames().contains(QStringLiteral("投诉工单")));
    const auto sheet = xlsx.sheet(QStringLiteral("投诉工单"));
    bool found = false;
    for (int row = 2; sheet.contains(QStringLiteral("A%1").arg(row)); ++row)
        if (sheet.value(QStringLiteral("A%1").arg(row)).value.toString() == answered) {
            CHECK(sheet.value(QStringLiteral("G%1").arg(row)).value.toString() == described);
            CHECK(sheet.value(QStringLiteral("H%1").arg(row)).value.toString() ==
                  QStringLiteral("更换门封条，客户确认不再漏水"));
            found = true;
        }
    CHECK(found);
}

TEST_CASE("The report lists the branch's maintenance due, breakdowns and incidents of the month",
          "[report][equipment][incident]")
{
    // The demo on 22 November 2026: the recall opened in October, the drill in August, the
    // compressor bench down in July with orders waiting.
    Fixture fx;
    const auto value = [](const report::MonthlyReport &r, const char *key) {
        for (const report::ReportFigure &f : r.figures)
            if (f.key == QLatin1String(key))
                return f.value;
        FAIL("no figure " << key);
        return std::optional<double>();
    };
    const auto october = fx.build(QDate(2026, 10, 1), QStringLiteral("zh_CN"));
    REQUIRE(october.incidents.size() == 1);
    const report::ReportIncident &recall = october.incidents.front();
    CHECK_FALSE(recall.drill);
    CHECK_FALSE(recall.closedAt);
    CHECK(recall.scenario == QStringLiteral("产品召回"));
    CHECK(recall.listed > 0);
    CHECK(recall.reached < recall.listed);
    CHECK(value(october, "incidents.opened") == 1);
    CHECK(value(october, "incidents.open_end") == 1);
    CHECK(value(october, "incidents.drills") == 0);
    // The due list at the month's end: overdue first, as many as the figures count.
    int overdue = 0;
    for (std::size_t i = 0; i < october.maintenanceDue.size(); ++i) {
        overdue += october.maintenanceDue[i].overdueDays > 0;
        if (i > 0)
            CHECK(october.maintenanceDue[i - 1].overdueDays >=
                  october.maintenanceDue[i].overdueDays);
    }
    CHECK(value(october, "equipment.overdue_end") == overdue);

    const auto august = fx.build(QDate(2026, 8, 1), QStringLiteral("en"));
    REQUIRE(august.incidents.size() == 1);
    CHECK(august.incidents.front().drill);
    CHECK(august.incidents.front().listed == 0);
    CHECK(value(august, "incidents.opened") == 0);
    CHECK(value(august, "incidents.drills") == 1);

    const auto july = fx.build(QDate(2026, 7, 1), QStringLiteral("en"));
    REQUIRE_FALSE(july.breakdowns.empty());
    int waited = 0;
    for (const report::ReportBreakdown &b : july.breakdowns)
        waited += b.ordersWaited;
    CHECK(waited > 0);
    CHECK(value(july, "equipment.failures") == double(july.breakdowns.size()));
}
