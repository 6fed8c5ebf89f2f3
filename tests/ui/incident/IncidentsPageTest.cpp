// SPDX-License-Identifier: GPL-3.0-or-later
// The Incidents page (issue 22) driven offscreen: an incident opened through its dialog under a
// contingency plan, whose steps it then runs; its scope counted in the dialog; the callback list
// drawn, called from the Surveys page with the incident's script; a note, a step done, closing
// with the lessons; and the situation report written as a PDF.
#include "TestSupport.h"

#include "flow/Customer.h"
#include "flow/OrderRepository.h"
#include "incident/IncidentCallsView.h"
#include "incident/IncidentContacts.h"
#include "incident/IncidentDialog.h"
#include "incident/IncidentPlanDialog.h"
#include "incident/IncidentPlans.h"
#include "incident/IncidentPlansView.h"
#include "incident/IncidentScopeEditor.h"
#include "incident/IncidentView.h"
#include "incident/Incidents.h"
#include "incident/IncidentsPage.h"
#include "survey/SurveysPage.h"
#include "workbook/WorkbookContext.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>

using namespace servicelens;
using namespace servicelens::test;

namespace {

template <typename D, typename Fill> void onDialog(Fill fill)
{
    QTimer::singleShot(0, [fill] {
        auto *d = qobject_cast<D *>(QApplication::activeModalWidget());
        REQUIRE(d);
        fill(d);
    });
}

void order(Database &db, qint64 branchId, const char *no, QDate day, const char *product,
           const char *customer, const char *phone)
{
    flow::Customer c;
    c.name = QString::fromUtf8(customer);
    c.phone = QString::fromUtf8(phone);
    REQUIRE(flow::CustomerRepository(db).create(c).ok());
    flow::ServiceOrder o;
    o.branchId = branchId;
    o.orderNo = QString::fromUtf8(no);
    o.times.received = QDateTime(day, QTime(10, 0), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
    o.product = QString::fromUtf8(product);
    o.customerId = c.id;
    REQUIRE(flow::OrderRepository(db).insert(o).ok());
}

} // namespace

TEST_CASE("An incident opened on the Incidents page runs its plan, calls its customers from the "
          "Surveys page, closes with its lessons and writes its situation report",
          "[ui][incident]")
{
    TempWorkbook t(QStringLiteral("应急事件.servicelens"));
    const qint64 branch = t.wb->defaultBranch()->id;
    order(t.db, branch, "SO-1", QDate(2026, 10, 8), "XQB90-Z6258", "林女士", "15003096063");
    order(t.db, branch, "SO-2", QDate(2026, 10, 20), "洗衣机 XQB90-Z6258", "邓华", "18850626520");
    order(t.db, branch, "SO-3", QDate(2026, 10, 21), "KFR-35GW", "马宇航", "13007980311");

    ui::WorkbookContext context;
    ui::IncidentsPage page(context);
    page.resize(1200, 800);
    page.show();
    context.setWorkbook(t.wb.get());
    page.refresh();
    CHECK(page.incidentsTable()->rowCount() == 0);
    CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("closeIncident"))->isEnabled());

    // The suggested plans, one of which is then given an owner in its dialog.
    page.plansView()->addSuggested();
    REQUIRE(page.plansView()->plansTable()->rowCount() == 5);
    auto plans = incident::IncidentPlans(t.db).list(branch);
    REQUIRE(plans.ok());
    const auto recall = std::find_if(plans->begin(), plans->end(), [](const auto &p) {
        return p.scenario == incident::Scenario::Recall;
    });
    REQUIRE(recall != plans->end());
    {
        ui::IncidentPlanDialog dialog(t.db, *recall);
        REQUIRE(dialog.stepsTable()->rowCount() == 6);
        dialog.addStep(QStringLiteral("一周后复盘"), std::nullopt, 168);
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }

    // Opened through the dialog: the recall plan, a title, the model; the dialog counts first.
    onDialog<ui::IncidentDialog>([&](ui::IncidentDialog *d) {
        d->planCombo()->setCurrentIndex(d->planCombo()->findData(recall->id));
        d->titleEdit()->setText(QStringLiteral("XQB90 电机召回"));
        d->scopeEditor()
            ->field(incident::ScopeKind::Product)
            ->setText(QStringLiteral("XQB90-Z6258"));
        d->scopeEditor()->countAffected();
        CHECK(d->scopeEditor()->countLabel()->text() == QStringLiteral("2 orders, 2 customers"));
        d->accept();
    });
    page.openIncident();
    REQUIRE(page.incidentsTable()->rowCount() == 1);
    const auto opened = page.chosenIncident();
    REQUIRE(opened);
    CHECK(opened->code == QStringLiteral("2026-001"));
    CHECK(page.view()->stepsTable()->rowCount() == 7);
    CHECK(page.view()->affectedTable()->rowCount() == 2);
    CHECK(page.view()->summary()->text().contains(QStringLiteral("XQB90 电机召回")));

    // The callback list, called from the Surveys page with the recall's script.
    page.drawCallbackList();
    CHECK(page.statusLabel()->text() ==
          QStringLiteral("2 customers added to the incident calls on the Surveys page."));
    {
        ui::SurveysPage surveys(context);
        surveys.show();
        surveys.refresh();
        ui::IncidentCallsView *calls = surveys.incidentCalls();
        REQUIRE(calls->count() == 2);
        CHECK(surveys.tabs()->tabText(1) == QStringLiteral("Incident calls (2)"));
        CHECK(calls->scriptLabel()->text().contains(
            QStringLiteral("The product you bought from us is part of a recall")));
        calls->noteEdit()->setText(QStringLiteral("已约周六上门"));
        calls->record(incident::ContactStatus::Reached);
        CHECK(calls->count() == 1);
    }
    page.refresh();
    CHECK(page.view()->callsTable()->rowCount() == 2);
    CHECK(page.view()->tabs()->tabText(3) == QStringLiteral("Calls (1/2)"));

    // A step done by a double click on it, a note; both on the timeline.
    page.view()->stepsTable()->setCurrentCell(0, 0);
    emit page.view()->stepsTable()->cellDoubleClicked(0, 0);
    CHECK(page.view()->stepsTable()->item(0, 3)->text().startsWith(QStringLiteral("✓")));
    page.addNote(QStringLiteral("备用电机已到货"));
    QTableWidget *timeline = page.view()->timelineTable();
    QStringList what;
    for (int r = 0; r < timeline->rowCount(); ++r)
        what << timeline->item(r, 1)->text();
    CHECK(what.contains(QStringLiteral("备用电机已到货")));
    CHECK(what.filter(QStringLiteral("Step done: ")).size() == 1);
    CHECK(what.filter(QStringLiteral("Callback list drawn: 2 customers added")).size() == 1);

    // The situation report, then the close with its lessons; a closed incident changes no more.
    const QString pdf = t.dir.file(QStringLiteral("情况通报 2026-001.pdf"));
    page.exportReport(pdf);
    REQUIRE(QFileInfo::exists(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("2026-001")));
    CHECK(text.contains(QStringLiteral("1 reached")));
    page.closeIncident(QStringLiteral("备件要提前到位"));
    const auto closed = page.chosenIncident();
    REQUIRE(closed);
    CHECK_FALSE(closed->isOpen());
    CHECK(closed->lessons == QStringLiteral("备件要提前到位"));
    CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("closeIncident"))->isEnabled());
    CHECK(page.findChild<QPushButton *>(QStringLiteral("situationReport"))->isEnabled());
}

TEST_CASE("A drill opened on the Incidents page calls nobody", "[ui][incident]")
{
    TempWorkbook t(QStringLiteral("演练页.servicelens"));
    const qint64 branch = t.wb->defaultBranch()->id;
    order(t.db, branch, "SO-1", QDate(2026, 11, 3), "XQB90-Z6258", "周强", "13811112222");
    ui::WorkbookContext context;
    ui::IncidentsPage page(context);
    page.show();
    context.setWorkbook(t.wb.get());
    page.refresh();
    onDialog<ui::IncidentDialog>([](ui::IncidentDialog *d) {
        d->titleEdit()->setText(QStringLiteral("召回演练"));
        d->drillBox()->setChecked(true);
        d->scopeEditor()
            ->field(incident::ScopeKind::Product)
            ->setText(QStringLiteral("XQB90-Z6258"));
        d->accept();
    });
    page.openIncident();
    REQUIRE(page.chosenIncident());
    CHECK(page.chosenIncident()->drill);
    CHECK(page.incidentsTable()->item(0, 5)->text() == QStringLiteral("Open · drill"));
    CHECK(page.view()->affectedTable()->rowCount() == 1);
    auto calls = incident::IncidentContacts(t.db).draw(
        page.chosenIncident()->id, t.db.clock().nowSecsSinceEpoch(), std::nullopt);
    CHECK_FALSE(calls.ok());
    auto listed = incident::IncidentContacts(t.db).ofIncident(page.chosenIncident()->id);
    REQUIRE(listed.ok());
    CHECK(listed->empty());
}
