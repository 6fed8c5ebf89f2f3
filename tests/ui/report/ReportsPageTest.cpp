// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen: the Reports page previews the PDF's pages and exports each format.
#include "DemoFixture.h"
#include "MessageBoxCloser.h"
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "report/ReportsPage.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookContext.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>

using namespace servicelens;
using namespace servicelens::test;

TEST_CASE("The Reports page previews the month and exports PDF, XLSX and CSV", "[ui][report]")
{
    DemoWorkbook demo(QStringLiteral("报告.servicelens"), 3000);
    std::unique_ptr<Workbook> &wb = demo.wb;
    ui::WorkbookContext context;
    ui::ReportsPage page(context);
    page.resize(1200, 800);
    page.show();
    context.setWorkbook(wb.get());
    page.monthEdit()->setDate(QDate(2026, 9, 1));
    page.languageBox()->setCurrentIndex(page.languageBox()->findData(QStringLiteral("zh_CN")));
    page.waitForPreview();
    CHECK(page.previewPageCount() >= 5);
    auto *status = page.findChild<QLabel *>(QStringLiteral("reportStatus"));
    REQUIRE(status);
    CHECK(status->text().contains(QString::number(page.previewPageCount())));

    // An empty month still previews: the cover says so.
    page.monthEdit()->setDate(QDate(2020, 1, 1));
    page.waitForPreview();
    CHECK(page.previewPageCount() >= 4);

    page.monthEdit()->setDate(QDate(2026, 9, 1));
    for (const QString &format :
         {QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("csv")}) {
        INFO(format.toStdString());
        page.formatBox()->setCurrentIndex(page.formatBox()->findData(format));
        const QString path = demo.dir.file(QStringLiteral("九月报告.") + format);
        CHECK(page.exportTo(path));
        CHECK(QFileInfo(path).size() > 500);
        CHECK(status->text().contains(QStringLiteral("九月报告")));
    }
    CHECK(fileBytes(demo.dir.file(QStringLiteral("九月报告.pdf"))).startsWith("%PDF-"));
    CHECK(QString::fromUtf8(fileBytes(demo.dir.file(QStringLiteral("九月报告.csv"))))
              .contains(QStringLiteral("受理工单")));

    // A folder that does not exist: a clear message naming the file, nothing written.
    page.formatBox()->setCurrentIndex(page.formatBox()->findData(QStringLiteral("xlsx")));
    MessageBoxCloser boxes;
    CHECK_FALSE(page.exportTo(demo.dir.file(QStringLiteral("没有/报告.xlsx"))));
    CHECK(boxes.text().contains(QStringLiteral("报告.xlsx")));
    CHECK(status->text().contains(QStringLiteral("not written")));

    // A slip in the file dialog: the workbook itself as the target is refused, untouched.
    const QString workbook = demo.dir.file(QStringLiteral("报告.servicelens"));
    REQUIRE(wb->database().execScript("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    const QByteArray before = fileBytes(workbook);
    for (const QString &format : {QStringLiteral("pdf"), QStringLiteral("csv")}) {
        page.formatBox()->setCurrentIndex(page.formatBox()->findData(format));
        boxes.clear();
        CHECK_FALSE(page.exportTo(workbook));
        CHECK(boxes.text().contains(QStringLiteral("never replaces a database")));
    }
    CHECK(fileBytes(workbook) == before);
}
