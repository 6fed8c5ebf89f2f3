// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintPreview.h"

#include "report/PageFlow.h"
#include "widgets/Palette.h"

#include <QPageLayout>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace servicelens::ui {

void PrintPreview::show(QWidget *parent, const QString &title, const Render &render)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    dialog.setObjectName(QStringLiteral("printPreview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, render);
    dialog.resize(900, 1000);
    dialog.exec();
}

void PrintPreview::paintPages(QPrinter *printer, int count,
                              const std::function<void(QPainter &, int)> &paint)
{
    // One unit, one point, as the pages are laid out: their fonts are sized in points, and a
    // scaled painter on a 1200 dpi printer would size them twice.
    printer->setResolution(72);
    QPainter painter(printer);
    if (!painter.isActive())
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    // The pages are A4 in points; the printer's page, whatever its size and margins, takes them
    // whole, centred, without stretching.
    const QRectF target = printer->pageLayout().paintRectPixels(printer->resolution());
    const double scale =
        std::min(target.width() / PageFlow::pageWidth, target.height() / PageFlow::pageHeight);
    for (int page = 0; page < count; ++page) {
        if (page > 0)
            printer->newPage();
        painter.save();
        painter.translate((target.width() - PageFlow::pageWidth * scale) / 2,
                          (target.height() - PageFlow::pageHeight * scale) / 2);
        painter.scale(scale, scale);
        paint(painter, page);
        painter.restore();
    }
}

QString PrintPreview::tableStart()
{
    return QStringLiteral("<table width=100% cellspacing=0 cellpadding=4 border=1 "
                          "style='border-collapse: collapse; border-color: %1'>")
        .arg(palette::print::rule.name());
}

void PrintPreview::printHtml(QPrinter *printer, const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    document.print(printer);
}

} // namespace servicelens::ui
