// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QPainter;
class QPrinter;
class QWidget;

namespace servicelens::ui {

// Printing, the way a manager expects it: a preview of the pages first, with the system's print
// dialog (printer, copies, pages; or a PDF file) a click away.
class PrintPreview final {
public:
    using Render = std::function<void(QPrinter *)>;
    static void show(QWidget *parent, const QString &title, const Render &render);

    // Pages laid out in points on A4 (the monthly report), each scaled onto the printer's page.
    static void paintPages(QPrinter *printer, int count,
                           const std::function<void(QPainter &, int)> &paint);
    // A short document (an order, an inspection) written as HTML, flowed onto the pages.
    static void printHtml(QPrinter *printer, const QString &html);
    // The opening tag of a ruled table, as the printed documents draw them.
    static QString tableStart();
};

} // namespace servicelens::ui
