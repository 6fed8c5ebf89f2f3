// SPDX-License-Identifier: GPL-3.0-or-later
// The Equipment page (issue 22) driven offscreen through its dialogs, on Sunday 22 November 2026:
// the due list (overdue red, due within the week amber), a maintenance recorded from it, a
// breakdown that puts a piece down with an order waiting for it until its repair, and a new plan.
#include "MessageBoxCloser.h"
#include "TestSupport.h"

#include "dashboard/DashboardPage.h"
#include "equipment/BreakdownDialog.h"
#include "equipment/Breakdowns.h"
#include "equipment/EquipmentFiles.h"
#include "equipment/EquipmentFilesView.h"
#include "equipment/EquipmentPage.h"
#include "equipment/EquipmentStatus.h"
#include "equipment/MaintenanceDialog.h"
#include "equipment/MaintenanceLog.h"
#include "equipment/OrderEquipmentTab.h"
#include "equipment/PlanDialog.h"
#include "flow/OrderRepository.h"
#include "inspection/InspectionForm.h"
#include "inspection/InspectionRepository.h"
#include "inspection/InspectionWorkflow.h"
#include "inspection/TemplateRepository.h"
#include "storage/SqlQuery.h"
#include "widgets/Palette.h"
#include "workbook/Importers.h"
#include "workbook/WorkbookContext.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>

using namespace servicelens;
using namespace servicelens::test;

namespace {

// Runs `fill` on the modal dialog of type D as soon as it shows (it accepts or rejects it).
template <typename D, typename Fill> void onDialog(Fill fill)
{
    QTimer::singleShot(0, [fill] {
        auto *d = qobject_cast<D *>(QApplication::activeModalWidget());
        REQUIRE(d);
        fill(d);
    });
}

void importCsv(TempWorkbook &t, ImportKind kind, const QByteArray &csv)
{
    const QString file = t.dir.file(QStringLiteral("设备.csv"));
    writeFile(file, csv);
    auto done = Importers::run(kind, t.db, file, {});
    REQUIRE(done.ok());
    REQUIRE(done->committed);
}

QStringList column(QTableWidget *table, int c)
{
    QStringList values;
    for (int r = 0; r < table->rowCount(); ++r)
        values << table->item(r, c)->text();
    return values;
}

} // namespace

TEST_CASE("The Equipment page lists what is due, records maintenance, a breakdown with an order "
          "waiting for it, its repair and a new plan",
          "[ui][equipment]")
{
    TempWorkbook t(QStringLiteral("设备页.servicelens"));
    importCsv(t, ImportKind::Equipment,
              "设备编号,设备名称,设备类别,计数单位\n"
              "D-01,元征诊断仪,诊断仪,小时\n"
              "M-01,福禄克万用表,测量仪器,\n"
              "T-01,压缩机测试台,测试台,\n");
    importCsv(t, ImportKind::MaintenancePlans,
              "设备编号,设备类别,保养项目,周期类型,周期,保养日,开始日期\n"
              ",诊断仪,周检,工作日,5,,2026-01-01\n"
              "M-01,,年度校准,校准,12,,2025-01-01\n"
              "T-01,,月度保养,每月,,28,2026-01-01\n");
    importCsv(t, ImportKind::Maintenance,
              "设备编号,保养项目,日期,结果\n"
              "D-01,周检,2026-11-13,合格\n"
              "M-01,年度校准,2025-11-26,合格\n"
              "T-01,月度保养,2026-10-28,合格\n");
    flow::ServiceOrder order;
    order.branchId = t.wb->defaultBranch()->id;
    order.orderNo = QStringLiteral("SO-等设备");
    order.times.received =
        QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
    REQUIRE(flow::OrderRepository(t.db).insert(order).ok());

    ui::WorkbookContext context;
    ui::EquipmentPage page(context);
    page.resize(1200, 800);
    page.show();
    context.setWorkbook(t.wb.get());
    page.refresh();

    // Due: D-01's fifth working day after Friday 13 November was Friday 20 (overdue 2 days);
    // M-01 was calibrated until Wednesday 25 November (in 3 days); T-01's 28 November is a
    // Saturday, so Monday 30, more than a week away.
    QTableWidget *due = page.dueTable();
    CHECK(column(due, 0) == QStringList{QStringLiteral("D-01"), QStringLiteral("M-01")});
    CHECK(column(due, 4) ==
          QStringList{QStringLiteral("Overdue 2 days"), QStringLiteral("Due in 3 days")});
    CHECK(due->item(0, 0)->background().color() == ui::palette::problemFill);
    CHECK(due->item(1, 0)->background().color() == ui::palette::warningFill);

    // The dashboard says so too, with a link to the list.
    {
        ui::DashboardPage dashboard(context);
        dashboard.show();
        dashboard.refresh();
        auto *banner = dashboard.findChild<QLabel *>(QStringLiteral("equipmentDue"));
        REQUIRE(banner);
        CHECK(banner->isVisible());
        CHECK(banner->text().contains(QStringLiteral("Equipment: <b")));
        CHECK(banner->text().contains(QStringLiteral("D-01 周检 (overdue 2 days)")));
        CHECK(banner->text().contains(QStringLiteral("M-01 年度校准 (due in 3 days)")));
    }

    // D-01's counter read today; M-01 has none to read.
    page.choosePiece(QStringLiteral("M-01"));
    CHECK_FALSE(page.findChild<QPushButton *>(QStringLiteral("recordReading"))->isEnabled());
    page.choosePiece(QStringLiteral("D-01"));
    CHECK(page.findChild<QPushButton *>(QStringLiteral("recordReading"))->isEnabled());
    page.recordReading(1234.5);
    auto counter = equipment::MaintenanceLog(t.db).readings(page.chosenPiece()->id);
    REQUIRE(counter->size() == 1);
    CHECK(counter->front().day == QDate(2026, 11, 22));
    CHECK(counter->front().value == 1234.5);
    page.tabs()->setCurrentIndex(0);

    // Recorded today from the due list: D-01 is next due five working days on, Friday 27.
    onDialog<ui::MaintenanceDialog>([](ui::MaintenanceDialog *d) {
        CHECK(d->findChild<QComboBox *>(QStringLiteral("maintenancePlan"))
                  ->currentText()
                  .startsWith(QStringLiteral("周检")));
        CHECK(d->findChild<QDateEdit *>(QStringLiteral("maintenanceDay"))->date() ==
              QDate(2026, 11, 22));
        d->accept();
    });
    page.recordMaintenance(page.dueItems().front().planId);
    CHECK(column(due, 0) == QStringList{QStringLiteral("M-01"), QStringLiteral("D-01")});
    CHECK(due->item(1, 3)->text().contains(QStringLiteral("27")));
    CHECK(due->item(1, 0)->background().color() == ui::palette::warningFill);

    // T-01 breaks down: it is down, its button records the repair, and an order waits for it.
    page.choosePiece(QStringLiteral("T-01"));
    onDialog<ui::BreakdownDialog>([](ui::BreakdownDialog *d) {
        d->findChild<QPlainTextEdit *>(QStringLiteral("breakdownText"))
            ->setPlainText(QStringLiteral("真空泵不启动"));
        d->accept();
    });
    page.recordBreakdownOrRepair();
    REQUIRE(page.chosenPiece());
    CHECK(page.chosenPiece()->code == QStringLiteral("T-01"));
    CHECK(page.chosenPiece()->down);
    CHECK(page.registerTable()->item(2, 4)->text() == QStringLiteral("Down"));
    CHECK(page.findChild<QPushButton *>(QStringLiteral("recordBreakdown"))->text() ==
          QStringLiteral("Record &Repair…"));
    page.addWaitingOrder(QStringLiteral("SO-等设备"));
    QTableWidget *breakdowns = page.breakdownsTable();
    REQUIRE(breakdowns->rowCount() == 1);
    CHECK(breakdowns->item(0, 3)->text() == QStringLiteral("真空泵不启动"));
    CHECK(breakdowns->item(0, 5)->text() == QStringLiteral("SO-等设备"));
    // An order number of no order: said, nothing added.
    {
        MessageBoxCloser boxes;
        page.addWaitingOrder(QStringLiteral("SO-没有"));
        CHECK(boxes.text().contains(QStringLiteral("SO-没有")));
    }

    // Repaired: in service again, and the order's wait ended with it.
    onDialog<ui::BreakdownDialog>([](ui::BreakdownDialog *d) {
        d->findChild<QPlainTextEdit *>(QStringLiteral("breakdownText"))
            ->setPlainText(QStringLiteral("更换启动电容"));
        d->accept();
    });
    page.recordBreakdownOrRepair();
    CHECK_FALSE(page.chosenPiece()->down);
    CHECK(page.registerTable()->item(2, 4)->text() == QStringLiteral("In service"));
    CHECK(breakdowns->item(0, 4)->text() == QStringLiteral("更换启动电容"));
    auto list = equipment::Breakdowns(t.db).forPiece(page.chosenPiece()->id);
    REQUIRE(list.ok());
    auto waits = equipment::Breakdowns(t.db).waits(list->front().id);
    REQUIRE(waits.ok());
    REQUIRE(waits->size() == 1);
    CHECK(waits->front().endedAt == list->front().upAt);

    // A new plan for the bench: every 20 working days.
    onDialog<ui::PlanDialog>([](ui::PlanDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("planName"))
            ->setText(QStringLiteral("真空度检查"));
        auto *cadence = d->findChild<QComboBox *>(QStringLiteral("planCadence"));
        cadence->setCurrentIndex(0); // every N working days
        d->findChild<QSpinBox *>(QStringLiteral("planEvery"))->setValue(20);
        d->accept();
    });
    page.newPlan();
    CHECK(column(page.plansTable(), 0).contains(QStringLiteral("真空度检查")));
    CHECK(column(page.plansTable(), 1).contains(QStringLiteral("Every 20 working days")));
}

TEST_CASE("An order's Equipment tab records the instruments used and a wait for a broken piece, "
          "and a failed calibration lists the order in doubt",
          "[ui][equipment]")
{
    TempWorkbook t(QStringLiteral("设备工单.servicelens"));
    importCsv(t, ImportKind::Equipment,
              "设备编号,设备名称,设备类别\n"
              "M-01,福禄克万用表,测量仪器\n"
              "T-01,压缩机测试台,测试台\n");
    importCsv(t, ImportKind::MaintenancePlans,
              "设备编号,设备类别,保养项目,周期类型,周期,开始日期\n"
              ",测量仪器,年度校准,校准,12,2025-01-01\n");
    importCsv(t, ImportKind::Maintenance,
              "设备编号,保养项目,日期,结果\n"
              "M-01,年度校准,2025-11-20,合格\n");
    const LocalTime local = LocalTime::inZone(QStringLiteral("Asia/Shanghai"));
    flow::ServiceOrder order;
    order.branchId = t.wb->defaultBranch()->id;
    order.orderNo = QStringLiteral("SO-复核");
    order.times.received = local.toUtc(QDate(2026, 11, 20), QTime(9, 0));
    REQUIRE(flow::OrderRepository(t.db).insert(order).ok());
    equipment::EquipmentRegister reg(t.db);
    const auto t01 = *reg.find(order.branchId, QStringLiteral("T-01"));
    equipment::BreakdownRecord b;
    b.equipmentId = t01->id;
    b.downAt = local.toUtc(QDate(2026, 11, 21), QTime(9, 0));
    REQUIRE(equipment::Breakdowns(t.db).report(b).ok());

    ui::OrderEquipmentTab tab(t.db);
    tab.show();
    tab.setOrder(order, local);
    // In service: M-01 to record; down: T-01 to wait for.
    CHECK(tab.instrumentBox()->count() == 1);
    CHECK(tab.instrumentBox()->currentText() == QStringLiteral("M-01 福禄克万用表"));
    CHECK(tab.brokenBox()->currentText() == QStringLiteral("T-01 压缩机测试台"));
    tab.recordUse();
    REQUIRE(tab.uses()->rowCount() == 1);
    CHECK(tab.uses()->item(0, 0)->text() == QStringLiteral("M-01"));
    int changed = 0;
    QObject::connect(&tab, &ui::OrderEquipmentTab::waitsChanged, [&] { ++changed; });
    tab.waitForBroken();
    CHECK(changed == 1);
    REQUIRE(tab.waits()->rowCount() == 1);
    CHECK(tab.waits()->item(0, 3)->text() == QStringLiteral("still waiting"));
    tab.waits()->setCurrentCell(0, 0);
    tab.endWait();
    CHECK(changed == 2);
    CHECK(tab.waits()->item(0, 3)->text() != QStringLiteral("still waiting"));

    // M-01 fails its calibration today: the order diagnosed with it since 20 November is listed.
    importCsv(t, ImportKind::Maintenance,
              "设备编号,保养项目,日期,结果,备注\n"
              "M-01,年度校准,2026-11-22,不合格,示值超差\n");
    ui::WorkbookContext context;
    ui::EquipmentPage page(context);
    page.resize(1200, 800);
    page.show();
    context.setWorkbook(t.wb.get());
    page.refresh();
    page.choosePiece(QStringLiteral("M-01"));
    REQUIRE(page.recordsTable()->rowCount() == 2);
    CHECK(page.recordsTable()->item(0, 2)->text() == QStringLiteral("Failed"));
    CHECK_FALSE(page.doubtLabel()->isVisible());
    page.recordsTable()->setCurrentCell(0, 0);
    CHECK(page.doubtLabel()->isVisible());
    CHECK(page.doubtLabel()->text().contains(QStringLiteral("1 order was diagnosed with M-01")));
    CHECK(page.ordersInDoubt() == std::vector<qint64>{order.id});
    std::vector<qint64> shown;
    QObject::connect(&page, &ui::EquipmentPage::showOrders,
                     [&](const std::vector<qint64> &ids, const QString &) { shown = ids; });
    emit page.doubtLabel()->linkActivated(QStringLiteral("orders"));
    CHECK(shown == std::vector<qint64>{order.id});
    // The passed calibration puts nothing in doubt.
    page.recordsTable()->setCurrentCell(1, 0);
    CHECK_FALSE(page.doubtLabel()->isVisible());
}

TEST_CASE("A maintenance records its checklist filled in the inspection form, passed or failed as "
          "it was scored",
          "[ui][equipment][checklist]")
{
    TempWorkbook t(QStringLiteral("设备检查表.servicelens"));
    importCsv(t, ImportKind::Equipment, "设备编号,设备名称,设备类别\nT-01,压缩机测试台,测试台\n");
    importCsv(t, ImportKind::MaintenancePlans,
              "设备编号,设备类别,保养项目,周期类型,保养日,开始日期,检查表\n"
              ",测试台,月度保养,每月,10,2026-01-01,equipment-maintenance\n");
    const auto piece = **equipment::EquipmentRegister(t.db).find(t.wb->defaultBranch()->id,
                                                                 QStringLiteral("T-01"));
    const auto checklist =
        **inspection::TemplateRepository(t.db).latest(QStringLiteral("equipment-maintenance"));

    // The form filled with its keys' answers: every scored item passes, but `failing`.
    const auto fillForm = [&checklist](const QString &failing) {
        return [&checklist, failing](ui::InspectionForm *form) {
            for (const inspection::TemplateSection &s : checklist.sections)
                for (const inspection::TemplateItem &item : s.items)
                    if (item.type == inspection::ItemType::PassFail) {
                        form->showItem(item.code);
                        form->answerPassFail(item.code != failing);
                    }
            CHECK(form->complete(false));
            form->accept();
        };
    };
    for (const QString &failing : {QString(), QStringLiteral("function.selftest")}) {
        INFO(failing.toStdString());
        ui::MaintenanceDialog dialog(t.db, piece, QDate(2026, 11, 20));
        dialog.show();
        REQUIRE(dialog.checklistButton()->isEnabled());
        onDialog<ui::InspectionForm>(fillForm(failing));
        dialog.fillChecklist();
        auto *result = dialog.findChild<QComboBox *>(QStringLiteral("maintenanceResult"));
        CHECK_FALSE(result->isEnabled()); // the checklist decided
        CHECK(result->currentData().toBool() == failing.isEmpty());
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
        const equipment::MaintenanceRecord &r = dialog.record();
        CHECK(r.passed == failing.isEmpty());
        REQUIRE(r.inspectionId.has_value());
        auto inspection = inspection::InspectionRepository(t.db).findById(*r.inspectionId);
        REQUIRE(inspection->has_value());
        CHECK((*inspection)->status == inspection::InspectionStatus::Completed);
        CHECK((*inspection)->note.startsWith(QStringLiteral("T-01 压缩机测试台")));
    }
    // The same day again corrected the record: one record, pointing at the second checklist.
    auto records = equipment::MaintenanceLog(t.db).records(piece.id);
    REQUIRE(records->size() == 1);
    CHECK_FALSE(records->front().passed);

    // A checklist begun and left a draft goes when the maintenance is cancelled.
    qint64 draft = 0;
    {
        ui::MaintenanceDialog dialog(t.db, piece, QDate(2026, 11, 21));
        dialog.show();
        onDialog<ui::InspectionForm>([](ui::InspectionForm *form) { form->reject(); });
        dialog.fillChecklist();
        MessageBoxCloser boxes;
        dialog.accept(); // refused: the checklist is a draft
        CHECK(dialog.isVisible());
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))
                  ->text()
                  .contains(QStringLiteral("draft")));
        auto rows = inspection::InspectionRepository(t.db).list(piece.branchId);
        for (const inspection::InspectionListRow &row : *rows)
            if (row.inspection.status == inspection::InspectionStatus::Draft)
                draft = row.inspection.id;
        REQUIRE(draft != 0);
        dialog.reject();
    }
    CHECK_FALSE(inspection::InspectionRepository(t.db).findById(draft)->has_value());
}

TEST_CASE("An inspection's equipment items show the equipment's maintenance status and keep it "
          "in the answer's note",
          "[ui][equipment][inspection]")
{
    TempWorkbook t(QStringLiteral("巡检设备证据.servicelens"));
    const qint64 branch = t.wb->defaultBranch()->id;
    importCsv(t, ImportKind::Equipment,
              "设备编号,设备名称,设备类别\n"
              "D-01,元征诊断仪,诊断仪\n"
              "M-01,福禄克万用表,测量仪器\n"
              "T-01,压缩机测试台,测试台\n");
    importCsv(t, ImportKind::MaintenancePlans,
              "设备编号,保养项目,周期类型,周期,开始日期\n"
              "D-01,周检,工作日,5,2026-01-01\n");
    importCsv(t, ImportKind::Maintenance,
              "设备编号,保养项目,日期,结果\nD-01,周检,2026-11-13,合格\n");
    equipment::BreakdownRecord down;
    down.equipmentId =
        (**equipment::EquipmentRegister(t.db).find(branch, QStringLiteral("T-01"))).id;
    down.downAt =
        QDateTime(QDate(2026, 11, 21), QTime(9, 0), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
    REQUIRE(equipment::Breakdowns(t.db).report(down).ok());

    // On Sunday 22 November: D-01 was due Friday 20 (2 days overdue), T-01 is down, M-01 has
    // no plan.
    auto status = equipment::EquipmentStatus::of(t.db, branch, QDate(2026, 11, 22));
    REQUIRE(status.ok());
    REQUIRE(status->size() == 3);
    CHECK((*status)[0].code == QStringLiteral("D-01"));
    CHECK((*status)[0].overdueDays == 2);
    CHECK((*status)[0].lastDone == QDate(2026, 11, 13));
    CHECK_FALSE((*status)[1].nextDue);
    CHECK((*status)[2].down);
    const QString summary = equipment::EquipmentStatus::summary(*status, QDate(2026, 11, 22));
    CHECK(summary == QStringLiteral("Equipment on 2026-11-22: 3 in service; 1 down (T-01); "
                                    "maintenance overdue: D-01 周检 (2 days)."));

    inspection::Inspection i;
    i.templateId =
        (**inspection::TemplateRepository(t.db).latest(QStringLiteral("branch-ops-monthly"))).id;
    i.branchId = branch;
    REQUIRE(inspection::InspectionWorkflow(t.db).start(i).ok());
    ui::InspectionForm form(t.db, i.id);
    form.show();
    auto *evidence = form.findChild<QPushButton *>(QStringLiteral("sampleOrders"));
    REQUIRE(evidence);
    CHECK(evidence->text() == QStringLiteral("Sample orders…"));
    form.showItem(QStringLiteral("equipment.care"));
    CHECK(evidence->text() == QStringLiteral("Equipment Status…"));
    onDialog<QDialog>([](QDialog *d) {
        auto *table = d->findChild<QTableWidget *>(QStringLiteral("equipmentStatus"));
        REQUIRE(table);
        CHECK(table->rowCount() == 3);
        CHECK(table->item(0, 0)->foreground().color() == ui::palette::problem);
        d->findChild<QPushButton *>(QStringLiteral("addStatusToNote"))->click();
    });
    evidence->click();
    auto answers = inspection::InspectionRepository(t.db).answers(i.id);
    REQUIRE(answers.ok());
    REQUIRE(answers->size() == 1);
    CHECK(answers->front().note == summary);
    CHECK(form.findChild<QLineEdit *>(QStringLiteral("note"))->text() == summary);
}

TEST_CASE("A piece keeps its documents and photos: added, shown, opened from a private folder, "
          "saved elsewhere and removed, audited without their bytes",
          "[ui][equipment][files]")
{
    TempWorkbook t(QStringLiteral("设备资料.servicelens"));
    const qint64 branch = t.wb->defaultBranch()->id;
    importCsv(t, ImportKind::Equipment, "设备编号,设备名称\nM-01,福禄克万用表\n");
    const qint64 piece =
        (**equipment::EquipmentRegister(t.db).find(branch, QStringLiteral("M-01"))).id;
    const QString photo = t.dir.file(QStringLiteral("铭牌 照片.png"));
    QImage nameplate(64, 48, QImage::Format_RGB32);
    nameplate.fill(Qt::darkGreen);
    REQUIRE(nameplate.save(photo));
    const QString certificate = t.dir.file(QStringLiteral("校准证书 2026.txt"));
    writeFile(certificate, "校准证书 JL-2026-0142\n");

    ui::EquipmentFilesView view;
    view.show();
    view.showPiece(&t.db, piece, true, LocalTime::inZone(QStringLiteral("Asia/Shanghai")));
    CHECK(view.count() == 0);
    view.addFile(photo);
    view.addFile(certificate);
    view.showPiece(&t.db, piece, true, LocalTime::inZone(QStringLiteral("Asia/Shanghai")));
    REQUIRE(view.count() == 2);
    CHECK(view.table()->item(0, 0)->text() == QStringLiteral("铭牌 照片.png"));
    CHECK(view.table()->item(1, 0)->text() == QStringLiteral("校准证书 2026.txt"));
    // The photo is shown; a document is not.
    view.table()->setCurrentCell(0, 0);
    CHECK_FALSE(view.preview()->pixmap().isNull());
    view.table()->setCurrentCell(1, 0);
    CHECK(view.preview()->pixmap().isNull());

    // Opened from a folder only this user can enter, byte for byte.
    const QString opened = view.openChosen(false);
    REQUIRE_FALSE(opened.isEmpty());
    CHECK(fileBytes(opened) == fileBytes(certificate));
    CHECK(QFileInfo(QFileInfo(opened).absolutePath()).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser |
           QFile::WriteUser | QFile::ExeUser));
    // Saved elsewhere; never over a workbook.
    const QString copy = t.dir.file(QStringLiteral("副本.txt"));
    view.saveAs(copy);
    CHECK(fileBytes(copy) == fileBytes(certificate));
    const QByteArray workbook = fileHash(t.wb->database().location());
    {
        MessageBoxCloser boxes;
        view.saveAs(t.wb->database().location());
        CHECK_FALSE(boxes.text().isEmpty());
    }
    CHECK(fileHash(t.wb->database().location()) == workbook);

    // Too large, or empty: refused, and nothing kept.
    equipment::EquipmentFiles files(t.db);
    CHECK_FALSE(files
                    .add(piece, QStringLiteral("录像.mp4"),
                         QByteArray(equipment::EquipmentFiles::maxBytes + 1, 'x'))
                    .ok());
    CHECK_FALSE(files.add(piece, QStringLiteral("空.txt"), QByteArray()).ok());
    CHECK(files.list(piece)->size() == 2);
    // Removed; the audit trail has its name and fingerprint, never its bytes.
    REQUIRE(files.remove(files.list(piece)->at(1).id).ok());
    CHECK(files.list(piece)->size() == 1);
    SqlQuery audit(t.db, QStringLiteral("SELECT count(*), sum(instr(coalesce(before_json, '') || "
                                        "coalesce(after_json, ''), 'JL-2026-0142')) FROM "
                                        "audit_log WHERE entity = 'equipment_file'"));
    REQUIRE(audit.exec().ok());
    REQUIRE(audit.next());
    CHECK(audit.value(0).toInt() == 3);
    CHECK(audit.value(1).toInt() == 0);
}
