// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocument.h"

#include "inspection/InspectionSeal.h"

#include "ReportCharts.h"
#include "common/LocalTime.h"
#include "report/ReportFormat.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTimeZone>

namespace servicelens::ui {

using report::ReportFigure;
using report::ReportFormat;

namespace {

constexpr double marginLeft = 50;
constexpr double marginRight = 50;
constexpr double contentTop = 68;
constexpr double contentBottom = ReportDocument::pageHeight - 56;
constexpr double contentWidth = ReportDocument::pageWidth - marginLeft - marginRight;
constexpr double bodySize = 9.5;
constexpr double cellPadding = 3;
// Image resolution that makes one device unit one point.
constexpr int dotsPerMeter72 = 2835;
// Table cells wrap at words where they can and anywhere when a word (an item code) is wider.
constexpr int cellWrap = Qt::TextWrapAnywhere;

const QColor headerFill(0xE4, 0xEC, 0xF6);
const QColor ruleColor(0xB8, 0xC4, 0xD2);
const QColor mutedText(0x5F, 0x68, 0x72);
const QColor good(0x2E, 0x7D, 0x32);
const QColor bad(0xC6, 0x28, 0x28);

const ReportFigure *figureOf(const report::MonthlyReport &r, const char *key)
{
    for (const ReportFigure &f : r.figures)
        if (f.key == QLatin1String(key))
            return &f;
    return nullptr;
}

} // namespace

ReportDocument::ReportDocument(const report::MonthlyReport &report)
    : m_report(report)
    , m_tx(report.language)
    , m_metrics(8, 8, QImage::Format_ARGB32_Premultiplied)
{
    m_metrics.setDotsPerMeterX(dotsPerMeter72);
    m_metrics.setDotsPerMeterY(dotsPerMeter72);
    layout();
}

ReportDocument::~ReportDocument() = default;

QFont ReportDocument::font(double size, bool bold) const
{
    // Named explicitly: left to itself fontconfig may pick the Japanese variant of Noto CJK,
    // whose glyphs for many Han characters differ (PERF-NOTES.md).
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans")});
    f.setPointSizeF(size);
    f.setBold(bold);
    // No shaping: with it, digits after Latin letters take Noto CJK's proportional forms and
    // "fi" a ligature, glyphs without a character of their own, so the PDF's text would lose
    // them ("SH01" read back as "SH") and a search would miss them. Chinese needs no shaping.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

double ReportDocument::cellHeight(const QString &text, const QFont &font, double width,
                                  int wrap) const
{
    const QFontMetricsF fm(font, const_cast<QImage *>(&m_metrics));
    return fm.boundingRect(QRectF(0, 0, width, 1e6), wrap, text).height();
}

double ReportDocument::textHeight(const QString &text, const QFont &font, double width) const
{
    const QFontMetricsF fm(font, const_cast<QImage *>(&m_metrics));
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

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

void ReportDocument::newPage()
{
    m_pages.emplace_back();
    m_y = contentTop;
}

void ReportDocument::ensureRoom(double height)
{
    if (m_y + height > contentBottom)
        newPage();
}

void ReportDocument::place(Draw draw)
{
    m_pages.back().push_back(std::move(draw));
}

void ReportDocument::heading(const QString &text)
{
    const QFont f = font(15, true);
    const double h = textHeight(text, f, contentWidth);
    ensureRoom(h + 120); // never a heading alone at the foot of a page
    const double y = m_y;
    place([=](QPainter &p) {
        p.setFont(f);
        p.setPen(ReportCharts::primary().darker(120));
        p.drawText(QRectF(marginLeft, y, contentWidth, h), Qt::AlignLeft | Qt::TextWordWrap, text);
        p.setPen(QPen(ReportCharts::primary(), 1.2));
        p.drawLine(QPointF(marginLeft, y + h + 3), QPointF(marginLeft + contentWidth, y + h + 3));
    });
    m_y += h + 12;
}

void ReportDocument::subheading(const QString &text)
{
    const QFont f = font(11, true);
    const double h = textHeight(text, f, contentWidth);
    ensureRoom(h + 60);
    const double y = m_y;
    place([=](QPainter &p) {
        p.setFont(f);
        p.setPen(Qt::black);
        p.drawText(QRectF(marginLeft, y, contentWidth, h), Qt::AlignLeft | Qt::TextWordWrap, text);
    });
    m_y += h + 5;
}

void ReportDocument::paragraph(const QString &text)
{
    const QFont f = font(bodySize);
    const double h = textHeight(text, f, contentWidth);
    ensureRoom(h);
    const double y = m_y;
    place([=](QPainter &p) {
        p.setFont(f);
        p.setPen(Qt::black);
        p.drawText(QRectF(marginLeft, y, contentWidth, h), Qt::AlignLeft | Qt::TextWordWrap, text);
    });
    m_y += h + 8;
}

void ReportDocument::note(const QString &text)
{
    const QFont f = font(bodySize - 2);
    const double h = textHeight(text, f, contentWidth);
    ensureRoom(h);
    const double y = m_y - 4; // close under the table it explains
    place([=](QPainter &p) {
        p.setFont(f);
        p.setPen(QColor(0x60, 0x60, 0x60));
        p.drawText(QRectF(marginLeft, y, contentWidth, h), Qt::AlignLeft | Qt::TextWordWrap, text);
    });
    m_y = y + h + 10;
}

void ReportDocument::chart(double height, std::function<void(QPainter &, const QRectF &)> draw)
{
    ensureRoom(height);
    const QRectF rect(marginLeft, m_y, contentWidth, height);
    place([=](QPainter &p) { draw(p, rect); });
    m_y += height + 14;
}

void ReportDocument::table(const Table &t)
{
    const QFont body = font(bodySize - 0.5);
    const QFont head = font(bodySize - 0.5, true);
    double total = 0;
    for (const Column &c : t.columns)
        total += c.weight;
    std::vector<double> widths;
    for (const Column &c : t.columns)
        widths.push_back(contentWidth * c.weight / total);

    // Headers wrap at words only ("Previous month" never as "Previous mo / nth").
    auto rowHeight = [&](const QStringList &cells, const QFont &f, int wrap = cellWrap) {
        double h = 0;
        for (std::size_t c = 0; c < widths.size(); ++c)
            h = std::max(h, cellHeight(cells.value(static_cast<qsizetype>(c)), f,
                                       widths[c] - 2 * cellPadding, wrap));
        return h + 2 * cellPadding;
    };
    auto drawRow = [this, widths, t](const QStringList &cells, const QFont &f, bool header,
                                     bool shaded, double h) {
        const double y = m_y;
        place([=](QPainter &p) {
            if (header || shaded)
                p.fillRect(QRectF(marginLeft, y, contentWidth, h),
                           header ? headerFill : QColor(0xF6, 0xF8, 0xFA));
            p.setFont(f);
            p.setPen(Qt::black);
            double x = marginLeft;
            for (std::size_t c = 0; c < widths.size(); ++c) {
                const Qt::Alignment align =
                    (t.columns[c].number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
                p.drawText(QRectF(x + cellPadding, y + cellPadding, widths[c] - 2 * cellPadding,
                                  h - 2 * cellPadding),
                           align | (header ? int(Qt::TextWordWrap) : cellWrap),
                           cells.value(static_cast<qsizetype>(c)));
                x += widths[c];
            }
            p.setPen(QPen(ruleColor, 0.5));
            p.drawLine(QPointF(marginLeft, y + h), QPointF(marginLeft + contentWidth, y + h));
        });
        m_y += h;
    };

    QStringList titles;
    for (const Column &c : t.columns)
        titles << c.title;
    const double headerHeight = rowHeight(titles, head, Qt::TextWordWrap);
    if (t.rows.empty()) {
        ensureRoom(headerHeight * 2);
        drawRow(titles, head, true, false, headerHeight);
        // The "nothing this month" line spans the table.
        const double h = textHeight(t.whenEmpty, body, contentWidth) + 2 * cellPadding;
        const double y = m_y;
        const QString text = t.whenEmpty;
        place([=](QPainter &p) {
            p.setFont(body);
            p.setPen(mutedText);
            p.drawText(QRectF(marginLeft + cellPadding, y + cellPadding,
                              contentWidth - 2 * cellPadding, h - 2 * cellPadding),
                       Qt::AlignLeft | Qt::TextWordWrap, text);
        });
        m_y += h + 12;
        return;
    }
    ensureRoom(headerHeight + rowHeight(t.rows.front(), body));
    drawRow(titles, head, true, false, headerHeight);
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        const double h = rowHeight(t.rows[i], body);
        if (m_y + h > contentBottom) {
            newPage(); // the header again on the new page
            drawRow(titles, head, true, false, headerHeight);
        }
        drawRow(t.rows[i], body, false, i % 2 == 1, h);
    }
    m_y += 12;
}

void ReportDocument::layout()
{
    cover();
    newPage();
    summary();
    serviceFlow();
    complaints();
    satisfaction();
    inspections();
    team();
}

void ReportDocument::cover()
{
    newPage();
    const auto &r = m_report;
    const QString month =
        m_tx.chinese() ? QStringLiteral("%1年%2月").arg(r.month.year()).arg(r.month.month())
                       : QLocale(QLocale::English).toString(r.month, QStringLiteral("MMMM yyyy"));
    const QString title = m_tx(QT_TRANSLATE_NOOP("Report", "Monthly service report"));
    const QString branch = QStringLiteral("%1 (%2)").arg(r.branchName, r.branchCode);
    const QFont titleFont = font(26, true);
    const QFont branchFont = font(15);
    const QFont monthFont = font(20, true);
    place([=](QPainter &p) {
        p.fillRect(QRectF(0, 0, pageWidth, 230), ReportCharts::primary());
        p.setPen(Qt::white);
        p.setFont(titleFont);
        p.drawText(QRectF(marginLeft, 70, contentWidth, 40), Qt::AlignLeft, title);
        p.setFont(branchFont);
        p.drawText(QRectF(marginLeft, 122, contentWidth, 26), Qt::AlignLeft, branch);
        p.setFont(monthFont);
        p.drawText(QRectF(marginLeft, 158, contentWidth, 34), Qt::AlignLeft, month);
    });

    // The headline figures, each with its change from the month before.
    const auto &headline = kpi::KpiCatalogue::coverTiles();
    const double tileWidth = (contentWidth - 2 * 12) / 3;
    const double tileHeight = 92;
    const QFont valueFont = font(22, true);
    const QFont labelFont = font(9.5);
    const QFont changeFont = font(8.5);
    const QString versus = m_tx(QT_TRANSLATE_NOOP("Report", "%1 vs previous month"));
    for (std::size_t i = 0; i < headline.size(); ++i) {
        const ReportFigure *f = figureOf(r, headline[i]);
        if (!f)
            continue;
        const QRectF tile(marginLeft + (i % 3) * (tileWidth + 12),
                          270 + (i / 3) * (tileHeight + 12), tileWidth, tileHeight);
        const QString value = ReportFormat::figure(f->kind, f->value);
        const QString change = ReportFormat::change(f->kind, f->value, f->previous);
        const QString label = f->label;
        const auto met = f->meetsTarget();
        place([=](QPainter &p) {
            p.setPen(QPen(ruleColor, 0.8));
            p.setBrush(QColor(0xF7, 0xF9, 0xFC));
            p.drawRect(tile);
            p.setFont(labelFont);
            p.setPen(mutedText);
            p.drawText(tile.adjusted(10, 8, -10, 0), Qt::AlignLeft | Qt::AlignTop, label);
            p.setFont(valueFont);
            p.setPen(met ? (*met ? good : bad) : QColor(Qt::black));
            p.drawText(tile.adjusted(10, 26, -10, 0), Qt::AlignLeft | Qt::AlignTop, value);
            if (!change.isEmpty()) {
                p.setFont(changeFont);
                p.setPen(mutedText);
                p.drawText(tile.adjusted(10, 0, -10, -8), Qt::AlignLeft | Qt::AlignBottom,
                           versus.arg(change));
            }
        });
    }
    double y = 270 + 2 * (tileHeight + 12) + 16;
    if (r.empty) {
        const QString text =
            m_tx(QT_TRANSLATE_NOOP("Report", "No orders, surveys or inspections in this month."));
        const QFont f = font(13, true);
        place([=](QPainter &p) {
            p.setPen(QPen(bad, 1));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(marginLeft, y, contentWidth, 40));
            p.setFont(f);
            p.drawText(QRectF(marginLeft, y, contentWidth, 40), Qt::AlignCenter, text);
        });
        y += 56;
    }
    QString note =
        m_tx(QT_TRANSLATE_NOOP("Report", "Figures as defined in the ServiceLens KPI rules, in the "
                                         "branch's time zone (%1); working days follow the "
                                         "official holiday calendar. Customers' phone numbers "
                                         "are masked."))
            .arg(r.timeZone);
    if (!r.auditHead.isEmpty())
        note += QLatin1Char(' ') +
                m_tx(QT_TRANSLATE_NOOP("Report", "Audit trail head when this report was made: "
                                                 "%1 (servicelens check --against %1 proves "
                                                 "later that the trail up to it was not "
                                                 "rewritten)."))
                    .arg(r.auditHead);
    const QFont noteFont = font(8.5);
    const double noteHeight = textHeight(note, noteFont, contentWidth);
    place([=](QPainter &p) {
        p.setFont(noteFont);
        p.setPen(mutedText);
        p.drawText(QRectF(marginLeft, contentBottom - noteHeight, contentWidth, noteHeight),
                   Qt::AlignLeft | Qt::TextWordWrap, note);
    });
}

void ReportDocument::summary()
{
    heading(m_tx(QT_TRANSLATE_NOOP("Report", "1. Summary against targets")));
    Table t;
    t.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Measure")), 3.2},
                 {m_report.month.toString(QStringLiteral("yyyy-MM")), 1.2, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Previous month")), 1.2, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Same month last year")), 1.3, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Target")), 1, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Status")), 1}};
    for (const ReportFigure &f : m_report.figures) {
        const auto met = f.meetsTarget();
        t.rows.push_back({f.label, ReportFormat::figure(f.kind, f.value),
                          ReportFormat::figure(f.kind, f.previous),
                          ReportFormat::figure(f.kind, f.lastYear),
                          f.target ? ReportFormat::figure(f.kind, f.target) : QString(),
                          met ? (*met ? m_tx(QT_TRANSLATE_NOOP("Report", "met"))
                                      : m_tx(QT_TRANSLATE_NOOP("Report", "missed")))
                              : QString()});
    }
    table(t);
}

void ReportDocument::serviceFlow()
{
    const auto &k = m_report.kpis.orders;
    heading(m_tx(QT_TRANSLATE_NOOP("Report", "2. Service flow")));
    paragraph(m_tx(QT_TRANSLATE_NOOP("Report", "%1 orders received and %2 closed; %3 open at the "
                                               "month's end. SLA met: %4; first-time fix: %5; "
                                               "mean resolution %6 working days."))
                  .arg(ReportFormat::count(k.received), ReportFormat::count(k.closed),
                       ReportFormat::count(k.backlogEnd), ReportFormat::rate(k.slaMetRate),
                       ReportFormat::rate(k.firstTimeFixRate),
                       ReportFormat::number(k.resolutionWdMean)));
    const QStringList months = monthLabels();
    std::vector<std::optional<double>> received, closed, sla, ftf;
    for (const kpi::MonthKpis &m : m_report.trend) {
        received.push_back(static_cast<double>(m.orders.received));
        closed.push_back(static_cast<double>(m.orders.closed));
        sla.push_back(m.orders.slaMetRate);
        ftf.push_back(m.orders.firstTimeFixRate);
    }
    const QFont f = font(8);
    const QString volume =
        m_tx(QT_TRANSLATE_NOOP("Report", "Orders received and closed, last 12 months"));
    const std::vector<ReportCharts::Series> volumeSeries = {
        {m_tx(QT_TRANSLATE_NOOP("Report", "Orders received")), received, ReportCharts::primary()},
        {m_tx(QT_TRANSLATE_NOOP("Report", "Orders closed")), closed, ReportCharts::secondary()}};
    chart(170, [=](QPainter &p, const QRectF &rect) {
        ReportCharts::bars(p, rect, f, volume, months, volumeSeries, ReportCharts::Scale::Count);
    });
    const QString level =
        m_tx(QT_TRANSLATE_NOOP("Report", "SLA met and first-time fix, last 12 months"));
    const std::vector<ReportCharts::Series> levelSeries = {
        {m_tx(QT_TRANSLATE_NOOP("Report", "SLA met")), sla, ReportCharts::primary()},
        {m_tx(QT_TRANSLATE_NOOP("Report", "First-time fix")), ftf, ReportCharts::accent()}};
    chart(170, [=](QPainter &p, const QRectF &rect) {
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
    const QFont bodyFont = font(8.5);
    chart(130, [=](QPainter &p, const QRectF &rect) {
        ReportCharts::horizontalBars(p, rect, bodyFont, stageTitle, stages, dwell,
                                     ReportCharts::Scale::Number, bottleneck);
    });
    if (k.bottleneckStage)
        paragraph(m_tx(QT_TRANSLATE_NOOP("Report", "Bottleneck: orders wait longest in %1 (median "
                                                   "%2 hours)."))
                      .arg(stages[bottleneck],
                           ReportFormat::number(
                               k.stageDwellHoursMedian[static_cast<std::size_t>(bottleneck)], 1)));
}

void ReportDocument::complaints()
{
    const auto &k = m_report.kpis.orders;
    heading(m_tx(QT_TRANSLATE_NOOP("Report", "3. Complaints")));
    paragraph(
        m_tx(QT_TRANSLATE_NOOP("Report", "Complaints: %1, that is %2 of the orders received."))
            .arg(ReportFormat::count(k.complaints), ReportFormat::rate(k.complaintRate)));
    if (!m_report.complaintCategories.empty()) {
        QStringList names;
        std::vector<std::optional<double>> counts;
        for (std::size_t i = 0; i < m_report.complaintCategories.size() && i < 8; ++i) {
            names << m_report.complaintCategories[i].name;
            counts.push_back(static_cast<double>(m_report.complaintCategories[i].count));
        }
        const QString title = m_tx(QT_TRANSLATE_NOOP("Report", "Complaints by category"));
        const QFont f = font(8.5);
        chart(24 + 18.0 * static_cast<double>(names.size()), [=](QPainter &p, const QRectF &rect) {
            ReportCharts::horizontalBars(p, rect, f, title, names, counts,
                                         ReportCharts::Scale::Count, 0);
        });
    }
    const LocalTime local = LocalTime::inZone(m_report.timeZone);
    Table t;
    t.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Order")), 1.6},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Received")), 1.4},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Category")), 1.1},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Product")), 1.8},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Technician")), 1.3},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Status")), 1}};
    t.whenEmpty = m_tx(QT_TRANSLATE_NOOP("Report", "No complaints this month."));
    for (const report::ReportOrder &o : m_report.complaints)
        t.rows.push_back({o.orderNo,
                          local.localDateTime(o.received).toString(QStringLiteral("MM-dd HH:mm")),
                          o.category, o.product, o.technician, o.status});
    table(t);
}

void ReportDocument::satisfaction()
{
    const auto &s = m_report.kpis.surveys;
    heading(m_tx(QT_TRANSLATE_NOOP("Report", "4. Customer satisfaction")));
    paragraph(
        m_tx(QT_TRANSLATE_NOOP("Report", "%1 surveys sent, %2 answered (%3). CSAT %4, NPS %5."))
            .arg(ReportFormat::count(s.invitations), ReportFormat::count(s.responses),
                 ReportFormat::rate(s.responseRate), ReportFormat::rate(s.csat),
                 ReportFormat::number(s.nps, 1)));
    std::vector<std::optional<double>> csat;
    for (const kpi::MonthKpis &m : m_report.trend)
        csat.push_back(m.surveys.csat);
    const QStringList months = monthLabels();
    const QString title =
        m_tx(QT_TRANSLATE_NOOP("Report", "Customer satisfaction (CSAT), last 12 months"));
    const std::vector<ReportCharts::Series> series = {
        {m_tx(QT_TRANSLATE_NOOP("Report", "CSAT")), csat, ReportCharts::primary()}};
    const QFont f = font(8);
    chart(150, [=](QPainter &p, const QRectF &rect) {
        ReportCharts::lines(p, rect, f, title, months, series, ReportCharts::Scale::Percent);
    });

    subheading(
        m_tx(QT_TRANSLATE_NOOP("Report", "Dimensions and what drives overall satisfaction")));
    Table d;
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
    table(d);

    subheading(m_tx(QT_TRANSLATE_NOOP("Report", "What customers wrote about")));
    Table themes;
    themes.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Theme")), 1.2},
                      {m_tx(QT_TRANSLATE_NOOP("Report", "Comments")), 0.8, true},
                      {m_tx(QT_TRANSLATE_NOOP("Report", "Sample comment")), 5}};
    themes.whenEmpty = m_tx(QT_TRANSLATE_NOOP("Report", "No comments this month."));
    for (std::size_t i = 0; i < m_report.themes.size(); ++i)
        themes.rows.push_back({m_report.themes[i].term, QString::number(m_report.themes[i].count),
                               m_report.themeComments[i]});
    table(themes);
}

void ReportDocument::inspections()
{
    const auto &k = m_report.kpis.inspections;
    heading(m_tx(QT_TRANSLATE_NOOP("Report", "5. Inspections and corrective actions")));
    paragraph(m_tx(QT_TRANSLATE_NOOP("Report", "Inspections completed: %1, failed: %2, mean score "
                                               "%3. Corrective actions open at the month's end: "
                                               "%4, of them overdue: %5."))
                  .arg(ReportFormat::count(k.completed), ReportFormat::count(k.failed),
                       ReportFormat::number(k.meanScore, 1), ReportFormat::count(k.actionsOpenEnd),
                       ReportFormat::count(k.actionsOverdueEnd)));
    std::vector<std::optional<double>> scores, open, overdue;
    for (const kpi::MonthKpis &m : m_report.trend) {
        scores.push_back(m.inspections.meanScore);
        open.push_back(static_cast<double>(m.inspections.actionsOpenEnd));
        overdue.push_back(static_cast<double>(m.inspections.actionsOverdueEnd));
    }
    const QStringList months = monthLabels();
    const QFont f = font(8);
    const QString scoreTitle =
        m_tx(QT_TRANSLATE_NOOP("Report", "Mean inspection score, last 12 months"));
    const std::vector<ReportCharts::Series> scoreSeries = {
        {m_tx(QT_TRANSLATE_NOOP("Report", "Mean inspection score")), scores,
         ReportCharts::primary()}};
    chart(140, [=](QPainter &p, const QRectF &rect) {
        ReportCharts::lines(p, rect, f, scoreTitle, months, scoreSeries,
                            ReportCharts::Scale::Number);
    });
    const QString actionsTitle =
        m_tx(QT_TRANSLATE_NOOP("Report", "Corrective actions open at each month's end"));
    const std::vector<ReportCharts::Series> actionSeries = {
        {m_tx(QT_TRANSLATE_NOOP("Report", "Open at month end")), open, ReportCharts::primary()},
        {m_tx(QT_TRANSLATE_NOOP("Report", "Overdue")), overdue, ReportCharts::accent()}};
    chart(130, [=](QPainter &p, const QRectF &rect) {
        ReportCharts::bars(p, rect, f, actionsTitle, months, actionSeries,
                           ReportCharts::Scale::Count);
    });

    const LocalTime local = LocalTime::inZone(m_report.timeZone);
    Table t;
    t.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Completed")), 1.3},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Template")), 3},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Score")), 0.8, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Passed")), 0.8},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Findings")), 0.8, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Seal")), 1.7}};
    t.whenEmpty = m_tx(QT_TRANSLATE_NOOP("Report", "No inspection completed this month."));
    for (const report::ReportInspection &i : m_report.inspections)
        t.rows.push_back({local.localDateTime(i.completedAt).toString(QStringLiteral("yyyy-MM-dd")),
                          i.templateName, ReportFormat::number(i.score, 1),
                          i.passed ? m_tx(QT_TRANSLATE_NOOP("Report", "yes"))
                                   : m_tx(QT_TRANSLATE_NOOP("Report", "no")),
                          QString::number(i.findings),
                          inspection::InspectionSeal::shortForm(i.seal)});
    table(t);
    if (!m_report.inspections.empty())
        note(m_tx(QT_TRANSLATE_NOOP(
            "Report", "Seal: the first digits of the SHA-256 of the inspection's content, fixed "
                      "when it was completed or amended; “servicelens check” recomputes it, so "
                      "this report can be matched to the workbook.")));

    if (!m_report.failedItems.empty()) {
        subheading(m_tx(QT_TRANSLATE_NOOP("Report", "Items found failing")));
        Table f;
        f.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Item")), 1.3},
                     {m_tx(QT_TRANSLATE_NOOP("Report", "Failed item")), 3.5},
                     {m_tx(QT_TRANSLATE_NOOP("Report", "Section")), 1.8},
                     {m_tx(QT_TRANSLATE_NOOP("Report", "Findings")), 0.9, true}};
        for (const report::ReportFailedItem &i : m_report.failedItems)
            f.rows.push_back({i.code, i.text, i.section,
                              QStringLiteral("%1 / %2").arg(i.findings).arg(i.answered)});
        table(f);
    }

    subheading(m_tx(QT_TRANSLATE_NOOP("Report", "Corrective actions")));
    Table a;
    a.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Action")), 3.8},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Owner")), 1.1},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Due")), 1.1},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Status")), 1.6}};
    a.whenEmpty =
        m_tx(QT_TRANSLATE_NOOP("Report", "No corrective action open or closed this month."));
    for (const report::ReportAction &ra : m_report.actions) {
        QString status = ra.status;
        if (ra.overdueAtEnd)
            status += QStringLiteral(" · ") + m_tx(QT_TRANSLATE_NOOP("Report", "overdue"));
        a.rows.push_back(
            {ra.description, ra.owner,
             ra.due.isValid() ? ra.due.toString(QStringLiteral("yyyy-MM-dd")) : QString(), status});
    }
    table(a);
}

void ReportDocument::team()
{
    heading(m_tx(QT_TRANSLATE_NOOP("Report", "6. Team and training")));
    // First-time fix per technician, best first: who to learn from and who to coach.
    std::vector<const kpi::TechnicianKpis *> ranked;
    for (const kpi::TechnicianKpis &k : m_report.kpis.technicians)
        if (k.firstTimeFixRate)
            ranked.push_back(&k);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto *a, const auto *b) {
        return *a->firstTimeFixRate > *b->firstTimeFixRate;
    });
    if (!ranked.empty()) {
        QStringList names;
        std::vector<std::optional<double>> rates;
        for (const kpi::TechnicianKpis *k : ranked) {
            names << QStringLiteral("%1 %2").arg(k->code, k->name);
            rates.push_back(k->firstTimeFixRate);
        }
        const QString title = m_tx(QT_TRANSLATE_NOOP("Report", "First-time fix by technician"));
        const QFont f = font(8);
        chart(24 + 14.0 * static_cast<double>(names.size()), [=](QPainter &p, const QRectF &rect) {
            ReportCharts::horizontalBars(p, rect, f, title, names, rates,
                                         ReportCharts::Scale::Percent);
        });
    }
    Table t;
    t.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Code")), 0.8},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Name")), 1.3},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Closed")), 0.9, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Resolution (wd)")), 1.3, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "SLA met")), 1, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "First-time fix")), 1.2, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Complaints")), 1, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "CSAT")), 0.9, true}};
    t.whenEmpty = m_tx(QT_TRANSLATE_NOOP("Report", "No technician closed an order this month."));
    for (const kpi::TechnicianKpis &k : m_report.kpis.technicians)
        t.rows.push_back({k.code, k.name, ReportFormat::count(k.closed),
                          ReportFormat::number(k.resolutionWdMean),
                          ReportFormat::rate(k.slaMetRate), ReportFormat::rate(k.firstTimeFixRate),
                          ReportFormat::count(k.complaints), ReportFormat::rate(k.csat)});
    table(t);

    subheading(m_tx(QT_TRANSLATE_NOOP("Report", "Trainings held")));
    Table s;
    s.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Date")), 1},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Course")), 2.6},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Trainer")), 1.1},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Hours")), 0.7, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Attendees")), 0.9, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Mean score gain")), 1.2, true}};
    s.whenEmpty = m_tx(QT_TRANSLATE_NOOP("Report", "No training held this month."));
    for (const report::ReportTraining &tr : m_report.trainings)
        s.rows.push_back({tr.day.toString(QStringLiteral("yyyy-MM-dd")), tr.course, tr.trainer,
                          ReportFormat::number(tr.hours, 1), QString::number(tr.attendees),
                          ReportFormat::number(tr.meanGain, 1)});
    table(s);
}

void ReportDocument::paintPage(QPainter &p, int index) const
{
    p.save();
    for (const Draw &draw : m_pages[static_cast<std::size_t>(index)])
        draw(p);
    if (index > 0) {
        const QFont small = font(8);
        p.setFont(small);
        p.setPen(mutedText);
        const QString left = QStringLiteral("%1 · %2").arg(
            m_report.branchName, m_tx(QT_TRANSLATE_NOOP("Report", "Monthly service report")));
        p.drawText(QRectF(marginLeft, 30, contentWidth, 14), Qt::AlignLeft, left);
        p.drawText(QRectF(marginLeft, 30, contentWidth, 14), Qt::AlignRight,
                   m_report.month.toString(QStringLiteral("yyyy-MM")));
        p.setPen(QPen(ruleColor, 0.5));
        p.drawLine(QPointF(marginLeft, 46), QPointF(marginLeft + contentWidth, 46));
        p.setPen(mutedText);
        p.drawText(
            QRectF(marginLeft, pageHeight - 40, contentWidth, 14), Qt::AlignHCenter,
            m_tx(QT_TRANSLATE_NOOP("Report", "Page %1 of %2")).arg(index + 1).arg(pageCount()));
        p.drawText(QRectF(marginLeft, pageHeight - 40, contentWidth, 14), Qt::AlignLeft,
                   QStringLiteral("ServiceLens"));
    }
    p.restore();
}

QImage ReportDocument::pageImage(int index, int width) const
{
    const double scale = width / pageWidth;
    QImage image(width, static_cast<int>(pageHeight * scale), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(dotsPerMeter72);
    image.setDotsPerMeterY(dotsPerMeter72);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(scale, scale);
    paintPage(p, index);
    return image;
}

} // namespace servicelens::ui
