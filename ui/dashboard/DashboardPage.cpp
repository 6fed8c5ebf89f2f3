// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"
#include "GettingStartedPanel.h"

#include "workbook/WorkbookContext.h"

#include "DashboardCharts.h"
#include "TargetsDialog.h"
#include "equipment/EquipmentDue.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiEngine.h"
#include "storage/Clock.h"
#include "widgets/DateText.h"
#include "widgets/ErrorMessage.h"
#include "widgets/Palette.h"
#include "widgets/StatTile.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookSummary.h"

#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

namespace servicelens::ui {

using kpi::KpiCatalogue;
using kpi::KpiTargets;

namespace {

QString percent(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v * 100.0, 'f', 1) + QStringLiteral(" %") : QStringLiteral("—");
}

StatTile::Rating toTile(KpiTargets::Rating r)
{
    switch (r) {
    case KpiTargets::Rating::Good:
        return StatTile::Rating::Good;
    case KpiTargets::Rating::Warning:
        return StatTile::Rating::Warning;
    case KpiTargets::Rating::Bad:
        return StatTile::Rating::Bad;
    case KpiTargets::Rating::Unknown:
        break;
    }
    return StatTile::Rating::None;
}

} // namespace

DashboardPage::DashboardPage(WorkbookContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_month(new QComboBox(this))
    , m_branch(new QComboBox(this))
    , m_targets(new QPushButton(tr("Targets…"), this))
    , m_start(new GettingStartedPanel(this))
    , m_calendarWarning(new QLabel(this))
    , m_quality(new QLabel(this))
    , m_equipment(new QLabel(this))
    , m_content(new QWidget(this))
    , m_charts(new DashboardCharts(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    m_subheading->setObjectName(QStringLiteral("dashboardSubheading"));
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    m_subheading->setWordWrap(true);
    m_month->setObjectName(QStringLiteral("dashboardMonth"));
    m_branch->setObjectName(QStringLiteral("dashboardBranch"));
    m_branch->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_targets->setObjectName(QStringLiteral("targetsButton"));
    m_calendarWarning->setObjectName(QStringLiteral("calendarWarning"));
    m_quality->setObjectName(QStringLiteral("dataQuality"));
    m_equipment->setObjectName(QStringLiteral("equipmentDue"));
    connect(m_equipment, &QLabel::linkActivated, this, &DashboardPage::showEquipment);
    for (QLabel *banner : {m_calendarWarning, m_quality, m_equipment}) {
        banner->setWordWrap(true);
        banner->setStyleSheet(palette::noticeStyle());
        banner->hide();
    }

    auto *tiles = new QGridLayout;
    tiles->setSpacing(10);
    m_csat = tile(QStringLiteral("csatTile"), "surveys.csat");
    m_resolution = tile(QStringLiteral("resolutionTile"), "orders.resolution_wd_mean");
    m_response = tile(QStringLiteral("responseTile"), "orders.response_within_target_rate");
    m_complaints = tile(QStringLiteral("complaintTile"), "orders.complaint_rate");
    m_sla = tile(QStringLiteral("slaTile"), "orders.sla_met_rate");
    m_ftf = tile(QStringLiteral("ftfTile"), "orders.first_time_fix_rate");
    m_volume = tile(QStringLiteral("ordersTile"), "orders.received");
    m_backlog = tile(QStringLiteral("backlogTile"), "orders.backlog_end");
    const StatTile *order[] = {m_csat, m_resolution, m_response, m_complaints,
                               m_sla,  m_ftf,        m_volume,   m_backlog};
    for (int i = 0; i < 8; ++i)
        tiles->addWidget(const_cast<StatTile *>(order[i]), i / 4, i % 4);

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_heading);
    titles->addWidget(m_subheading);
    header->addLayout(titles, 1);
    header->addWidget(m_branch);
    header->addWidget(m_month);
    header->addWidget(m_targets);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addLayout(tiles);
    content->addWidget(m_charts, 1); // a tall screen gives its height to the charts

    auto *inner = new QWidget(this);
    auto *layout = new QVBoxLayout(inner);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_start);
    layout->addWidget(m_calendarWarning);
    layout->addWidget(m_quality);
    layout->addWidget(m_equipment);
    layout->addWidget(m_content, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_month, &QComboBox::currentIndexChanged, this, [this] {
        if (m_month->currentIndex() >= 0)
            emit monthChanged(month());
        if (!m_filling)
            refresh();
    });
    // The branch chosen here is the one every page is about.
    connect(m_branch, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            m_context.chooseBranch(m_branch->currentData().toLongLong());
    });
    m_context.onChange(this, WorkbookContext::Change::Orders, [this] { countOrders(); });
    m_context.onChange(this, ~WorkbookContext::Changes(), [this] { refresh(); });
    connect(m_targets, &QPushButton::clicked, this, &DashboardPage::editTargets);

    // What each tile and chart point counts, for the orders page. A point of a trend makes its
    // month the dashboard's (and the status bar's) first, so everything names the same month.
    auto atMonth = [this](QDate m, auto &&drill) {
        if (m != month())
            setMonth(m);
        drill(m);
    };
    auto received = [this](QDate m, bool complaintsOnly) {
        flow::OrderFilter f;
        f.receivedMonth = m;
        if (complaintsOnly)
            f.complaint = true;
        emit drillDown(f);
    };
    auto closedIn = [this](QDate m) {
        flow::OrderFilter f;
        f.closedMonth = m;
        emit drillDown(f);
    };
    connect(m_resolution, &StatTile::clicked, this, [this, closedIn] { closedIn(month()); });
    connect(m_sla, &StatTile::clicked, this, [this] { drillToFailures(month(), true); });
    connect(m_ftf, &StatTile::clicked, this, [this] { drillToFailures(month(), false); });
    connect(m_response, &StatTile::clicked, this, [this, received] { received(month(), false); });
    connect(m_volume, &StatTile::clicked, this, [this, received] { received(month(), false); });
    connect(m_complaints, &StatTile::clicked, this, [this, received] { received(month(), true); });
    connect(m_backlog, &StatTile::clicked, this, [this] { drillToBacklog(-1); });
    connect(m_charts, &DashboardCharts::receivedClicked, this,
            [atMonth, received](QDate m) { atMonth(m, [&](QDate d) { received(d, false); }); });
    connect(m_charts, &DashboardCharts::complaintsClicked, this,
            [atMonth, received](QDate m) { atMonth(m, [&](QDate d) { received(d, true); }); });
    connect(m_charts, &DashboardCharts::closedClicked, this,
            [atMonth, closedIn](QDate m) { atMonth(m, closedIn); });
    connect(m_charts, &DashboardCharts::slaClicked, this, [this, atMonth](QDate m) {
        atMonth(m, [this](QDate d) { drillToFailures(d, true); });
    });
    connect(m_charts, &DashboardCharts::firstTimeFixClicked, this, [this, atMonth](QDate m) {
        atMonth(m, [this](QDate d) { drillToFailures(d, false); });
    });
    connect(m_charts, &DashboardCharts::backlogClicked, this,
            [this](int bucket) { drillToBacklog(bucket); });
    refresh();
    m_context.follow(this, {}, [this] { showWorkbook(); });
}

void DashboardPage::drillToFailures(QDate m, bool sla)
{
    auto branch = m_context.branch();
    if (!m_context.workbook() || !branch)
        return;
    auto behind = kpi::KpiEngine(m_context.workbook()->database()).ordersBehind(*branch, m);
    if (!behind)
        return showError(this, tr("Dashboard"), behind.error());
    const QString when = QLocale().toString(m, QStringLiteral("yyyy-MM"));
    if (sla)
        emit drillDownTo(behind->slaMissed, tr("SLA missed, closed in %1 (%n order(s))", nullptr,
                                               static_cast<int>(behind->slaMissed.size()))
                                                .arg(when));
    else
        emit drillDownTo(behind->notFirstTimeFix,
                         tr("Not fixed the first time, closed in %1 (%n order(s))", nullptr,
                            static_cast<int>(behind->notFirstTimeFix.size()))
                             .arg(when));
}

void DashboardPage::drillToBacklog(int bucket)
{
    auto branch = m_context.branch();
    if (!m_context.workbook() || !branch)
        return;
    auto ages =
        kpi::DashboardData::backlogOrders(m_context.workbook()->database(), *branch, month());
    if (!ages)
        return showError(this, tr("Dashboard"), ages.error());
    std::vector<qint64> ids;
    for (int b = 0; b < 4; ++b)
        if (bucket < 0 || b == bucket)
            ids.insert(ids.end(), (*ages)[static_cast<std::size_t>(b)].begin(),
                       (*ages)[static_cast<std::size_t>(b)].end());
    const QString when = QLocale().toString(month(), QStringLiteral("yyyy-MM"));
    const QString ages4[4] = {tr("0-1 working days old"), tr("2-3 working days old"),
                              tr("4-7 working days old"), tr("older than 7 working days")};
    emit drillDownTo(ids, bucket < 0 ? tr("Open at the end of %1 (%n order(s))", nullptr,
                                          static_cast<int>(ids.size()))
                                           .arg(when)
                                     : tr("Open at the end of %1, %2 (%n order(s))", nullptr,
                                          static_cast<int>(ids.size()))
                                           .arg(when, ages4[bucket]));
}

StatTile *DashboardPage::tile(const QString &name, const char *kpiKey)
{
    // The tile's title is the figure's name in the KPI catalogue, as in the reports.
    auto *t = new StatTile(kpi::KpiCatalogue::label(kpi::KpiCatalogue::at(kpiKey)), this);
    t->setObjectName(name);
    t->setClickable(name != QLatin1String("csatTile"));
    return t;
}

void DashboardPage::showWorkbook()
{
    fillSelectors();
    countOrders();
    refresh();
}

void DashboardPage::countOrders()
{
    // Counting every order takes a moment on a million of them: done when the workbook opens or
    // its orders change, not on every change of month.
    m_workbookCounts.clear();
    m_start->hide();
    Workbook *workbook = m_context.workbook();
    if (!workbook)
        return;
    if (auto s = WorkbookSummary::read(workbook->database())) {
        m_workbookCounts =
            tr(" · %L1 orders in the workbook, %L2 open").arg(s->orders).arg(s->openOrders);
        if (s->demo)
            m_start->showFor(GettingStartedPanel::Kind::Demo, workbook->path());
        else if (s->orders == 0)
            m_start->showFor(GettingStartedPanel::Kind::Empty, workbook->path());
    }
}

QDate DashboardPage::month() const
{
    return m_month->currentData().toDate();
}

void DashboardPage::setMonth(QDate month)
{
    const int i = m_month->findData(QDate(month.year(), month.month(), 1));
    if (i >= 0)
        m_month->setCurrentIndex(i);
}

void DashboardPage::fillSelectors()
{
    m_filling = true;
    const QDate shown = m_month->count() > 0 ? month() : QDate();
    m_month->clear();
    m_branch->clear();
    if (m_context.workbook()) {
        for (const Branch &b : m_context.branches())
            m_branch->addItem(b.code + QStringLiteral(" · ") + b.name, b.id);
        if (auto chosen = m_context.branch())
            m_branch->setCurrentIndex(m_branch->findData(chosen->id));
        const QDate today = m_context.today();
        const QDate current(today.year(), today.month(), 1);
        for (int i = 0; i < 60; ++i)
            m_month->addItem(DateText::month(current.addMonths(-i), true), current.addMonths(-i));
        // The last complete month first: the one a monthly report is about; another branch
        // keeps the month shown.
        const int again = shown.isValid() ? m_month->findData(shown) : -1;
        m_month->setCurrentIndex(again >= 0 ? again : 1);
    }
    m_branch->setVisible(m_branch->count() > 1);
    m_filling = false;
}

void DashboardPage::refresh()
{
    m_calendarWarning->hide();
    m_quality->hide();
    m_equipment->hide();
    const bool open = m_context.workbook() != nullptr && m_month->count() > 0;
    m_content->setVisible(open);
    m_month->setVisible(open);
    m_targets->setVisible(open);
    if (!open) {
        m_data.reset();
        m_heading->setText(tr("No workbook open"));
        m_subheading->setText(tr("Use File ▸ New… to start a workbook, File ▸ Open… for an "
                                 "existing one, or File ▸ Open Demo Workbook to explore."));
        return;
    }
    const Result<Branch> branch = m_context.branch();
    if (!branch) {
        m_heading->setText(tr("The workbook cannot be read"));
        m_subheading->setText(branch.error().message);
        m_content->hide();
        return;
    }
    auto data = kpi::DashboardData::load(m_context.workbook()->database(), *branch, month());
    if (!data) {
        m_heading->setText(tr("The workbook cannot be read"));
        m_subheading->setText(data.error().message);
        m_content->hide();
        return;
    }
    m_data = std::move(*data);
    const kpi::DashboardData &d = *m_data;
    m_heading->setText(branch->name);
    m_subheading->setText(
        tr("%1 · branch %2").arg(DateText::month(d.month.month, true), branch->code) +
        m_workbookCounts);

    if (!d.month.calendarCoversMonth) {
        m_calendarWarning->setText(tr("The working-day calendar does not cover %1: working days in "
                                      "%1 count Monday to Friday only, without holidays or make-up "
                                      "days, until the year's calendar is added.")
                                       .arg(d.month.month.year()));
        m_calendarWarning->show();
    }
    QStringList problems;
    if (d.quality.closedWithoutFollowUp > 0)
        problems << tr("%n order(s) closed without a follow-up call", nullptr,
                       int(d.quality.closedWithoutFollowUp));
    if (d.quality.closedWithoutResponse > 0)
        problems << tr("%n order(s) closed without a response time", nullptr,
                       int(d.quality.closedWithoutResponse));
    if (d.quality.stagesOutOfOrder > 0)
        problems << tr("%n order(s) with stages recorded out of order", nullptr,
                       int(d.quality.stagesOutOfOrder));
    if (!problems.isEmpty()) {
        m_quality->setText(
            tr("Data to check this month: %1.").arg(problems.join(QStringLiteral("; "))));
        m_quality->show();
    }
    showEquipmentDue(*branch);
    showTiles(d);
    m_charts->show(d);
}

void DashboardPage::showEquipmentDue(const Branch &branch)
{
    auto due = equipment::EquipmentDue::compute(m_context.workbook()->database(), m_context.today(),
                                                branch.id);
    if (!due || due->empty())
        return; // a problem reading it shows on the Equipment page
    int overdue = 0;
    QStringList first;
    for (const equipment::DueItem &i : *due) {
        overdue += i.overdueDays > 0;
        if (first.size() < 3)
            first << (i.overdueDays > 0 ? tr("%1 %2 (overdue %n day(s))", nullptr, i.overdueDays)
                      : i.overdueDays == 0
                          ? tr("%1 %2 (due today)")
                          : tr("%1 %2 (due in %n day(s))", nullptr, -i.overdueDays))
                         .arg(i.equipment.toHtmlEscaped(), i.plan.toHtmlEscaped());
    }
    const int soon = int(due->size()) - overdue;
    QString text =
        tr("Equipment: %1 overdue, %2 due within the week — %3")
            .arg(overdue > 0 ? palette::problemHtml(QString::number(overdue)) : QStringLiteral("0"))
            .arg(soon)
            .arg(first.join(QStringLiteral("; ")));
    if (qsizetype(due->size()) > first.size())
        text += tr("; and %n more", nullptr, int(due->size() - first.size()));
    m_equipment->setText(
        text +
        QStringLiteral("&nbsp;&nbsp;<a href='equipment'>%1</a>").arg(tr("Open the due list")));
    m_equipment->show();
}

void DashboardPage::showTiles(const kpi::DashboardData &d)
{
    const kpi::OrderKpis &o = d.month.orders;
    const KpiTargets &t = d.targets;
    const QLocale locale;

    m_csat->setValue(percent(d.month.surveys.csat));
    m_csat->setCaption(
        d.month.surveys.responses > 0
            ? tr("target ≥ %1 · %Ln response(s)", nullptr, int(d.month.surveys.responses))
                  .arg(percent(t.csat))
            : tr("target ≥ %1 · no survey responses yet").arg(percent(t.csat)));
    m_csat->setRating(
        toTile(KpiCatalogue::rate(KpiCatalogue::at("surveys.csat"), d.month.surveys.csat, t)));
    m_csat->setToolTip(KpiCatalogue::meaning(KpiCatalogue::at("surveys.csat")));

    m_resolution->setValue(
        o.resolutionWdMean ? tr("%1 working days").arg(locale.toString(*o.resolutionWdMean, 'f', 2))
                           : QStringLiteral("—"));
    m_resolution->setCaption(
        tr("target ≤ %1 working days · median %2, p90 %3")
            .arg(locale.toString(t.resolutionWdMean))
            .arg(o.resolutionWdMedian ? locale.toString(*o.resolutionWdMedian)
                                      : QStringLiteral("—"))
            .arg(o.resolutionWdP90 ? locale.toString(*o.resolutionWdP90) : QStringLiteral("—")));
    m_resolution->setRating(toTile(
        KpiCatalogue::rate(KpiCatalogue::at("orders.resolution_wd_mean"), o.resolutionWdMean, t)));
    m_resolution->setToolTip(
        tr("Working days after the day an order was received up to the day it was "
           "closed (closed the same day = 0), averaged over the %L1 orders closed "
           "in the month. Click for those orders.")
            .arg(o.closed));

    m_response->setValue(percent(o.responseWithinTargetRate));
    m_response->setCaption(tr("target ≥ %1 · mean response %2 h")
                               .arg(percent(t.responseWithinTarget))
                               .arg(o.responseHoursMean
                                        ? locale.toString(*o.responseHoursMean, 'f', 1)
                                        : QStringLiteral("—")));
    m_response->setRating(toTile(KpiCatalogue::rate(
        KpiCatalogue::at("orders.response_within_target_rate"), o.responseWithinTargetRate, t)));
    m_response->setToolTip(
        tr("Orders received in the month that were responded to within their "
           "priority's response target (never responded counts as a miss), out of "
           "%L1 orders received. Click for those orders.")
            .arg(o.received));

    m_complaints->setValue(percent(o.complaintRate));
    m_complaints->setCaption(tr("target ≤ %1 · %L2 of %L3 orders")
                                 .arg(percent(t.complaintRate))
                                 .arg(o.complaints)
                                 .arg(o.received));
    m_complaints->setRating(
        toTile(KpiCatalogue::rate(KpiCatalogue::at("orders.complaint_rate"), o.complaintRate, t)));
    m_complaints->setToolTip(
        tr("Orders received in the month flagged as complaints, divided by the "
           "orders received. Click for the complaints."));

    m_sla->setValue(percent(o.slaMetRate));
    m_sla->setCaption(tr("target ≥ %1 · %L2 closed").arg(percent(t.slaMet)).arg(o.closed));
    m_sla->setRating(
        toTile(KpiCatalogue::rate(KpiCatalogue::at("orders.sla_met_rate"), o.slaMetRate, t)));
    m_sla->setToolTip(KpiCatalogue::meaning(KpiCatalogue::at("orders.sla_met_rate")) +
                      QLatin1Char(' ') + tr("Click for the orders that missed it."));

    m_ftf->setValue(percent(o.firstTimeFixRate));
    m_ftf->setCaption(
        tr("target ≥ %1 · reopened %2").arg(percent(t.firstTimeFix), percent(o.reopenRate)));
    m_ftf->setRating(toTile(
        KpiCatalogue::rate(KpiCatalogue::at("orders.first_time_fix_rate"), o.firstTimeFixRate, t)));
    m_ftf->setToolTip(KpiCatalogue::meaning(KpiCatalogue::at("orders.first_time_fix_rate")) +
                      QLatin1Char(' ') + tr("Click for the orders not fixed the first time."));

    // The counts' targets are optional: a tile without one says how to set it.
    auto countTarget = [&](const char *key, double target) {
        return KpiCatalogue::target(KpiCatalogue::at(key), t)
                   ? tr("target ≤ %L1").arg(static_cast<qint64>(target))
                   : tr("no target (Targets…)");
    };
    m_volume->setValue(locale.toString(o.received));
    m_volume->setCaption(tr("%1 · %L2 closed in the month")
                             .arg(countTarget("orders.received", t.ordersReceived))
                             .arg(o.closed));
    m_volume->setRating(toTile(KpiCatalogue::rate(KpiCatalogue::at("orders.received"),
                                                  static_cast<double>(o.received), t)));
    m_volume->setToolTip(tr("Orders received in the month. Click for those orders."));

    m_backlog->setValue(locale.toString(o.backlogEnd));
    m_backlog->setCaption(tr("%1 · %L2 older than 7 working days")
                              .arg(countTarget("orders.backlog_end", t.backlogEnd))
                              .arg(d.backlogByAge[3]));
    m_backlog->setRating(toTile(KpiCatalogue::rate(KpiCatalogue::at("orders.backlog_end"),
                                                   static_cast<double>(o.backlogEnd), t)));
    m_backlog->setToolTip(
        tr("Orders received before the end of the month and not closed before it. "
           "Click for those orders."));

    // A rate the data never had the input for says so, never a confident 0 % or 100 %.
    const std::pair<StatTile *, const char *> rated[] = {
        {m_response, "orders.response_within_target_rate"},
        {m_sla, "orders.sla_met_rate"},
        {m_ftf, "orders.first_time_fix_rate"}};
    for (const auto &[tile, key] : rated)
        if (const auto missing = KpiCatalogue::missingInputs(KpiCatalogue::at(key), d.month)) {
            tile->setValue(KpiCatalogue::notInDataText());
            tile->setRating(StatTile::Rating::None);
            tile->setToolTip(KpiCatalogue::notInDataExplanation(*missing));
        }
}

void DashboardPage::editTargets()
{
    if (!m_context.workbook() || !m_data)
        return;
    TargetsDialog dialog(m_data->targets, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto s = kpi::KpiTargetRepository(m_context.workbook()->database()).save(dialog.targets());
        !s) {
        showError(this, tr("Targets"), s.error());
        return;
    }
    m_context.notify(WorkbookContext::Change::Targets);
}

} // namespace servicelens::ui
