// SPDX-License-Identifier: GPL-3.0-or-later
// The report workbook's product quality sheet (issue 21): what the PDF's section 7 shows, as
// numbers a spreadsheet can use.
#include "ReportText.h"
#include "ReportXlsxSheet.h"

namespace servicelens::report {

void writeQualitySheet(lxw_workbook *wb, const MonthlyReport &r, const Formats &f,
                       const ReportText &tx)
{
    Sheet sheet(wb, tx(QT_TRANSLATE_NOOP("Report", "Product quality")), f);
    // The models whose month signals.
    sheet.header(
        0,
        {tx(QT_TRANSLATE_NOOP("Report", "Model")), tx(QT_TRANSLATE_NOOP("Report", "Category")),
         tx(QT_TRANSLATE_NOOP("Report", "Repairs")),
         tx(QT_TRANSLATE_NOOP("Report", "Units in the field")),
         tx(QT_TRANSLATE_NOOP("Report", "Rate")), tx(QT_TRANSLATE_NOOP("Report", "Centre")),
         tx(QT_TRANSLATE_NOOP("Report", "Upper limit")), tx(QT_TRANSLATE_NOOP("Report", "Signals")),
         tx(QT_TRANSLATE_NOOP("Report", "Fault codes"))});
    int row = 1;
    for (const ReportDefect &d : r.defects) {
        // Per 1,000 units as a number; a share of the category as a percentage.
        lxw_format *rate = d.perUnits ? f.decimal : f.percent;
        sheet.text(row, 0, d.model);
        sheet.text(row, 1, d.category);
        sheet.number(row, 2, double(d.repairs), f.count);
        if (d.base)
            sheet.number(row, 3, double(*d.base), f.count);
        sheet.number(row, 4, d.rate, rate);
        sheet.number(row, 5, d.centre, rate);
        sheet.number(row, 6, d.upper, rate);
        sheet.text(row, 7, d.alarms);
        sheet.text(row, 8, d.faults);
        ++row;
    }
    if (r.defects.empty())
        sheet.text(row++, 0,
                   tx(QT_TRANSLATE_NOOP("Report", "No model signals this month (or no model of "
                                                  "the product list was repaired).")));
    const int lastDefect = row - 1;

    // Does the case library help: the month's closed orders with a case against without.
    row += 2;
    sheet.sideHeader(row++, 0,
                     {tx(QT_TRANSLATE_NOOP("Report", "Fault code")),
                      tx(QT_TRANSLATE_NOOP("Report", "Case")),
                      tx(QT_TRANSLATE_NOOP("Report", "With a case")),
                      tx(QT_TRANSLATE_NOOP("Report", "Resolution, wd")),
                      tx(QT_TRANSLATE_NOOP("Report", "Without")),
                      tx(QT_TRANSLATE_NOOP("Report", "Resolution, wd")),
                      tx(QT_TRANSLATE_NOOP("Report", "First-time fix with")),
                      tx(QT_TRANSLATE_NOOP("Report", "Without")),
                      tx(QT_TRANSLATE_NOOP("Report", "Beyond chance"))});
    for (const ReportCaseEffect &e : r.caseEffects) {
        sheet.text(row, 0, e.fault);
        sheet.text(row, 1, e.caseTitle);
        sheet.number(row, 2, double(e.withOrders), f.count);
        sheet.number(row, 3, e.withDays, f.decimal);
        sheet.number(row, 4, double(e.withoutOrders), f.count);
        sheet.number(row, 5, e.withoutDays, f.decimal);
        sheet.number(row, 6, e.withFirstTimeFix, f.percent);
        sheet.number(row, 7, e.withoutFirstTimeFix, f.percent);
        sheet.number(row, 8, e.firstTimeFixDiffers ? 1 : 0, f.count);
        ++row;
    }

    // The fault codes without a case.
    row += 2;
    sheet.sideHeader(row++, 0,
                     {tx(QT_TRANSLATE_NOOP("Report", "Fault codes without a case")),
                      tx(QT_TRANSLATE_NOOP("Report", "Orders")),
                      tx(QT_TRANSLATE_NOOP("Report", "Working days spent"))});
    for (const ReportCaseGap &g : r.caseGaps) {
        sheet.text(row, 0, g.fault);
        sheet.number(row, 1, double(g.orders), f.count);
        sheet.number(row, 2, double(g.workingDays), f.count);
        ++row;
    }
    sheet.finish(lastDefect, {24, 28, 12, 16, 12, 16, 18, 14, 60});
}

} // namespace servicelens::report
