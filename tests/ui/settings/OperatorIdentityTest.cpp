// SPDX-License-Identifier: GPL-3.0-or-later
// Who is using ServiceLens: asked on the first start, changed in Preferences, recorded in the
// audit records of the open workbook and of every workbook opened afterwards.
#include "TestSupport.h"

#include "flow/OrderRepository.h"
#include "org/Staff.h"
#include "settings/OperatorDialog.h"
#include "settings/OperatorIdentity.h"
#include "settings/PreferencesDialog.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>

using namespace servicelens;
using namespace servicelens::test;

namespace {

QString lastActor(Database &db, const flow::ServiceOrder &o)
{
    auto entries = AuditLog(db).entriesFor(QStringLiteral("service_order"), o.uid);
    REQUIRE(entries.ok());
    REQUIRE_FALSE(entries->empty());
    return entries->back().actor;
}

} // namespace

TEST_CASE("The operator chosen on first start and in Preferences is recorded in the audit",
          "[ui][settings][operator]")
{
    ui::OperatorIdentity::choose(QString());
    QSettings().remove(QStringLiteral("operator"));
    REQUIRE_FALSE(ui::OperatorIdentity::wasAsked());

    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("操作员.servicelens")), clock);
    Database &db = wb->database();
    const QString osUser = Database::defaultActor();
    org::StaffMember manager;
    manager.code = QStringLiteral("M01");
    manager.name = QStringLiteral("张建华");
    manager.role = org::Role::Manager;
    REQUIRE(org::StaffRepository(db).create(manager).ok());

    flow::ServiceOrder o;
    o.branchId = wb->defaultBranch()->id;
    o.orderNo = QStringLiteral("SO-操作员");
    o.times.received = clock.nowSecsSinceEpoch() - 3600;
    REQUIRE(flow::OrderRepository(db).insert(o).ok());
    CHECK(lastActor(db, o) == QStringLiteral("测试员")); // the test workbook's own actor

    {
        // The first start's question: the staff are offered by name and code, OK needs a name.
        ui::OperatorDialog dialog(&db);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("operatorCombo"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled());
        const int listed = combo->findText(QStringLiteral("张建华 (M01)"));
        REQUIRE(listed >= 0);
        combo->setCurrentIndex(listed);
        CHECK(ok->isEnabled());
        ok->click();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(ui::OperatorIdentity::wasAsked());
    CHECK(ui::OperatorIdentity::chosen() == QStringLiteral("张建华"));
    flow::ServiceOrder edited = o;
    edited.product = QStringLiteral("变频空调");
    REQUIRE(flow::OrderRepository(db).update(edited).ok());
    CHECK(lastActor(db, o) == QStringLiteral("张建华"));

    {
        // Preferences: a name typed that is not among the staff.
        ui::PreferencesDialog prefs(&db);
        auto *combo = prefs.findChild<QComboBox *>(QStringLiteral("operatorCombo"));
        CHECK(combo->currentText() == QStringLiteral("张建华 (M01)"));
        combo->setEditText(QStringLiteral("  李主管 "));
        prefs.accept();
    }
    CHECK(ui::OperatorIdentity::chosen() == QStringLiteral("李主管"));
    edited.product = QStringLiteral("定频空调");
    REQUIRE(flow::OrderRepository(db).update(edited).ok());
    CHECK(lastActor(db, o) == QStringLiteral("李主管"));
    // A workbook opened afterwards (naming no actor of its own) records the same person.
    CHECK(Database::defaultActor() == QStringLiteral("李主管"));

    // Declining on the first start keeps the computer's user and is not asked again.
    ui::OperatorIdentity::choose(QString(), &db);
    QSettings().remove(QStringLiteral("operator"));
    {
        ui::OperatorDialog dialog(&db);
        dialog.findChild<QPushButton *>(QStringLiteral("operatorLater"))->click();
    }
    CHECK(ui::OperatorIdentity::wasAsked());
    CHECK(ui::OperatorIdentity::chosen().isEmpty());
    CHECK(db.actor() == osUser);
}
