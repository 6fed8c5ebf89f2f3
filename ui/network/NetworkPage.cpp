// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkPage.h"

#include "BranchTrendChart.h"
#include "FunnelChart.h"

#include "kpi/KpiEngine.h"
#include "widgets/DateText.h"
#include "widgets/ErrorMessage.h"
#include "widgets/Palette.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookContext.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace servicelens::ui {

namespace {

QString percent(const std::optional<double> &v)
{
    return v ? QString::number(*v * 100, 'f', 1) + QStringLiteral(" %") : QStringLiteral("—");
}

} // namespace

NetworkPage::NetworkPage(WorkbookContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("networkPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *monthLabel = new QLabel(tr("&Month:"), this);
    m_month = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_month->setObjectName(QStringLiteral("networkMonth"));
    DateText::format(m_month, DateText::Edit::Month);
    m_month->setCalendarPopup(true);
    monthLabel->setBuddy(m_month);
    auto *rateLabel = new QLabel(tr("&Funnel plot of:"), this);
    m_rate = new QComboBox(this);
    m_rate->setObjectName(QStringLiteral("networkRate"));
    for (const kpi::KpiDefinition *d : network::NetworkFigures::comparedRates())
        m_rate->addItem(kpi::KpiCatalogue::label(*d));
    // SLA met first: the rate the network is usually steered by.
    m_rate->setCurrentIndex(std::max(0, m_rate->findText(kpi::KpiCatalogue::label(
                                            kpi::KpiCatalogue::at("orders.sla_met_rate")))));
    rateLabel->setBuddy(m_rate);
    bar->addWidget(monthLabel);
    bar->addWidget(m_month);
    bar->addSpacing(16);
    bar->addWidget(rateLabel);
    bar->addWidget(m_rate);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("networkBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; padding: 6px; }")
            .arg(palette::noticeFill.name(), palette::noticeText.name(),
                 palette::noticeBorder.name()));
    layout->addWidget(m_banner);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(split);
    m_table->setObjectName(QStringLiteral("networkTable"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_charts = new QTabWidget(split);
    m_funnel = FunnelChart::makeView(m_charts);
    m_trend = BranchTrendChart::makeView(m_charts);
    m_charts->addTab(m_funnel, tr("Funnel plot"));
    m_charts->addTab(m_trend, tr("Twelve months"));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_month, &QDateEdit::dateChanged, this, &NetworkPage::refresh);
    connect(m_rate, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        if (m_figures)
            FunnelChart::show(m_funnel, *m_figures,
                              static_cast<std::size_t>(m_rate->currentIndex()));
        m_trendFigures.reset();
        if (m_trendComputing)
            m_trendAgain = true; // the trend under way is of the rate before
        showTrend();
    });
    // The trend is computed when it is looked at (twelve months of every branch).
    connect(m_charts, &QTabWidget::currentChanged, this, &NetworkPage::showTrend);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &NetworkPage::drawTrend);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (m_figures && row < static_cast<int>(m_figures->branches.size()))
            emit openBranch(m_figures->branches[static_cast<std::size_t>(row)].branch.id);
    });
    connect(&m_monthWork, &QFutureWatcherBase::finished, this, [this] {
        m_computing = false;
        Database *db = m_context.database();
        // Asked again meanwhile, or the store or month changed: the result is stale.
        const bool stale = !db || m_computedFor != db->location() + QLatin1Char('|') +
                                                       m_month->date().toString(Qt::ISODate);
        if (std::exchange(m_again, false) || stale) {
            refresh();
            return;
        }
        showFigures(m_monthWork.result());
    });
    connect(&m_trendWork, &QFutureWatcherBase::finished, this, [this] {
        m_trendComputing = false;
        if (std::exchange(m_trendAgain, false)) {
            showTrend();
            return;
        }
        Trend trend = m_trendWork.result();
        if (!trend) {
            showError(this, tr("Network"), trend.error());
            return;
        }
        m_trendFigures = std::move(*trend);
        drawTrend();
    });
    m_context.followWhenShown(this,
                              WorkbookContext::Change::Orders | WorkbookContext::Change::Calendar |
                                  WorkbookContext::Change::Policies,
                              [this] { refresh(); });
}

NetworkPage::~NetworkPage()
{
    // The workers' connections close before the page goes.
    m_monthWork.waitForFinished();
    m_trendWork.waitForFinished();
}

void NetworkPage::refresh()
{
    Database *db = m_context.database();
    if (!db) {
        m_figures.reset();
        m_table->clear();
        m_table->setRowCount(0);
        m_banner->hide();
        return;
    }
    if (m_computing) {
        m_again = true;
        return;
    }
    m_computing = true;
    m_table->setEnabled(false); // what it shows is about to change
    const QString location = db->location();
    const QDate month = m_month->date();
    m_computedFor = location + QLatin1Char('|') + month.toString(Qt::ISODate);
    m_monthWork.setFuture(QtConcurrent::run([location, month]() -> Month {
        auto store = Workbook::openForReading(location);
        if (!store)
            return store.error();
        return network::NetworkFigures((*store)->database()).compute(month, kpi::KpiEngine::Orders);
    }));
}

void NetworkPage::waitForFigures()
{
    while (m_computing || m_trendComputing) {
        m_monthWork.waitForFinished();
        m_trendWork.waitForFinished();
        QCoreApplication::processEvents(); // the finished signals show them
    }
}

void NetworkPage::showFigures(Month figures)
{
    m_table->setEnabled(true);
    m_figures.reset();
    m_table->clear();
    m_table->setRowCount(0);
    if (!figures) {
        showError(this, tr("Network"), figures.error());
        return;
    }
    m_figures = std::move(*figures);
    QStringList behind;
    for (const network::BranchMonth &b : m_figures->branches)
        if (!b.complete)
            behind << (b.dataUntil
                           ? tr("%1: data until %2")
                                 .arg(b.branch.name,
                                      DateText::of(b.branch.localTime().localDate(*b.dataUntil)))
                           : tr("%1: no pack merged yet").arg(b.branch.name));
    m_banner->setVisible(!behind.isEmpty());
    m_banner->setText(
        tr("Provisional: not every branch's data reaches the end of %1, so these "
           "figures may still change. %2")
            .arg(DateText::month(m_figures->month, true), behind.join(QStringLiteral("; "))));
    fillTable();
    FunnelChart::show(m_funnel, *m_figures, static_cast<std::size_t>(m_rate->currentIndex()));
    m_trendFigures.reset();
    if (m_trendComputing)
        m_trendAgain = true; // the trend under way is of the month before
    showTrend();
}

void NetworkPage::showTrend()
{
    Database *db = m_context.database();
    if (m_charts->currentWidget() != m_trend || !db)
        return;
    const auto rates = network::NetworkFigures::comparedRates();
    const auto index = static_cast<std::size_t>(m_rate->currentIndex());
    if (m_trendFigures || index >= rates.size()) {
        drawTrend();
        return;
    }
    if (m_trendComputing) {
        m_trendAgain = true;
        return;
    }
    m_trendComputing = true;
    const kpi::KpiDefinition *rate = rates[index];
    m_trendWork.setFuture(
        QtConcurrent::run([location = db->location(), rate, month = m_month->date()]() -> Trend {
            auto store = Workbook::openForReading(location);
            if (!store)
                return store.error();
            return network::NetworkFigures((*store)->database()).trend(*rate, month, 12);
        }));
}

void NetworkPage::drawTrend()
{
    if (!m_trendFigures || !m_figures)
        return;
    std::set<qint64> chosen;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        if (row.row() < static_cast<int>(m_figures->branches.size()))
            chosen.insert(m_figures->branches[static_cast<std::size_t>(row.row())].branch.id);
    BranchTrendChart::show(m_trend, *m_trendFigures, chosen);
}

void NetworkPage::fillTable()
{
    const auto rates = network::NetworkFigures::comparedRates();
    QStringList headers = {tr("Branch"), tr("Data until"), tr("Received"), tr("Closed")};
    for (const kpi::KpiDefinition *d : rates)
        headers << kpi::KpiCatalogue::shortLabel(*d);
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(m_figures->branches.size()) + 1);
    const auto put = [this](int row, int column, const QString &text, const QString &tip = {}) {
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(tip);
        if (column >= 2)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
        return item;
    };
    int row = 0;
    for (const network::BranchMonth &b : m_figures->branches) {
        put(row, 0, b.branch.code + QLatin1Char(' ') + b.branch.name);
        auto *until = put(row, 1,
                          b.dataUntil ? DateText::of(b.branch.localTime().localDate(*b.dataUntil))
                                      : tr("no pack"));
        if (!b.complete)
            until->setForeground(palette::open);
        put(row, 2, QString::number(b.kpis.orders.received));
        put(row, 3, QString::number(b.kpis.orders.closed));
        for (std::size_t i = 0; i < rates.size(); ++i) {
            const network::RateStanding &r = b.rates[i];
            QString text = percent(r.rate) + QStringLiteral(" (n=%1)").arg(r.n);
            QString tip = tr("Within the funnel: %1 – %2 at 99.8 % for %n order(s); a rate "
                             "inside it is not called different.",
                             nullptr, static_cast<int>(r.n))
                              .arg(percent(r.limits.lower998), percent(r.limits.upper998));
            const bool higherIsBetter = rates[i]->better == kpi::Better::Higher;
            QColor colour;
            if (r.beyond998 != 0) {
                const bool good = (r.beyond998 > 0) == higherIsBetter;
                text += r.beyond998 > 0 ? QStringLiteral(" ▲") : QStringLiteral(" ▼");
                colour = good ? palette::met : palette::problem;
                tip = good ? tr("Better than the network beyond chance (outside its 99.8 % "
                                "limits %1 – %2).")
                                 .arg(percent(r.limits.lower998), percent(r.limits.upper998))
                           : tr("Worse than the network beyond chance (outside its 99.8 % "
                                "limits %1 – %2).")
                                 .arg(percent(r.limits.lower998), percent(r.limits.upper998));
            }
            auto *item = put(row, 4 + static_cast<int>(i), text, tip);
            if (colour.isValid())
                item->setForeground(colour);
        }
        ++row;
    }
    const kpi::MonthKpis &all = m_figures->pooled;
    QFont bold = m_table->font();
    bold.setBold(true);
    put(row, 0, tr("Network (all branches)"))->setFont(bold);
    put(row, 2, QString::number(all.orders.received))->setFont(bold);
    put(row, 3, QString::number(all.orders.closed))->setFont(bold);
    for (std::size_t i = 0; i < rates.size(); ++i)
        put(row, 4 + static_cast<int>(i), percent(rates[i]->value(all)))->setFont(bold);
    m_table->resizeColumnsToContents();
}

} // namespace servicelens::ui
