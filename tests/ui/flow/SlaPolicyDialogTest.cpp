// SPDX-License-Identifier: GPL-3.0-or-later
// The SLA dialog edits the policy rows by priority and/or category, and the orders table names
// each order's targets and the row they come from, driven offscreen on real widgets.
#include "TestSupport.h"

#include "flow/OrderRepository.h"
#include "flow/OrdersTableModel.h"
#include "flow/SlaPolicy.h"
#include "flow/SlaPolicyDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>

using namespace servicelens;
using namespace servicelens::flow;
using namespace servicelens::test;

namespace {

// Fills the last row of the dialog's table.
void fillLastRow(QTableWidget *table, int priorityIndex, const QString &category, double hours,
                 int days, bool pause)
{
    const int row = table->rowCount() - 1;
    qobject_cast<QComboBox *>(table->cellWidget(row, 0))->setCurrentIndex(priorityIndex);
    qobject_cast<QComboBox *>(table->cellWidget(row, 1))->setCurrentText(category);
    qobject_cast<QDoubleSpinBox *>(table->cellWidget(row, 2))->setValue(hours);
    qobject_cast<QSpinBox *>(table->cellWidget(row, 3))->setValue(days);
    qobject_cast<QCheckBox *>(table->cellWidget(row, 4))->setChecked(pause);
}

} // namespace

TEST_CASE("The SLA dialog adds a row by category, the orders table names where targets come from",
          "[ui][sla]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("时限.servicelens")), clock);
    Database &db = wb->database();
    const Branch branch = *wb->defaultBranch();
    ServiceOrder o;
    o.branchId = branch.id;
    o.orderNo = QStringLiteral("空调-1");
    o.category = QStringLiteral("空调安装");
    o.times.received = clock.nowSecsSinceEpoch() - 3600;
    REQUIRE(OrderRepository(db).insert(o).ok());

    {
        ui::SlaPolicyDialog dialog(db);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("slaTable"));
        REQUIRE(table->rowCount() == 4); // KPI.md's four priorities
        // The category box offers the categories the orders use.
        auto *category = qobject_cast<QComboBox *>(table->cellWidget(0, 1));
        CHECK(category->findText(QStringLiteral("空调安装")) >= 0);
        dialog.findChild<QPushButton *>(QStringLiteral("addPolicyButton"))->click();
        REQUIRE(table->rowCount() == 5);
        fillLastRow(table, 0, QStringLiteral("空调安装"), 12, 5, true); // any priority
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    auto policies = SlaPolicyRepository(db).list();
    REQUIRE(policies->size() == 5);
    const SlaPolicy &added = policies->back();
    CHECK(added.category == QStringLiteral("空调安装"));
    CHECK_FALSE(added.priority.has_value());
    CHECK(added.resolutionWorkingDays == 5);
    CHECK(added.pauseWhileWaiting);

    {
        // A second row for the same orders is refused with a message; nothing changes.
        ui::SlaPolicyDialog dialog(db);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("slaTable"));
        dialog.findChild<QPushButton *>(QStringLiteral("addPolicyButton"))->click();
        fillLastRow(table, 0, QStringLiteral("空调安装"), 6, 2, false);
        QString message;
        QTimer::singleShot(0, [&message] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    message = box->text();
                    box->accept();
                }
        });
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(message.contains(QStringLiteral("category 空调安装")));
        // Removing the selected row leaves the rest.
        table->selectRow(0);
        dialog.findChild<QPushButton *>(QStringLiteral("removePolicyButton"))->click();
        CHECK(table->rowCount() == 5);
        CHECK(dialog.policies().front().priority == Priority::High);
    }
    CHECK(SlaPolicyRepository(db).list()->size() == 5);

    // The orders table: the category row's targets, named.
    ui::OrdersTableModel model;
    model.setSource(&db, branch);
    REQUIRE(model.rowCount() == 1);
    const QModelIndex target = model.index(0, ui::OrdersTableModel::Target);
    CHECK(model.headerData(ui::OrdersTableModel::Target, Qt::Horizontal, Qt::DisplayRole) ==
          QStringLiteral("Target"));
    CHECK(model.data(target, Qt::DisplayRole).toString() ==
          QStringLiteral("12 h / 5 working days · category 空调安装"));
    CHECK(model.data(target, Qt::ToolTipRole)
              .toString()
              .endsWith(QStringLiteral("Targets from: category 空调安装")));
}
