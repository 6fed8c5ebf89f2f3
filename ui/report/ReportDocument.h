// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/MonthlyReport.h"
#include "report/ReportText.h"

#include <QFont>
#include <QImage>
#include <QSizeF>

#include <functional>
#include <vector>

class QPainter;

namespace servicelens::ui {

// The monthly report laid out on A4 pages, in points: a cover with the headline figures, then
// the summary table and one section per area with its charts and tables. Tables break across
// pages and repeat their header; every page but the cover has a header and a "page n of N"
// footer. Laid out once; each page can then be painted on any device whose painter works in
// points at 72 dpi (the PDF writer, or an image for the preview).
class ReportDocument final {
public:
    static constexpr double pageWidth = 595.28; // A4 in points
    static constexpr double pageHeight = 841.89;

    explicit ReportDocument(const report::MonthlyReport &report);
    ~ReportDocument();

    int pageCount() const { return static_cast<int>(m_pages.size()); }
    void paintPage(QPainter &painter, int index) const;
    // The page drawn into an image `width` pixels wide, for the preview.
    QImage pageImage(int index, int width) const;

private:
    struct Column {
        QString title;
        double weight = 1;
        bool number = false; // right-aligned
    };
    struct Table {
        std::vector<Column> columns;
        std::vector<QStringList> rows;
        QString whenEmpty;
    };
    using Draw = std::function<void(QPainter &)>;

    void layout();
    void cover();
    void summary();
    void serviceFlow();
    void complaints();
    void satisfaction();
    void inspections();
    void team();

    void newPage();
    void ensureRoom(double height);
    void heading(const QString &text);
    void subheading(const QString &text);
    void paragraph(const QString &text);
    void note(const QString &text); // small and grey: how to read what is above
    void table(const Table &t);
    void chart(double height, std::function<void(QPainter &, const QRectF &)> draw);
    void place(Draw draw);
    double textHeight(const QString &text, const QFont &font, double width) const;
    double cellHeight(const QString &text, const QFont &font, double width, int wrap) const;
    QFont font(double size, bool bold = false) const;
    QStringList monthLabels() const;

    const report::MonthlyReport &m_report;
    report::ReportText m_tx;
    QImage m_metrics; // a 72 dpi device to measure text with
    std::vector<std::vector<Draw>> m_pages;
    double m_y = 0;
};

} // namespace servicelens::ui
