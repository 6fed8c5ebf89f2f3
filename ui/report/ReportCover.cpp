// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCover.h"

#include "PageFlow.h"
#include "ReportCharts.h"
#include "kpi/KpiCatalogue.h"
#include "report/ReportFormat.h"
#include "widgets/Palette.h"

#include <QLocale>
#include <QPainter>

namespace servicelens::ui {

using report::ReportFigure;
using report::ReportFormat;

namespace {

const ReportFigure *figureOf(const report::MonthlyReport &r, const char *key)
{
    for (const ReportFigure &f : r.figures)
        if (f.key == QLatin1String(key))
            return &f;
    return nullptr;
}

} // namespace

void ReportCover::place(PageFlow &flow, const report::MonthlyReport &r,
                        const report::ReportText &tx)
{
    flow.newPage();
    const QString month =
        tx.chinese() ? QStringLiteral("%1年%2月").arg(r.month.year()).arg(r.month.month())
                     : QLocale(QLocale::English).toString(r.month, QStringLiteral("MMMM yyyy"));
    const QString title = tx(QT_TRANSLATE_NOOP("Report", "Monthly service report"));
    const QString branch =
        r.network ? tx(QT_TRANSLATE_NOOP("Report", "All branches (%1)")).arg(r.branches.size())
                  : QStringLiteral("%1 (%2)").arg(r.branchName, r.branchCode);
    const QFont titleFont = flow.font(26, true);
    const QFont branchFont = flow.font(15);
    const QFont monthFont = flow.font(20, true);
    flow.place([=](QPainter &p) {
        p.fillRect(QRectF(0, 0, PageFlow::pageWidth, 230), palette::print::brand);
        p.setPen(palette::print::paper);
        p.setFont(titleFont);
        p.drawText(QRectF(PageFlow::marginLeft, 70, PageFlow::contentWidth, 40), Qt::AlignLeft,
                   title);
        p.setFont(branchFont);
        p.drawText(QRectF(PageFlow::marginLeft, 122, PageFlow::contentWidth, 26), Qt::AlignLeft,
                   branch);
        p.setFont(monthFont);
        p.drawText(QRectF(PageFlow::marginLeft, 158, PageFlow::contentWidth, 34), Qt::AlignLeft,
                   month);
    });

    // The headline figures, each with its change from the month before.
    const auto &headline = kpi::KpiCatalogue::coverTiles();
    const double tileWidth = (PageFlow::contentWidth - 2 * 12) / 3;
    const double tileHeight = 92;
    const QFont valueFont = flow.font(22, true);
    const QFont labelFont = flow.font(9.5);
    const QFont changeFont = flow.font(8.5);
    const QString versus = tx(QT_TRANSLATE_NOOP("Report", "%1 vs previous month"));
    for (std::size_t i = 0; i < headline.size(); ++i) {
        const ReportFigure *f = figureOf(r, headline[i]);
        if (!f)
            continue;
        const QRectF tile(PageFlow::marginLeft + (i % 3) * (tileWidth + 12),
                          270 + (i / 3) * (tileHeight + 12), tileWidth, tileHeight);
        const QString value = f->notInData.isEmpty()
                                  ? ReportFormat::figure(f->kind, f->value, f->decimals)
                                  : f->notInData;
        const QString change = ReportFormat::change(f->kind, f->value, f->previous);
        const QString label = f->label;
        const auto met = f->meetsTarget();
        flow.place([=](QPainter &p) {
            p.setPen(QPen(palette::print::rule, 0.8));
            p.setBrush(palette::print::cardFill);
            p.drawRect(tile);
            p.setFont(labelFont);
            p.setPen(palette::print::mutedText);
            p.drawText(tile.adjusted(10, 8, -10, 0), Qt::AlignLeft | Qt::AlignTop, label);
            p.setFont(valueFont);
            p.setPen(met ? (*met ? palette::met : palette::problem) : palette::print::ink);
            p.drawText(tile.adjusted(10, 26, -10, 0), Qt::AlignLeft | Qt::AlignTop, value);
            if (!change.isEmpty()) {
                p.setFont(changeFont);
                p.setPen(palette::print::mutedText);
                p.drawText(tile.adjusted(10, 0, -10, -8), Qt::AlignLeft | Qt::AlignBottom,
                           versus.arg(change));
            }
        });
    }
    double y = 270 + 2 * (tileHeight + 12) + 16;
    if (r.empty) {
        const QString text =
            tx(QT_TRANSLATE_NOOP("Report", "No orders, surveys or inspections in this month."));
        const QFont f = flow.font(13, true);
        flow.place([=](QPainter &p) {
            p.setPen(QPen(palette::problem, 1));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(PageFlow::marginLeft, y, PageFlow::contentWidth, 40));
            p.setFont(f);
            p.drawText(QRectF(PageFlow::marginLeft, y, PageFlow::contentWidth, 40), Qt::AlignCenter,
                       text);
        });
        y += 56;
    }
    QString note =
        r.network
            ? tx(QT_TRANSLATE_NOOP("Report", "Figures as defined in the ServiceLens KPI rules, "
                                             "over all the branches' orders, each branch's days "
                                             "in its own time zone; working days follow the "
                                             "official holiday calendar."))
            : tx(QT_TRANSLATE_NOOP("Report", "Figures as defined in the ServiceLens KPI rules, in "
                                             "the branch's time zone (%1); working days follow "
                                             "the official holiday calendar. Customers' phone "
                                             "numbers are masked."))
                  .arg(r.timeZone);
    if (r.provisional)
        note += QLatin1Char(' ') +
                tx(QT_TRANSLATE_NOOP("Report", "Provisional: some branches' data does not reach "
                                               "the month's end yet."));
    if (!r.auditHead.isEmpty())
        note += QLatin1Char(' ') +
                tx(QT_TRANSLATE_NOOP("Report", "Audit trail head when this report was made: "
                                               "%1 (checked against the workbook later, it "
                                               "proves that the trail up to it was not "
                                               "rewritten)."))
                    .arg(r.auditHead);
    const QFont noteFont = flow.font(8.5);
    const double noteHeight = flow.textHeight(note, noteFont, PageFlow::contentWidth);
    flow.place([=](QPainter &p) {
        p.setFont(noteFont);
        p.setPen(palette::print::mutedText);
        p.drawText(QRectF(PageFlow::marginLeft, PageFlow::contentBottom - noteHeight,
                          PageFlow::contentWidth, noteHeight),
                   Qt::AlignLeft | Qt::TextWordWrap, note);
    });
}

} // namespace servicelens::ui
