// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackDocument.h"

#include "ReportCharts.h"
#include "ReportPdf.h"
#include "report/ReportFormat.h"
#include "widgets/Palette.h"

#include <QPainter>
#include <QSet>

namespace servicelens::ui {

using report::ReportFormat;

namespace {

QString monthText(int yyyymm)
{
    return QStringLiteral("%1-%2").arg(yyyymm / 100).arg(yyyymm % 100, 2, 10, QLatin1Char('0'));
}

// The first month of the run of signalled months that ends at the report's month.
int firstSignalledMonth(const kpi::DefectModel &d)
{
    int first = d.month().month;
    for (auto it = d.series.rbegin(); it != d.series.rend() && it->signalled(); ++it)
        first = it->month;
    return first;
}

} // namespace

FeedbackDocument::FeedbackDocument(const report::DefectFeedback &feedback)
    : m_feedback(feedback)
    , m_tx(feedback.language)
{
    QSet<QString> branches;
    for (const report::FeedbackModel &m : feedback.models)
        for (const report::FeedbackOrder &o : m.orders)
            branches.insert(o.branch);
    m_branchColumn = branches.size() > 1;
    titleBlock();
    int number = 0;
    for (const report::FeedbackModel &m : feedback.models)
        model(++number, m);
}

QString FeedbackDocument::title() const
{
    return QStringLiteral("%1 — %2 %3")
        .arg(m_tx(QT_TRANSLATE_NOOP("Report", "R&D feedback: product defects")), m_feedback.source,
             m_feedback.month.toString(QStringLiteral("yyyy-MM")));
}

QString FeedbackDocument::rate(const kpi::DefectModel &d, const std::optional<double> &v) const
{
    return d.kind == kpi::ChartKind::U ? ReportFormat::number(v, 2) : ReportFormat::rate(v);
}

void FeedbackDocument::titleBlock()
{
    const QString heading = m_tx(QT_TRANSLATE_NOOP("Report", "R&D feedback: product defects"));
    const QString sub =
        QStringLiteral("%1 · %2 · %3")
            .arg(m_feedback.source, m_feedback.month.toString(QStringLiteral("yyyy-MM")),
                 m_tx(QT_TRANSLATE_NOOP("Report", "written %1"))
                     .arg(m_feedback.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    m_flow.newPage();
    m_flow.title(heading);
    m_flow.paragraph(sub);
    m_flow.paragraph(m_tx(QT_TRANSLATE_NOOP(
        "Report",
        "What the service network's repairs say about the products: the models whose rate of "
        "repairs rose beyond what their own past makes likely (or the models asked for), the "
        "faults behind the rise, the repairs themselves as evidence, and the cases that fix "
        "them. A rate is per 1,000 units in the field where the installed base is known, else "
        "the model's share of its category's repairs; each month is judged against the twelve "
        "before it (centre, and centre + 3σ as the upper limit).")));

    PageFlow::Table t;
    t.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Model")), 1.6},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Model name")), 1.8},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Repairs")), 0.8, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Rate")), 0.8, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Upper limit")), 0.9, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Signals")), 1.6},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Commonest fault")), 2.0}};
    t.whenEmpty = m_tx(QT_TRANSLATE_NOOP(
        "Report", "No model signals this month: every listed model's repairs stayed within "
                  "their limits (or had too short a history to judge)."));
    for (const report::FeedbackModel &m : m_feedback.models) {
        const kpi::ChartMonth &c = m.trend.month();
        t.rows.push_back(
            {m.trend.model, m.name, ReportFormat::count(c.count), rate(m.trend, c.rate),
             rate(m.trend, c.upper), report::DefectFeedback::signalsText(m_tx, m.trend),
             m.trend.faults.empty() ? ReportFormat::dash()
                                    : m_feedback.faultText(m.trend.faults.front().code)});
    }
    m_flow.subheading(m_feedback.chosen
                          ? m_tx(QT_TRANSLATE_NOOP("Report", "The models asked for"))
                          : m_tx(QT_TRANSLATE_NOOP("Report", "The models that signal")));
    m_flow.table(t);
}

void FeedbackDocument::model(int number, const report::FeedbackModel &m)
{
    m_flow.newPage();
    m_flow.heading(
        QStringLiteral("%1. %2%3")
            .arg(number)
            .arg(m.trend.model, m.name.isEmpty() ? QString() : QStringLiteral(" — ") + m.name),
        200);
    facts(m);
    controlCharts(m);
    faults(m);
    repairs(m);
    cases(m);
}

void FeedbackDocument::facts(const report::FeedbackModel &m)
{
    const kpi::DefectModel &d = m.trend;
    const kpi::ChartMonth &c = d.month();
    QStringList lines;
    QString about;
    if (!d.category.isEmpty())
        about = m_tx(QT_TRANSLATE_NOOP("Report", "Category %1.")).arg(d.category);
    if (m.launched.isValid())
        about += (about.isEmpty() ? QString() : QStringLiteral(" ")) +
                 (d.monthsInService
                      ? m_tx(QT_TRANSLATE_NOOP("Report", "Launched %1, %2 months in service."))
                            .arg(m.launched.toString(Qt::ISODate))
                            .arg(*d.monthsInService)
                      : m_tx(QT_TRANSLATE_NOOP("Report", "Launched %1."))
                            .arg(m.launched.toString(Qt::ISODate)));
    if (!about.isEmpty())
        lines << about;
    const QString month = m_feedback.month.toString(QStringLiteral("yyyy-MM"));
    if (d.kind == kpi::ChartKind::U)
        lines << m_tx(QT_TRANSLATE_NOOP("Report",
                                        "In %1: %2 repairs among %3 units in the field, %4 per "
                                        "1,000 units; centre %5, upper limit %6."))
                     .arg(month, ReportFormat::count(c.count),
                          ReportFormat::count(d.base.value_or(0)), rate(d, c.rate),
                          rate(d, c.centre), rate(d, c.upper));
    else
        lines << m_tx(QT_TRANSLATE_NOOP("Report",
                                        "In %1: %2 repairs, %3 of the category's repairs (the "
                                        "installed base is not known); centre %4, upper limit "
                                        "%5."))
                     .arg(month, ReportFormat::count(c.count), rate(d, c.rate), rate(d, c.centre),
                          rate(d, c.upper));
    if (d.signalled()) {
        const int first = firstSignalledMonth(d);
        QString s = d.alarms().isEmpty()
                        ? m_tx(QT_TRANSLATE_NOOP("Report", "The model's own rate does not signal; "
                                                           "one of its fault codes does."))
                        : m_tx(QT_TRANSLATE_NOOP("Report", "Signals: %1."))
                              .arg(report::signalWords(m_tx, d.alarms()));
        if (first != c.month)
            s += QStringLiteral(" ") +
                 m_tx(QT_TRANSLATE_NOOP("Report", "Signalled every month since %1."))
                     .arg(monthText(first));
        lines << s;
    } else {
        lines << m_tx(QT_TRANSLATE_NOOP("Report", "No signal this month."));
    }
    if (!c.centre)
        lines << m_tx(QT_TRANSLATE_NOOP("Report",
                                        "Fewer than six of the twelve months before have a rate: "
                                        "no limits, so no signal can be judged."));
    m_flow.paragraph(lines.join(QLatin1Char(' ')));
}

void FeedbackDocument::controlCharts(const report::FeedbackModel &m)
{
    const bool share = m.trend.kind == kpi::ChartKind::P; // drawn as a percentage
    controlChart(
        share ? m_tx(QT_TRANSLATE_NOOP("Report", "Share of the category's repairs, by month"))
              : m_tx(QT_TRANSLATE_NOOP("Report", "Repairs per 1,000 units in the field, by month")),
        m.trend.series, share);
    // The signalled fault codes' own charts: a rise in one fault can hide in the model's total.
    int drawn = 0;
    for (const kpi::DefectFault &f : m.trend.faults) {
        if (f.alarms.isEmpty() || f.series.empty() || drawn == 2)
            continue;
        controlChart(QStringLiteral("%1: %2").arg(
                         m_feedback.faultText(f.code),
                         share
                             ? m_tx(QT_TRANSLATE_NOOP("Report", "share of the category's repairs"))
                             : m_tx(QT_TRANSLATE_NOOP("Report", "per 1,000 units in the field"))),
                     f.series, share);
        ++drawn;
    }
}

void FeedbackDocument::controlChart(const QString &title,
                                    const std::vector<kpi::ChartMonth> &series, bool share)
{
    QStringList labels;
    ReportCharts::Series rateSeries{
        m_tx(QT_TRANSLATE_NOOP("Report", "Rate")), {}, palette::print::brand};
    ReportCharts::Series centre{
        m_tx(QT_TRANSLATE_NOOP("Report", "Centre")), {}, palette::print::brandLight};
    ReportCharts::Series upper{
        m_tx(QT_TRANSLATE_NOOP("Report", "Upper limit")), {}, palette::print::axisText};
    ReportCharts::Series signalled{
        m_tx(QT_TRANSLATE_NOOP("Report", "Signalled month")), {}, palette::print::highlight};
    for (const kpi::ChartMonth &c : series) {
        labels << (c.month % 100 == 1 || labels.isEmpty()
                       ? QStringLiteral("%1-%2")
                             .arg(c.month / 100 % 100, 2, 10, QLatin1Char('0'))
                             .arg(c.month % 100, 2, 10, QLatin1Char('0'))
                       : QString::number(c.month % 100));
        rateSeries.values.push_back(c.rate);
        centre.values.push_back(c.centre);
        upper.values.push_back(c.upper);
        signalled.values.push_back(c.signalled() ? c.rate : std::nullopt);
    }
    const QFont font = m_flow.font(7.5);
    m_flow.chart(170, [=](QPainter &p, const QRectF &r) {
        ReportCharts::lines(p, r, font, title, labels, {rateSeries, centre, upper, signalled},
                            share ? ReportCharts::Scale::Percent : ReportCharts::Scale::Number);
    });
}

void FeedbackDocument::faults(const report::FeedbackModel &m)
{
    m_flow.subheading(m_tx(QT_TRANSLATE_NOOP("Report", "The month's repairs by fault code")));
    PageFlow::Table t;
    t.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Fault code")), 2.6},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Repairs")), 0.8, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Share")), 0.8, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Cumulative")), 0.9, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Signals")), 1.6}};
    t.whenEmpty = m_tx(QT_TRANSLATE_NOOP("Report", "No repair this month."));
    const double total = double(m.trend.month().count);
    long long running = 0;
    for (const kpi::DefectFault &f : m.trend.faults) {
        running += f.n;
        t.rows.push_back(
            {f.code.isEmpty() ? m_tx(QT_TRANSLATE_NOOP("Report", "(no code)"))
                              : m_feedback.faultText(f.code),
             ReportFormat::count(f.n),
             ReportFormat::rate(total > 0 ? std::optional<double>(f.n / total) : std::nullopt),
             ReportFormat::rate(total > 0 ? std::optional<double>(running / total) : std::nullopt),
             f.alarms.isEmpty() ? ReportFormat::dash() : report::signalWords(m_tx, f.alarms)});
    }
    t.ink = [&m](std::size_t row, std::size_t) {
        return m.trend.faults[row].alarms.isEmpty() ? QColor() : palette::print::highlight;
    };
    m_flow.table(t);
}

void FeedbackDocument::repairs(const report::FeedbackModel &m)
{
    m_flow.subheading(
        m.orders.size() < std::size_t(m.ordersTotal)
            ? m_tx(QT_TRANSLATE_NOOP("Report", "The repairs: %1 of %2, signalled faults first"))
                  .arg(m.orders.size())
                  .arg(m.ordersTotal)
            : m_tx(QT_TRANSLATE_NOOP("Report", "The repairs (%1)")).arg(m.ordersTotal));
    PageFlow::Table t;
    t.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Order")), 1.3},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Received")), 1.0},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Fault code")), 1.6},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Description")), 3.6}};
    if (m_branchColumn)
        t.columns.insert(t.columns.begin(), {m_tx(QT_TRANSLATE_NOOP("Report", "Branch")), 0.7});
    t.whenEmpty = m_tx(QT_TRANSLATE_NOOP("Report", "No repair this month."));
    for (const report::FeedbackOrder &o : m.orders) {
        QStringList row{o.orderNo, o.received.toString(QStringLiteral("yyyy-MM-dd")),
                        o.faultCode.isEmpty() ? ReportFormat::dash()
                                              : m_feedback.faultText(o.faultCode),
                        o.description.isEmpty() ? ReportFormat::dash() : o.description};
        if (m_branchColumn)
            row.prepend(o.branch);
        t.rows.push_back(row);
    }
    m_flow.table(t);
    m_flow.note(m_tx(QT_TRANSLATE_NOOP(
        "Report", "The customers' own words as the branch recorded them; no name or phone "
                  "number leaves the branch in this report.")));
}

void FeedbackDocument::cases(const report::FeedbackModel &m)
{
    m_flow.subheading(m_tx(QT_TRANSLATE_NOOP("Report", "The cases that fix it")));
    if (m.cases.empty()) {
        m_flow.paragraph(m_tx(QT_TRANSLATE_NOOP(
            "Report", "The case library has no case for this model or its fault codes yet. A "
                      "technician can write one from a closed repair (the order's Cases tab).")));
        return;
    }
    for (const report::FeedbackCase &c : m.cases) {
        const QString status = c.content.status == knowledge::CaseStatus::Approved
                                   ? m_tx(QT_TRANSLATE_NOOP("Report", "approved"))
                                   : m_tx(QT_TRANSLATE_NOOP("Report", "draft, not yet approved"));
        m_flow.lead(QStringLiteral("%1 (%2)").arg(c.content.title, status));
        QStringList about;
        if (!c.content.faultCode.isEmpty())
            about << m_feedback.faultText(c.content.faultCode);
        about << m_tx(QT_TRANSLATE_NOOP("Report",
                                        "used on %1 of this month's repairs, %2 orders in all"))
                     .arg(c.usedOnMonth)
                     .arg(c.usedOnAll);
        m_flow.note(about.join(QStringLiteral(" · ")));
        const auto part = [this](const char *label, const QString &text) {
            if (!text.trimmed().isEmpty())
                m_flow.paragraph(m_tx(label) + QStringLiteral(": ") + text.trimmed());
        };
        part(QT_TRANSLATE_NOOP("Report", "Symptom"), c.content.symptom);
        part(QT_TRANSLATE_NOOP("Report", "Cause"), c.content.cause);
        part(QT_TRANSLATE_NOOP("Report", "Fix"), c.content.fix);
        photos(c.content);
    }
}

void FeedbackDocument::photos(const knowledge::ServiceCase &c)
{
    std::vector<QImage> images;
    QStringList captions;
    for (const knowledge::CasePhoto &p : c.photos) {
        QImage image = QImage::fromData(p.image);
        if (image.isNull())
            continue;
        images.push_back(image);
        captions << p.caption;
    }
    if (images.empty())
        return;
    constexpr double height = 110;
    const QFont font = m_flow.font(7);
    m_flow.chart(height + 12, [=](QPainter &p, const QRectF &r) {
        double x = r.left();
        for (std::size_t i = 0; i < images.size(); ++i) {
            const QImage &image = images[i];
            const double w = height * image.width() / std::max(1, image.height());
            if (x + w > r.right())
                break;
            p.drawImage(QRectF(x, r.top(), w, height), image);
            p.setFont(font);
            p.setPen(palette::print::caption);
            p.drawText(QRectF(x, r.top() + height + 1, w, 10), Qt::AlignLeft,
                       QFontMetricsF(font, p.device())
                           .elidedText(captions[qsizetype(i)], Qt::ElideRight, w));
            x += w + 8;
        }
    });
}

Status FeedbackDocument::writePdf(const report::DefectFeedback &feedback, const QString &path)
{
    const FeedbackDocument document(feedback);
    return ReportPdf::writePages({document.title(), document.pageCount(),
                                  [&document](QPainter &p, int page) {
                                      document.paintPage(p, page);
                                  }},
                                 path);
}

void FeedbackDocument::paintPage(QPainter &p, int index) const
{
    p.save();
    m_flow.paint(p, index);
    m_flow.paintFrame(
        p,
        QStringLiteral("%1 · %2").arg(m_feedback.source,
                                      m_tx(QT_TRANSLATE_NOOP("Report", "R&D feedback"))),
        m_feedback.month.toString(QStringLiteral("yyyy-MM")),
        m_tx(QT_TRANSLATE_NOOP("Report", "Page %1 of %2")).arg(index + 1).arg(pageCount()));
    p.restore();
}

} // namespace servicelens::ui
