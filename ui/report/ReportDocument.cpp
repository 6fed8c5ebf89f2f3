// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocument.h"

#include "ReportCharts.h"
#include "ReportCover.h"
#include "common/LocalTime.h"
#include "flow/ProcessMapPainter.h"
#include "report/ReportFormat.h"
#include "widgets/Palette.h"

#include <QPainter>

namespace servicelens::ui {

using report::ReportFigure;
using report::ReportFormat;

namespace {

constexpr double marginLeft = PageFlow::marginLeft;
constexpr double contentWidth = PageFlow::contentWidth;
constexpr double pageWidth = PageFlow::pageWidth;
constexpr double pageHeight = PageFlow::pageHeight;

} // namespace

ReportDocument::ReportDocument(const report::MonthlyReport &report)
    : m_report(report)
    , m_tx(report.language)
{
    layout();
}

ReportDocument::~ReportDocument() = default;

QStringList ReportDocument::monthLabels() const
{
    QStringList labels;
    for (const kpi::MonthKpis &k : m_report.trend) {
        const QDate m = k.month;
        labels << (m.month() == 1 || labels.isEmpty() ? m.toString(QStringLiteral("yy-MM"))
                                                      : QString::number(m.month()));
    }
    return labels;
}

void ReportDocument::layout()
{
    ReportCover::place(m_flow, m_report, m_tx);
    m_flow.newPage();
    if (m_report.network) {
        networkLayout();
        return;
    }
    summary();
    serviceFlow();
    complaints();
    satisfaction();
    inspections();
    team();
    quality();
    duties();
}

void ReportDocument::summary()
{
    m_flow.heading(m_tx(QT_TRANSLATE_NOOP("Report", "1. Summary against targets")));
    figureTable(m_report.figures);
}

void ReportDocument::figureTable(const std::vector<report::ReportFigure> &figures)
{
    PageFlow::Table t;
    t.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Measure")), 3.2},
                 {m_report.month.toString(QStringLiteral("yyyy-MM")), 1.2, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Previous month")), 1.2, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Same month last year")), 1.3, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Target")), 1, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Status")), 1}};
    t.ink = [figures](std::size_t row, std::size_t column) {
        const auto met = column == 5 ? figures[row].meetsTarget() : std::nullopt;
        return met ? (*met ? palette::met : palette::problem) : QColor();
    };
    for (const ReportFigure &f : figures) {
        const auto met = f.meetsTarget();
        t.rows.push_back({f.label,
                          f.notInData.isEmpty() ? ReportFormat::figure(f.kind, f.value, f.decimals)
                                                : f.notInData,
                          ReportFormat::figure(f.kind, f.previous, f.decimals),
                          ReportFormat::figure(f.kind, f.lastYear, f.decimals),
                          f.target ? ReportFormat::figure(f.kind, f.target, f.decimals) : QString(),
                          met ? (*met ? m_tx(QT_TRANSLATE_NOOP("Report", "met"))
                                      : m_tx(QT_TRANSLATE_NOOP("Report", "missed")))
                              : QString()});
    }
    m_flow.table(t);
}

QString ReportDocument::rateOf(const char *key, const std::optional<double> &rate) const
{
    // The figure's own "not in the data" when the files never had its input (KPI.md).
    for (const ReportFigure &f : m_report.figures)
        if (f.key == QLatin1String(key) && !f.notInData.isEmpty())
            return f.notInData;
    return ReportFormat::rate(rate);
}

void ReportDocument::serviceFlow()
{
    const auto &k = m_report.kpis.orders;
    m_flow.heading(m_tx(QT_TRANSLATE_NOOP("Report", "2. Service flow")));
    m_flow.paragraph(
        m_tx(QT_TRANSLATE_NOOP("Report", "%1 orders received and %2 closed; %3 open at the "
                                         "month's end. SLA met: %4; first-time fix: %5; "
                                         "mean resolution %6 working days."))
            .arg(ReportFormat::count(k.received), ReportFormat::count(k.closed),
                 ReportFormat::count(k.backlogEnd), rateOf("orders.sla_met_rate", k.slaMetRate),
                 rateOf("orders.first_time_fix_rate", k.firstTimeFixRate),
                 ReportFormat::number(k.resolutionWdMean)));
    const QStringList months = monthLabels();
    std::vector<std::optional<double>> received, closed, sla, ftf;
    for (const kpi::MonthKpis &m : m_report.trend) {
        received.push_back(static_cast<double>(m.orders.received));
        closed.push_back(static_cast<double>(m.orders.closed));
        sla.push_back(m.orders.slaMetRate);
        ftf.push_back(m.orders.firstTimeFixRate);
    }
    const QFont f = m_flow.font(8);
    const QString volume =
        m_tx(QT_TRANSLATE_NOOP("Report", "Orders received and closed, last 12 months"));
    const std::vector<ReportCharts::Series> volumeSeries = {
        {m_tx(QT_TRANSLATE_NOOP("Report", "Orders received")), received, ReportCharts::primary()},
        {m_tx(QT_TRANSLATE_NOOP("Report", "Orders closed")), closed, ReportCharts::secondary()}};
    m_flow.chart(170, [=](QPainter &p, const QRectF &rect) {
        ReportCharts::bars(p, rect, f, volume, months, volumeSeries, ReportCharts::Scale::Count);
    });
    const QString level =
        m_tx(QT_TRANSLATE_NOOP("Report", "SLA met and first-time fix, last 12 months"));
    const std::vector<ReportCharts::Series> levelSeries = {
        {m_tx(QT_TRANSLATE_NOOP("Report", "SLA met")), sla, ReportCharts::primary()},
        {m_tx(QT_TRANSLATE_NOOP("Report", "First-time fix")), ftf, ReportCharts::accent()}};
    m_flow.chart(170, [=](QPainter &p, const QRectF &rect) {
        ReportCharts::lines(p, rect, f, level, months, levelSeries, ReportCharts::Scale::Percent);
    });

    // Where orders wait: the median dwell per stage, the bottleneck in the accent colour.
    QStringList stages;
    std::vector<std::optional<double>> dwell;
    for (std::size_t s = 0; s < kpi::dwellStageCount; ++s) {
        stages << report::MonthlyReportBuilder::word(
            m_tx, kpi::dwellStageCode(static_cast<kpi::DwellStage>(s)));
        dwell.push_back(k.stageDwellHoursMedian[s]);
    }
    const int bottleneck = k.bottleneckStage ? static_cast<int>(*k.bottleneckStage) : -1;
    const QString stageTitle =
        m_tx(QT_TRANSLATE_NOOP("Report", "Median time in each stage (hours)"));
    const QFont bodyFont = m_flow.font(8.5);
    m_flow.chart(130, [=](QPainter &p, const QRectF &rect) {
        ReportCharts::horizontalBars(p, rect, bodyFont, stageTitle, stages, dwell,
                                     ReportCharts::Scale::Number, bottleneck);
    });
    if (k.bottleneckStage)
        m_flow.paragraph(
            m_tx(QT_TRANSLATE_NOOP("Report", "Bottleneck: orders wait longest in %1 (median "
                                             "%2 hours)."))
                .arg(stages[bottleneck],
                     ReportFormat::number(
                         k.stageDwellHoursMedian[static_cast<std::size_t>(bottleneck)], 1)));
    processMap();
}

// The month's process map: the real paths of the orders closed in it, and the commonest ones.
void ReportDocument::processMap()
{
    const kpi::ProcessMapData &map = m_report.processMap;
    if (map.orders == 0)
        return;
    // The heading, its paragraph and the map on one page.
    m_flow.ensureRoom(330);
    m_flow.subheading(m_tx(QT_TRANSLATE_NOOP("Report", "The month's process map")));
    m_flow.paragraph(
        m_tx(QT_TRANSLATE_NOOP("Report",
                               "The real paths of the %1 orders closed in the month: each place "
                               "with the orders that passed through it, each move with its orders "
                               "and median time. Dashed red moves go back: reopenings (%2 "
                               "orders). %3 distinct paths; the most common below."))
            .arg(ReportFormat::count(map.orders), ReportFormat::count(map.reworked),
                 ReportFormat::count(static_cast<qint64>(map.variants.size()))));
    ProcessMapPainter::Text text;
    for (int n = 0; n < kpi::flowNodeCount; ++n)
        text.nodes[static_cast<std::size_t>(n)] = report::MonthlyReportBuilder::word(
            m_tx, kpi::ProcessMap::nodeCode(static_cast<kpi::FlowNode>(n)));
    const QString days = m_tx(QT_TRANSLATE_NOOP("Report", "%1 d"));
    const QString hoursFormat = m_tx(QT_TRANSLATE_NOOP("Report", "%1 h"));
    text.edge = [days, hoursFormat](const kpi::ProcessEdge &e) -> QString {
        const double hours = e.medianHours.value_or(0);
        return ReportFormat::count(e.orders) + QStringLiteral(" · ") +
               (hours >= 48 ? days.arg(ReportFormat::number(hours / 24, 1))
                            : hoursFormat.arg(ReportFormat::number(hours, 1)));
    };
    const QString hidden =
        m_tx(QT_TRANSLATE_NOOP("Report", "Moves made by under 1 % of the orders, not drawn: %1"));
    text.hiddenNote = [hidden](int n) {
        return hidden.arg(n);
    };
    const QFont f = m_flow.font(7.5);
    m_flow.chart(230, [map, text, f](QPainter &p, const QRectF &rect) {
        ProcessMapPainter::paint(p, rect, map, f, text, true);
    });
    PageFlow::Table t;
    t.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Path")), 5},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Number of orders")), 1, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Share")), 1, true}};
    for (std::size_t i = 0; i < std::min<std::size_t>(5, map.variants.size()); ++i) {
        const kpi::ProcessVariant &v = map.variants[i];
        QStringList names;
        for (kpi::FlowNode n : v.path)
            names << report::MonthlyReportBuilder::word(m_tx, kpi::ProcessMap::nodeCode(n));
        t.rows.push_back({names.join(QStringLiteral(" → ")), ReportFormat::count(v.orders),
                          ReportFormat::rate(v.share)});
    }
    m_flow.table(t);
}

void ReportDocument::complaints()
{
    const auto &k = m_report.kpis.orders;
    const std::size_t categories = std::min<std::size_t>(8, m_report.complaintCategories.size());
    const double chartHeight = 24 + 18.0 * static_cast<double>(categories);
    // The heading keeps its sentence and the chart with it.
    m_flow.heading(m_tx(QT_TRANSLATE_NOOP("Report", "3. Complaints")),
                   categories > 0 ? chartHeight + 40 : 120);
    m_flow.paragraph(
        m_tx(QT_TRANSLATE_NOOP("Report", "Complaints: %1, that is %2 of the orders received."))
            .arg(ReportFormat::count(k.complaints), ReportFormat::rate(k.complaintRate)));
    if (!m_report.complaintCategories.empty()) {
        QStringList names;
        std::vector<std::optional<double>> counts;
        for (std::size_t i = 0; i < categories; ++i) {
            names << m_report.complaintCategories[i].name;
            counts.push_back(static_cast<double>(m_report.complaintCategories[i].count));
        }
        const QString title = m_tx(QT_TRANSLATE_NOOP("Report", "Complaints by category"));
        const QFont f = m_flow.font(8.5);
        m_flow.chart(chartHeight, [=](QPainter &p, const QRectF &rect) {
            ReportCharts::horizontalBars(p, rect, f, title, names, counts,
                                         ReportCharts::Scale::Count, 0);
        });
    }
    const LocalTime local = LocalTime::inZone(m_report.timeZone);
    PageFlow::Table t;
    t.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Order")), 1.65},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Received")), 1.25},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Product")), 1.45},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Complaint details")), 1.8},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Resolution note")), 2.45},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Status")), 0.8}};
    t.whenEmpty = m_tx(QT_TRANSLATE_NOOP("Report", "No complaints this month."));
    for (const report::ReportOrder &o : m_report.complaints)
        t.rows.push_back({o.orderNo,
                          local.localDateTime(o.received).toString(QStringLiteral("MM-dd HH:mm")),
                          o.product, o.description,
                          o.resolution.isEmpty() ? ReportFormat::dash() : o.resolution, o.status});
    m_flow.table(t);
}

void ReportDocument::satisfaction()
{
    const auto &s = m_report.kpis.surveys;
    m_flow.heading(m_tx(QT_TRANSLATE_NOOP("Report", "4. Customer satisfaction")));
    m_flow.paragraph(
        m_tx(QT_TRANSLATE_NOOP("Report", "%1 surveys sent, %2 answered (%3). CSAT %4, NPS %5."))
            .arg(ReportFormat::count(s.invitations), ReportFormat::count(s.responses),
                 ReportFormat::rate(s.responseRate), ReportFormat::rate(s.csat),
                 ReportFormat::number(s.nps, 0)));
    std::vector<std::optional<double>> csat;
    for (const kpi::MonthKpis &m : m_report.trend)
        csat.push_back(m.surveys.csat);
    const QStringList months = monthLabels();
    const QString title =
        m_tx(QT_TRANSLATE_NOOP("Report", "Customer satisfaction (CSAT), last 12 months"));
    const std::vector<ReportCharts::Series> series = {
        {m_tx(QT_TRANSLATE_NOOP("Report", "CSAT")), csat, ReportCharts::primary()}};
    const QFont f = m_flow.font(8);
    m_flow.chart(150, [=](QPainter &p, const QRectF &rect) {
        ReportCharts::lines(p, rect, f, title, months, series, ReportCharts::Scale::Percent);
    });

    m_flow.subheading(
        m_tx(QT_TRANSLATE_NOOP("Report", "Dimensions and what drives overall satisfaction")));
    PageFlow::Table d;
    d.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Dimension")), 2.2},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Mean (1-5)")), 1, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Share satisfied")), 1.2, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Answers")), 1, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Importance")), 1, true}};
    for (const kpi::DimensionKpis &dim : s.dimensions) {
        std::optional<double> importance;
        for (const survey::Driver &dr : m_report.drivers)
            if (dr.dimension == dim.code)
                importance = dr.importance;
        d.rows.push_back({report::MonthlyReportBuilder::word(m_tx, dim.code),
                          ReportFormat::number(dim.mean), ReportFormat::rate(dim.top2),
                          ReportFormat::count(dim.n), ReportFormat::number(importance)});
    }
    m_flow.table(d);

    m_flow.subheading(m_tx(QT_TRANSLATE_NOOP("Report", "What customers wrote about")));
    PageFlow::Table themes;
    themes.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Theme")), 1.2},
                      {m_tx(QT_TRANSLATE_NOOP("Report", "Comments")), 0.8, true},
                      {m_tx(QT_TRANSLATE_NOOP("Report", "Sample comment")), 5}};
    themes.whenEmpty = m_tx(QT_TRANSLATE_NOOP("Report", "No comments this month."));
    for (std::size_t i = 0; i < m_report.themes.size(); ++i)
        themes.rows.push_back({m_report.themes[i].term, QString::number(m_report.themes[i].count),
                               m_report.themeComments[i]});
    m_flow.table(themes);
}

void ReportDocument::paintPage(QPainter &p, int index) const
{
    p.save();
    m_flow.paint(p, index);
    if (index > 0) // the cover has none
        m_flow.paintFrame(
            p,
            QStringLiteral("%1 · %2").arg(
                m_report.branchName, m_tx(QT_TRANSLATE_NOOP("Report", "Monthly service report"))),
            m_report.month.toString(QStringLiteral("yyyy-MM")),
            m_tx(QT_TRANSLATE_NOOP("Report", "Page %1 of %2")).arg(index + 1).arg(pageCount()));
    p.restore();
}

QImage ReportDocument::pageImage(int index, int width) const
{
    const double scale = width / pageWidth;
    QImage image(width, static_cast<int>(pageHeight * scale), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(PageFlow::dotsPerMeter72);
    image.setDotsPerMeterY(PageFlow::dotsPerMeter72);
    image.fill(palette::print::paper);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(scale, scale);
    paintPage(p, index);
    return image;
}

} // namespace servicelens::ui
