// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The report workbook's building blocks (ReportXlsx and the sheets written beside it): its
// cell formats and a sheet that writes text always as text.

#include "MonthlyReport.h"
#include "ReportXlsx.h"
#include "XlsxOutput.h"

#include <QDateTime>

#include <xlsxwriter.h>

namespace servicelens::report {

class ReportText;

class Sheet {
public:
    Sheet(lxw_workbook *wb, const QString &name, const Formats &f)
        : m_ws(workbook_add_worksheet(wb, name.toUtf8().constData()))
        , m_f(f)
    {}
    void header(int row, const QStringList &names)
    {
        for (int c = 0; c < names.size(); ++c)
            worksheet_write_string(m_ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(c),
                                   names[c].toUtf8().constData(), m_f.header);
        worksheet_freeze_panes(m_ws, static_cast<lxw_row_t>(row + 1), 0);
        m_headerRow = row;
        m_columns = static_cast<int>(names.size());
    }
    // A second table beside the main one: a header without freezing or filtering.
    void sideHeader(int row, int col, const QStringList &names)
    {
        for (int c = 0; c < names.size(); ++c)
            worksheet_write_string(m_ws, static_cast<lxw_row_t>(row),
                                   static_cast<lxw_col_t>(col + c), names[c].toUtf8().constData(),
                                   m_f.header);
    }
    void text(int row, int col, const QString &v)
    {
        worksheet_write_string(m_ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                               ReportXlsx::cellText(v).toUtf8().constData(), nullptr);
    }
    void number(int row, int col, const std::optional<double> &v, lxw_format *format)
    {
        if (v)
            worksheet_write_number(m_ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                                   *v, format);
    }
    void time(int row, int col, const QDateTime &t)
    {
        lxw_datetime dt = {t.date().year(),   t.date().month(),
                           t.date().day(),    t.time().hour(),
                           t.time().minute(), static_cast<double>(t.time().second())};
        worksheet_write_datetime(m_ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                                 &dt, m_f.datetime);
    }
    void date(int row, int col, QDate d)
    {
        lxw_datetime dt = {d.year(), d.month(), d.day(), 0, 0, 0};
        worksheet_write_datetime(m_ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                                 &dt, m_f.date);
    }
    void finish(int lastRow, const std::vector<double> &widths)
    {
        if (lastRow > m_headerRow)
            worksheet_autofilter(m_ws, static_cast<lxw_row_t>(m_headerRow), 0,
                                 static_cast<lxw_row_t>(lastRow),
                                 static_cast<lxw_col_t>(m_columns - 1));
        for (std::size_t c = 0; c < widths.size(); ++c)
            worksheet_set_column(m_ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                 widths[c], nullptr);
    }
    lxw_worksheet *handle() const { return m_ws; }

private:
    lxw_worksheet *m_ws;
    const Formats &m_f;
    int m_headerRow = 0;
    int m_columns = 0;
};

// The product quality sheet (ReportXlsxQuality.cpp): the models whose month signals, whether the
// case library helped, the fault codes without a case — when the report has that part.
void writeQualitySheet(lxw_workbook *wb, const MonthlyReport &r, const Formats &f,
                       const ReportText &tx);

} // namespace servicelens::report
