// SPDX-License-Identifier: GPL-3.0-or-later
#include "EquipmentPage.h"

#include "BreakdownDialog.h"
#include "EquipmentCells.h"
#include "EquipmentDialog.h"
#include "MaintenanceDialog.h"
#include "PlanDialog.h"

#include "equipment/EquipmentDue.h"
#include "equipment/MaintenanceLog.h"
#include "flow/CalendarRepository.h"
#include "flow/OrderRepository.h"
#include "org/Staff.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "widgets/DateText.h"
#include "widgets/ErrorMessage.h"
#include "widgets/ListTable.h"
#include "workbook/WorkbookContext.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace servicelens::ui {

using namespace equipment;

using equipmentcells::cell;
using equipmentcells::paintRow;

namespace {

// "Overdue 3 days", "Due today", "Due in 4 days".
QString standing(int overdueDays)
{
    if (overdueDays > 0)
        return EquipmentPage::tr("Overdue %n day(s)", nullptr, overdueDays);
    if (overdueDays == 0)
        return EquipmentPage::tr("Due today");
    return EquipmentPage::tr("Due in %n day(s)", nullptr, -overdueDays);
}

} // namespace

EquipmentPage::EquipmentPage(WorkbookContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("equipmentPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New Equipment…"), this);
    add->setObjectName(QStringLiteral("newEquipment"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_maintain = new QPushButton(tr("Record &Maintenance…"), this);
    m_maintain->setObjectName(QStringLiteral("recordMaintenance"));
    m_breakdown = new QPushButton(tr("Record &Breakdown…"), this);
    m_breakdown->setObjectName(QStringLiteral("recordBreakdown"));
    m_wait = new QPushButton(tr("&Order Waits for It…"), this);
    m_wait->setObjectName(QStringLiteral("orderWaits"));
    m_wait->setToolTip(tr("An order that cannot go on while the piece is down: its SLA clock "
                          "pauses as for parts when the policy says so."));
    m_plan = new QPushButton(tr("New &Plan…"), this);
    m_plan->setObjectName(QStringLiteral("newPlan"));
    m_reading = new QPushButton(tr("Record Counter &Reading…"), this);
    m_reading->setObjectName(QStringLiteral("recordReading"));
    m_reading->setToolTip(tr("The hours, cycles or km the piece's counter shows today: what a "
                             "plan by usage comes due by."));
    for (QPushButton *b : {add, m_edit, m_maintain, m_breakdown, m_wait, m_plan, m_reading})
        bar->addWidget(b);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_tabs = new QTabWidget(this);
    auto *duePane = new QWidget(m_tabs);
    auto *dueLayout = new QVBoxLayout(duePane);
    m_dueNote = new QLabel(duePane);
    m_dueNote->setObjectName(QStringLiteral("dueNote"));
    m_dueNote->setWordWrap(true);
    m_due = makeListTable(duePane, QStringLiteral("equipmentDue"),
                          {tr("Equipment"), tr("Name"), tr("Plan"), tr("Due"), tr("Standing")});
    m_due->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_due->horizontalHeader()->setStretchLastSection(true);
    dueLayout->addWidget(m_dueNote);
    dueLayout->addWidget(m_due, 1);
    m_tabs->addTab(duePane, tr("Due"));

    auto *split = new QSplitter(Qt::Vertical, m_tabs);
    m_register = makeListTable(split, QStringLiteral("equipmentRegister"),
                               {tr("Code"), tr("Name"), tr("Kind"), tr("Location"), tr("Status"),
                                tr("Looked after by"), tr("Next due")});
    m_register->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_register->horizontalHeader()->setStretchLastSection(true);
    m_pieceView = new EquipmentPieceView(split);
    split->addWidget(m_register);
    split->addWidget(m_pieceView);
    m_tabs->addTab(split, tr("Register"));

    m_reliabilityView = new EquipmentReliabilityView(m_tabs);
    m_tabs->addTab(m_reliabilityView, tr("Reliability"));
    layout->addWidget(m_tabs, 1);

    connect(add, &QPushButton::clicked, this, [this] { editPiece(std::nullopt); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editPiece(chosenPiece()); });
    connect(m_maintain, &QPushButton::clicked, this, [this] {
        // From the due list, the plan that is due.
        const int row = m_due->currentRow();
        if (m_tabs->currentIndex() == 0 && row >= 0 && row < int(m_dueItems.size()))
            recordMaintenance(m_dueItems[std::size_t(row)].planId);
        else
            recordMaintenance();
    });
    connect(m_breakdown, &QPushButton::clicked, this, &EquipmentPage::recordBreakdownOrRepair);
    connect(m_wait, &QPushButton::clicked, this, [this] { addWaitingOrder(); });
    connect(m_plan, &QPushButton::clicked, this, &EquipmentPage::newPlan);
    connect(m_reading, &QPushButton::clicked, this, [this] { recordReading(); });
    connect(m_due, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row < int(m_dueItems.size()))
            recordMaintenance(m_dueItems[std::size_t(row)].planId);
    });
    connect(m_due, &QTableWidget::currentCellChanged, this, [this] { fillPiece(); });
    connect(m_register, &QTableWidget::currentCellChanged, this, [this] { fillPiece(); });
    connect(m_register, &QTableWidget::cellDoubleClicked, this,
            [this] { editPiece(chosenPiece()); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { fillPiece(); });
    connect(m_pieceView, &EquipmentPieceView::showOrders, this, &EquipmentPage::showOrders);
    m_context.followWhenShown(this,
                              WorkbookContext::Change::Equipment |
                                  WorkbookContext::Change::Calendar | WorkbookContext::Change::Team,
                              [this] { refresh(); });
}

void EquipmentPage::refresh()
{
    m_calendar.reset();
    m_states.clear();
    Database *db = m_context.database();
    auto branch = m_context.branch();
    if (db && branch) {
        auto calendar = flow::CalendarRepository(*db).load();
        auto states = EquipmentDue::states(*db, m_context.today(), branch->id);
        if (!calendar || !states)
            showError(this, tr("Equipment"), !calendar ? calendar.error() : states.error());
        else {
            m_calendar = std::move(*calendar);
            m_states = std::move(*states);
        }
    }
    fillRegister();
    fillDue();
    if (db && branch && m_calendar)
        m_reliabilityView->show(*db, branch->id, m_pieces, *m_calendar, m_context.localTime(),
                                m_context.today(), db->clock().nowSecsSinceEpoch());
    else
        m_reliabilityView->clear();
    fillPiece();
}

std::optional<Equipment> EquipmentPage::chosenPiece() const
{
    QString code;
    if (m_tabs->currentIndex() == 0) {
        const int row = m_due->currentRow();
        if (row >= 0 && row < int(m_dueItems.size()))
            code = m_dueItems[std::size_t(row)].equipment;
    } else {
        const int row = m_register->currentRow();
        if (row >= 0 && row < int(m_pieces.size()))
            return m_pieces[std::size_t(row)];
    }
    for (const Equipment &e : m_pieces)
        if (e.code == code)
            return e;
    return std::nullopt;
}

void EquipmentPage::choosePiece(const QString &code)
{
    for (std::size_t i = 0; i < m_pieces.size(); ++i)
        if (m_pieces[i].code == code) {
            m_tabs->setCurrentIndex(1);
            m_register->setCurrentCell(int(i), 0);
        }
}

void EquipmentPage::fillDue()
{
    m_due->setRowCount(0);
    m_dueItems.clear();
    if (!m_calendar)
        return;
    const QDate today = m_context.today();
    m_dueItems = DueList::compute(m_states, today, *m_calendar);
    QHash<QString, QString> names;
    for (const Equipment &e : m_pieces)
        names.insert(e.code, e.name);
    m_due->setRowCount(int(m_dueItems.size()));
    int overdue = 0;
    for (int row = 0; row < int(m_dueItems.size()); ++row) {
        const DueItem &i = m_dueItems[std::size_t(row)];
        m_due->setItem(row, 0, cell(i.equipment));
        m_due->setItem(row, 1, cell(names.value(i.equipment)));
        m_due->setItem(row, 2, cell(i.plan));
        m_due->setItem(row, 3, cell(DateText::of(i.due)));
        m_due->setItem(row, 4, cell(standing(i.overdueDays)));
        // Overdue red; due within the week amber.
        paintRow(m_due, row, i.overdueDays > 0 ? palette::problemFill : palette::warningFill);
        overdue += i.overdueDays > 0;
    }
    if (!m_dueItems.empty())
        m_due->setCurrentCell(0, 0); // the most overdue, ready to record
    const int soon = int(m_dueItems.size()) - overdue;
    m_dueNote->setText(
        m_dueItems.empty()
            ? tr("Nothing is due by %1 or within the week after.").arg(DateText::of(today))
            : tr("%1 overdue and %2 due within the week, on %3. Double-click a "
                 "plan to record its maintenance.")
                  .arg(overdue)
                  .arg(soon)
                  .arg(DateText::of(today)));
    m_tabs->setTabText(0, m_dueItems.empty() ? tr("Due") : tr("Due (%1)").arg(m_dueItems.size()));
}

void EquipmentPage::fillRegister()
{
    const QString chosen = chosenPiece() ? chosenPiece()->code : QString();
    m_register->setRowCount(0);
    m_pieces.clear();
    Database *db = m_context.database();
    auto branch = m_context.branch();
    if (!db || !branch)
        return;
    auto pieces = EquipmentRegister(*db).list(branch->id);
    if (!pieces)
        return showError(this, tr("Equipment"), pieces.error());
    m_pieces = std::move(*pieces);
    // Each piece's next due date: the earliest of its plans'.
    std::map<qint64, QDate> next;
    if (m_calendar)
        for (const PlanState &s : m_states)
            if (auto due = DueList::dueOf(s, *m_calendar)) {
                auto [it, added] = next.emplace(s.equipmentId, *due);
                if (!added && *due < it->second)
                    it->second = *due;
            }
    QHash<qint64, QString> people;
    if (auto staff = org::StaffRepository(*db).list())
        for (const org::StaffMember &m : *staff)
            people.insert(m.id, QStringLiteral("%1 %2").arg(m.code, m.name));
    m_register->setRowCount(int(m_pieces.size()));
    for (int row = 0; row < int(m_pieces.size()); ++row) {
        const Equipment &e = m_pieces[std::size_t(row)];
        m_register->setItem(row, 0, cell(e.code));
        m_register->setItem(row, 1, cell(e.name));
        m_register->setItem(row, 2, cell(e.kind));
        m_register->setItem(row, 3, cell(e.location));
        auto *status = cell(e.retired ? tr("Retired") : e.down ? tr("Down") : tr("In service"));
        if (e.down && !e.retired)
            status->setForeground(palette::problem);
        m_register->setItem(row, 4, status);
        m_register->setItem(row, 5, cell(e.ownerId ? people.value(*e.ownerId) : QString()));
        const auto due = next.find(e.id);
        m_register->setItem(
            row, 6,
            cell(due == next.end() || e.retired ? QStringLiteral("—") : DateText::of(due->second)));
        if (e.code == chosen)
            m_register->setCurrentCell(row, 0);
    }
    if (m_register->currentRow() < 0 && !m_pieces.empty())
        m_register->setCurrentCell(0, 0);
}

void EquipmentPage::fillPiece()
{
    const std::optional<Equipment> piece = chosenPiece();
    Database *db = m_context.database();
    m_edit->setEnabled(piece.has_value());
    m_maintain->setEnabled(piece && !piece->retired);
    m_plan->setEnabled(piece && !piece->retired);
    m_breakdown->setEnabled(piece && !piece->retired);
    m_breakdown->setText(piece && piece->down ? tr("Record &Repair…") : tr("Record &Breakdown…"));
    m_wait->setEnabled(piece && piece->down);
    m_reading->setEnabled(piece && !piece->retired && piece->usageUnit != UsageUnit::None);
    m_pieceView->show(db, piece,
                      {m_calendar ? &*m_calendar : nullptr, &m_states, m_context.today(),
                       m_context.localTime(), db ? db->clock().nowSecsSinceEpoch() : qint64(0)});
}

void EquipmentPage::changed()
{
    m_context.notify(WorkbookContext::Change::Equipment);
}

void EquipmentPage::editPiece(std::optional<Equipment> piece)
{
    Database *db = m_context.database();
    auto branch = m_context.branch();
    if (!db || !branch)
        return;
    Equipment e = piece.value_or(Equipment{});
    if (!piece)
        e.branchId = branch->id;
    EquipmentDialog dialog(*db, e, this);
    if (dialog.exec() == QDialog::Accepted) {
        changed();
        choosePiece(dialog.piece().code);
    }
}

void EquipmentPage::recordMaintenance(std::optional<qint64> planId)
{
    Database *db = m_context.database();
    const auto piece = chosenPiece();
    if (!db || !piece)
        return;
    MaintenanceDialog dialog(*db, *piece, m_context.today(), planId, this);
    if (dialog.exec() == QDialog::Accepted)
        changed();
}

void EquipmentPage::recordBreakdownOrRepair()
{
    Database *db = m_context.database();
    const auto piece = chosenPiece();
    if (!db || !piece)
        return;
    std::optional<BreakdownRecord> open;
    if (piece->down) {
        auto list = Breakdowns(*db).forPiece(piece->id);
        if (!list)
            return showError(this, tr("Equipment"), list.error());
        for (const BreakdownRecord &b : *list)
            if (!b.upAt)
                open = b;
    }
    BreakdownDialog dialog(*db, *piece, m_context.localTime(), db->clock().nowSecsSinceEpoch(),
                           open, this);
    if (dialog.exec() == QDialog::Accepted) {
        // A wait's end moves an order's deadline: the service flow hears of it too.
        m_context.notify(WorkbookContext::Change::Equipment | WorkbookContext::Change::Orders);
        choosePiece(piece->code);
    }
}

void EquipmentPage::addWaitingOrder(QString orderNo)
{
    Database *db = m_context.database();
    const auto piece = chosenPiece();
    if (!db || !piece || !piece->down)
        return;
    if (orderNo.isEmpty()) {
        bool ok = false;
        orderNo =
            QInputDialog::getText(this, tr("Order Waits for %1").arg(piece->code),
                                  tr("The number of the order that cannot go on without %1 %2:")
                                      .arg(piece->code, piece->name),
                                  QLineEdit::Normal, QString(), &ok)
                .trimmed();
        if (!ok || orderNo.isEmpty())
            return;
    }
    auto order = flow::OrderRepository(*db).findByOrderNo(piece->branchId, orderNo);
    if (!order)
        return showError(this, tr("Equipment"), order.error());
    if (!*order)
        return showError(this, tr("Equipment"),
                         makeError(ErrorKind::NotFound,
                                   tr("No order of this branch has the number %1.").arg(orderNo)));
    auto list = Breakdowns(*db).forPiece(piece->id);
    if (!list)
        return showError(this, tr("Equipment"), list.error());
    for (const BreakdownRecord &b : *list)
        if (!b.upAt) {
            if (auto s =
                    Breakdowns(*db).addWait(b.id, (*order)->id, db->clock().nowSecsSinceEpoch());
                !s)
                return showError(this, tr("Equipment"), s.error());
            m_context.notify(WorkbookContext::Change::Equipment | WorkbookContext::Change::Orders);
            choosePiece(piece->code);
            m_pieceView->showBreakdowns();
            return;
        }
}

void EquipmentPage::recordReading(double value)
{
    Database *db = m_context.database();
    const auto piece = chosenPiece();
    if (!db || !piece || piece->usageUnit == UsageUnit::None)
        return;
    MaintenanceLog log(*db);
    if (value < 0) {
        auto readings = log.readings(piece->id);
        const double last = readings && !readings->empty() ? readings->back().value : 0;
        bool ok = false;
        value = QInputDialog::getDouble(
            this, tr("Counter of %1").arg(piece->code),
            tr("%1 %2 shows today (%3):")
                .arg(piece->code, piece->name, UsageUnits::label(piece->usageUnit)),
            last, 0, 1e9, 1, &ok);
        if (!ok)
            return;
    }
    auto set = log.setReading(piece->id, m_context.today(), value);
    if (!set)
        return showError(this, tr("Equipment"), set.error());
    changed();
    choosePiece(piece->code);
}

void EquipmentPage::newPlan()
{
    Database *db = m_context.database();
    const auto piece = chosenPiece();
    if (!db || !piece)
        return;
    MaintenancePlan p;
    p.branchId = piece->branchId;
    p.equipmentId = piece->id;
    PlanDialog dialog(*db, *piece, p, m_context.today(), this);
    if (dialog.exec() == QDialog::Accepted) {
        changed();
        choosePiece(piece->code);
        m_pieceView->showPlans();
    }
}

} // namespace servicelens::ui
