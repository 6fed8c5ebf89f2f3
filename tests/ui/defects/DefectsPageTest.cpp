// SPDX-License-Identifier: GPL-3.0-or-later
// The Defects page on the demo: the planted compressor fault first, its chart marking the months
// of the rise and none before, the Pareto of the month, the orders behind a count, the age axis,
// and a workbook without a product list saying what it needs.
#include "MessageBoxCloser.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "defects/DefectsPage.h"
#include "demo/DemoGenerator.h"
#include "flow/OrdersPage.h"
#include "flow/OrdersTableModel.h"
#include "workbook/WorkbookController.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QValueAxis>

using namespace servicelens;
using namespace servicelens::test;

namespace {

template <typename Series> Series *seriesOf(QChartView *view)
{
    for (QAbstractSeries *s : view->chart()->series())
        if (auto *found = qobject_cast<Series *>(s))
            return found;
    return nullptr;
}

} // namespace

TEST_CASE("The Defects page puts the demo's rising compressor fault first and opens its orders",
          "[ui][defects]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs()); // the demo's last month: October 2026
    const QString path = dir.file(QStringLiteral("缺陷.servicelens"));
    REQUIRE(DemoGenerator::createDemoWorkbook(path, DemoOptions{}, &clock).ok());
    ui::MainWindow window;
    window.show();
    REQUIRE(window.workbooks().open(path));
    window.showPage(ui::MainWindow::Defects);
    auto *page = window.findChild<ui::DefectsPage *>(QStringLiteral("defectsPage"));
    REQUIRE(page);
    page->monthEdit()->setDate(QDate(2026, 10, 1));
    QApplication::processEvents();
    REQUIRE(page->shown().has_value());
    CHECK(page->notice()->isHidden()); // a list, fault codes and installed base: nothing missing

    // The strongest signal first: BCD-520WDPZU1, for its compressor noise. (The model chosen
    // before, under another month, stays chosen: choose it.)
    QTableWidget *table = page->table();
    REQUIRE(table->rowCount() == 25);
    CHECK(table->item(0, 0)->text() == QStringLiteral("BCD-520WDPZU1"));
    CHECK(table->item(0, 8)->text().contains(QStringLiteral("RF-03")));
    table->selectRow(0);
    CHECK(page->chosenModel() == QStringLiteral("BCD-520WDPZU1"));
    const kpi::DefectModel &fridge = page->shown()->models.front();

    // Its compressor's own chart: signals in the months of the rise (from August), none before.
    const int code = page->faultBox()->findData(QStringLiteral("RF-03"));
    REQUIRE(code > 0);
    page->faultBox()->setCurrentIndex(code);
    auto *signalled = seriesOf<QScatterSeries>(page->controlChart());
    REQUIRE(signalled);
    REQUIRE(signalled->count() >= 1);
    const kpi::DefectFault *compressor = nullptr;
    for (const kpi::DefectFault &f : fridge.faults)
        if (f.code == QStringLiteral("RF-03"))
            compressor = &f;
    REQUIRE(compressor);
    // The chart starts at the demo's first month; August 2026 is its ninth.
    const auto first = std::find_if(compressor->series.begin(), compressor->series.end(),
                                    [](const kpi::ChartMonth &m) { return m.count > 0; });
    REQUIRE(first != compressor->series.end());
    CHECK(first->month == 202511);
    const double august = 9;
    for (int i = 0; i < signalled->count(); ++i)
        CHECK(signalled->at(i).x() >= august);
    CHECK(signalled->at(signalled->count() - 1).x() == 11); // October signals

    // The Pareto: the month's codes, most first, with the repairs without a code at the end.
    auto *bars = seriesOf<QBarSeries>(page->paretoChart());
    REQUIRE(bars);
    REQUIRE(bars->barSets().size() == 1);
    CHECK(bars->barSets().front()->at(0) == double(fridge.faults.front().n));
    CHECK(fridge.faults.front().code == QStringLiteral("RF-03"));

    // Its orders: the compressor's in October, then every repair of the model.
    page->findChild<QPushButton *>(QStringLiteral("defectsOrders"))->click();
    QApplication::processEvents();
    CHECK(window.currentPage() == ui::MainWindow::ServiceFlow);
    CHECK(window.ordersPage()->model()->totalCount() == compressor->n);
    window.showPage(ui::MainWindow::Defects);
    page->faultBox()->setCurrentIndex(0);
    const QPoint cell = table->visualItemRect(table->item(0, 0)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
    QApplication::processEvents();
    CHECK(window.currentPage() == ui::MainWindow::ServiceFlow);
    CHECK(window.ordersPage()->model()->totalCount() == fridge.month().count);

    // Along the months in service, beside the other refrigerators.
    window.showPage(ui::MainWindow::Defects);
    REQUIRE(page->axisBox()->isEnabled());
    page->axisBox()->setCurrentIndex(1);
    auto *age =
        qobject_cast<QValueAxis *>(page->controlChart()->chart()->axes(Qt::Horizontal).value(0));
    REQUIRE(age);
    CHECK(age->max() >= double(*fridge.monthsInService));
    CHECK(page->controlChart()->chart()->series().size() == 4 + 2); // + two refrigerators

    // The R&D feedback report from the page: the signalled models as a workbook; the chosen
    // model alone (another one) as a PDF with its one section; the page says where each went.
    window.showPage(ui::MainWindow::Defects);
    page->axisBox()->setCurrentIndex(0);
    REQUIRE(page->feedbackButton()->isEnabled());
    MessageBoxCloser boxes; // an error would show in a message box: caught, closed, kept
    const QString xlsx = dir.file(QStringLiteral("研发 反馈.xlsx"));
    CHECK(page->exportFeedbackTo(xlsx, false));
    INFO(boxes.text().toStdString());
    CHECK(boxes.text().isEmpty());
    CHECK(fileBytes(xlsx).startsWith("PK"));
    CHECK(page->status()->text().contains(QStringLiteral("研发 反馈.xlsx")));
    table->selectRow(table->rowCount() - 1);
    const QString other = page->chosenModel();
    REQUIRE(other != QStringLiteral("BCD-520WDPZU1"));
    const QString pdf = dir.file(QStringLiteral("单个型号.pdf"));
    REQUIRE(page->exportFeedbackTo(pdf, true));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("1. ") + other));
    CHECK_FALSE(text.contains(
        QRegularExpression(QStringLiteral("^2\\. "), QRegularExpression::MultilineOption)));
}

TEST_CASE("The Defects page of a workbook without a product list says what it needs",
          "[ui][defects]")
{
    TempWorkbook t(QStringLiteral("空白.servicelens"));
    const QString path = t.wb->path();
    t.wb.reset();
    ui::MainWindow window;
    window.show();
    REQUIRE(window.workbooks().open(path));
    window.showPage(ui::MainWindow::Defects);
    auto *page = window.findChild<ui::DefectsPage *>(QStringLiteral("defectsPage"));
    QApplication::processEvents();
    CHECK(page->table()->rowCount() == 0);
    CHECK(page->notice()->isVisible());
    CHECK(page->notice()->text().contains(QStringLiteral("product list")));
    CHECK_FALSE(page->findChild<QPushButton *>(QStringLiteral("defectsOrders"))->isEnabled());
}
