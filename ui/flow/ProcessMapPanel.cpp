// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessMapPanel.h"

#include "flow/FlowTypes.h"
#include "flow/OrderRepository.h"
#include "widgets/DateText.h"
#include "widgets/ErrorMessage.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookContext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servicelens::ui {

using kpi::FlowNode;

namespace {

QString placeName(FlowNode node)
{
    switch (node) {
    case FlowNode::WaitingParts:
        return flow::FlowNames::label(flow::OrderStatus::WaitingParts);
    case FlowNode::WaitingCustomer:
        return flow::FlowNames::label(flow::OrderStatus::WaitingCustomer);
    default:
        return flow::FlowNames::label(static_cast<flow::Stage>(node));
    }
}

// The map drawn with the painter; a click on a number opens what it counts.
class ProcessMapView final : public QWidget {
public:
    ProcessMapView(ProcessMapPanel &panel, QWidget *parent)
        : QWidget(parent)
        , m_panel(panel)
    {
        setObjectName(QStringLiteral("processMapView"));
        setMinimumSize(640, 300);
        setMouseTracking(true);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().base());
        if (m_panel.data().orders == 0) {
            p.setPen(palette().placeholderText().color());
            p.drawText(rect(), Qt::AlignCenter,
                       ProcessMapPanel::tr("No order closed in this month."));
            m_hits.clear();
            return;
        }
        p.setPen(palette().text().color());
        m_hits =
            ProcessMapPainter::paint(p, QRectF(rect()).adjusted(12, 12, -12, -12), m_panel.data(),
                                     font(), ProcessMapPanel::screenText(), false);
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        setCursor(hitAt(event->position()) ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (const auto *hit = hitAt(event->position())) {
            if (hit->edge >= 0)
                m_panel.openEdge(hit->edge);
            else if (hit->node >= 0)
                m_panel.openNode(hit->node);
        }
    }

private:
    const ProcessMapPainter::Hit *hitAt(const QPointF &at) const
    {
        for (const ProcessMapPainter::Hit &h : m_hits)
            if (h.rect.contains(at))
                return &h;
        return nullptr;
    }

    ProcessMapPanel &m_panel;
    std::vector<ProcessMapPainter::Hit> m_hits;
};

QString hoursText(const std::optional<double> &hours)
{
    if (!hours)
        return QStringLiteral("—");
    // Past two days, days read better than hours.
    return *hours >= 48 ? ProcessMapPanel::tr("%1 d").arg(QLocale().toString(*hours / 24, 'f', 1))
                        : ProcessMapPanel::tr("%1 h").arg(QLocale().toString(*hours, 'f', 1));
}

QString pathText(const std::vector<FlowNode> &path)
{
    QStringList names;
    for (FlowNode n : path)
        names << placeName(n);
    return names.join(QStringLiteral(" → "));
}

} // namespace

ProcessMapPainter::Text ProcessMapPanel::screenText()
{
    ProcessMapPainter::Text t;
    for (int n = 0; n < kpi::flowNodeCount; ++n)
        t.nodes[static_cast<std::size_t>(n)] = placeName(static_cast<FlowNode>(n));
    t.edge = [](const kpi::ProcessEdge &e) {
        return tr("%1 · %2").arg(QLocale().toString(e.orders), hoursText(e.medianHours));
    };
    t.hiddenNote = [](int n) {
        return tr("%n rare move(s) (under 1 % of the orders) not drawn", nullptr, n);
    };
    return t;
}

ProcessMapPanel::ProcessMapPanel(WorkbookContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_month(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("processMapPanel"));
    m_month->setObjectName(QStringLiteral("processMonth"));
    m_priority->setObjectName(QStringLiteral("processPriority"));
    m_category->setObjectName(QStringLiteral("processCategory"));
    m_summary->setObjectName(QStringLiteral("processSummary"));
    m_summary->setWordWrap(true);
    m_priority->addItem(tr("All priorities"), QVariant());
    for (flow::Priority p : {flow::Priority::Urgent, flow::Priority::High, flow::Priority::Normal,
                             flow::Priority::Low})
        m_priority->addItem(flow::FlowNames::label(p), static_cast<int>(p));
    m_view = new ProcessMapView(*this, this);
    m_variants = new QTableWidget(0, 3, this);
    m_variants->setObjectName(QStringLiteral("processVariants"));
    m_variants->setHorizontalHeaderLabels({tr("Path"), tr("Orders"), tr("Share")});
    m_variants->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_variants->verticalHeader()->hide();
    m_variants->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_variants->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_variants->setToolTip(tr("Double-click a path to open its orders"));
    connect(m_variants, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { openVariant(row); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Orders closed in"), this));
    for (QComboBox *c : {m_month, m_priority, m_category}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        bar->addWidget(c);
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                refresh();
        });
    }
    bar->addStretch();
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_variants);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    m_context.follow(this, {}, [this] {
        if (isVisible())
            showWorkbook();
        else
            m_stale = true;
    });
}

void ProcessMapPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        showWorkbook();
}

void ProcessMapPanel::showWorkbook()
{
    m_stale = false;
    m_updating = true;
    m_month->clear();
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    if (Workbook *wb = m_context.workbook()) {
        if (auto branch = m_context.branch())
            if (auto months = kpi::ProcessMap::closedMonths(wb->database(), *branch))
                for (const QDate &m : *months)
                    m_month->addItem(DateText::month(m), m);
        if (auto categories = flow::OrderRepository(wb->database()).categories())
            for (const QString &c : *categories)
                m_category->addItem(c, c);
    }
    m_updating = false;
    refresh();
}

void ProcessMapPanel::refresh()
{
    m_data = {};
    m_variants->setRowCount(0);
    Workbook *wb = m_context.workbook();
    auto branch = m_context.branch();
    if (!wb || !branch || !m_month->currentData().isValid()) {
        m_summary->setText(tr("No order has been closed yet."));
        m_view->update();
        return;
    }
    kpi::ProcessFilter filter;
    filter.month = m_month->currentData().toDate();
    if (m_priority->currentData().isValid())
        filter.priority = static_cast<flow::Priority>(m_priority->currentData().toInt());
    filter.category = m_category->currentData().toString();
    auto data = kpi::ProcessMap::compute(wb->database(), *branch, filter);
    if (!data) {
        showError(this, tr("Process map"), data.error());
        return;
    }
    m_data = std::move(*data);
    const QLocale locale;
    m_summary->setText(
        tr("Orders: %1 · distinct paths: %2 · reopened: %3 (%4) · from imported event logs: %5. "
           "Each move shows its orders and median time; click a number to open its orders.")
            .arg(locale.toString(m_data.orders), locale.toString(qint64(m_data.variants.size())),
                 locale.toString(m_data.reworked),
                 m_data.orders
                     ? locale.toString(100.0 * double(m_data.reworked) / double(m_data.orders), 'f',
                                       1) +
                           QStringLiteral(" %")
                     : QStringLiteral("—"),
                 locale.toString(m_data.fromLogs)));
    const int shown = std::min<int>(static_cast<int>(m_data.variants.size()), 50);
    m_variants->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        const kpi::ProcessVariant &v = m_data.variants[static_cast<std::size_t>(r)];
        m_variants->setItem(r, 0, new QTableWidgetItem(pathText(v.path)));
        auto *orders = new QTableWidgetItem(locale.toString(v.orders));
        orders->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_variants->setItem(r, 1, orders);
        auto *share =
            new QTableWidgetItem(locale.toString(100.0 * v.share, 'f', 1) + QStringLiteral(" %"));
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_variants->setItem(r, 2, share);
    }
    m_view->update();
}

void ProcessMapPanel::openEdge(int edgeIndex)
{
    if (edgeIndex < 0 || edgeIndex >= static_cast<int>(m_data.edges.size()))
        return;
    const kpi::ProcessEdge &e = m_data.edges[static_cast<std::size_t>(edgeIndex)];
    emit openOrders(e.orderIds, tr("%1 → %2").arg(placeName(e.from), placeName(e.to)));
}

void ProcessMapPanel::openNode(int node)
{
    if (node < 0 || node >= kpi::flowNodeCount)
        return;
    emit openOrders(m_data.nodeOrderIds[static_cast<std::size_t>(node)],
                    tr("through %1").arg(placeName(static_cast<FlowNode>(node))));
}

void ProcessMapPanel::openVariant(int row)
{
    if (row < 0 || row >= static_cast<int>(m_data.variants.size()))
        return;
    const kpi::ProcessVariant &v = m_data.variants[static_cast<std::size_t>(row)];
    emit openOrders(v.orderIds, pathText(v.path));
}

} // namespace servicelens::ui
