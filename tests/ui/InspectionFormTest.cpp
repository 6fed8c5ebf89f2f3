// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen: an inspection filled in with the keys an inspector uses, completed, amended; the
// inspections page, the actions' life and the template editor on a real workbook.
#include "TestSupport.h"

#include "inspection/ActionDialog.h"
#include "inspection/ActionsView.h"
#include "inspection/CorrectiveAction.h"
#include "inspection/InspectionForm.h"
#include "inspection/InspectionWorkflow.h"
#include "inspection/InspectionsPage.h"
#include "inspection/PhotoScaler.h"
#include "inspection/Schedule.h"
#include "inspection/SchedulesDialog.h"
#include "inspection/TemplateEditor.h"
#include "inspection/TemplateRepository.h"
#include "org/Staff.h"
#include "storage/AuditLog.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace servicelens;
using namespace servicelens::inspection;
using namespace servicelens::test;

namespace {

struct Fixture : TempWorkbook {
    Fixture()
        : TempWorkbook(QStringLiteral("巡检界面.servicelens"))
    {}
    InspectionTemplate t = **TemplateRepository(db).latest(QStringLiteral("branch-ops-monthly"));

    qint64 startDraft()
    {
        Inspection i;
        i.templateId = t.id;
        i.branchId = wb->defaultBranch()->id;
        REQUIRE(InspectionWorkflow(db).start(i).ok());
        return i.id;
    }
};

} // namespace

TEST_CASE("An inspection is filled with the keyboard, saved as it goes, and completed",
          "[ui][inspection]")
{
    Fixture f;
    const qint64 id = f.startDraft();
    {
        ui::InspectionForm form(f.db, id);
        form.show();
        QApplication::processEvents();
        CHECK(form.currentItemCode() == QStringLiteral("flow.reception"));
        // P passes and Enter moves on.
        QTest::keyClick(&form, Qt::Key_P);
        QTest::keyClick(&form, Qt::Key_Return);
        CHECK(form.currentItemCode() == QStringLiteral("flow.wait"));
        // Saved at once: another connection sees the answer.
        auto saved = InspectionRepository(f.db).answers(id);
        REQUIRE(saved->size() == 1);
        CHECK(saved->front().passed == true);
        form.answerNumber(22); // outside 0-15: a finding
        form.next();
        // F fails; a finding puts the keys in the note, Enter moves on.
        QTest::keyClick(&form, Qt::Key_F);
        auto *note = form.findChild<QLineEdit *>(QStringLiteral("note"));
        REQUIRE(note);
        CHECK(note->hasFocus());
        note->insert(QStringLiteral("工具散落")); // typed (QTest types ASCII only)
        QTest::keyClick(note, Qt::Key_Return);
        CHECK(form.currentItemCode() == QStringLiteral("flow.sop"));
        QTest::keyClick(&form, Qt::Key_N); // not applicable
        auto answers = *InspectionRepository(f.db).answers(id);
        REQUIRE(answers.size() == 4);
        CHECK(answers[2].note == QStringLiteral("工具散落"));
        CHECK(answers[3].na);
        // Ratings with the digits.
        form.showItem(QStringLiteral("quality.attitude"));
        QTest::keyClick(&form, Qt::Key_4);
        CHECK(InspectionRepository(f.db).answers(id)->back().rating == 4);
        // Live score: reception 2×1 + wait 1×0 + site 1×0 + attitude 1×0.75 = 2.75 / 5 = 55.
        CHECK(form.scoreText().contains(QStringLiteral("55.0")));
        // Closed here with the inspection half done: nothing lost.
    }
    {
        ui::InspectionForm resumed(f.db, id);
        resumed.show();
        QApplication::processEvents();
        // It resumes at the first item without an answer.
        CHECK(resumed.currentItemCode() == QStringLiteral("flow.hotline"));
        CHECK(resumed.scoreText().contains(QStringLiteral("55.0")));
        // Completing asks first, with what it settles; No leaves the draft as it was.
        QString asked;
        QTimer::singleShot(0, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            REQUIRE(box);
            asked = box->text();
            box->button(QMessageBox::No)->click();
        });
        CHECK_FALSE(resumed.complete(true));
        CHECK(asked.contains(QStringLiteral("Score 55.0 of 100: not passed (pass mark")));
        CHECK(asked.contains(QStringLiteral("2 items failed.")));
        CHECK(asked.contains(QStringLiteral("have no answer")));
        CHECK((*InspectionRepository(f.db).findById(id))->status == InspectionStatus::Draft);
        REQUIRE(resumed.complete(false));
        CHECK((*InspectionRepository(f.db).findById(id))->status == InspectionStatus::Completed);
        // Locked: the keys no longer change anything.
        resumed.showItem(QStringLiteral("flow.reception"));
        QTest::keyClick(&resumed, Qt::Key_F);
        CHECK(InspectionRepository(f.db).answers(id)->front().passed == true);
        CHECK(resumed.findChild<QPushButton *>(QStringLiteral("amendButton"))->isVisible());
    }
}

TEST_CASE("The inspections page lists what is due and done and opens the form", "[ui][inspection]")
{
    Fixture f;
    f.startDraft();
    ui::WorkbookContext context;
    ui::InspectionsPage page(context);
    context.setWorkbook(f.wb.get());
    page.show();
    QApplication::processEvents();
    auto *table = page.inspectionTable();
    REQUIRE(table->rowCount() == 1);
    const QString name = table->item(0, 1)->text();
    CHECK((name.contains(QStringLiteral("网点运营月度巡检")) ||
           name.contains(QStringLiteral("Monthly branch operations"))));
    // Starting the same template again resumes the draft instead of making a second one.
    page.startInspection(f.t.code);
    QApplication::processEvents();
    CHECK(InspectionRepository(f.db).list(f.wb->defaultBranch()->id)->size() == 1);
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *form = qobject_cast<ui::InspectionForm *>(w))
            form->close();
    context.setWorkbook(nullptr);
}

TEST_CASE("Actions are created, done and verified from the actions view", "[ui][inspection]")
{
    Fixture f;
    org::StaffMember owner;
    owner.code = QStringLiteral("T03");
    owner.name = QStringLiteral("王工");
    org::StaffMember manager;
    manager.code = QStringLiteral("M01");
    manager.name = QStringLiteral("李经理");
    REQUIRE(org::StaffRepository(f.db).create(owner).ok());
    REQUIRE(org::StaffRepository(f.db).create(manager).ok());

    CorrectiveAction a;
    a.branchId = f.wb->defaultBranch()->id;
    a.source = ActionSource::Other;
    {
        ui::ActionDialog dialog(f.db, a);
        dialog.findChild<QComboBox *>(QStringLiteral("owner"))
            ->setCurrentIndex(
                dialog.findChild<QComboBox *>(QStringLiteral("owner"))->findData(owner.id));
        dialog.accept(); // no description: refused, said in the dialog
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))
                  ->text()
                  .contains(QStringLiteral("description")));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("description"))
            ->setPlainText(QStringLiteral("整理工具板"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        a = dialog.action();
    }
    ui::WorkbookContext context;
    ui::ActionsView view(context);
    context.setWorkbook(f.wb.get());
    // As on the page: a change refreshes every view of the inspections.
    QObject::connect(&view, &ui::ActionsView::changed, &view,
                     [&context] { context.notify(ui::WorkbookContext::Change::Inspections); });
    REQUIRE(view.table()->rowCount() == 1);
    view.selectAction(a.id);
    view.findChild<QPushButton *>(QStringLiteral("startAction"))->click();
    CHECK((*ActionRepository(f.db).findById(a.id))->status == ActionStatus::InProgress);
    // Still chosen after the refresh: the next step is one click.
    REQUIRE(view.table()->selectedItems().size() > 0);
    CHECK(view.findChild<QPushButton *>(QStringLiteral("doneAction"))->isEnabled());
    view.findChild<QPushButton *>(QStringLiteral("doneAction"))->click();
    CHECK((*ActionRepository(f.db).findById(a.id))->status == ActionStatus::Done);
    // Not done anymore: the default filter hides it; the verifier list leaves the owner out.
    CHECK(view.table()->rowCount() == 0);
    ui::VerifyActionDialog verify(f.db, **ActionRepository(f.db).findById(a.id));
    auto *verifier = verify.findChild<QComboBox *>(QStringLiteral("verifier"));
    REQUIRE(verifier->count() == 1);
    CHECK(verifier->currentData().toLongLong() == manager.id);
    verify.findChild<QPushButton *>(QStringLiteral("acceptButton"))->click();
    CHECK((*ActionRepository(f.db).findById(a.id))->status == ActionStatus::Verified);
    context.setWorkbook(nullptr);
}

TEST_CASE("Editing a template in use in the editor saves a new version", "[ui][inspection]")
{
    Fixture f;
    f.startDraft(); // version 1 is in use now
    ui::TemplateEditor editor(f.db, f.t);
    QTreeWidgetItem *item = editor.addItem();
    REQUIRE(item);
    auto *code = editor.findChild<QLineEdit *>(QStringLiteral("itemCode"));
    code->setText(QStringLiteral("tracking.new"));
    editor.findChild<QPlainTextEdit *>(QStringLiteral("itemTextZh"))
        ->setPlainText(QStringLiteral("新增检查项"));
    editor.tree()->setCurrentItem(editor.tree()->topLevelItem(0)); // stores the item
    QTimer::singleShot(0, [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w))
                box->accept();
    });
    editor.accept();
    CHECK(editor.result() == QDialog::Accepted);
    auto latest = *TemplateRepository(f.db).latest(f.t.code);
    CHECK(latest->version == 2);
    REQUIRE(latest->item(QStringLiteral("tracking.new")));
    CHECK(latest->item(QStringLiteral("tracking.new"))->text.zh == QStringLiteral("新增检查项"));
    CHECK((*TemplateRepository(f.db).byId(f.t.id))->itemCount() == f.t.itemCount());
}

TEST_CASE("A schedule made in the dialog shows as due on the page", "[ui][inspection]")
{
    Fixture f;
    ui::WorkbookContext context;
    context.setWorkbook(f.wb.get());
    {
        ui::SchedulesDialog dialog(context);
        dialog.newSchedule();
        dialog.findChild<QDateEdit *>(QStringLiteral("scheduleNextDue"))
            ->setDate(QDate(2026, 11, 20));
        REQUIRE(dialog.saveForm());
        CHECK(dialog.findChild<QTableWidget *>(QStringLiteral("scheduleTable"))->rowCount() == 1);
    }
    auto due = ScheduleRepository(f.db).due(f.wb->defaultBranch()->id, QDate(2026, 11, 22),
                                            QDate(2026, 12, 6));
    REQUIRE(due->size() == 1);
    CHECK(due->front().daysOverdue == 2); // "now" is 22 November
    ui::InspectionsPage page(context);
    page.show();
    QApplication::processEvents();
    auto *dueTable = page.findChild<QTableWidget *>(QStringLiteral("dueTable"));
    CHECK(dueTable->rowCount() == 1);
    // Start works without selecting first (the review: it did nothing): the most urgent due
    // row is selected, and a click starts its inspection and opens the form.
    CHECK(dueTable->selectionModel()->isRowSelected(0, {}));
    auto *start = page.findChild<QPushButton *>(QStringLiteral("startDue"));
    REQUIRE(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QApplication::processEvents();
    auto started = InspectionRepository(f.db).list(f.wb->defaultBranch()->id);
    REQUIRE(started->size() == 1);
    CHECK(started->front().inspection.scheduleId == due->front().schedule.id);
    bool formOpen = false;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *form = qobject_cast<ui::InspectionForm *>(w); form && form->isVisible()) {
            formOpen = true;
            form->close();
        }
    CHECK(formOpen);
    context.setWorkbook(nullptr);
    // Nothing due: Start is disabled and says why.
    ui::WorkbookContext empty;
    ui::InspectionsPage none(empty);
    CHECK_FALSE(none.findChild<QPushButton *>(QStringLiteral("startDue"))->isEnabled());
    CHECK_FALSE(none.findChild<QPushButton *>(QStringLiteral("startDue"))->toolTip().isEmpty());
}

TEST_CASE("The whole section can be answered on one screen", "[ui][inspection]")
{
    Fixture f;
    const qint64 id = f.startDraft();
    ui::InspectionForm form(f.db, id);
    form.show();
    form.setSectionMode(true);
    QApplication::processEvents();
    auto *fail = form.findChild<QToolButton *>(QStringLiteral("fail_flow.site"));
    REQUIRE(fail);
    CHECK(fail->isVisible());
    fail->click();
    CHECK_FALSE(form.findChild<QToolButton *>(QStringLiteral("rating3_quality.standard")));
    auto *spin = form.findChild<QDoubleSpinBox *>(QStringLiteral("number_flow.wait"));
    REQUIRE(spin);
    spin->setValue(9);
    emit spin->editingFinished();
    auto answers = *InspectionRepository(f.db).answers(id);
    REQUIRE(answers.size() == 2);
    CHECK(answers[0].itemCode == QStringLiteral("flow.wait"));
    CHECK(*answers[0].number == 9);
    CHECK(answers[1].passed == false);
    // The next section replaces the first.
    form.next();
    QApplication::processEvents();
    CHECK(form.findChild<QToolButton *>(QStringLiteral("rating3_quality.standard")));
    CHECK(form.currentItemCode() == QStringLiteral("quality.standard"));
}

TEST_CASE("A photo item shows its photos, a raised action shows on its item, and the count "
          "covers every item",
          "[ui][inspection]")
{
    Fixture f;
    const qint64 id = f.startDraft();
    const TemplateItem *photoItem = f.t.item(QStringLiteral("equipment.photo"));
    const TemplateItem *waitItem = f.t.item(QStringLiteral("flow.wait"));
    REQUIRE(photoItem);
    REQUIRE(waitItem);
    int items = 0;
    for (const TemplateSection &s : f.t.sections)
        items += static_cast<int>(s.items.size());
    ui::InspectionForm form(f.db, id);
    form.show();
    QApplication::processEvents();
    auto *count = form.findChild<QLabel *>(QStringLiteral("answeredCount"));
    auto *tree = form.findChild<QTreeWidget *>(QStringLiteral("itemTree"));
    REQUIRE(count);
    REQUIRE(tree);
    CHECK(count->text() == QStringLiteral("0 of %1 answered").arg(items));
    auto row = [tree](const QString &code) -> QTreeWidgetItem * {
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            if ((*it)->data(0, Qt::UserRole).toString() == code)
                return *it;
        return nullptr;
    };
    REQUIRE(row(photoItem->code));
    CHECK(row(photoItem->code)->text(1).isEmpty());

    // Two photos answer the photo item; the count and the tree follow when the form hears of it.
    InspectionWorkflow workflow(f.db);
    for (const char *name : {"维修区1.jpg", "维修区2.jpg"})
        REQUIRE(
            workflow.addPhoto(id, photoItem->id, QString::fromUtf8(name), "jpeg", "thumb").ok());
    form.showItem(waitItem->code);
    form.answerNumber(22); // outside 0–15: a finding
    form.attachmentsChanged();
    CHECK(row(photoItem->code)->text(1) == QStringLiteral("2 photos"));
    CHECK(count->text() == QStringLiteral("2 of %1 answered").arg(items));

    // A corrective action raised on the finding shows on its item and on the item's button.
    CorrectiveAction action;
    action.branchId = f.wb->defaultBranch()->id;
    action.inspectionId = id;
    action.itemId = waitItem->id;
    action.description = QStringLiteral("增加接待人员");
    action.due = QDate(2026, 12, 10);
    REQUIRE(ActionRepository(f.db).create(action).ok());
    form.attachmentsChanged();
    CHECK(row(waitItem->code)->text(1).contains(QStringLiteral("⚑ 1 action")));
    form.showItem(waitItem->code);
    auto *button = form.findChild<QPushButton *>(QStringLiteral("createAction"));
    REQUIRE(button);
    CHECK(button->text() == QStringLiteral("Corrective action… (1 raised)"));
}

TEST_CASE("A photo is scaled, kept with its thumbnail, and readable back", "[ui][inspection]")
{
    TempFolder dir;
    const QString path = dir.file(QStringLiteral("维修区照片.png"));
    QImage big(3200, 2400, QImage::Format_RGB32);
    big.fill(QColor(0x2f, 0x7d, 0xe1));
    REQUIRE(big.save(path));
    QString error;
    auto scaled = ui::scalePhoto(path, &error);
    REQUIRE(scaled.has_value());
    const QImage image = QImage::fromData(scaled->image);
    const QImage thumb = QImage::fromData(scaled->thumbnail);
    CHECK(image.width() == 1600);
    CHECK(image.height() == 1200);
    CHECK(std::max(thumb.width(), thumb.height()) == 160);
    writeFile(dir.file(QStringLiteral("不是图片.jpg")), "not an image");
    CHECK_FALSE(ui::scalePhoto(dir.file(QStringLiteral("不是图片.jpg")), &error).has_value());
    CHECK(error.contains(QStringLiteral("不是图片.jpg")));
}

TEST_CASE("Sections and items are reordered in the template editor", "[ui][inspection]")
{
    Fixture f;
    ui::TemplateEditor editor(f.db, f.t);
    QTreeWidget *tree = editor.tree();
    // The second item of the first section moves up; the second section moves to the top.
    tree->setCurrentItem(tree->topLevelItem(0)->child(1));
    editor.moveNode(-1);
    tree->setCurrentItem(tree->topLevelItem(1));
    editor.moveNode(-1);
    auto t = editor.edited();
    REQUIRE(t.ok());
    CHECK(t->sections[0].title.en == QStringLiteral("Service quality"));
    CHECK(t->sections[1].items[0].code == QStringLiteral("flow.wait"));
    CHECK(t->sections[1].items[1].code == QStringLiteral("flow.reception"));
    // Nothing moves past the ends.
    tree->setCurrentItem(tree->topLevelItem(0));
    editor.moveNode(-1);
    CHECK(editor.edited()->sections[0].title.en == QStringLiteral("Service quality"));
}
