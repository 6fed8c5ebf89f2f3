// SPDX-License-Identifier: GPL-3.0-or-later
// The Knowledge page on the demo: the library listed and searched, the effect of the cases per
// fault code with an approved case, and the fault codes without one by the time they cost, each
// a case to write.
#include "TestSupport.h"

#include "MainWindow.h"
#include "demo/DemoGenerator.h"
#include "knowledge/KnowledgePage.h"
#include "org/FaultCodes.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookController.h"

#include <QApplication>
#include <QDateEdit>
#include <QLineEdit>
#include <QTableWidget>

using namespace servicelens;
using namespace servicelens::test;

TEST_CASE("The Knowledge page lists the library, its effect and its gaps", "[ui][knowledge]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("知识库.servicelens"));
    REQUIRE(DemoGenerator::createDemoWorkbook(path, DemoOptions{}, &clock).ok());
    ui::MainWindow window;
    window.show();
    REQUIRE(window.workbooks().open(path));
    window.showPage(ui::MainWindow::Knowledge);
    auto *page = window.findChild<ui::KnowledgePage *>(QStringLiteral("knowledgePage"));
    REQUIRE(page);
    // The demo's year: November 2025 to October 2026.
    page->fromEdit()->setDate(QDate(2025, 11, 1));
    page->toEdit()->setDate(QDate(2026, 10, 1));
    page->waitForAnalysis();

    // The library: every case, retired and draft ones too; a search narrows it.
    CHECK(page->cases()->rowCount() == 24);
    page->searchEdit()->setText(QStringLiteral("压缩机 异响"));
    CHECK(page->cases()->rowCount() == 2);
    page->searchEdit()->clear();

    // Does it help: a row per fault code with an approved case (22 of them), each with orders
    // on both sides.
    REQUIRE(page->shown().has_value());
    const kpi::KnowledgeReport &report = *page->shown();
    CHECK(report.effects.size() == 22);
    CHECK(page->effects()->rowCount() == 22);
    for (const kpi::CaseEffectRow &e : report.effects) {
        INFO(e.faultCode.toStdString());
        CHECK(e.withCase.orders > 0);
        CHECK(e.withoutCase.orders > 0);
        // The period's orders of the code: those after the approval, and some before it.
        const qint64 inPeriod = e.withCase.orders + e.withoutCase.orders;
        CHECK(inPeriod >= e.after.orders);
        CHECK(inPeriod <= e.after.orders + e.before.orders);
    }
    CHECK(page->effects()->item(0, 2)->text().contains(QStringLiteral("n=")));
    // The demo's library helps (DemoCases): the commonest codes' orders with a case are fixed at
    // the first visit more often beyond chance, and marked so on the page.
    const kpi::CaseEffectRow &commonest = report.effects.front();
    CHECK(commonest.withCase.firstTimeFix.rate() > commonest.withoutCase.firstTimeFix.rate());
    CHECK(commonest.firstTimeFixDiffers);
    CHECK(page->effects()->item(0, 4)->text().contains(QStringLiteral("▲")));
    // Fault codes named in the interface's language (English here), as on the Defects page.
    auto faults = org::FaultCatalogue(window.workbook()->database()).load();
    REQUIRE(faults.ok());
    const org::FaultCode *first = faults->find(report.effects.front().faultCode);
    REQUIRE(first);
    CHECK(page->effects()->item(0, 0)->text() == first->code + QLatin1Char(' ') + first->nameEn);

    // The gaps: the other 17 codes, the costliest first, each a case to write with its code.
    CHECK(report.gaps.size() == 17);
    CHECK(page->gaps()->rowCount() == 17);
    for (std::size_t i = 1; i < report.gaps.size(); ++i)
        CHECK(report.gaps[i - 1].workingDays >= report.gaps[i].workingDays);
    const knowledge::ServiceCase draft = page->caseForGap(false, 0);
    CHECK(draft.faultCode == report.gaps.front().faultCode);
    CHECK_FALSE(draft.title.isEmpty()); // the code's name
}
