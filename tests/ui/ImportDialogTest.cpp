// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen: the import dialog on real files and a real workbook, and the main window handing
// its workbook over to the import worker thread.
#include "TestSupport.h"
#include "XlsxPackage.h"

#include "MainWindow.h"
#include "flow/OrderRepository.h"
#include "storage/SqlQuery.h"
#include "workbook/ImportDialog.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStringEncoder>
#include <QTableWidget>

using namespace servicelens;
using namespace servicelens::test;
using servicelens::ui::ImportDialog;

namespace {

const QString ordersCsv = QStringLiteral(
    "工单号,受理时间,响应时间,关闭时间,渠道,优先级,技术员,客户,客户电话,备注\n"
    "GD1,2026-11-02 09:12,2026-11-02 09:40,2026-11-05 16:00,微信,紧急,T09,张三,13800001234,老客户\n"
    "GD2,2026-11-31 11:00,,,电话,普通,T01,李四,13900005678,日期错\n"
    "GD3,2026-11-03 08:30,2026-11-03 08:50,,在线,高,T03,赵六,13600003333,\n");

qint64 orders(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM service_order"));
    return q.scalar()->toLongLong();
}

QComboBox *mappingCombo(ImportDialog &dialog, int row)
{
    auto *mapping = dialog.findChild<QTableWidget *>(QStringLiteral("importMapping"));
    return qobject_cast<QComboBox *>(mapping->cellWidget(row, 2));
}

} // namespace

TEST_CASE("The import dialog previews, maps, checks and imports a GB18030 file", "[ui][import]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("导入.servicelens")), clock);
    const QString csv = dir.file(QStringLiteral("11月工单.csv"));
    writeFile(csv, QStringEncoder("GB18030").encode(ordersCsv));

    int runs = 0;
    ImportDialog dialog(
        [&](ImportKind kind, const QString &path, const io::ImportOptions &options) {
            ++runs;
            return Importers::run(kind, wb->database(), path, options);
        });
    QStringList askedAbout;
    bool addPeople = false;
    dialog.setPeopleConfirmation([&](const QStringList &people) {
        askedAbout = people;
        return addPeople;
    });
    REQUIRE(dialog.setFile(csv));
    CHECK(dialog.kind() == ImportKind::Orders);
    CHECK(dialog.findChild<QComboBox *>(QStringLiteral("importEncoding"))->currentText() ==
          QStringLiteral("Detect (GB18030)"));
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("importPreview"));
    REQUIRE(preview->rowCount() == 3);
    CHECK(preview->item(1, 0)->text() == QStringLiteral("3")); // the file's line
    CHECK(preview->item(0, 8)->text() == QStringLiteral("张三"));

    // Headers matched by their Chinese names, 备注 as the description.
    CHECK(mappingCombo(dialog, 0)->currentData().toString() == QStringLiteral("order_id"));
    CHECK(mappingCombo(dialog, 9)->currentData().toString() == QStringLiteral("description"));

    // Unmapping a required column stops both actions and says which column is wanted.
    mappingCombo(dialog, 1)->setCurrentIndex(0);
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("importStatus"));
    CHECK(status->text().contains(QStringLiteral("received_at")));
    mappingCombo(dialog, 1)->setCurrentIndex(
        mappingCombo(dialog, 1)->findData(QStringLiteral("received_at")));

    // The check lists the problems (a bad date; three technicians not in the staff list, which
    // Import will ask about), shows the selected one's row; nothing is written.
    dialog.check();
    CHECK(runs == 1);
    CHECK(orders(wb->database()) == 0);
    auto *problems = dialog.findChild<QTableWidget *>(QStringLiteral("importProblems"));
    REQUIRE(problems->rowCount() == 4);
    CHECK(problems->item(0, 1)->text() == QStringLiteral("技术员"));
    CHECK(problems->item(1, 0)->text() == QStringLiteral("3"));
    CHECK(problems->item(1, 1)->text() == QStringLiteral("受理时间"));
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("importStatus"))
              ->text()
              .contains(QStringLiteral("Import asks before adding them")));
    problems->selectRow(1);
    auto *row = dialog.findChild<QTableWidget *>(QStringLiteral("importProblemRow"));
    REQUIRE(row->rowCount() == 10);
    CHECK(row->item(1, 1)->text() == QStringLiteral("2026-11-31 11:00"));
    CHECK(row->item(1, 1)->font().bold());

    // Strict: refused; T09, T01 and T03 are not in the staff list and the user is asked first.
    CHECK_FALSE(dialog.runImport());
    CHECK(orders(wb->database()) == 0);
    CHECK(askedAbout == QStringList{QStringLiteral("T09 (技术员, line 2)"),
                                    QStringLiteral("T01 (技术员, line 3)"),
                                    QStringLiteral("T03 (技术员, line 4)")});
    // Skipping the bad row without adding them: only their rows are set aside.
    dialog.findChild<QCheckBox *>()->setChecked(true);
    CHECK(dialog.runImport());
    CHECK(orders(wb->database()) == 0);
    CHECK(status->text().contains(QStringLiteral("3 people named in the file")));
    // Agreeing adds them and imports the rows that were set aside; the mapping is remembered.
    addPeople = true;
    CHECK(dialog.runImport());
    CHECK(orders(wb->database()) == 2);
    CHECK(status->text().contains(QStringLiteral("Added to the staff list: T09, T03")));
    CHECK(QFileInfo::exists(csv + QStringLiteral(".rejected.csv")));
    const QString key = ImportDialog::mappingKey(
        ImportKind::Orders,
        {QStringLiteral("工单号"), QStringLiteral("受理时间"), QStringLiteral("响应时间"),
         QStringLiteral("关闭时间"), QStringLiteral("渠道"), QStringLiteral("优先级"),
         QStringLiteral("技术员"), QStringLiteral("客户"), QStringLiteral("客户电话"),
         QStringLiteral("备注")});
    CHECK(QSettings().value(key).toStringList().contains(QStringLiteral("备注=description")));
}

TEST_CASE("The import dialog reads an Excel workbook's first sheet, by row", "[ui][import][xlsx]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("导入表格.servicelens")), clock);
    // The CSV's lines as the sheet's rows, a blank row after the header.
    QByteArray rows;
    const QStringList lines = ordersCsv.trimmed().split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i)
        rows += XlsxPackage::row(i == 0 ? 1 : i + 2, lines[i].split(QLatin1Char(',')));
    const QString sheet = dir.file(QStringLiteral("11月工单.xlsx"));
    REQUIRE(XlsxPackage::write(sheet, XlsxPackage::workbook(rows)));

    ImportDialog dialog([&](ImportKind kind, const QString &path, const io::ImportOptions &o) {
        return Importers::run(kind, wb->database(), path, o);
    });
    REQUIRE(dialog.setFile(sheet));
    CHECK(dialog.kind() == ImportKind::Orders);
    auto *encoding = dialog.findChild<QComboBox *>(QStringLiteral("importEncoding"));
    CHECK_FALSE(encoding->isEnabled()); // cells, not an encoding
    CHECK(encoding->currentText() == QStringLiteral("Excel workbook, first sheet"));
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("importPreview"));
    REQUIRE(preview->rowCount() == 3);
    CHECK(preview->horizontalHeaderItem(0)->text() == QStringLiteral("Row"));
    CHECK(preview->item(1, 0)->text() == QStringLiteral("4")); // GD2, on the sheet's row 4
    // The check names GD2's impossible date by its row in the sheet.
    dialog.check();
    auto *problems = dialog.findChild<QTableWidget *>(QStringLiteral("importProblems"));
    CHECK(problems->horizontalHeaderItem(0)->text() == QStringLiteral("Row"));
    bool named = false;
    for (int r = 0; r < problems->rowCount(); ++r)
        named = named || (problems->item(r, 0)->text() == QStringLiteral("4") &&
                          problems->item(r, 1)->text() == QStringLiteral("受理时间"));
    CHECK(named);
    CHECK(orders(wb->database()) == 0);
}

TEST_CASE("A remembered mapping comes back for the same headers", "[ui][import]")
{
    TempFolder dir;
    const QString csv = dir.file(QStringLiteral("helpdesk.csv"));
    writeFile(csv, "Ticket;Opened;Severity\nT-1;2026-10-30 14:15;urgent\n");
    const QString key = ImportDialog::mappingKey(
        ImportKind::Orders,
        {QStringLiteral("Ticket"), QStringLiteral("Opened"), QStringLiteral("Severity")});
    QSettings().setValue(key, QStringList{QStringLiteral("ticket=order_id"),
                                          QStringLiteral("opened=received_at"),
                                          QStringLiteral("severity=priority")});
    ImportDialog dialog([](ImportKind, const QString &, const io::ImportOptions &) {
        return Result<io::ImportSummary>(makeError(ErrorKind::Cancelled, QString()));
    });
    REQUIRE(dialog.setFile(csv));
    CHECK(mappingCombo(dialog, 0)->currentData().toString() == QStringLiteral("order_id"));
    CHECK(mappingCombo(dialog, 1)->currentData().toString() == QStringLiteral("received_at"));
    CHECK(mappingCombo(dialog, 2)->currentData().toString() == QStringLiteral("priority"));
    CHECK(dialog.options().mapping.headers.value(QStringLiteral("opened")) ==
          QStringLiteral("received_at"));

    // A staff list is recognised as one.
    const QString staff = dir.file(QStringLiteral("员工.csv"));
    writeFile(staff, QStringLiteral("工号,姓名,岗位,班组\nT01,王建国,技术支持,一组\n").toUtf8());
    REQUIRE(dialog.setFile(staff));
    CHECK(dialog.kind() == ImportKind::Staff);
}

TEST_CASE("The dialog proposes the no-value markers it sees, and the import honours them",
          "[ui][import]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("标记.servicelens")), clock);
    const QString csv = dir.file(QStringLiteral("事件.csv"));
    writeFile(csv, QStringLiteral("工单号,受理时间,关闭时间,类别\n"
                                  "INC1,2026-11-02 09:12,?,空调\n"
                                  "INC2,2026-11-02 10:00,2026-11-03 10:00,N/A\n")
                       .toUtf8());
    ImportDialog dialog([&](ImportKind kind, const QString &path, const io::ImportOptions &o) {
        return Importers::run(kind, wb->database(), path, o);
    });
    REQUIRE(dialog.setFile(csv));
    auto *markers = dialog.findChild<QLineEdit *>(QStringLiteral("importEmptyMarkers"));
    REQUIRE(markers);
    CHECK(markers->text() == QStringLiteral("?, N/A"));
    CHECK(dialog.options().mapping.emptyMarkers ==
          QSet<QString>{QStringLiteral("?"), QStringLiteral("n/a")});
    REQUIRE(dialog.runImport());
    CHECK(orders(wb->database()) == 2);
    auto inc1 = **flow::OrderRepository(wb->database())
                      .findByOrderNo(wb->defaultBranch()->id, QStringLiteral("INC1"));
    CHECK_FALSE(inc1.times.closed.has_value());

    // Cleared by the user, "?" is a value again: the check finds it is not a time.
    markers->clear();
    dialog.check();
    auto *problems = dialog.findChild<QTableWidget *>(QStringLiteral("importProblems"));
    REQUIRE(problems->rowCount() == 1);
    CHECK(problems->item(0, 2)->text() == QStringLiteral("?"));
}

TEST_CASE("The main window hands its workbook to the import thread and takes it back",
          "[ui][import]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("窗口导入.servicelens"));
    createWorkbook(path, clock).reset();
    ui::MainWindow window;
    REQUIRE(window.workbooks().open(path));
    const QString csv = dir.file(QStringLiteral("工单.csv"));
    writeFile(csv, ordersCsv.toUtf8());

    io::ImportOptions options;
    options.skipInvalid = true;
    options.createStaff = true;
    auto result = window.importWithWorkbookHandedOver(&window, ImportKind::Orders, csv, options);
    REQUIRE(result.ok());
    CHECK(result->committed);
    CHECK(result->inserted == 2);
    REQUIRE(window.workbook() != nullptr);
    CHECK(orders(window.workbook()->database()) == 2);

    // A dry run through the same path leaves the workbook as it was.
    options.dryRun = true;
    writeFile(csv, "order_id,received_at\nNEW1,2026-11-10 10:00\n");
    result = window.importWithWorkbookHandedOver(&window, ImportKind::Orders, csv, options);
    REQUIRE(result.ok());
    CHECK(result->inserted == 1);
    CHECK(orders(window.workbook()->database()) == 2);
}

TEST_CASE("The import dialog recognises an event log and asks what each state is",
          "[ui][import][events]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("事件.servicelens")), clock);
    const QString csv = dir.file(QStringLiteral("事件日志.csv"));
    writeFile(csv, "number,incident_state,sys_updated_at,priority\n"
                   "INC1,New,2025-10-13 09:00,?\n"
                   "INC1,Active,2025-10-13 10:00,?\n"
                   "INC1,Awaiting Vendor,2025-10-14 11:00,?\n"
                   "INC1,Active,2025-10-16 15:00,?\n"
                   "INC1,Resolved,2025-10-17 16:00,?\n"
                   "INC1,Closed,2025-10-22 16:00,?\n"
                   "INC2,New,2025-10-20 08:30,?\n"
                   "INC2,Parked,2025-10-20 09:00,?\n");
    ImportDialog dialog([&](ImportKind kind, const QString &path, const io::ImportOptions &o) {
        return Importers::run(kind, wb->database(), path, o);
    });
    REQUIRE(dialog.setFile(csv));
    // Its shape: an order id on several rows, with a time and a state.
    CHECK(dialog.kind() == ImportKind::Events);
    auto *states = dialog.findChild<QTableWidget *>(QStringLiteral("importStates"));
    REQUIRE(states->rowCount() == 6);
    // Most rows first, with the count of the whole file.
    CHECK(states->item(0, 0)->text() == QStringLiteral("Active"));
    CHECK(states->item(0, 1)->text() == QStringLiteral("2"));
    auto stage = [&](const QString &state) {
        for (int r = 0; r < states->rowCount(); ++r)
            if (states->item(r, 0)->text() == state)
                return qobject_cast<QComboBox *>(states->cellWidget(r, 2));
        return static_cast<QComboBox *>(nullptr);
    };
    // Suggested from the names; a name that says nothing is left to choose.
    CHECK(stage(QStringLiteral("New"))->currentData().toString() == QStringLiteral("received"));
    CHECK(stage(QStringLiteral("Awaiting Vendor"))->currentData().toString() ==
          QStringLiteral("waiting_parts"));
    CHECK(stage(QStringLiteral("Resolved"))->currentData().toString() ==
          QStringLiteral("implemented"));
    CHECK(stage(QStringLiteral("Parked"))->currentData().toString().isEmpty());
    // Left unmapped, the check names it.
    dialog.check();
    auto *problems = dialog.findChild<QTableWidget *>(QStringLiteral("importProblems"));
    REQUIRE(problems->rowCount() == 1);
    CHECK(problems->item(0, 0)->text() == QStringLiteral("9"));
    auto *parked = stage(QStringLiteral("Parked"));
    parked->setCurrentIndex(parked->findData(QStringLiteral("waiting_customer")));
    REQUIRE(dialog.runImport());
    auto one = flow::OrderRepository(wb->database())
                   .findByOrderNo(wb->defaultBranch()->id, QStringLiteral("INC1"));
    REQUIRE(one->has_value());
    CHECK((*one)->status == flow::OrderStatus::Closed);
    auto two = flow::OrderRepository(wb->database())
                   .findByOrderNo(wb->defaultBranch()->id, QStringLiteral("INC2"));
    CHECK((*two)->status == flow::OrderStatus::WaitingCustomer);
    // The mapping is remembered for the next log of the same headers.
    ImportDialog again([&](ImportKind, const QString &, const io::ImportOptions &) {
        return Result<io::ImportSummary>(io::ImportSummary{});
    });
    REQUIRE(again.setFile(csv));
    auto *statesAgain = again.findChild<QTableWidget *>(QStringLiteral("importStates"));
    for (int r = 0; r < statesAgain->rowCount(); ++r)
        if (statesAgain->item(r, 0)->text() == QStringLiteral("Parked"))
            CHECK(qobject_cast<QComboBox *>(statesAgain->cellWidget(r, 2))
                      ->currentData()
                      .toString() == QStringLiteral("waiting_customer"));
}
