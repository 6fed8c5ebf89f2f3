// SPDX-License-Identifier: GPL-3.0-or-later
#include "EquipmentReliabilityView.h"

#include "EquipmentCells.h"

#include "equipment/Breakdowns.h"
#include "equipment/Reliability.h"
#include "widgets/DateText.h"
#include "widgets/ErrorMessage.h"
#include "widgets/ListTable.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace servicelens::ui {

using namespace equipment;
using equipmentcells::cell;

namespace {

// A mean with its sample, or — when there is none.
QString mean(const std::optional<double> &hours, int n)
{
    return hours ? EquipmentReliabilityView::tr("%1 (n=%2)")
                       .arg(QString::number(*hours, 'f', 1))
                       .arg(n)
                 : QStringLiteral("—");
}

} // namespace

EquipmentReliabilityView::EquipmentReliabilityView(QWidget *parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_table(makeListTable(this, QStringLiteral("equipmentReliability"),
                            {tr("Equipment"), tr("Name"), tr("Failures"), tr("Repairs"),
                             tr("Downtime, working-day h"), tr("MTTR, working-day h"),
                             tr("MTBF, working-day h")}))
{
    m_note->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
}

void EquipmentReliabilityView::clear()
{
    m_table->setRowCount(0);
}

void EquipmentReliabilityView::show(Database &db, qint64 branchId,
                                    const std::vector<Equipment> &pieces,
                                    const flow::WorkingCalendar &calendar, const LocalTime &local,
                                    QDate today, qint64 now)
{
    clear();
    const qint64 from = local.startOfDay(today.addMonths(-12));
    auto all = Breakdowns(db).overlapping(branchId, from, now);
    if (!all)
        return showError(this, tr("Equipment"), all.error());
    std::map<qint64, std::vector<Breakdown>> byPiece;
    for (const BreakdownRecord &b : *all)
        byPiece[b.equipmentId].push_back({b.downAt, b.upAt});
    m_note->setText(
        tr("From %1 to today, in working-day hours: every hour of the calendar's working days, "
           "none of its days off (a breakdown over a holiday delays nothing). MTTR is the mean "
           "time to repair, MTBF the time in service per failure; — where there was no repair "
           "or no failure.")
            .arg(DateText::of(today.addMonths(-12))));
    for (const Equipment &e : pieces) {
        if (e.retired)
            continue;
        const Reliability r = Reliability::compute(byPiece[e.id], from, now, calendar, local);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, cell(e.code));
        m_table->setItem(row, 1, cell(e.name));
        m_table->setItem(row, 2, cell(QString::number(r.failures), true));
        m_table->setItem(row, 3, cell(QString::number(r.repairs), true));
        m_table->setItem(row, 4, cell(QString::number(r.downHours, 'f', 1), true));
        m_table->setItem(row, 5, cell(mean(r.mttr, r.repairs), true));
        m_table->setItem(row, 6, cell(mean(r.mtbf, r.failures), true));
    }
}

} // namespace servicelens::ui
