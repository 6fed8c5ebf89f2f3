// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrdersPage.h"
#include "OrderPrintout.h"
#include "flow/OrderDetails.h"
#include "print/PrintPreview.h"
#include "widgets/ColumnChooser.h"

#include "ProcessMapPanel.h"
#include "workbook/WorkbookContext.h"

#include "OrderDialog.h"
#include "OrdersTableModel.h"
#include "commands/EditOrderCommand.h"
#include "commands/FlowStepCommand.h"
#include "flow/OrderQuery.h"
#include "flow/OrderRepository.h"
#include "org/Staff.h"
#include "storage/Clock.h"
#include "widgets/DateText.h"
#include "widgets/ErrorMessage.h"
#include "workbook/Workbook.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace servicelens::ui {

using namespace flow;

namespace {

const QString columnsKey = QStringLiteral("orders/hiddenColumns");

template <typename Enum, std::size_t N>
QComboBox *enumCombo(QWidget *parent, const QString &name, const QString &all,
                     const std::array<Enum, N> &values)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->addItem(all, QVariant());
    for (Enum v : values)
        combo->addItem(FlowNames::label(v), static_cast<int>(v));
    return combo;
}

template <typename Enum> std::optional<Enum> comboValue(const QComboBox *combo)
{
    const QVariant v = combo->currentData();
    if (!v.isValid())
        return std::nullopt;
    return static_cast<Enum>(v.toInt());
}

template <typename Enum> void selectValue(QComboBox *combo, const std::optional<Enum> &value)
{
    combo->setCurrentIndex(value ? qMax(0, combo->findData(static_cast<int>(*value))) : 0);
}

constexpr std::array<OrderStatus, 4> statuses = {OrderStatus::Open, OrderStatus::WaitingParts,
                                                 OrderStatus::WaitingCustomer, OrderStatus::Closed};

} // namespace

OrdersPage::OrdersPage(WorkbookContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new OrdersTableModel(this))
    , m_view(new QTableView(this))
    , m_month(new QComboBox(this))
    , m_status(enumCombo(this, QStringLiteral("statusFilter"), tr("All statuses"), statuses))
    , m_stage(enumCombo(this, QStringLiteral("stageFilter"), tr("All stages"), allStages))
    , m_priority(
          enumCombo(this, QStringLiteral("priorityFilter"), tr("All priorities"), allPriorities))
    , m_channel(enumCombo(this, QStringLiteral("channelFilter"), tr("All channels"), allChannels))
    , m_technician(new QComboBox(this))
    , m_complaint(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("Overdue"), this))
    , m_openOnly(new QCheckBox(tr("Open"), this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_drillDown(new QLabel(this))
    , m_filterNote(new QLabel(this))
{
    setObjectName(QStringLiteral("flowPage"));
    m_view->setObjectName(QStringLiteral("ordersView"));
    m_month->setObjectName(QStringLiteral("monthFilter"));
    m_technician->setObjectName(QStringLiteral("technicianFilter"));
    m_complaint->setObjectName(QStringLiteral("complaintFilter"));
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_openOnly->setObjectName(QStringLiteral("openFilter"));
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_count->setObjectName(QStringLiteral("orderCount"));
    m_drillDown->setObjectName(QStringLiteral("drillDown"));
    m_filterNote->setObjectName(QStringLiteral("filterNote"));
    m_filterNote->setTextFormat(Qt::RichText);
    m_filterNote->hide();
    // Every filter back to "all" (the search text stays: it is what the user is looking for).
    connect(m_filterNote, &QLabel::linkActivated, this, [this] {
        flow::OrderFilter keepText;
        keepText.text = m_search->text().trimmed();
        showFiltered(keepText);
    });
    // The link of a drill-down label clears what it limited the list to.
    connect(m_drillDown, &QLabel::linkActivated, this, [this] { showFiltered({}); });
    m_complaint->addItem(tr("Complaints or not"), QVariant());
    m_complaint->addItem(tr("Complaints only"), true);
    m_complaint->addItem(tr("No complaint"), false);
    m_search->setPlaceholderText(tr("Search order id, customer, phone, product or fault (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_overdue->setToolTip(tr("Open orders past their resolution due date, in working days"));

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OrdersTableModel::Received, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Fixed row heights: sizing rows to contents costs seconds on a large table (PERF-NOTES).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setToolTip(tr("Click to sort; right-click to choose columns"));
    // The deadline beside the status: how much time is left, or how late, in working days.
    m_view->horizontalHeader()->moveSection(OrdersTableModel::Deadline,
                                            OrdersTableModel::Status + 1);

    auto *bar = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_month), static_cast<QWidget *>(m_status),
                       static_cast<QWidget *>(m_stage), static_cast<QWidget *>(m_priority),
                       static_cast<QWidget *>(m_channel), static_cast<QWidget *>(m_technician),
                       static_cast<QWidget *>(m_complaint), static_cast<QWidget *>(m_openOnly),
                       static_cast<QWidget *>(m_overdue)})
        bar->addWidget(w);
    bar->addStretch();
    auto *newButton = new QPushButton(tr("&New Order…"), this);
    newButton->setObjectName(QStringLiteral("newOrderButton"));
    connect(newButton, &QPushButton::clicked, this, &OrdersPage::newOrder);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(newButton);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_drillDown);
    searchRow->addWidget(m_filterNote);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addStretch();

    // Two views of the flow: the orders one by one, and the process map of their real paths.
    auto *ordersTab = new QWidget(this);
    auto *ordersLayout = new QVBoxLayout(ordersTab);
    ordersLayout->setContentsMargins(0, 8, 0, 0);
    ordersLayout->addLayout(bar);
    ordersLayout->addLayout(searchRow);
    ordersLayout->addWidget(m_view, 1);
    ordersLayout->addLayout(footer);
    m_processMap = new ProcessMapPanel(m_context, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("flowTabs"));
    m_tabs->addTab(ordersTab, tr("&Orders"));
    m_tabs->addTab(m_processMap, tr("&Process Map"));
    connect(m_processMap, &ProcessMapPanel::openOrders, this,
            [this](const std::vector<qint64> &ids, const QString &what) {
                showOrders(ids, tr("Process map: %1").arg(what));
            });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_tabs);

    for (QComboBox *c :
         {m_month, m_status, m_stage, m_priority, m_channel, m_technician, m_complaint}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(c, &QComboBox::currentIndexChanged, this, &OrdersPage::applyFilter);
    }
    for (QCheckBox *c : {m_overdue, m_openOnly})
        connect(c, &QCheckBox::toggled, this, &OrdersPage::applyFilter);
    // Search as the user types, but not on every keystroke.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &OrdersPage::applyFilter);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_model, &OrdersTableModel::totalCountChanged, this, &OrdersPage::updateCount);
    // Double-click or Enter, as the platform activates an item.
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { openOrder(m_model->orderId(index.row())); });
    // By default the less used columns stay out of the way; the order id always shows.
    new ColumnChooser(
        m_view, columnsKey,
        {OrdersTableModel::Channel, OrdersTableModel::Visits, OrdersTableModel::Reopened},
        {OrdersTableModel::OrderNo});
    // Overdue flags follow the calendar and the SLA policies. Not while another workbook waits
    // to be shown: the model still reads the one closed (its database is gone).
    m_context.onChange(this, WorkbookContext::Change::Calendar | WorkbookContext::Change::Policies,
                       [this] {
                           if (!m_workbookShown->pending())
                               applyFilter();
                       });
    m_workbookShown = m_context.followWhenShown(this, {}, [this] { showWorkbook(); });
}

void OrdersPage::showWorkbook()
{
    Workbook *workbook = m_context.workbook();
    fillMonthAndTechnicians();
    if (!workbook) {
        m_model->setSource(nullptr, Branch{});
        return;
    }
    auto branch = m_context.branch();
    m_model->setSource(branch ? &workbook->database() : nullptr, branch ? *branch : Branch{});
    // Widths from the first page only: measuring every row of a large table would take seconds.
    m_view->resizeColumnsToContents();
}

void OrdersPage::fillMonthAndTechnicians()
{
    m_updating = true;
    m_month->clear();
    m_month->addItem(tr("All months"), QVariant());
    m_technician->clear();
    m_technician->addItem(tr("All technicians"), QVariant());
    if (m_context.workbook()) {
        auto branch = m_context.branch();
        const QTimeZone zone = (branch ? *branch : Branch()).localTime().zone();
        const QDate today =
            m_context.workbook()->database().clock().nowUtc().toTimeZone(zone).date();
        // The months that have orders (and this one, where new orders go), newest first.
        std::vector<QDate> months{QDate(today.year(), today.month(), 1)};
        if (branch)
            if (auto with =
                    OrderRepository(m_context.workbook()->database()).monthsWithOrders(branch->id))
                for (const QDate &m : *with)
                    if (m != months.front())
                        months.push_back(m);
        std::sort(months.begin(), months.end(), std::greater<>());
        for (const QDate &m : months)
            m_month->addItem(DateText::month(m), m);
        if (auto staff = org::StaffRepository(m_context.workbook()->database()).list())
            for (const org::StaffMember &s : *staff)
                if (s.role == org::Role::TechnicalSupport)
                    m_technician->addItem(s.code + QLatin1Char(' ') + s.name, s.id);
    }
    m_updating = false;
}

flow::OrderFilter OrdersPage::currentFilter() const
{
    OrderFilter f;
    if (m_month->currentData().isValid())
        f.receivedMonth = m_month->currentData().toDate();
    f.closedMonth = m_closedMonth;
    f.orderIds = m_orderIds;
    f.status = comboValue<OrderStatus>(m_status);
    f.stage = comboValue<Stage>(m_stage);
    f.priority = comboValue<Priority>(m_priority);
    f.channel = comboValue<Channel>(m_channel);
    if (m_technician->currentData().isValid())
        f.technicianId = m_technician->currentData().toLongLong();
    if (m_complaint->currentData().isValid())
        f.complaint = m_complaint->currentData().toBool();
    f.overdueOnly = m_overdue->isChecked();
    f.openOnly = m_openOnly->isChecked();
    f.text = m_search->text().trimmed();
    return f;
}

void OrdersPage::applyFilter()
{
    if (m_updating)
        return;
    m_model->setFilter(currentFilter());
    updateFilterNote();
}

void OrdersPage::updateFilterNote()
{
    // What limits the list besides the search, said plainly: a search must never look as if it
    // covered every order when a month (left by a drill-down, say) narrows it.
    QStringList active;
    for (QComboBox *c :
         {m_month, m_status, m_stage, m_priority, m_channel, m_technician, m_complaint})
        if (c->currentIndex() > 0)
            active << c->currentText();
    for (QCheckBox *c : {m_openOnly, m_overdue})
        if (c->isChecked())
            active << c->text().remove(QLatin1Char('&'));
    if (active.isEmpty()) {
        m_filterNote->hide();
        return;
    }
    QString text = tr("Filtered by %1").arg(QLocale().createSeparatedList(active).toHtmlEscaped());
    const QString search = m_search->text().trimmed();
    if (!search.isEmpty() && m_model->totalCount() == 0 && m_context.workbook() &&
        m_context.branch()) {
        OrderFilter everywhere;
        everywhere.text = search;
        auto all =
            OrderQuery(m_context.workbook()->database(), *m_context.branch()).count(everywhere);
        if (all && *all > 0)
            text += tr(" — %n order(s) match without the filters", nullptr,
                       static_cast<int>(qMin<qint64>(*all, INT_MAX)));
    }
    m_filterNote->setText(text +
                          QStringLiteral(" · <a href=\"clear\">%1</a>").arg(tr("Clear filters")));
    m_filterNote->show();
}

void OrdersPage::showFiltered(const flow::OrderFilter &filter)
{
    m_workbookShown->runPending(); // the filters' lists (months, technicians) first
    m_updating = true;
    if (filter.receivedMonth && m_month->findData(*filter.receivedMonth) < 0) {
        // A month without orders, asked for all the same (an empty month's tile): listed.
        int at = 1;
        while (at < m_month->count() && m_month->itemData(at).toDate() > *filter.receivedMonth)
            ++at;
        m_month->insertItem(at, DateText::month(*filter.receivedMonth), *filter.receivedMonth);
    }
    m_month->setCurrentIndex(
        filter.receivedMonth ? qMax(0, m_month->findData(*filter.receivedMonth)) : 0);
    selectValue(m_status, filter.status);
    selectValue(m_stage, filter.stage);
    selectValue(m_priority, filter.priority);
    selectValue(m_channel, filter.channel);
    m_technician->setCurrentIndex(
        filter.technicianId ? qMax(0, m_technician->findData(*filter.technicianId)) : 0);
    m_complaint->setCurrentIndex(filter.complaint ? (*filter.complaint ? 1 : 2) : 0);
    m_overdue->setChecked(filter.overdueOnly);
    m_openOnly->setChecked(filter.openOnly);
    m_search->setText(filter.text);
    m_closedMonth = filter.closedMonth;
    m_orderIds = filter.orderIds;
    m_updating = false;
    const QLocale locale;
    m_drillDown->setText(
        m_closedMonth
            ? tr("Closed in %1").arg(locale.toString(*m_closedMonth, QStringLiteral("yyyy-MM")))
            : QString());
    m_drillDown->setVisible(m_closedMonth.has_value());
    applyFilter();
}

bool OrdersPage::printSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_context.workbook())
        return false;
    auto details =
        OrderDetails::load(m_context.workbook()->database(), m_model->orderId(current.row()));
    if (!details) {
        showError(this, tr("Print Order"), details.error());
        return true;
    }
    const QString html = OrderPrintout::html(*details);
    PrintPreview::show(this, tr("Order %1").arg(details->order.orderNo),
                       [&html](QPrinter *printer) { PrintPreview::printHtml(printer, html); });
    return true;
}

void OrdersPage::showOrders(const std::vector<qint64> &orderIds, const QString &what)
{
    // Only those orders, whatever the filters said: they are cleared and the label names them.
    flow::OrderFilter filter;
    filter.orderIds = orderIds;
    showFiltered(filter);
    m_drillDown->setText(tr("%1 · <a href=\"all\">show all orders</a>").arg(what.toHtmlEscaped()));
    m_drillDown->setVisible(true);
    m_tabs->setCurrentIndex(0);
}

void OrdersPage::updateCount(qint64 total)
{
    m_count->setText(tr("%n order(s)", nullptr, static_cast<int>(qMin<qint64>(total, INT_MAX)))
                         .replace(QString::number(total), QLocale().toString(total)));
}

void OrdersPage::openOrder(qint64 orderId)
{
    if (!m_context.workbook() || orderId <= 0)
        return;
    Database &db = m_context.workbook()->database();
    OrderDialog dialog(db, orderId, this);
    // A step taken in the form shows in the list at once.
    connect(&dialog, &OrderDialog::orderChanged, this, [this] {
        m_model->reload();
        m_context.notify(WorkbookContext::Change::Orders);
    });
    const bool saved = dialog.exec() == QDialog::Accepted;
    m_model->reload();
    m_context.notify(WorkbookContext::Change::Orders);
    if (!saved || !m_undo)
        return;
    // The steps taken in the form and its edit: one change for Edit ▸ Undo, undone newest first.
    const auto steps = dialog.takenSteps();
    if (steps.empty() && !dialog.fieldsChanged())
        return;
    auto changed = [this](const QString &problem) {
        if (!problem.isEmpty())
            showError(this, tr("Undo"), makeError(ErrorKind::Stale, problem));
        m_model->reload();
        m_context.notify(WorkbookContext::Change::Orders);
    };
    auto *change = new QUndoCommand;
    for (const auto &[step, what] : steps)
        new FlowStepCommand(db, step, what, changed, change);
    if (dialog.fieldsChanged())
        new EditOrderCommand(db, dialog.original(), dialog.saved(), changed, change);
    change->setText(change->childCount() == 1 ? change->child(0)->text()
                                              : tr("Edit order %1").arg(dialog.saved().orderNo));
    m_undo->push(change);
}

void OrdersPage::newOrder()
{
    auto branch = m_context.branch(); // none without a workbook
    if (!branch)
        return;
    ServiceOrder draft;
    draft.branchId = branch->id;
    draft.times.received = m_context.workbook()->database().clock().nowSecsSinceEpoch();
    const QDate today =
        QDateTime::fromSecsSinceEpoch(draft.times.received, branch->localTime().zone()).date();
    if (auto next =
            OrderRepository(m_context.workbook()->database()).nextOrderNo(branch->id, today))
        draft.orderNo = *next;
    draft.visits = 0; // nobody has gone yet
    OrderDialog dialog(m_context.workbook()->database(), draft, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context.notify(WorkbookContext::Change::Orders);
    // The new order, shown and selected (whatever the list was filtered by), with a way back.
    const ServiceOrder &saved = dialog.saved();
    showOrders({saved.id}, tr("New order %1 saved").arg(saved.orderNo));
    m_view->selectRow(0);
    m_view->setFocus();
}

} // namespace servicelens::ui
