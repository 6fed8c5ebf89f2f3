// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackXlsx.h"

#include "ReportText.h"
#include "ReportXlsxSheet.h"

#include <QDate>

namespace servicelens::report {

namespace {

QDate monthDate(int yyyymm)
{
    return QDate(yyyymm / 100, yyyymm % 100, 1);
}

QString statusWord(const ReportText &tx, knowledge::CaseStatus s)
{
    switch (s) {
    case knowledge::CaseStatus::Draft:
        return tx(QT_TRANSLATE_NOOP("Report", "draft"));
    case knowledge::CaseStatus::Approved:
        return tx(QT_TRANSLATE_NOOP("Report", "approved"));
    case knowledge::CaseStatus::Retired:
        break;
    }
    return tx(QT_TRANSLATE_NOOP("Report", "retired"));
}

QString chartWord(const ReportText &tx, const kpi::DefectModel &d)
{
    return d.kind == kpi::ChartKind::U
               ? tx(QT_TRANSLATE_NOOP("Report", "per 1,000 units in the field"))
               : tx(QT_TRANSLATE_NOOP("Report", "share of the category's repairs"));
}

void signalsSheet(lxw_workbook *wb, const DefectFeedback &fb, const Formats &f,
                  const ReportText &tx)
{
    Sheet s(wb, tx(QT_TRANSLATE_NOOP("Report", "Signals")), f);
    worksheet_write_string(s.handle(), 0, 0,
                           QStringLiteral("%1 — %2 — %3")
                               .arg(tx(QT_TRANSLATE_NOOP("Report", "R&D feedback")), fb.source,
                                    fb.month.toString(QStringLiteral("yyyy-MM")))
                               .toUtf8()
                               .constData(),
                           f.title);
    s.header(
        2,
        {tx(QT_TRANSLATE_NOOP("Report", "Model")), tx(QT_TRANSLATE_NOOP("Report", "Model name")),
         tx(QT_TRANSLATE_NOOP("Report", "Category")), tx(QT_TRANSLATE_NOOP("Report", "Launched")),
         tx(QT_TRANSLATE_NOOP("Report", "Months in service")),
         tx(QT_TRANSLATE_NOOP("Report", "Chart")), tx(QT_TRANSLATE_NOOP("Report", "Repairs")),
         tx(QT_TRANSLATE_NOOP("Report", "Units in the field")),
         tx(QT_TRANSLATE_NOOP("Report", "Rate")), tx(QT_TRANSLATE_NOOP("Report", "Centre")),
         tx(QT_TRANSLATE_NOOP("Report", "Upper limit")), tx(QT_TRANSLATE_NOOP("Report", "Signals")),
         tx(QT_TRANSLATE_NOOP("Report", "Without a fault code"))});
    int row = 3;
    for (const FeedbackModel &m : fb.models) {
        const kpi::ChartMonth &c = m.trend.month();
        lxw_format *rate = m.trend.kind == kpi::ChartKind::U ? f.decimal : f.percent;
        s.text(row, 0, m.trend.model);
        s.text(row, 1, m.name);
        s.text(row, 2, m.trend.category);
        if (m.launched.isValid())
            s.date(row, 3, m.launched);
        if (m.trend.monthsInService)
            s.number(row, 4, double(*m.trend.monthsInService), f.count);
        s.text(row, 5, chartWord(tx, m.trend));
        s.number(row, 6, double(c.count), f.count);
        if (m.trend.base)
            s.number(row, 7, double(*m.trend.base), f.count);
        s.number(row, 8, c.rate, rate);
        s.number(row, 9, c.centre, rate);
        s.number(row, 10, c.upper, rate);
        s.text(row, 11, DefectFeedback::signalsText(tx, m.trend));
        s.number(row, 12, double(m.trend.withoutCode), f.count);
        ++row;
    }
    if (fb.models.empty())
        s.text(row++, 0, tx(QT_TRANSLATE_NOOP("Report", "No model signals this month.")));
    s.finish(row - 1, {16, 22, 12, 12, 10, 24, 9, 12, 9, 9, 11, 26, 12});
}

void chartSheet(lxw_workbook *wb, const DefectFeedback &fb, const Formats &f, const ReportText &tx)
{
    Sheet s(wb, tx(QT_TRANSLATE_NOOP("Report", "Control charts")), f);
    s.header(
        0, {tx(QT_TRANSLATE_NOOP("Report", "Model")), tx(QT_TRANSLATE_NOOP("Report", "Month")),
            tx(QT_TRANSLATE_NOOP("Report", "Repairs")), tx(QT_TRANSLATE_NOOP("Report", "Exposure")),
            tx(QT_TRANSLATE_NOOP("Report", "Rate")), tx(QT_TRANSLATE_NOOP("Report", "Centre")),
            tx(QT_TRANSLATE_NOOP("Report", "Upper limit")),
            tx(QT_TRANSLATE_NOOP("Report", "CUSUM")), tx(QT_TRANSLATE_NOOP("Report", "Signals"))});
    int row = 1;
    for (const FeedbackModel &m : fb.models) {
        lxw_format *rate = m.trend.kind == kpi::ChartKind::U ? f.decimal : f.percent;
        for (const kpi::ChartMonth &c : m.trend.series) {
            s.text(row, 0, m.trend.model);
            s.date(row, 1, monthDate(c.month));
            s.number(row, 2, double(c.count), f.count);
            s.number(row, 3, c.exposure, f.count);
            s.number(row, 4, c.rate, rate);
            s.number(row, 5, c.centre, rate);
            s.number(row, 6, c.upper, rate);
            s.number(row, 7, c.cusum, f.decimal);
            s.text(row, 8, signalWords(tx, kpi::signalNames(c)));
            ++row;
        }
    }
    s.finish(row - 1, {16, 11, 9, 12, 9, 9, 11, 8, 26});
}

void faultSheet(lxw_workbook *wb, const DefectFeedback &fb, const Formats &f, const ReportText &tx)
{
    Sheet s(wb, tx(QT_TRANSLATE_NOOP("Report", "Fault codes")), f);
    s.header(
        0, {tx(QT_TRANSLATE_NOOP("Report", "Model")), tx(QT_TRANSLATE_NOOP("Report", "Fault code")),
            tx(QT_TRANSLATE_NOOP("Report", "Fault name")),
            tx(QT_TRANSLATE_NOOP("Report", "Repairs")), tx(QT_TRANSLATE_NOOP("Report", "Share")),
            tx(QT_TRANSLATE_NOOP("Report", "Cumulative share")),
            tx(QT_TRANSLATE_NOOP("Report", "Signals"))});
    int row = 1;
    for (const FeedbackModel &m : fb.models) {
        const double total = double(m.trend.month().count);
        long long running = 0;
        for (const kpi::DefectFault &x : m.trend.faults) {
            running += x.n;
            s.text(row, 0, m.trend.model);
            s.text(row, 1,
                   x.code.isEmpty() ? tx(QT_TRANSLATE_NOOP("Report", "(no code)")) : x.code);
            s.text(row, 2, fb.faultNames.value(x.code));
            s.number(row, 3, double(x.n), f.count);
            if (total > 0) {
                s.number(row, 4, x.n / total, f.percent);
                s.number(row, 5, running / total, f.percent);
            }
            s.text(row, 6, signalWords(tx, x.alarms));
            ++row;
        }
    }
    s.finish(row - 1, {16, 12, 24, 9, 9, 14, 26});
}

void orderSheet(lxw_workbook *wb, const DefectFeedback &fb, const Formats &f, const ReportText &tx)
{
    Sheet s(wb, tx(QT_TRANSLATE_NOOP("Report", "Repairs")), f);
    s.header(0,
             {tx(QT_TRANSLATE_NOOP("Report", "Model")), tx(QT_TRANSLATE_NOOP("Report", "Branch")),
              tx(QT_TRANSLATE_NOOP("Report", "Order")), tx(QT_TRANSLATE_NOOP("Report", "Received")),
              tx(QT_TRANSLATE_NOOP("Report", "Product")),
              tx(QT_TRANSLATE_NOOP("Report", "Fault code")),
              tx(QT_TRANSLATE_NOOP("Report", "Description")),
              tx(QT_TRANSLATE_NOOP("Report", "Closed"))});
    int row = 1;
    for (const FeedbackModel &m : fb.models)
        for (const FeedbackOrder &o : m.orders) {
            s.text(row, 0, m.trend.model);
            s.text(row, 1, o.branch);
            s.text(row, 2, o.orderNo);
            s.time(row, 3, o.received);
            s.text(row, 4, o.product);
            s.text(row, 5, fb.faultText(o.faultCode));
            s.text(row, 6, o.description);
            s.text(row, 7,
                   o.closed ? tx(QT_TRANSLATE_NOOP("Report", "yes"))
                            : tx(QT_TRANSLATE_NOOP("Report", "no")));
            ++row;
        }
    s.finish(row - 1, {16, 8, 16, 16, 22, 24, 60, 8});
}

void caseSheet(lxw_workbook *wb, const DefectFeedback &fb, const Formats &f, const ReportText &tx)
{
    Sheet s(wb, tx(QT_TRANSLATE_NOOP("Report", "Cases")), f);
    s.header(0, {tx(QT_TRANSLATE_NOOP("Report", "Model")), tx(QT_TRANSLATE_NOOP("Report", "Case")),
                 tx(QT_TRANSLATE_NOOP("Report", "Status")),
                 tx(QT_TRANSLATE_NOOP("Report", "Fault code")),
                 tx(QT_TRANSLATE_NOOP("Report", "Symptom")),
                 tx(QT_TRANSLATE_NOOP("Report", "Cause")), tx(QT_TRANSLATE_NOOP("Report", "Fix")),
                 tx(QT_TRANSLATE_NOOP("Report", "Used on the month's repairs")),
                 tx(QT_TRANSLATE_NOOP("Report", "Used on, in all")),
                 tx(QT_TRANSLATE_NOOP("Report", "Photos"))});
    int row = 1;
    constexpr double photoHeight = 120; // pixels, about six rows
    for (const FeedbackModel &m : fb.models)
        for (const FeedbackCase &c : m.cases) {
            s.text(row, 0, m.trend.model);
            s.text(row, 1, c.content.title);
            s.text(row, 2, statusWord(tx, c.content.status));
            s.text(row, 3, fb.faultText(c.content.faultCode));
            worksheet_write_string(s.handle(), lxw_row_t(row), 4,
                                   ReportXlsx::cellText(c.content.symptom).toUtf8().constData(),
                                   f.wrap);
            worksheet_write_string(s.handle(), lxw_row_t(row), 5,
                                   ReportXlsx::cellText(c.content.cause).toUtf8().constData(),
                                   f.wrap);
            worksheet_write_string(s.handle(), lxw_row_t(row), 6,
                                   ReportXlsx::cellText(c.content.fix).toUtf8().constData(),
                                   f.wrap);
            s.number(row, 7, double(c.usedOnMonth), f.count);
            s.number(row, 8, double(c.usedOnAll), f.count);
            // The photos side by side from column J, scaled to one height; the row made tall
            // enough to hold them.
            double x = 0;
            for (const knowledge::CasePhoto &p : c.content.photos) {
                const auto size = FeedbackXlsx::imageSize(p.image);
                if (!size || size->second <= 0)
                    continue;
                lxw_image_options o{};
                o.x_scale = o.y_scale = photoHeight / size->second;
                o.x_offset = static_cast<int32_t>(x) + 2;
                o.y_offset = 2;
                o.object_position = LXW_OBJECT_MOVE_DONT_SIZE;
                worksheet_insert_image_buffer_opt(
                    s.handle(), lxw_row_t(row), 9,
                    reinterpret_cast<const unsigned char *>(p.image.constData()),
                    std::size_t(p.image.size()), &o);
                x += size->first * o.x_scale + 4;
            }
            worksheet_set_row(s.handle(), lxw_row_t(row),
                              c.content.photos.empty() ? 60 : photoHeight * 0.75 + 4, nullptr);
            ++row;
        }
    s.finish(row - 1, {16, 28, 9, 22, 36, 36, 48, 12, 12, 60});
}

} // namespace

std::optional<std::pair<int, int>> FeedbackXlsx::imageSize(const QByteArray &b)
{
    const auto byte = [&b](qsizetype i) {
        return static_cast<unsigned char>(b.at(i));
    };
    if (b.size() >= 24 && b.startsWith("\x89PNG\r\n\x1a\n")) {
        const auto be32 = [&](qsizetype i) {
            return int(byte(i)) << 24 | int(byte(i + 1)) << 16 | int(byte(i + 2)) << 8 |
                   int(byte(i + 3));
        };
        return std::make_pair(be32(16), be32(20));
    }
    if (b.size() < 4 || byte(0) != 0xFF || byte(1) != 0xD8)
        return std::nullopt;
    // The JPEG's segments up to its frame header (SOF0–SOF15 but DHT, JPG and DAC).
    qsizetype i = 2;
    while (i + 9 < b.size()) {
        if (byte(i) != 0xFF)
            return std::nullopt;
        const unsigned char marker = byte(i + 1);
        if (marker == 0xFF) {
            ++i; // fill byte
            continue;
        }
        const int length = int(byte(i + 2)) << 8 | byte(i + 3);
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
            return std::make_pair(int(byte(i + 7)) << 8 | byte(i + 8),
                                  int(byte(i + 5)) << 8 | byte(i + 6));
        if (length < 2)
            return std::nullopt;
        i += 2 + length;
    }
    return std::nullopt;
}

Status FeedbackXlsx::write(const DefectFeedback &fb, const QString &path)
{
    const ReportText tx(fb.language);
    auto output = XlsxOutput::open(path);
    if (!output)
        return output.error();
    lxw_workbook *wb = (*output)->workbook();
    const Formats &f = (*output)->formats();
    signalsSheet(wb, fb, f, tx);
    chartSheet(wb, fb, f, tx);
    faultSheet(wb, fb, f, tx);
    orderSheet(wb, fb, f, tx);
    caseSheet(wb, fb, f, tx);
    return (*output)->close();
}

} // namespace servicelens::report
