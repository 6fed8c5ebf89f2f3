// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportXlsx.h"

#include "ReportText.h"
#include "ReportXlsxSheet.h"
#include "common/LocalTime.h"
#include "io/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>
#include <xlsxwriter.h>

namespace servicelens::report {

namespace {

lxw_format *formatOf(const Formats &f, ReportFigure::Kind kind)
{
    switch (kind) {
    case ReportFigure::Kind::Rate:
        return f.percent;
    case ReportFigure::Kind::Number:
        return f.decimal;
    case ReportFigure::Kind::Count:
        return f.count;
    }
    return nullptr;
}

} // namespace

QString ReportXlsx::cellText(const QString &text)
{
    // A NUL would end the cell early (libxlsxwriter takes C strings), and Excel holds at most
    // 32,767 characters in a cell: libxlsxwriter would leave a longer one empty, silently.
    QString v = text;
    v.replace(QChar(0), QChar(0xFFFD));
    constexpr qsizetype excelMax = 32767;
    if (v.size() <= excelMax)
        return v;
    const QString mark = tr(" …[cut here: %1 characters in ServiceLens]").arg(text.size());
    qsizetype keep = excelMax - mark.size();
    if (keep > 0 && v.at(keep - 1).isHighSurrogate())
        --keep; // never half a character
    return v.left(keep) + mark;
}

namespace {

// A branch report's lists: its orders, complaints, satisfaction, inspections, actions, team
// and trainings, a sheet each.
void writeLists(lxw_workbook *wb, const MonthlyReport &r, const Formats &f, const ReportText &tx,
                const LocalTime &local)
{
    int row = 0;
    // The month's orders.
    Sheet orders(wb, tx(QT_TRANSLATE_NOOP("Report", "Orders")), f);
    orders.header(
        0,
        {tx(QT_TRANSLATE_NOOP("Report", "Order")), tx(QT_TRANSLATE_NOOP("Report", "Received")),
         tx(QT_TRANSLATE_NOOP("Report", "Closed")), tx(QT_TRANSLATE_NOOP("Report", "Status")),
         tx(QT_TRANSLATE_NOOP("Report", "Priority")), tx(QT_TRANSLATE_NOOP("Report", "Channel")),
         tx(QT_TRANSLATE_NOOP("Report", "Category")), tx(QT_TRANSLATE_NOOP("Report", "Product")),
         tx(QT_TRANSLATE_NOOP("Report", "Technician")), tx(QT_TRANSLATE_NOOP("Report", "Customer")),
         tx(QT_TRANSLATE_NOOP("Report", "Phone")), tx(QT_TRANSLATE_NOOP("Report", "Complaint")),
         tx(QT_TRANSLATE_NOOP("Report", "Visits")), tx(QT_TRANSLATE_NOOP("Report", "Reopened"))});
    row = 1;
    for (const ReportOrder &o : r.orders) {
        orders.text(row, 0, o.orderNo);
        orders.time(row, 1, local.localDateTime(o.received));
        if (o.closed)
            orders.time(row, 2, local.localDateTime(*o.closed));
        orders.text(row, 3, o.status);
        orders.text(row, 4, o.priority);
        orders.text(row, 5, o.channel);
        orders.text(row, 6, o.category);
        orders.text(row, 7, o.product);
        orders.text(row, 8, o.technician);
        orders.text(row, 9, o.customer);
        orders.text(row, 10, o.phone);
        orders.number(row, 11, o.complaint ? 1 : 0, f.count);
        orders.number(row, 12, o.visits, f.count);
        orders.number(row, 13, o.reopened, f.count);
        ++row;
    }
    orders.finish(row - 1, {18, 17, 17, 10, 9, 9, 10, 20, 14, 12, 14, 8, 9, 9});

    // Complaints.
    // The sheet is named for what it lists, the orders; its side table counts them.
    Sheet complaints(wb, tx(QT_TRANSLATE_NOOP("Report", "Complaint orders")), f);
    complaints.header(
        0, {tx(QT_TRANSLATE_NOOP("Report", "Order")), tx(QT_TRANSLATE_NOOP("Report", "Received")),
            tx(QT_TRANSLATE_NOOP("Report", "Category")), tx(QT_TRANSLATE_NOOP("Report", "Product")),
            tx(QT_TRANSLATE_NOOP("Report", "Technician")), tx(QT_TRANSLATE_NOOP("Report", "Phone")),
            tx(QT_TRANSLATE_NOOP("Report", "Complaint details")),
            tx(QT_TRANSLATE_NOOP("Report", "Resolution note")),
            tx(QT_TRANSLATE_NOOP("Report", "Status"))});
    row = 1;
    for (const ReportOrder &o : r.complaints) {
        complaints.text(row, 0, o.orderNo);
        complaints.time(row, 1, local.localDateTime(o.received));
        complaints.text(row, 2, o.category);
        complaints.text(row, 3, o.product);
        complaints.text(row, 4, o.technician);
        complaints.text(row, 5, o.phone);
        complaints.text(row, 6, o.description);
        complaints.text(row, 7, o.resolution);
        complaints.text(row, 8, o.status);
        ++row;
    }
    complaints.finish(row - 1, {18, 17, 10, 20, 14, 14, 30, 30, 10, 4, 14, 10});
    complaints.sideHeader(0, 10,
                          {tx(QT_TRANSLATE_NOOP("Report", "Category")),
                           tx(QT_TRANSLATE_NOOP("Report", "Complaints"))});
    row = 1;
    for (const ReportCount &c : r.complaintCategories) {
        complaints.text(row, 10, c.name);
        complaints.number(row, 11, static_cast<double>(c.count), f.count);
        ++row;
    }

    // Satisfaction: dimensions and drivers.
    Sheet satisfaction(wb, tx(QT_TRANSLATE_NOOP("Report", "Satisfaction")), f);
    satisfaction.header(0, {tx(QT_TRANSLATE_NOOP("Report", "Dimension")),
                            tx(QT_TRANSLATE_NOOP("Report", "Mean (1-5)")),
                            tx(QT_TRANSLATE_NOOP("Report", "Share satisfied")),
                            tx(QT_TRANSLATE_NOOP("Report", "Answers")),
                            tx(QT_TRANSLATE_NOOP("Report", "Importance"))});
    row = 1;
    for (const kpi::DimensionKpis &d : r.kpis.surveys.dimensions) {
        satisfaction.text(row, 0, MonthlyReportBuilder::word(tx, d.code));
        satisfaction.number(row, 1, d.mean, f.decimal);
        satisfaction.number(row, 2, d.top2, f.percent);
        satisfaction.number(row, 3, static_cast<double>(d.n), f.count);
        for (const survey::Driver &dr : r.drivers)
            if (dr.dimension == d.code && dr.importance)
                worksheet_write_number(satisfaction.handle(), static_cast<lxw_row_t>(row), 4,
                                       *dr.importance, nullptr);
        ++row;
    }
    satisfaction.finish(row - 1, {24, 14, 16, 10, 12, 4, 14, 10, 60});
    satisfaction.sideHeader(0, 6,
                            {tx(QT_TRANSLATE_NOOP("Report", "Theme")),
                             tx(QT_TRANSLATE_NOOP("Report", "Comments")),
                             tx(QT_TRANSLATE_NOOP("Report", "Sample comment"))});
    row = 1;
    for (std::size_t i = 0; i < r.themes.size(); ++i) {
        satisfaction.text(row, 6, r.themes[i].term);
        satisfaction.number(row, 7, r.themes[i].count, f.count);
        satisfaction.text(row, 8, r.themeComments[i]);
        ++row;
    }

    // Inspections.
    Sheet inspections(wb, tx(QT_TRANSLATE_NOOP("Report", "Inspections")), f);
    inspections.header(
        0, {tx(QT_TRANSLATE_NOOP("Report", "Completed")),
            tx(QT_TRANSLATE_NOOP("Report", "Template")), tx(QT_TRANSLATE_NOOP("Report", "Score")),
            tx(QT_TRANSLATE_NOOP("Report", "Passed")), tx(QT_TRANSLATE_NOOP("Report", "Findings")),
            tx(QT_TRANSLATE_NOOP("Report", "Seal (SHA-256)"))});
    row = 1;
    for (const ReportInspection &i : r.inspections) {
        inspections.time(row, 0, local.localDateTime(i.completedAt));
        inspections.text(row, 1, i.templateName);
        inspections.number(row, 2, i.score, f.decimal);
        inspections.text(row, 3,
                         i.passed ? tx(QT_TRANSLATE_NOOP("Report", "yes"))
                                  : tx(QT_TRANSLATE_NOOP("Report", "no")));
        inspections.number(row, 4, i.findings, f.count);
        inspections.text(row, 5, i.seal);
        ++row;
    }
    inspections.finish(row - 1, {17, 24, 8, 8, 10, 66, 4, 10, 40, 20, 10, 10});
    inspections.sideHeader(
        0, 7,
        {tx(QT_TRANSLATE_NOOP("Report", "Item")), tx(QT_TRANSLATE_NOOP("Report", "Failed item")),
         tx(QT_TRANSLATE_NOOP("Report", "Section")), tx(QT_TRANSLATE_NOOP("Report", "Findings")),
         tx(QT_TRANSLATE_NOOP("Report", "Checked"))});
    row = 1;
    for (const ReportFailedItem &i : r.failedItems) {
        inspections.text(row, 7, i.code);
        inspections.text(row, 8, i.text);
        inspections.text(row, 9, i.section);
        inspections.number(row, 10, i.findings, f.count);
        inspections.number(row, 11, i.answered, f.count);
        ++row;
    }

    // Corrective actions open at the month's end, then those closed in it.
    Sheet actions(wb, tx(QT_TRANSLATE_NOOP("Report", "Corrective actions")), f);
    actions.header(
        0, {tx(QT_TRANSLATE_NOOP("Report", "Action")), tx(QT_TRANSLATE_NOOP("Report", "Owner")),
            tx(QT_TRANSLATE_NOOP("Report", "Due")), tx(QT_TRANSLATE_NOOP("Report", "Status")),
            tx(QT_TRANSLATE_NOOP("Report", "Overdue"))});
    row = 1;
    for (const ReportAction &a : r.actions) {
        actions.text(row, 0, a.description);
        actions.text(row, 1, a.owner);
        if (a.due.isValid())
            actions.date(row, 2, a.due);
        actions.text(row, 3, a.status);
        actions.text(row, 4, a.overdueAtEnd ? tx(QT_TRANSLATE_NOOP("Report", "yes")) : QString());
        ++row;
    }
    actions.finish(row - 1, {50, 12, 12, 12, 8});

    // Team.
    Sheet team(wb, tx(QT_TRANSLATE_NOOP("Report", "Team")), f);
    team.header(0,
                {tx(QT_TRANSLATE_NOOP("Report", "Code")), tx(QT_TRANSLATE_NOOP("Report", "Name")),
                 tx(QT_TRANSLATE_NOOP("Report", "Closed")),
                 tx(QT_TRANSLATE_NOOP("Report", "Resolution (wd)")),
                 tx(QT_TRANSLATE_NOOP("Report", "First-time fix")),
                 tx(QT_TRANSLATE_NOOP("Report", "Complaints")),
                 tx(QT_TRANSLATE_NOOP("Report", "CSAT"))});
    row = 1;
    for (const kpi::TechnicianKpis &k : r.kpis.technicians) {
        team.text(row, 0, k.code);
        team.text(row, 1, k.name);
        team.number(row, 2, static_cast<double>(k.closed), f.count);
        team.number(row, 3, k.resolutionWdMean, f.decimal);
        team.number(row, 4, k.firstTimeFixRate, f.percent);
        team.number(row, 5, static_cast<double>(k.complaints), f.count);
        team.number(row, 6, k.csat, f.percent);
        ++row;
    }
    team.finish(row - 1, {8, 12, 10, 18, 14, 10, 10});

    // Trainings held.
    Sheet training(wb, tx(QT_TRANSLATE_NOOP("Report", "Training")), f);
    training.header(
        0, {tx(QT_TRANSLATE_NOOP("Report", "Date")), tx(QT_TRANSLATE_NOOP("Report", "Course")),
            tx(QT_TRANSLATE_NOOP("Report", "Trainer")), tx(QT_TRANSLATE_NOOP("Report", "Hours")),
            tx(QT_TRANSLATE_NOOP("Report", "Attendees")),
            tx(QT_TRANSLATE_NOOP("Report", "Mean score gain"))});
    row = 1;
    for (const ReportTraining &t : r.trainings) {
        training.date(row, 0, t.day);
        training.text(row, 1, t.course);
        training.text(row, 2, t.trainer);
        training.number(row, 3, t.hours, f.decimal);
        training.number(row, 4, t.attendees, f.count);
        training.number(row, 5, t.meanGain, f.decimal);
        ++row;
    }
    training.finish(row - 1, {12, 30, 12, 8, 10, 16});

    // The review cycles closed in the month: each team's spread, only when there is one.
    if (r.reviews.empty())
        return;
    Sheet reviews(wb, tx(QT_TRANSLATE_NOOP("Report", "360 Reviews")), f);
    reviews.header(
        0, {tx(QT_TRANSLATE_NOOP("Report", "Cycle")), tx(QT_TRANSLATE_NOOP("Report", "Team")),
            tx(QT_TRANSLATE_NOOP("Report", "Competency")),
            tx(QT_TRANSLATE_NOOP("Report", "People")), tx(QT_TRANSLATE_NOOP("Report", "Mean")),
            tx(QT_TRANSLATE_NOOP("Report", "Lowest")), tx(QT_TRANSLATE_NOOP("Report", "Highest")),
            tx(QT_TRANSLATE_NOOP("Report", "Below the threshold"))});
    row = 1;
    for (const ReportReview &v : r.reviews)
        for (const team::TeamCompetency &c : v.teams) {
            const auto label = v.labels.find(c.competency);
            reviews.text(row, 0, v.code);
            reviews.text(row, 1, c.team);
            reviews.text(row, 2, label == v.labels.end() ? c.competency : label->second);
            reviews.number(row, 3, c.people, f.count);
            reviews.number(row, 4, c.mean, f.decimal);
            reviews.number(row, 5, c.lowest, f.decimal);
            reviews.number(row, 6, c.highest, f.decimal);
            reviews.number(row, 7, c.below, f.count);
            ++row;
        }
    reviews.finish(row - 1, {10, 16, 16, 8, 8, 8, 8, 12});
}

// A network report's sheets: the branches side by side, then every branch's figures.
void writeNetworkSheets(lxw_workbook *wb, const MonthlyReport &r, const Formats &f,
                        const ReportText &tx)
{
    Sheet side(wb, tx(QT_TRANSLATE_NOOP("Report", "Branches")), f);
    QStringList names = {
        tx(QT_TRANSLATE_NOOP("Report", "Branch")), tx(QT_TRANSLATE_NOOP("Report", "Name")),
        tx(QT_TRANSLATE_NOOP("Report", "Data until")), tx(QT_TRANSLATE_NOOP("Report", "Received")),
        tx(QT_TRANSLATE_NOOP("Report", "Closed"))};
    for (const QString &label : r.rateLabels)
        names << label << tx(QT_TRANSLATE_NOOP("Report", "vs network"));
    side.header(0, names);
    int row = 1;
    for (const ReportBranchRow &b : r.branches) {
        side.text(row, 0, b.code);
        side.text(row, 1, b.name);
        if (b.dataUntil)
            side.date(row, 2, *b.dataUntil);
        side.number(row, 3, static_cast<double>(b.received), f.count);
        side.number(row, 4, static_cast<double>(b.closed), f.count);
        for (std::size_t i = 0; i < b.rates.size(); ++i) {
            const int col = 5 + 2 * static_cast<int>(i);
            side.number(row, col, b.rates[i], f.percent);
            side.text(row, col + 1,
                      b.beyond[i] > 0   ? tx(QT_TRANSLATE_NOOP("Report", "above (99.8 %)"))
                      : b.beyond[i] < 0 ? tx(QT_TRANSLATE_NOOP("Report", "below (99.8 %)"))
                                        : QString());
        }
        ++row;
    }
    side.text(row, 0, tx(QT_TRANSLATE_NOOP("Report", "Network (all branches)")));
    side.number(row, 3, static_cast<double>(r.kpis.orders.received), f.count);
    side.number(row, 4, static_cast<double>(r.kpis.orders.closed), f.count);
    for (std::size_t i = 0; i < r.pooledRates.size(); ++i)
        side.number(row, 5 + 2 * static_cast<int>(i), r.pooledRates[i], f.percent);
    std::vector<double> widths = {10, 18, 12, 10, 10};
    for (std::size_t i = 0; i < r.rateLabels.size(); ++i)
        widths.insert(widths.end(), {14, 14});
    side.finish(row - 1, widths);

    Sheet each(wb, tx(QT_TRANSLATE_NOOP("Report", "Each branch")), f);
    each.header(
        0, {tx(QT_TRANSLATE_NOOP("Report", "Branch")), tx(QT_TRANSLATE_NOOP("Report", "Measure")),
            r.month.toString(QStringLiteral("yyyy-MM")),
            tx(QT_TRANSLATE_NOOP("Report", "Previous month")),
            tx(QT_TRANSLATE_NOOP("Report", "Same month last year")),
            tx(QT_TRANSLATE_NOOP("Report", "Target")), tx(QT_TRANSLATE_NOOP("Report", "Key"))});
    row = 1;
    for (const MonthlyReport &b : r.appendix)
        for (const ReportFigure &fig : b.figures) {
            lxw_format *format = formatOf(f, fig.kind);
            each.text(row, 0, b.branchCode);
            each.text(row, 1, fig.label);
            if (fig.notInData.isEmpty())
                each.number(row, 2, fig.value, format);
            else
                each.text(row, 2, fig.notInData);
            each.number(row, 3, fig.previous, format);
            each.number(row, 4, fig.lastYear, format);
            each.number(row, 5, fig.target, format);
            each.text(row, 6, fig.key);
            ++row;
        }
    each.finish(row - 1, {10, 38, 14, 16, 22, 12, 30});
}

} // namespace

Status ReportXlsx::write(const MonthlyReport &r, const QString &path)
{
    const ReportText tx(r.language);
    auto output = XlsxOutput::open(path);
    if (!output)
        return output.error();
    lxw_workbook *wb = (*output)->workbook();
    const Formats &f = (*output)->formats();
    const LocalTime local = LocalTime::inZone(r.timeZone);

    // Summary.
    Sheet summary(wb, tx(QT_TRANSLATE_NOOP("Report", "Summary")), f);
    worksheet_write_string(
        summary.handle(), 0, 0,
        QStringLiteral("%1 %2 — %3")
            .arg(r.branchName,
                 r.network ? QStringLiteral("(%1)").arg(r.branches.size()) : r.branchCode,
                 r.month.toString(QStringLiteral("yyyy-MM")))
            .toUtf8()
            .constData(),
        f.title);
    summary.header(
        2, {tx(QT_TRANSLATE_NOOP("Report", "Measure")), r.month.toString(QStringLiteral("yyyy-MM")),
            tx(QT_TRANSLATE_NOOP("Report", "Previous month")),
            tx(QT_TRANSLATE_NOOP("Report", "Same month last year")),
            tx(QT_TRANSLATE_NOOP("Report", "Target")), tx(QT_TRANSLATE_NOOP("Report", "Key"))});
    int row = 3;
    for (const ReportFigure &fig : r.figures) {
        summary.text(row, 0, fig.label);
        lxw_format *format = formatOf(f, fig.kind);
        if (fig.notInData.isEmpty())
            summary.number(row, 1, fig.value, format);
        else
            summary.text(row, 1, fig.notInData);
        summary.number(row, 2, fig.previous, format);
        summary.number(row, 3, fig.lastYear, format);
        summary.number(row, 4, fig.target, format);
        summary.text(row, 5, fig.key); // KPI.md's name, for formulas and other tools
        ++row;
    }
    summary.finish(row - 1, {38, 14, 16, 22, 12, 30});
    if (r.kpis.orders.bottleneckStage) {
        const auto stage = static_cast<std::size_t>(*r.kpis.orders.bottleneckStage);
        summary.text(
            row + 1, 0,
            tx(QT_TRANSLATE_NOOP("Report", "Bottleneck stage (longest median dwell, hours)")));
        summary.text(
            row + 1, 1,
            MonthlyReportBuilder::word(tx, kpi::dwellStageCode(*r.kpis.orders.bottleneckStage)));
        summary.number(row + 1, 2, r.kpis.orders.stageDwellHoursMedian[stage], f.decimal);
    }
    if (r.empty)
        summary.text(
            row + 1, 0,
            tx(QT_TRANSLATE_NOOP("Report", "No orders, surveys or inspections in this month.")));
    if (!r.auditHead.isEmpty()) {
        summary.text(row + 3, 0, tx(QT_TRANSLATE_NOOP("Report", "Audit trail head")));
        summary.text(row + 3, 1, r.auditHead);
    }
    // A chart of the month's rates against the previous month.
    {
        lxw_chart *chart = workbook_add_chart(wb, LXW_CHART_BAR);
        const QByteArray sheet =
            (QLatin1Char('\'') + tx(QT_TRANSLATE_NOOP("Report", "Summary")) + QLatin1Char('\''))
                .toUtf8();
        for (int col : {1, 2}) {
            const QByteArray cats = sheet + "!$A$11:$A$13"; // SLA met, first-time fix, reopened
            const QByteArray vals =
                sheet + "!$" + char('A' + col) + "$11:$" + char('A' + col) + "$13";
            lxw_chart_series *s = chart_add_series(chart, cats.constData(), vals.constData());
            const QByteArray name = sheet + "!$" + char('A' + col) + "$3";
            chart_series_set_name(s, name.constData());
        }
        const QByteArray title =
            tx(QT_TRANSLATE_NOOP("Report", "Service level this month and last")).toUtf8();
        chart_title_set_name(chart, title.constData());
        worksheet_insert_chart(summary.handle(), 2, 7, chart);
    }

    if (r.network) {
        writeNetworkSheets(wb, r, f, tx);
    } else {
        writeLists(wb, r, f, tx, local);
        writeQualitySheet(wb, r, f, tx);
    }

    return (*output)->close();
}

} // namespace servicelens::report
