// SPDX-License-Identifier: GPL-3.0-or-later
// 360-degree reviews on the Team page (issue 23), offscreen: a cycle made, its raters suggested
// from the team, its codes issued; the kiosk's lock screen refusing a wrong code, a rater's form
// sent and the kiosk back at its lock screen, a form abandoned (its code still good), Escape never
// leaving the kiosk; and the results with the three-answer rule.
#include "TestSupport.h"

#include "org/Staff.h"
#include "team/ReviewCycles.h"
#include "team/ReviewKiosk.h"
#include "team/ReviewsView.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>

using namespace servicelens;
using namespace servicelens::test;

TEST_CASE("The review kiosk takes one rater's answers at a time and always returns to its lock "
          "screen",
          "[ui][review][kiosk]")
{
    TempWorkbook t(QStringLiteral("评估终端.servicelens"));
    const qint64 branch = t.wb->defaultBranch()->id;
    const std::pair<const char *, org::Role> staff[] = {
        {"M01", org::Role::Manager},          {"T01", org::Role::TechnicalSupport},
        {"T02", org::Role::TechnicalSupport}, {"T03", org::Role::TechnicalSupport},
        {"T04", org::Role::TechnicalSupport}, {"C01", org::Role::CustomerService}};
    for (const auto &[code, role] : staff) {
        org::StaffMember m;
        m.code = QString::fromLatin1(code);
        m.name = QStringLiteral("员工%1").arg(code);
        m.role = role;
        REQUIRE(org::StaffRepository(t.db).create(m).ok());
    }

    ui::ReviewsView view;
    view.show(&t.db, branch, QStringLiteral("zh_CN"));
    team::ReviewCycle c;
    c.code = QStringLiteral("2026H1");
    c.name = QStringLiteral("2026 上半年");
    c.opensOn = QDate(2026, 6, 1);
    c.closesOn = QDate(2026, 6, 30);
    view.newCycle(c);
    view.show(&t.db, branch, QStringLiteral("zh_CN"));
    REQUIRE(view.cyclesTable()->rowCount() == 1);
    view.suggestRaters();
    auto raters = team::ReviewCycles(t.db).raters(view.chosenCycle()->id);
    REQUIRE(raters.ok());
    // Five reviewed (four technicians, one customer service), each by themself and the manager.
    int selves = 0;
    for (const team::RaterAssignment &r : *raters)
        selves += r.group == team::RaterGroup::Self;
    CHECK(selves == 5);
    const auto codes = view.issueCodes(false);
    REQUIRE(codes.size() == raters->size());
    // T01's peer codes.
    std::vector<QString> peerCodes;
    QString selfCode;
    for (const team::IssuedCode &code : codes) {
        if (code.subjectName != QStringLiteral("员工T01"))
            continue;
        if (code.group == team::RaterGroup::Peer)
            peerCodes.push_back(code.code);
        if (code.group == team::RaterGroup::Self)
            selfCode = code.code;
    }
    REQUIRE(peerCodes.size() == 3);

    ui::ReviewKiosk kiosk(t.db, branch, QStringLiteral("zh_CN"));
    kiosk.show();
    CHECK(kiosk.locked());
    kiosk.codeEdit()->setText(QStringLiteral("WRONG-CODE1"));
    kiosk.unlock();
    CHECK(kiosk.locked());
    CHECK(kiosk.message()->text().contains(QStringLiteral("opens no form")));
    // Three peers, one after another; lower-case and spaces are fine.
    for (int n = 0; n < 3; ++n) {
        kiosk.codeEdit()->setText(peerCodes[std::size_t(n)].toLower());
        kiosk.unlock();
        REQUIRE_FALSE(kiosk.locked());
        CHECK(kiosk.formTitle()->text().contains(QStringLiteral("员工T01")));
        CHECK(kiosk.codeEdit()->text().isEmpty()); // the code is not left on screen
        for (int q = 0; q < 5; ++q)
            kiosk.rate(q, 3 + n % 2);
        kiosk.write(0, QStringLiteral("耐心细致"));
        kiosk.send();
        CHECK(kiosk.locked());
        CHECK(kiosk.message()->text().contains(QStringLiteral("Thank you")));
        CHECK(kiosk.formTitle()->text().isEmpty()); // nothing of the last rater's form is left
    }
    // A used code opens nothing.
    kiosk.codeEdit()->setText(peerCodes[0]);
    kiosk.unlock();
    CHECK(kiosk.locked());
    // Abandoned, and Escape: back to the lock screen, nothing sent, the code still good.
    kiosk.codeEdit()->setText(selfCode);
    kiosk.unlock();
    REQUIRE_FALSE(kiosk.locked());
    kiosk.rate(0, 5);
    QTest::keyClick(&kiosk, Qt::Key_Escape);
    CHECK(kiosk.locked());
    CHECK(kiosk.isVisible());
    CHECK(team::ReviewCycles(t.db).openForm(branch, selfCode).ok());
    kiosk.codeEdit()->setText(selfCode);
    kiosk.unlock();
    kiosk.abandon();
    CHECK(kiosk.locked());
    // Ctrl+Alt+Q, and only that, leaves it.
    QTest::keyClick(&kiosk, Qt::Key_Q, Qt::ControlModifier);
    CHECK(kiosk.isVisible());
    QTest::keyClick(&kiosk, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier);
    CHECK_FALSE(kiosk.isVisible());

    // The results: T01's peers (3 answers) shown; the rows list no rater.
    view.show(&t.db, branch, QStringLiteral("zh_CN"));
    QTableWidget *results = view.resultsTable();
    REQUIRE(results->rowCount() >= 1);
    bool peers = false;
    for (int r = 0; r < results->rowCount(); ++r)
        if (results->item(r, 0)->text().contains(QStringLiteral("T01")) &&
            results->item(r, 1)->text() == team::ReviewNames::label(team::RaterGroup::Peer)) {
            peers = true;
            CHECK(results->item(r, 2)->text() == QStringLiteral("3"));
        }
    CHECK(peers);
    // What the three peers wrote, each line on its own, with no rater.
    CHECK(view.comments()->count() == 3);
    CHECK(view.comments()->item(0)->text().endsWith(QStringLiteral("耐心细致")));
    view.closeCycle();
    view.show(&t.db, branch, QStringLiteral("zh_CN"));
    CHECK(view.cyclesTable()->item(0, 4)->text() != QStringLiteral("Open"));
}
