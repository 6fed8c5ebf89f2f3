// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderHistoryTab.h"

#include "OrderHistoryText.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servicelens::ui {

OrderHistoryTab::OrderHistoryTab(QWidget *parent)
    : QWidget(parent)
    , m_history(new QTableWidget(0, 4, this))
    , m_empty(new QLabel(this))
{
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Changes")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Nothing has been recorded for this order yet. Every change made from "
                        "now on appears here: when, who, and each field before and after."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_history);
}

void OrderHistoryTab::show(const flow::OrderDetails &details)
{
    const OrderHistoryText text(details);
    struct Row {
        qint64 at;
        QString who;
        QString what;
        QString changes;
    };
    std::vector<Row> rows;
    if (details.origin)
        rows.push_back({details.origin->at, details.origin->actor,
                        OrderHistoryText::actionLabel(AuditLog::Action::Insert),
                        text.origin(*details.origin)});
    for (const AuditLog::Entry &e : details.history)
        rows.push_back({e.at, e.actor, OrderHistoryText::actionLabel(e.action),
                        text.changes(e).join(QLatin1Char('\n'))});
    m_history->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        const Row &r = rows[static_cast<std::size_t>(i)];
        m_history->setItem(i, 0, new QTableWidgetItem(text.timeText(r.at)));
        m_history->setItem(i, 1, new QTableWidgetItem(r.who));
        m_history->setItem(i, 2, new QTableWidgetItem(r.what));
        m_history->setItem(i, 3, new QTableWidgetItem(r.changes));
    }
    m_empty->setVisible(rows.empty());
    m_history->setVisible(!rows.empty());
    m_history->resizeColumnsToContents();
    m_history->resizeRowsToContents();
}

} // namespace servicelens::ui
