// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/MonthlyReport.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

class QPainter;

namespace servicelens::ui {

// Writes the monthly report as a PDF: A4, vector charts, real text with the Noto CJK fonts
// embedded (a subset), so the file reads the same everywhere and its text can be selected and
// searched. Written beside the target and renamed over it: whole or not at all. Needs a
// QGuiApplication (fonts), not a display: the command line runs it on the offscreen platform.
class ReportPdf final {
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    // Called after each page with (pages done, pages); returning false cancels the export.
    using Progress = std::function<bool(int, int)>;
    static Status write(const report::MonthlyReport &report, const QString &path,
                        const Progress &progress = {});
    // Any document laid out in points on A4 pages (the R&D feedback report too).
    struct Pages {
        QString title;
        int count = 0;
        std::function<void(QPainter &, int)> paint;
    };
    static Status writePages(const Pages &pages, const QString &path,
                             const Progress &progress = {});
    // Qt names each glyph in the PDF's text map by the lowest code point that maps to it, so
    // with Noto CJK "月" comes out as the Kangxi radical "⽉", "户" as "戶" and a space as a
    // tab, and a search for 月 finds nothing. Rewrites the text maps' characters with
    // `readers` (the code Qt wrote -> the character meant). Each entry keeps its four hex
    // digits, so no offset in the file moves.
    static QByteArray fixTextMap(QByteArray pdf, const QHash<char16_t, char16_t> &readers);
};

} // namespace servicelens::ui
