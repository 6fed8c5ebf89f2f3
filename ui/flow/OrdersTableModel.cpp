// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrdersTableModel.h"
#include "widgets/DateText.h"

#include "widgets/Palette.h"

#include <QDateTime>
#include <QLocale>
#include <QScopeGuard>
#include <QTimeZone>

namespace servicelens::ui {

using flow::FlowNames;

OrdersTableModel::OrdersTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

OrdersTableModel::~OrdersTableModel() = default;

void OrdersTableModel::setSource(Database *db, const Branch &branch)
{
    m_query = db ? std::make_unique<flow::OrderQuery>(*db, branch) : nullptr;
    m_timeZone = branch.timeZone;
    reload();
}

void OrdersTableModel::setFilter(const flow::OrderFilter &filter)
{
    m_filter = filter;
    reload();
}

void OrdersTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortKey = sortKeyFor(column);
    m_sortOrder = order;
    reload();
}

void OrdersTableModel::reload()
{
    // Listeners of modelReset may ask for more rows at once; the first page follows below.
    m_fetching = true;
    beginResetModel();
    m_rows.clear();
    m_atEnd = m_query == nullptr;
    endResetModel();
    m_fetching = false;
    m_total = 0;
    if (m_query) {
        auto total = m_query->count(m_filter);
        if (!total)
            emit failed(total.error().message);
        m_total = total ? *total : 0;
        if (canFetchMore({}))
            fetchMore({});
    }
    emit totalCountChanged(m_total);
}

qint64 OrdersTableModel::orderId(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size())
               ? m_rows[static_cast<std::size_t>(row)].id
               : 0;
}

int OrdersTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OrdersTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool OrdersTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void OrdersTableModel::fetchMore(const QModelIndex &parent)
{
    // Views and model testers may ask again from inside our own rowsInserted signal.
    if (parent.isValid() || m_atEnd || !m_query || m_fetching)
        return;
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    std::optional<flow::OrderCursor> after;
    if (!m_rows.empty())
        after = flow::OrderQuery::cursorOf(m_rows.back());
    auto page = m_query->page(m_filter, m_sortKey, m_sortOrder, after, pageSize);
    if (!page) {
        m_atEnd = true;
        emit failed(page.error().message);
        return;
    }
    m_atEnd = static_cast<int>(page->size()) < pageSize;
    if (page->empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page->begin()),
                  std::make_move_iterator(page->end()));
    endInsertRows();
}

QVariant OrdersTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const flow::OrderRow &r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == OrderIdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Visits || index.column() == Reopened)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == Complaint)
            return int(Qt::AlignCenter);
        return {};
    }
    // An overdue order stands out in every column; its deadline says by how much in red.
    if (role == Qt::BackgroundRole)
        return overdue(r) ? QVariant(palette::problemFill) : QVariant();
    if (role == Qt::ForegroundRole)
        return !overdue(r)                  ? QVariant()
               : index.column() == Deadline ? QVariant(palette::problem)
                                            : QVariant(palette::inkOnFill);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QTimeZone zone(m_timeZone.toUtf8());
    auto time = [&](qint64 secs) {
        return DateText::of(QDateTime::fromSecsSinceEpoch(secs, zone));
    };
    switch (index.column()) {
    case OrderNo:
        return r.orderNo;
    case Received:
        return time(r.received);
    case Status:
        return FlowNames::label(r.status);
    case Stage:
        return FlowNames::label(r.stage);
    case Priority:
        return FlowNames::label(r.priority);
    case Channel:
        return FlowNames::label(r.channel);
    case Category:
        return r.category;
    case Product:
        return r.product;
    case Customer:
        return r.customer;
    case Technician:
        return r.technicianCode.isEmpty() ? QString()
                                          : r.technicianCode + QLatin1Char(' ') + r.technicianName;
    case Complaint:
        return r.complaint ? tr("Yes") : QString();
    case Visits:
        return r.visits;
    case Reopened:
        return r.reopened;
    case Closed:
        return r.closed ? time(*r.closed) : QString();
    case Target:
        return targetText(r, role == Qt::ToolTipRole, time);
    case Deadline:
        return deadlineText(r, role == Qt::ToolTipRole);
    default:
        return {};
    }
}

bool OrdersTableModel::overdue(const flow::OrderRow &r)
{
    return r.deadlines && r.deadlines->resolutionOverdue;
}

QString OrdersTableModel::deadlineText(const flow::OrderRow &r, bool full)
{
    if (!r.deadlines)
        return {};
    const flow::SlaDeadlines &d = *r.deadlines;
    const QString due = d.resolutionDueDate.toString(Qt::ISODate);
    const int left = d.resolutionWorkingDaysLeft;
    // Past the due date within the same working day (or over a weekend) is overdue by less
    // than a working day, not by "0 working days".
    QString text = d.resolutionOverdue ? (left < 0 ? tr("%n working day(s) overdue", nullptr, -left)
                                                   : tr("overdue by less than a working day"))
                                       : (left == 0 ? tr("due today")
                                                    : tr("%n working day(s) left", nullptr, left));
    if (!full)
        return text;
    text = tr("Due %1: %2").arg(due, text);
    if (d.responseOverdue)
        text += QLatin1Char('\n') + tr("Not responded to, past the response target.");
    if (d.pausedWorkingDays > 0)
        text += QLatin1Char('\n') + tr("The clock was paused for %n working day(s) of waiting.",
                                       nullptr, d.pausedWorkingDays);
    return text;
}

template <typename TimeText>
QString OrdersTableModel::targetText(const flow::OrderRow &r, bool full, TimeText time)
{
    const flow::SlaPolicy &p = r.policy;
    if (r.dueAt)
        return full ? tr("Resolve by %1, the order's own deadline; respond within %2 h (%3)")
                          .arg(time(*r.dueAt))
                          .arg(p.responseHours)
                          .arg(p.scopeText())
                    : tr("by %1").arg(time(*r.dueAt));
    const QString targets =
        tr("%1 h / %n working day(s)", nullptr, p.resolutionWorkingDays).arg(p.responseHours);
    if (full)
        return tr("Respond within %1 h, resolve within %n working day(s). Targets from: %2",
                  nullptr, p.resolutionWorkingDays)
            .arg(p.responseHours)
            .arg(p.scopeText());
    // The priority has a column of its own: a row by category is worth naming.
    return p.category.isEmpty() ? targets : targets + QStringLiteral(" · ") + p.scopeText();
}

QVariant OrdersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderNo:
        return tr("Order");
    case Received:
        return tr("Received");
    case Status:
        return tr("Status");
    case Stage:
        return tr("Stage");
    case Priority:
        return tr("Priority");
    case Channel:
        return tr("Channel");
    case Category:
        return tr("Category");
    case Product:
        return tr("Product");
    case Customer:
        return tr("Customer");
    case Technician:
        return tr("Technician");
    case Complaint:
        return tr("Complaint");
    case Visits:
        return tr("Visits");
    case Reopened:
        return tr("Reopened");
    case Closed:
        return tr("Closed");
    case Target:
        return tr("Target");
    case Deadline:
        return tr("Deadline");
    default:
        return {};
    }
}

flow::OrderSortKey OrdersTableModel::sortKeyFor(int column)
{
    using K = flow::OrderSortKey;
    switch (column) {
    case OrderNo:
        return K::OrderNo;
    case Status:
        return K::Status;
    case Stage:
        return K::Stage;
    case Priority:
        return K::Priority;
    case Channel:
        return K::Channel;
    case Category:
        return K::Category;
    case Product:
        return K::Product;
    case Customer:
        return K::Customer;
    case Technician:
        return K::Technician;
    case Complaint:
        return K::Complaint;
    case Visits:
        return K::Visits;
    case Reopened:
        return K::Reopened;
    case Closed:
        return K::Closed;
    default:
        return K::Received;
    }
}

} // namespace servicelens::ui
