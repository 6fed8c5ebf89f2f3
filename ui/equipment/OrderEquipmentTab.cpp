// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderEquipmentTab.h"

#include "equipment/Equipment.h"
#include "org/Branch.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "widgets/DateText.h"
#include "widgets/ErrorMessage.h"
#include "widgets/ListTable.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace equipment;

OrderEquipmentTab::OrderEquipmentTab(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_local(LocalTime::inZone(QString::fromLatin1(Branch::defaultTimeZone)))
    , m_uses(makeListTable(this, QStringLiteral("orderInstruments"),
                           {tr("Equipment"), tr("Name"), tr("Used")}))
    , m_waits(makeListTable(this, QStringLiteral("orderEquipmentWaits"),
                            {tr("Equipment"), tr("Name"), tr("Waiting since"), tr("Until")}))
    , m_instrument(new QComboBox(this))
    , m_broken(new QComboBox(this))
    , m_use(new QPushButton(tr("&Record Use"), this))
    , m_wait(new QPushButton(tr("&Waits for It"), this))
    , m_end(new QPushButton(tr("&No Longer Waits"), this))
{
    m_instrument->setObjectName(QStringLiteral("orderInstrument"));
    m_broken->setObjectName(QStringLiteral("orderBrokenPiece"));
    for (QTableWidget *t : {m_uses, m_waits}) {
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setStretchLastSection(true);
    }
    auto *usedBox = new QGroupBox(tr("Diagnosed with"), this);
    auto *usedLayout = new QVBoxLayout(usedBox);
    auto *usedNote = new QLabel(tr("The instruments used to find the fault: if one later fails its "
                                   "calibration, this order is among those to check again."),
                                usedBox);
    usedNote->setWordWrap(true);
    auto *useRow = new QHBoxLayout;
    useRow->addWidget(m_instrument, 1);
    useRow->addWidget(m_use);
    usedLayout->addWidget(usedNote);
    usedLayout->addWidget(m_uses, 1);
    usedLayout->addLayout(useRow);

    auto *waitBox = new QGroupBox(tr("Waiting for broken equipment"), this);
    auto *waitLayout = new QVBoxLayout(waitBox);
    auto *waitNote = new QLabel(tr("The order cannot go on while a piece it needs is down: its SLA "
                                   "clock pauses as for parts when the policy says so, until the "
                                   "piece's repair is recorded."),
                                waitBox);
    waitNote->setWordWrap(true);
    auto *waitRow = new QHBoxLayout;
    waitRow->addWidget(m_broken, 1);
    waitRow->addWidget(m_wait);
    waitRow->addWidget(m_end);
    waitLayout->addWidget(waitNote);
    waitLayout->addWidget(m_waits, 1);
    waitLayout->addLayout(waitRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(usedBox, 1);
    layout->addWidget(waitBox, 1);
    connect(m_use, &QPushButton::clicked, this, &OrderEquipmentTab::recordUse);
    connect(m_wait, &QPushButton::clicked, this, &OrderEquipmentTab::waitForBroken);
    connect(m_end, &QPushButton::clicked, this, &OrderEquipmentTab::endWait);
    connect(m_waits, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_end->setEnabled(!m_order.times.closed && row >= 0 && row < int(m_shownWaits.size()) &&
                          !m_shownWaits[std::size_t(row)].endedAt);
    });
}

void OrderEquipmentTab::setOrder(const flow::ServiceOrder &order, const LocalTime &local)
{
    m_order = order;
    m_local = local;
    fill();
}

void OrderEquipmentTab::fill()
{
    m_uses->setRowCount(0);
    m_waits->setRowCount(0);
    m_instrument->clear();
    m_broken->clear();
    m_shownWaits.clear();
    const bool saved = m_order.id != 0;
    const bool open = saved && !m_order.times.closed;
    m_use->setEnabled(false);
    m_wait->setEnabled(false);
    m_end->setEnabled(false);
    if (!saved)
        return;
    Breakdowns breakdowns(m_db);
    const auto time = [this](qint64 at) {
        return DateText::of(m_local.localDateTime(at));
    };
    if (auto uses = breakdowns.usedOn(m_order.id)) {
        for (const OrderPiece &p : *uses) {
            const int row = m_uses->rowCount();
            m_uses->insertRow(row);
            m_uses->setItem(row, 0, new QTableWidgetItem(p.code));
            m_uses->setItem(row, 1, new QTableWidgetItem(p.name));
            m_uses->setItem(row, 2, new QTableWidgetItem(time(p.at)));
        }
    } else {
        return showError(this, tr("Equipment"), uses.error());
    }
    auto waits = breakdowns.waitsOf(m_order.id);
    if (!waits)
        return showError(this, tr("Equipment"), waits.error());
    m_shownWaits = std::move(*waits);
    for (const OrderPiece &p : m_shownWaits) {
        const int row = m_waits->rowCount();
        m_waits->insertRow(row);
        m_waits->setItem(row, 0, new QTableWidgetItem(p.code));
        m_waits->setItem(row, 1, new QTableWidgetItem(p.name));
        m_waits->setItem(row, 2, new QTableWidgetItem(time(p.at)));
        m_waits->setItem(row, 3,
                         new QTableWidgetItem(p.endedAt ? time(*p.endedAt) : tr("still waiting")));
    }
    // The branch's pieces in service to record, those down to wait for.
    auto pieces = EquipmentRegister(m_db).list(m_order.branchId);
    if (!pieces)
        return showError(this, tr("Equipment"), pieces.error());
    for (const Equipment &e : *pieces) {
        if (e.retired)
            continue;
        const QString label = QStringLiteral("%1 %2").arg(e.code, e.name);
        if (!e.down)
            m_instrument->addItem(label, e.id);
        else
            m_broken->addItem(label, e.id);
    }
    m_use->setEnabled(m_instrument->count() > 0);
    m_wait->setEnabled(open && m_broken->count() > 0);
    if (m_broken->count() == 0)
        m_broken->setPlaceholderText(tr("No piece is down"));
}

void OrderEquipmentTab::recordUse()
{
    if (m_order.id == 0 || m_instrument->currentIndex() < 0)
        return;
    if (auto s = Breakdowns(m_db).recordUse(m_order.id, m_instrument->currentData().toLongLong(),
                                            m_db.clock().nowSecsSinceEpoch());
        !s)
        return showError(this, tr("Equipment"), s.error());
    fill();
}

void OrderEquipmentTab::waitForBroken()
{
    if (m_order.id == 0 || m_broken->currentIndex() < 0)
        return;
    Breakdowns breakdowns(m_db);
    auto list = breakdowns.forPiece(m_broken->currentData().toLongLong());
    if (!list)
        return showError(this, tr("Equipment"), list.error());
    for (const BreakdownRecord &b : *list)
        if (!b.upAt) {
            if (auto s = breakdowns.addWait(b.id, m_order.id, m_db.clock().nowSecsSinceEpoch()); !s)
                return showError(this, tr("Equipment"), s.error());
            fill();
            emit waitsChanged();
            return;
        }
}

void OrderEquipmentTab::endWait()
{
    const int row = m_waits->currentRow();
    if (row < 0 || row >= int(m_shownWaits.size()))
        return;
    const OrderPiece &p = m_shownWaits[std::size_t(row)];
    if (auto s =
            Breakdowns(m_db).endWait(p.breakdownId, m_order.id, m_db.clock().nowSecsSinceEpoch());
        !s)
        return showError(this, tr("Equipment"), s.error());
    fill();
    emit waitsChanged();
}

} // namespace servicelens::ui
