// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceDialog.h"
#include "widgets/DateText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace servicelens::ui {

EvidenceDialog::EvidenceDialog(const std::vector<inspection::EvidenceOrder> &orders,
                               const std::vector<qint64> &kept, bool draft, const LocalTime &local,
                               QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(static_cast<int>(orders.size()), 5, this))
{
    setObjectName(QStringLiteral("sampleDialog"));
    setWindowTitle(tr("Orders to check"));
    m_table->setObjectName(QStringLiteral("sampleTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Order"), tr("Closed"), tr("Category"), tr("Product"), tr("Technician")});
    const QLocale locale;
    for (int r = 0; r < static_cast<int>(orders.size()); ++r) {
        const inspection::EvidenceOrder &o = orders[static_cast<std::size_t>(r)];
        auto *order = new QTableWidgetItem(o.orderNo);
        if (draft) {
            order->setFlags(order->flags() | Qt::ItemIsUserCheckable);
            order->setCheckState(std::find(kept.begin(), kept.end(), o.id) != kept.end()
                                     ? Qt::Checked
                                     : Qt::Unchecked);
        }
        order->setData(Qt::UserRole, o.id);
        m_table->setItem(r, 0, order);
        m_table->setItem(r, 1, new QTableWidgetItem(DateText::of(local.localDateTime(o.closedAt))));
        m_table->setItem(r, 2, new QTableWidgetItem(o.category));
        m_table->setItem(r, 3, new QTableWidgetItem(o.product));
        m_table->setItem(r, 4, new QTableWidgetItem(o.technician));
    }
    m_table->resizeColumnsToContents();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *lead = new QLabel(draft ? tr("Ten orders closed in the period, chosen at random. Tick "
                                       "the ones you checked to keep them with this answer.")
                                  : tr("The orders checked for this answer."),
                            this);
    lead->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(
        draft ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(lead);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(680, 420);
}

std::vector<qint64> EvidenceDialog::keptAfter(std::vector<qint64> kept) const
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const qint64 id = m_table->item(r, 0)->data(Qt::UserRole).toLongLong();
        kept.erase(std::remove(kept.begin(), kept.end(), id), kept.end());
        if (m_table->item(r, 0)->checkState() == Qt::Checked)
            kept.push_back(id);
    }
    return kept;
}

} // namespace servicelens::ui
