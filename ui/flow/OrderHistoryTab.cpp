// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderHistoryTab.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace servicelens::ui {

QString OrderHistoryTab::actionLabel(AuditLog::Action action)
{
    switch (action) {
    case AuditLog::Action::Insert:
        return tr("Created");
    case AuditLog::Action::Update:
        return tr("Changed");
    case AuditLog::Action::Delete:
        return tr("Deleted");
    case AuditLog::Action::Bulk:
        return tr("Imported");
    }
    return {};
}

OrderHistoryTab::OrderHistoryTab(QWidget *parent)
    : QWidget(parent)
    , m_history(new QTableWidget(0, 4, this))
{
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Changes")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_history);
}

void OrderHistoryTab::show(const std::vector<AuditLog::Entry> &history, const QTimeZone &zone)
{
    const QLocale locale;
    auto timeText = [&](qint64 secs) {
        return locale.toString(QDateTime::fromSecsSinceEpoch(secs, zone),
                               QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    m_history->setRowCount(static_cast<int>(history.size()));
    for (int i = 0; i < static_cast<int>(history.size()); ++i) {
        const AuditLog::Entry &e = history[static_cast<std::size_t>(i)];
        QStringList changes;
        for (auto it = e.after.begin(); it != e.after.end(); ++it)
            if (e.before.isEmpty() || e.before.value(it.key()) != it.value())
                changes << it.key() + QStringLiteral(": ") +
                               (e.before.isEmpty()
                                    ? QString()
                                    : e.before.value(it.key()).toVariant().toString() +
                                          QStringLiteral(" → ")) +
                               it.value().toVariant().toString();
        const QString action = actionLabel(e.action);
        m_history->setItem(i, 0, new QTableWidgetItem(timeText(e.at)));
        m_history->setItem(i, 1, new QTableWidgetItem(e.actor));
        m_history->setItem(i, 2, new QTableWidgetItem(action));
        m_history->setItem(i, 3, new QTableWidgetItem(changes.join(QStringLiteral("; "))));
    }
    m_history->resizeColumnsToContents();
}

} // namespace servicelens::ui
