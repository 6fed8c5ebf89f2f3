// SPDX-License-Identifier: GPL-3.0-or-later
#include "EquipmentPieceView.h"

#include "EquipmentCells.h"

#include "equipment/Breakdowns.h"
#include "equipment/MaintenanceLog.h"
#include "equipment/Reliability.h"
#include "storage/Database.h"
#include "widgets/DateText.h"
#include "widgets/ErrorMessage.h"
#include "widgets/ListTable.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace equipment;
using equipmentcells::cell;
using equipmentcells::paintRow;

namespace {

QString cadenceText(const MaintenancePlan &p, UsageUnit unit)
{
    switch (p.schedule.cadence) {
    case Cadence::WorkingDays:
        return EquipmentPieceView::tr("Every %n working day(s)", nullptr, p.schedule.every);
    case Cadence::Monthly:
        return EquipmentPieceView::tr("Monthly on day %1").arg(p.schedule.dayOfMonth);
    case Cadence::Quarterly:
        return EquipmentPieceView::tr("Quarterly on day %1 (from month %2)")
            .arg(p.schedule.dayOfMonth)
            .arg(p.schedule.firstMonth);
    case Cadence::Usage:
        return EquipmentPieceView::tr("Every %1 %2")
            .arg(p.schedule.every)
            .arg(unit == UsageUnit::None ? EquipmentPieceView::tr("units")
                                         : UsageUnits::label(unit));
    case Cadence::Calibration:
        return EquipmentPieceView::tr("Calibration, valid %n month(s)", nullptr, p.schedule.every);
    }
    return {};
}

} // namespace

EquipmentPieceView::EquipmentPieceView(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_files(new EquipmentFilesView(m_tabs))
    , m_doubt(new QLabel(this))
{
    m_plans = makeListTable(
        m_tabs, QStringLiteral("equipmentPlans"),
        {tr("Plan"), tr("Cadence"), tr("For"), tr("Last done"), tr("Next due"), tr("Active")});
    m_records = makeListTable(m_tabs, QStringLiteral("equipmentRecords"),
                              {tr("Done on"), tr("Plan"), tr("Result"), tr("Counter"),
                               tr("Certificate"), tr("Valid until"), tr("Note")});
    m_breakdowns =
        makeListTable(m_tabs, QStringLiteral("equipmentBreakdowns"),
                      {tr("Down since"), tr("Back in service"), tr("Working-day hours down"),
                       tr("Fault"), tr("Repair"), tr("Orders that waited")});
    for (QTableWidget *t : {m_plans, m_records, m_breakdowns}) {
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setStretchLastSection(true);
    }
    m_tabs->addTab(m_plans, tr("Plans"));
    m_tabs->addTab(m_records, tr("Maintenance"));
    m_tabs->addTab(m_breakdowns, tr("Breakdowns"));
    m_tabs->addTab(m_files, tr("Documents and Photos"));
    connect(m_files, &EquipmentFilesView::changed, this, [this] {
        m_files->showPiece(m_db, m_piece ? std::optional<qint64>(m_piece->id) : std::nullopt,
                           m_piece && !m_piece->retired, m_local);
        m_tabs->setTabText(m_tabs->indexOf(m_files), filesTitle());
    });
    m_doubt->setObjectName(QStringLiteral("calibrationDoubt"));
    m_doubt->setWordWrap(true);
    m_doubt->setStyleSheet(palette::noticeStyle());
    m_doubt->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_doubt);
    connect(m_records, &QTableWidget::currentCellChanged, this, &EquipmentPieceView::showDoubt);
    connect(m_doubt, &QLabel::linkActivated, this, [this] {
        if (m_piece && !m_doubtOrders.empty())
            emit showOrders(
                m_doubtOrders,
                tr("orders diagnosed with %1 since its last good calibration").arg(m_piece->code));
    });
}

QString EquipmentPieceView::filesTitle() const
{
    return m_files->count() ? tr("Documents and Photos (%1)").arg(m_files->count())
                            : tr("Documents and Photos");
}

void EquipmentPieceView::showBreakdowns()
{
    m_tabs->setCurrentWidget(m_breakdowns);
}

void EquipmentPieceView::showPlans()
{
    m_tabs->setCurrentWidget(m_plans);
}

void EquipmentPieceView::show(Database *db, const std::optional<Equipment> &piece, const Day &day)
{
    m_db = db;
    m_piece = piece;
    m_plans->setRowCount(0);
    m_records->setRowCount(0);
    m_breakdowns->setRowCount(0);
    m_shownRecords.clear();
    m_calibrationPlans.clear();
    m_doubtOrders.clear();
    m_doubt->hide();
    // Its documents: every piece's, a retired one's to read only.
    m_local = day.local;
    m_files->showPiece(db, piece ? std::optional<qint64>(piece->id) : std::nullopt,
                       piece && !piece->retired, m_local);
    m_tabs->setTabText(m_tabs->indexOf(m_files), filesTitle());
    if (!piece || !db || !day.calendar || !day.states)
        return;
    MaintenanceLog log(*db);
    auto plans = log.plans(piece->branchId);
    if (!plans)
        return showError(this, tr("Equipment"), plans.error());
    auto records = log.records(piece->id);
    if (!records)
        return showError(this, tr("Equipment"), records.error());
    fillPlans(*piece, day, *plans);
    fillRecords(*records, *plans);
    fillBreakdowns(*piece, day);
}

void EquipmentPieceView::fillPlans(const Equipment &piece, const Day &day,
                                   const std::vector<MaintenancePlan> &plans)
{
    // Its own plans and its kind's, each with when it was last done and is next due.
    for (const MaintenancePlan &p : plans) {
        const bool own = p.equipmentId && *p.equipmentId == piece.id;
        if (!own && (p.equipmentId || p.kind != piece.kind || piece.kind.isEmpty()))
            continue;
        const PlanState *state = nullptr;
        for (const PlanState &s : *day.states)
            if (s.planId == p.id && s.equipmentId == piece.id)
                state = &s;
        const int row = m_plans->rowCount();
        m_plans->insertRow(row);
        m_plans->setItem(row, 0, cell(p.name));
        m_plans->setItem(row, 1, cell(cadenceText(p, piece.usageUnit)));
        m_plans->setItem(row, 2, cell(own ? tr("This piece") : tr("Every %1").arg(p.kind)));
        m_plans->setItem(
            row, 3,
            cell(state && state->lastDone.isValid() ? DateText::of(state->lastDone) : tr("never")));
        const auto due = state ? DueList::dueOf(*state, *day.calendar) : std::nullopt;
        m_plans->setItem(row, 4, cell(due ? DateText::of(*due) : QStringLiteral("—")));
        m_plans->setItem(row, 5, cell(p.active ? tr("yes") : tr("no")));
        if (due && day.today.daysTo(*due) <= DueList::soonDays)
            paintRow(m_plans, row, *due < day.today ? palette::problemFill : palette::warningFill);
    }
}

void EquipmentPieceView::fillRecords(const std::vector<MaintenanceRecord> &records,
                                     const std::vector<MaintenancePlan> &plans)
{
    QHash<qint64, QString> planNames;
    for (const MaintenancePlan &p : plans) {
        planNames.insert(p.id, p.name);
        if (p.schedule.cadence == Cadence::Calibration)
            m_calibrationPlans.push_back(p.id);
    }
    // The latest first.
    for (auto r = records.rbegin(); r != records.rend(); ++r) {
        m_shownRecords.push_back(*r);
        const int row = m_records->rowCount();
        m_records->insertRow(row);
        m_records->setItem(row, 0, cell(DateText::of(r->doneOn)));
        m_records->setItem(
            row, 1, cell(r->planId ? planNames.value(*r->planId) : tr("(outside any plan)")));
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
}

void EquipmentPieceView::fillBreakdowns(const Equipment &piece, const Day &day)
{
    // The latest first, with the orders that waited.
    Breakdowns breakdowns(*m_db);
    auto list = breakdowns.forPiece(piece.id);
    if (!list)
        return showError(this, tr("Equipment"), list.error());
    const auto time = [&day](qint64 at) {
        return DateText::of(day.local.localDateTime(at));
    };
    for (const BreakdownRecord &b : *list) {
        QStringList orders;
        if (auto waits = breakdowns.waits(b.id))
            for (const WaitingOrder &w : *waits)
                orders << w.orderNo;
        const int row = m_breakdowns->rowCount();
        m_breakdowns->insertRow(row);
        m_breakdowns->setItem(row, 0, cell(time(b.downAt)));
        auto *up = cell(b.upAt ? time(*b.upAt) : tr("still down"));
        if (!b.upAt)
            up->setForeground(palette::problem);
        m_breakdowns->setItem(row, 1, up);
        const double down =
            Reliability::workingHours(b.downAt, b.upAt.value_or(day.now), *day.calendar, day.local);
        m_breakdowns->setItem(row, 2, cell(QString::number(down, 'f', 1), true));
        m_breakdowns->setItem(row, 3, cell(b.fault));
        m_breakdowns->setItem(row, 4, cell(b.repair));
        m_breakdowns->setItem(row, 5, cell(orders.join(QStringLiteral(", "))));
    }
}

void EquipmentPieceView::showDoubt()
{
    m_doubt->hide();
    m_doubtOrders.clear();
    const int row = m_records->currentRow();
    if (!m_db || !m_piece || row < 0 || row >= int(m_shownRecords.size()))
        return;
    const MaintenanceRecord &r = m_shownRecords[std::size_t(row)];
    const bool calibration =
        r.planId && std::find(m_calibrationPlans.begin(), m_calibrationPlans.end(), *r.planId) !=
                        m_calibrationPlans.end();
    if (r.passed || !calibration)
        return;
    // A failed calibration: every diagnosis made with it since the last good one is in doubt.
    auto doubt = Breakdowns(*m_db).diagnosedSinceLastGoodCalibration(m_piece->id, r.doneOn);
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
                  .arg(DateText::of(r.doneOn), m_piece->code)
            : tr("The calibration of %1 failed: %n order(s) were diagnosed with %2 since its last "
                 "good calibration (%3 still open). Check their diagnoses and call the customers "
                 "whose repair may be wrong. <a href='orders'>Show them</a>",
                 nullptr, int(doubt->size()))
                  .arg(DateText::of(r.doneOn), m_piece->code)
                  .arg(open));
    m_doubt->show();
}

} // namespace servicelens::ui
