// SPDX-License-Identifier: GPL-3.0-or-later
// What File ▸ Print… puts on paper: the monthly report page by page, an order with its customer,
// timeline and history, an inspection with every item's answer — printed here to a PDF printer
// and read back.
#include "DemoFixture.h"
#include "TestSupport.h"

#include "flow/OrderDetails.h"
#include "flow/OrderPrintout.h"
#include "inspection/InspectionPrintout.h"
#include "inspection/InspectionRepository.h"
#include "inspection/InspectionSession.h"
#include "print/PrintPreview.h"
#include "report/ReportsPage.h"
#include "storage/SqlQuery.h"
#include "workbook/WorkbookContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QPrinter>
#include <QProcess>

using namespace servicelens;
using namespace servicelens::test;

namespace {

QString layoutText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    // Qt's PDF writer maps some Han characters to their Kangxi radicals in the text layer
    // (月 as ⽉; the page shows 月): compatibility normalisation reads them back.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(p.waitForFinished(60000));
    for (const QString &line :
         QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    return 0;
}

void printToPdf(QPrinter &printer, const QString &path)
{
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
}

} // namespace

TEST_CASE("The printed report has the preview's pages and figures", "[ui][print]")
{
    DemoWorkbook demo(QStringLiteral("打印.servicelens"), 3000);
    ui::WorkbookContext context;
    ui::ReportsPage page(context);
    page.show();
    context.setWorkbook(demo.wb.get());
    page.monthEdit()->setDate(QDate(2026, 9, 1));
    page.languageBox()->setCurrentIndex(page.languageBox()->findData(QStringLiteral("zh_CN")));
    page.waitForPreview();
    const QString path = demo.dir.file(QStringLiteral("打印的报告.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printToPdf(printer, path);
    REQUIRE(page.printTo(&printer).ok());
    CHECK(pdfPages(path) == page.previewPageCount());
    // At the size laid out: a heading and a figure read whole (scaled twice, they broke apart).
    const QString text = layoutText(path);
    CHECK(text.contains(QStringLiteral("月度服务报告")));
    CHECK(text.contains(QStringLiteral("一、指标与目标")));
    context.setWorkbook(nullptr);
}

TEST_CASE("A printed order carries its customer, timeline and history", "[ui][print]")
{
    DemoWorkbook demo(QStringLiteral("工单打印.servicelens"), 400);
    Database &db = demo.wb->database();
    SqlQuery q(db, QStringLiteral("SELECT o.id FROM service_order o JOIN customer c ON "
                                  "c.id = o.customer_id WHERE o.status = 'closed' AND "
                                  "o.complaint = 1 LIMIT 1"));
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    auto details = flow::OrderDetails::load(db, q.value(0).toLongLong());
    REQUIRE(details.ok());
    REQUIRE(details->customer.has_value());
    const QString html = ui::OrderPrintout::html(*details);
    const QString path = demo.dir.file(QStringLiteral("工单.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printToPdf(printer, path);
    ui::PrintPreview::printHtml(&printer, html);
    const QString text = layoutText(path);
    CHECK(text.contains(details->order.orderNo));
    CHECK(text.contains(details->customer->name));
    CHECK(text.contains(details->order.description));
    // The complaint's answer from its timeline (the demo writes one at the closing).
    CHECK(text.contains(QStringLiteral("Closed")));
    bool answered = false;
    for (const flow::StageEvent &e : details->events)
        if (!e.note.isEmpty() && text.contains(e.note.left(8)))
            answered = true;
    CHECK(answered);
}

TEST_CASE("A printed inspection lists every item with its answer, findings in red", "[ui][print]")
{
    DemoWorkbook demo(QStringLiteral("巡检打印.servicelens"), 400);
    Database &db = demo.wb->database();
    SqlQuery q(db, QStringLiteral("SELECT id FROM inspection WHERE status = 'completed' "
                                  "ORDER BY completed_at DESC LIMIT 1"));
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    ui::InspectionSession session(db, q.value(0).toLongLong());
    REQUIRE(session.load().ok());
    const QString html = ui::InspectionPrintout::html(session, QStringLiteral("zh_CN"));
    int items = 0;
    for (const inspection::TemplateSection &s : session.tmpl().sections) {
        CHECK(html.contains(s.title.in(QStringLiteral("zh_CN")).toHtmlEscaped()));
        items += static_cast<int>(s.items.size());
    }
    CHECK(html.count(QStringLiteral("<tr>")) == items);
    CHECK(html.contains(QStringLiteral("passed")) != html.contains(QStringLiteral("failed")));
    const QString path = demo.dir.file(QStringLiteral("巡检.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printToPdf(printer, path);
    ui::PrintPreview::printHtml(&printer, html);
    const QString text = layoutText(path);
    CHECK(text.contains(
        session.tmpl().sections.front().items.front().text.in(QStringLiteral("zh_CN"))));
}
