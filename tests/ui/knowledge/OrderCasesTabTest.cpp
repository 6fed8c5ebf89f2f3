// SPDX-License-Identifier: GPL-3.0-or-later
// The order form's Cases tab: the approved cases that fit the order offered (their count on the
// tab), the library searched by words, a case recorded as used, and a closed order saved as a
// new case prefilled from it.
#include "TestSupport.h"

#include "flow/OrderDialog.h"
#include "flow/OrderRepository.h"
#include "knowledge/CaseDialog.h"
#include "knowledge/CaseLibrary.h"
#include "knowledge/OrderCasesTab.h"
#include "org/FaultCodes.h"
#include "org/ProductLists.h"

#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace servicelens;
using namespace servicelens::test;

TEST_CASE("The order form offers the cases that fit the order and records the one used",
          "[ui][knowledge]")
{
    TempWorkbook t(QStringLiteral("案例工单.servicelens"));
    REQUIRE(org::ProductCatalogue(t.db)
                .saveModel({0, {}, QStringLiteral("KFR-35GW"), {}, {}, {}})
                .ok());
    REQUIRE(org::FaultCatalogue(t.db)
                .saveCode({0, {}, QStringLiteral("AC-02"), QStringLiteral("室内机漏水"), {}, {}})
                .ok());
    knowledge::CaseLibrary library(t.db);
    knowledge::ServiceCase leak;
    leak.title = QStringLiteral("室内机漏水：排水管坡度不足");
    leak.fix = QStringLiteral("调整排水管坡度\n清理接水盘");
    leak.faultCode = QStringLiteral("AC-02");
    leak.status = knowledge::CaseStatus::Approved;
    REQUIRE(*library.save(leak));
    knowledge::ServiceCase gas;
    gas.title = QStringLiteral("空调不制冷：冷媒不足");
    gas.models = {QStringLiteral("KFR-35GW")};
    gas.status = knowledge::CaseStatus::Approved;
    REQUIRE(*library.save(gas));
    knowledge::ServiceCase draft;
    draft.title = QStringLiteral("草稿：漏水");
    draft.faultCode = QStringLiteral("AC-02");
    REQUIRE(*library.save(draft));

    flow::ServiceOrder o;
    o.branchId = t.wb->defaultBranch()->id;
    o.orderNo = QStringLiteral("SO-案例");
    o.product = QStringLiteral("KFR-35GW 挂机");
    o.description = QStringLiteral("室内机一直滴水");
    o.faultCode = QStringLiteral("AC-02");
    o.times.received = t.clock.nowSecsSinceEpoch() - 86400;
    o.times.closed = t.clock.nowSecsSinceEpoch() - 3600;
    o.status = flow::OrderStatus::Closed;
    REQUIRE(flow::OrderRepository(t.db).insert(o).ok());

    ui::OrderDialog form(t.db, o.id);
    auto *tabs = form.findChild<QTabWidget *>();
    REQUIRE(tabs);
    auto *cases = form.findChild<ui::OrderCasesTab *>(QStringLiteral("orderCasesTab"));
    REQUIRE(cases);
    // The two approved cases fit (its fault code, its model); the draft is not offered.
    CHECK(cases->suggestionCount() == 2);
    CHECK(tabs->tabText(tabs->indexOf(cases)) == QStringLiteral("C&ases (2)"));
    tabs->setCurrentWidget(cases);
    QTableWidget *list = cases->list();
    REQUIRE(list->rowCount() == 2);
    CHECK(list->item(0, 0)->text() == leak.title); // its fault code counts most
    CHECK(cases->saveAsCaseButton()->isEnabled()); // a closed order

    cases->useButton()->click();
    CHECK(*library.casesUsedOn(o.id) == std::vector<qint64>{leak.id});
    CHECK(cases->usedLabel()->text().contains(leak.title));

    // Words search the whole library, drafts included.
    cases->searchEdit()->setText(QStringLiteral("漏水"));
    CHECK(list->rowCount() == 2);
    cases->searchEdit()->setText(QStringLiteral("冷媒"));
    REQUIRE(list->rowCount() == 1);
    CHECK(list->item(0, 0)->text() == gas.title);
}

TEST_CASE("A closed order saved as a case is a draft of that order, written in the case form",
          "[ui][knowledge]")
{
    TempWorkbook t(QStringLiteral("存为案例.servicelens"));
    knowledge::ServiceCase draft;
    draft.title = QStringLiteral("室内机一直滴水");
    draft.symptom = QStringLiteral("室内机一直滴水");
    draft.faultCode = QStringLiteral("AC-02");
    draft.models = {QStringLiteral("KFR-35GW")};
    ui::CaseDialog form(t.db, draft);
    auto *title = form.findChild<QLineEdit *>(QStringLiteral("caseTitle"));
    REQUIRE(title);
    CHECK(title->text() == QStringLiteral("室内机一直滴水"));
    title->clear();
    form.accept(); // a case needs a title: said on the form, nothing saved
    CHECK(form.result() != QDialog::Accepted);
    CHECK(knowledge::CaseLibrary(t.db).list()->empty());
    title->setText(QStringLiteral("室内机漏水：接水盘破裂"));
    form.findChild<QPlainTextEdit *>(QStringLiteral("caseCause"))
        ->setPlainText(QStringLiteral("接水盘破裂"));
    form.findChild<QPlainTextEdit *>(QStringLiteral("caseFix"))
        ->setPlainText(QStringLiteral("更换接水盘\n试机一小时"));
    form.findChild<QLineEdit *>(QStringLiteral("caseTags"))
        ->setText(QStringLiteral("漏水，接水盘"));
    // A photo from a file: scaled to a JPEG; a file that is not an image is refused on the form.
    const QString png = t.dir.file(QStringLiteral("接水盘 破裂.png"));
    QImage shot(640, 480, QImage::Format_RGB32);
    shot.fill(Qt::darkCyan);
    REQUIRE(shot.save(png));
    CHECK(form.addPhoto(png));
    const QString notImage = t.dir.file(QStringLiteral("说明.png"));
    writeFile(notImage, QByteArray("not an image"));
    CHECK_FALSE(form.addPhoto(notImage));
    CHECK(form.photoList()->count() == 1);
    form.accept();
    CHECK(form.result() == QDialog::Accepted);
    auto saved = knowledge::CaseLibrary(t.db).list();
    REQUIRE(saved->size() == 1);
    CHECK(saved->front().title == QStringLiteral("室内机漏水：接水盘破裂"));
    CHECK(saved->front().status == knowledge::CaseStatus::Draft);
    CHECK(saved->front().faultCode == QStringLiteral("AC-02"));
    CHECK(saved->front().tags == QStringList{QStringLiteral("漏水"), QStringLiteral("接水盘")});
    CHECK(knowledge::CaseLibrary(t.db).search(QStringLiteral("接水盘"))->size() == 1);
    REQUIRE(saved->front().photos.size() == 1);
    CHECK(saved->front().photos.front().caption == QStringLiteral("接水盘 破裂"));
    CHECK(saved->front().photos.front().image.startsWith("\xFF\xD8\xFF")); // a JPEG
}
