// SPDX-License-Identifier: GPL-3.0-or-later
#include "EquipmentPage.h"

#include "BreakdownDialog.h"
#include "EquipmentDialog.h"
#include "MaintenanceDialog.h"
#include "PlanDialog.h"

#include "equipment/EquipmentDue.h"
#include "equipment/MaintenanceLog.h"
#include "equipment/Reliability.h"
#include "flow/CalendarRepository.h"
#include "flow/OrderRepository.h"
#include "org/Staff.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "widgets/DateText.h"
#include "widgets/ErrorMessage.h"
#include "widgets/ListTable.h"
#include "widgets/Palette.h"
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

namespace {

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString hours(const std::optional<double> &h)
{
    return h ? QString::number(*h, 'f', 1) : QStringLiteral("—");
}

// "Overdue 3 days", "Due today", "Due in 4 days".
QString standing(int overdueDays)
{
    if (overdueDays > 0)
        return EquipmentPage::tr("Overdue %n day(s)", nullptr, overdueDays);
    if (overdueDays == 0)
        return EquipmentPage::tr("Due today");
    return EquipmentPage::tr("Due in %n day(s)", nullptr, -overdueDays);
}

void paintRow(QTableWidget *table, int row, const QColor &fill)
{
    for (int c = 0; c < table->columnCount(); ++c)
        if (QTableWidgetItem *item = table->item(row, c)) {
            item->setBackground(fill);
            item->setForeground(palette::inkOnFill);
        }
}

QString cadenceText(const MaintenancePlan &p, UsageUnit unit)
{
    switch (p.schedule.cadence) {
    case Cadence::WorkingDays:
        return EquipmentPage::tr("Every %n working day(s)", nullptr, p.schedule.every);
    case Cadence::Monthly:
        return EquipmentPage::tr("Monthly on day %1").arg(p.schedule.dayOfMonth);
    case Cadence::Quarterly:
        return EquipmentPage::tr("Quarterly on day %1 (from month %2)")
            .arg(p.schedule.dayOfMonth)
            .arg(p.schedule.firstMonth);
    case Cadence::Usage:
        return EquipmentPage::tr("Every %1 %2")
            .arg(p.schedule.every)
            .arg(unit == UsageUnit::None ? EquipmentPage::tr("units") : UsageUnits::label(unit));
    case Cadence::Calibration:
        return EquipmentPage::tr("Calibration, valid %n month(s)", nullptr, p.schedule.every);
    }
    return {};
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
    m_pieceTabs = new QTabWidget(split);
    m_plans = makeListTable(
        m_pieceTabs, QStringLiteral("equipmentPlans"),
        {tr("Plan"), tr("Cadence"), tr("For"), tr("Last done"), tr("Next due"), tr("Active")});
    m_records = makeListTable(m_pieceTabs, QStringLiteral("equipmentRecords"),
                              {tr("Done on"), tr("Plan"), tr("Result"), tr("Counter"),
                               tr("Certificate"), tr("Valid until"), tr("Note")});
    m_breakdowns =
        makeListTable(m_pieceTabs, QStringLiteral("equipmentBreakdowns"),
                      {tr("Down since"), tr("Back in service"), tr("Working-day hours down"),
                       tr("Fault"), tr("Repair"), tr("Orders that waited")});
    for (QTableWidget *t : {m_plans, m_records, m_breakdowns}) {
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setStretchLastSection(true);
    }
    m_pieceTabs->addTab(m_plans, tr("Plans"));
    m_pieceTabs->addTab(m_records, tr("Maintenance"));
    m_pieceTabs->addTab(m_breakdowns, tr("Breakdowns"));
    auto *piecePane = new QWidget(split);
    auto *pieceLayout = new QVBoxLayout(piecePane);
    pieceLayout->setContentsMargins(0, 0, 0, 0);
    m_doubt = new QLabel(piecePane);
    m_doubt->setObjectName(QStringLiteral("calibrationDoubt"));
    m_doubt->setWordWrap(true);
    m_doubt->setStyleSheet(palette::noticeStyle());
    m_doubt->hide();
    pieceLayout->addWidget(m_pieceTabs, 1);
    pieceLayout->addWidget(m_doubt);
    split->addWidget(m_register);
    split->addWidget(piecePane);
    m_tabs->addTab(split, tr("Register"));

    auto *reliabilityPane = new QWidget(m_tabs);
    auto *reliabilityLayout = new QVBoxLayout(reliabilityPane);
    m_reliabilityNote = new QLabel(reliabilityPane);
    m_reliabilityNote->setWordWrap(true);
    m_reliability = makeListTable(reliabilityPane, QStringLiteral("equipmentReliability"),
                                  {tr("Equipment"), tr("Name"), tr("Failures"), tr("Repairs"),
                                   tr("Downtime, working-day h"), tr("MTTR, working-day h"),
                                   tr("MTBF, working-day h")});
    m_reliability->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reliability->horizontalHeader()->setStretchLastSection(true);
    reliabilityLayout->addWidget(m_reliabilityNote);
    reliabilityLayout->addWidget(m_reliability, 1);
    m_tabs->addTab(reliabilityPane, tr("Reliability"));
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
    connect(m_records, &QTableWidget::currentCellChanged, this, &EquipmentPage::showDoubt);
    connect(m_doubt, &QLabel::linkActivated, this, [this] {
        const auto piece = chosenPiece();
        if (piece && !m_doubtOrders.empty())
            emit showOrders(
                m_doubtOrders,
                tr("orders diagnosed with %1 since its last good calibration").arg(piece->code));
    });
    m_context.followWhenShown(this,
                              WorkbookContext::Change::Equipment |
                                  WorkbookContext::Change::Calendar | WorkbookContext::Change::Team,
                              [this] { refresh(); });
}

void EquipmentPage::refresh()
{
    fillRegister();
    fillDue();
    fillReliability();
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
    Database *db = m_context.database();
    auto branch = m_context.branch();
    if (!db || !branch)
        return;
    const QDate today = m_context.today();
    auto due = EquipmentDue::compute(*db, today, branch->id);
    if (!due)
        return showError(this, tr("Equipment"), due.error());
    m_dueItems = std::move(*due);
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
    auto calendar = flow::CalendarRepository(*db).load();
    auto states = EquipmentDue::states(*db, m_context.today(), branch->id);
    if (calendar && states)
        for (const PlanState &s : *states)
            if (auto due = DueList::dueOf(s, *calendar)) {
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
    m_plans->setRowCount(0);
    m_records->setRowCount(0);
    m_breakdowns->setRowCount(0);
    m_planIds.clear();
    m_pieceBreakdowns.clear();
    m_shownRecords.clear();
    m_calibrationPlans.clear();
    m_doubtOrders.clear();
    m_doubt->hide();
    const std::optional<Equipment> piece = chosenPiece();
    Database *db = m_context.database();
    m_edit->setEnabled(piece.has_value());
    m_maintain->setEnabled(piece && !piece->retired);
    m_plan->setEnabled(piece && !piece->retired);
    m_breakdown->setEnabled(piece && !piece->retired);
    m_breakdown->setText(piece && piece->down ? tr("Record &Repair…") : tr("Record &Breakdown…"));
    m_wait->setEnabled(piece && piece->down);
    m_reading->setEnabled(piece && !piece->retired && piece->usageUnit != UsageUnit::None);
    if (!piece || !db)
        return;
    const LocalTime local = m_context.localTime();
    auto calendar = flow::CalendarRepository(*db).load();
    if (!calendar)
        return showError(this, tr("Equipment"), calendar.error());

    // Plans: its own and its kind's, each with when it was last done and is next due.
    MaintenanceLog log(*db);
    auto plans = log.plans(piece->branchId);
    auto states = EquipmentDue::states(*db, m_context.today(), piece->branchId);
    if (!plans || !states)
        return showError(this, tr("Equipment"), !plans ? plans.error() : states.error());
    QHash<QString, QString> planNames;
    for (const MaintenancePlan &p : *plans) {
        planNames.insert(QString::number(p.id), p.name);
        if (p.schedule.cadence == Cadence::Calibration)
            m_calibrationPlans.push_back(p.id);
        const bool own = p.equipmentId && *p.equipmentId == piece->id;
        if (!own && (p.equipmentId || p.kind != piece->kind || piece->kind.isEmpty()))
            continue;
        const PlanState *state = nullptr;
        for (const PlanState &s : *states)
            if (s.planId == p.id && s.equipmentId == piece->id)
                state = &s;
        const int row = m_plans->rowCount();
        m_plans->insertRow(row);
        m_planIds.push_back(p.id);
        m_plans->setItem(row, 0, cell(p.name));
        m_plans->setItem(row, 1, cell(cadenceText(p, piece->usageUnit)));
        m_plans->setItem(row, 2, cell(own ? tr("This piece") : tr("Every %1").arg(p.kind)));
        m_plans->setItem(
            row, 3,
            cell(state && state->lastDone.isValid() ? DateText::of(state->lastDone) : tr("never")));
        const auto due = state ? DueList::dueOf(*state, *calendar) : std::nullopt;
        m_plans->setItem(row, 4, cell(due ? DateText::of(*due) : QStringLiteral("—")));
        m_plans->setItem(row, 5, cell(p.active ? tr("yes") : tr("no")));
        if (due && m_context.today().daysTo(*due) <= DueList::soonDays)
            paintRow(m_plans, row,
                     *due < m_context.today() ? palette::problemFill : palette::warningFill);
    }

    // Maintenance done, the latest first.
    auto records = log.records(piece->id);
    if (!records)
        return showError(this, tr("Equipment"), records.error());
    for (auto r = records->rbegin(); r != records->rend(); ++r) {
        m_shownRecords.push_back(*r);
        const int row = m_records->rowCount();
        m_records->insertRow(row);
        m_records->setItem(row, 0, cell(DateText::of(r->doneOn)));
        m_records->setItem(row, 1,
                           cell(r->planId ? planNames.value(QString::number(*r->planId))
                                          : tr("(outside any plan)")));
        auto *result = cell(r->passed ? tr("Passed") : tr("Failed"));
        if (!r->passed)
            result->setForeground(palette::problem);
        m_records->setItem(row, 2, result);
        m_records->setItem(
            row, 3, cell(r->reading ? QString::number(*r->reading, 'f', 1) : QString(), true));
        m_records->setItem(row, 4, cell(r->certificate));
        m_records->setItem(row, 5,
                           cell(r->expiresOn.isValid() ? DateText::of(r->expiresOn) : QString()));
        m_records->setItem(row, 6, cell(r->note));
    }

    // Breakdowns, the latest first, with the orders that waited.
    Breakdowns breakdowns(*db);
    auto list = breakdowns.forPiece(piece->id);
    if (!list)
        return showError(this, tr("Equipment"), list.error());
    const qint64 now = db->clock().nowSecsSinceEpoch();
    const QTimeZone &zone = local.zone();
    for (const BreakdownRecord &b : *list) {
        m_pieceBreakdowns.push_back(b);
        QStringList orders;
        if (auto waits = breakdowns.waits(b.id))
            for (const WaitingOrder &w : *waits)
                orders << w.orderNo;
        const int row = m_breakdowns->rowCount();
        m_breakdowns->insertRow(row);
        m_breakdowns->setItem(row, 0,
                              cell(DateText::of(QDateTime::fromSecsSinceEpoch(b.downAt, zone))));
        auto *up = cell(b.upAt ? DateText::of(QDateTime::fromSecsSinceEpoch(*b.upAt, zone))
                               : tr("still down"));
        if (!b.upAt)
            up->setForeground(palette::problem);
        m_breakdowns->setItem(row, 1, up);
        m_breakdowns->setItem(
            row, 2,
            cell(QString::number(
                     Reliability::workingHours(b.downAt, b.upAt.value_or(now), *calendar, local),
                     'f', 1),
                 true));
        m_breakdowns->setItem(row, 3, cell(b.fault));
        m_breakdowns->setItem(row, 4, cell(b.repair));
        m_breakdowns->setItem(row, 5, cell(orders.join(QStringLiteral(", "))));
    }
}

void EquipmentPage::showDoubt()
{
    m_doubt->hide();
    m_doubtOrders.clear();
    const int row = m_records->currentRow();
    Database *db = m_context.database();
    const auto piece = chosenPiece();
    if (!db || !piece || row < 0 || row >= int(m_shownRecords.size()))
        return;
    const MaintenanceRecord &r = m_shownRecords[std::size_t(row)];
    const bool calibration =
        r.planId && std::find(m_calibrationPlans.begin(), m_calibrationPlans.end(), *r.planId) !=
                        m_calibrationPlans.end();
    if (r.passed || !calibration)
        return;
    // A failed calibration: every diagnosis made with it since the last good one is in doubt.
    auto doubt = Breakdowns(*db).diagnosedSinceLastGoodCalibration(piece->id, r.doneOn);
    if (!doubt)
        return showError(this, tr("Equipment"), doubt.error());
    int open = 0;
    for (const DiagnosedOrder &o : *doubt) {
        m_doubtOrders.push_back(o.orderId);
        open += !o.closed;
    }
    m_doubt->setText(
        doubt->empty()
            ? tr("The calibration of %1 failed. No order was diagnosed with %2 since its last "
                 "good calibration.")
                  .arg(DateText::of(r.doneOn), piece->code)
            : tr("The calibration of %1 failed: %n order(s) were diagnosed with %2 since its last "
                 "good calibration (%3 still open). Check their diagnoses and call the customers "
                 "whose repair may be wrong. <a href='orders'>Show them</a>",
                 nullptr, int(doubt->size()))
                  .arg(DateText::of(r.doneOn), piece->code)
                  .arg(open));
    m_doubt->show();
}

void EquipmentPage::fillReliability()
{
    m_reliability->setRowCount(0);
    Database *db = m_context.database();
    auto branch = m_context.branch();
    if (!db || !branch)
        return;
    auto calendar = flow::CalendarRepository(*db).load();
    if (!calendar)
        return showError(this, tr("Equipment"), calendar.error());
    const LocalTime local = m_context.localTime();
    const QDate today = m_context.today();
    const qint64 from = local.startOfDay(today.addMonths(-12));
    const qint64 to = db->clock().nowSecsSinceEpoch();
    auto all = Breakdowns(*db).overlapping(branch->id, from, to);
    if (!all)
        return showError(this, tr("Equipment"), all.error());
    std::map<qint64, std::vector<Breakdown>> byPiece;
    for (const BreakdownRecord &b : *all)
        byPiece[b.equipmentId].push_back({b.downAt, b.upAt});
    m_reliabilityNote->setText(
        tr("From %1 to today, in working-day hours: every hour of the calendar's working days, "
           "none of its days off (a breakdown over a holiday delays nothing). MTTR is the mean "
           "time to repair, MTBF the time in service per failure; — where there was no repair "
           "or no failure.")
            .arg(DateText::of(today.addMonths(-12))));
    for (const Equipment &e : m_pieces) {
        if (e.retired)
            continue;
        const Reliability r =
            Reliability::compute(byPiece[e.id], from, to, *calendar, local, std::nullopt);
        const int row = m_reliability->rowCount();
        m_reliability->insertRow(row);
        m_reliability->setItem(row, 0, cell(e.code));
        m_reliability->setItem(row, 1, cell(e.name));
        m_reliability->setItem(row, 2, cell(QString::number(r.failures), true));
        m_reliability->setItem(row, 3, cell(QString::number(r.repairs), true));
        m_reliability->setItem(row, 4, cell(QString::number(r.downHours, 'f', 1), true));
        // Each mean with its sample.
        m_reliability->setItem(
            row, 5,
            cell(r.mttr ? tr("%1 (n=%2)").arg(hours(r.mttr)).arg(r.repairs) : hours(r.mttr), true));
        m_reliability->setItem(
            row, 6,
            cell(r.mtbf ? tr("%1 (n=%2)").arg(hours(r.mtbf)).arg(r.failures) : hours(r.mtbf),
                 true));
    }
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
            m_pieceTabs->setCurrentWidget(m_breakdowns);
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
        m_pieceTabs->setCurrentWidget(m_plans);
    }
}

} // namespace servicelens::ui
