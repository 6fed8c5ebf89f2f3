// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QStringList>

#include <functional>
#include <vector>

class QPainter;
class QRectF;

namespace servicelens::ui {

// Text, tables and charts flowed down A4 pages, in points: each block goes where the last one
// ended, or on a new page when it does not fit (a heading never alone at a page's foot; a table
// breaks between rows and repeats its header). What is placed is kept as drawing steps, so each
// page can be painted on any device whose painter works in points at 72 dpi.
class PageFlow final {
public:
    static constexpr double pageWidth = 595.28; // A4 in points
    static constexpr double pageHeight = 841.89;
    static constexpr double marginLeft = 50;
    static constexpr double marginRight = 50;
    static constexpr double contentTop = 68;
    static constexpr double contentBottom = pageHeight - 56;
    static constexpr double contentWidth = pageWidth - marginLeft - marginRight;
    // Image resolution that makes one device unit one point.
    static constexpr int dotsPerMeter72 = 2835;

    struct Column {
        QString title;
        double weight = 1;
        bool number = false; // right-aligned
    };
    // Columns without titles: a list of facts, drawn without a header row.
    struct Table {
        std::vector<Column> columns;
        std::vector<QStringList> rows;
        QString whenEmpty;
        // A cell's own colour (a missed target in red, a small sample in grey); an invalid
        // colour, or no function, leaves it in ink.
        std::function<QColor(std::size_t row, std::size_t column)> ink;
    };
    using Draw = std::function<void(QPainter &)>;

    PageFlow();

    int pageCount() const { return static_cast<int>(m_pages.size()); }
    // Draws what was placed on the page.
    void paint(QPainter &painter, int index) const;
    // A page's frame, as every printed document has it: `left` and `right` in the header above
    // a rule, "ServiceLens" and `pageText` ("Page 2 of 5") in the footer.
    void paintFrame(QPainter &painter, const QString &left, const QString &right,
                    const QString &pageText) const;

    void newPage();
    void ensureRoom(double height);
    // A drawing step on the current page, at positions it computed itself.
    void place(Draw draw);
    // A heading stays on the page of what follows it: `keepWithNext` points of it (a chart's
    // height when a chart comes first) must fit below the heading, or both go to the next page.
    void heading(const QString &text, double keepWithNext = 120);
    void subheading(const QString &text);
    // A document's title, large, at the top of its first page.
    void title(const QString &text);
    void paragraph(const QString &text);
    // A bold line that opens what follows it (a case's title), kept with its first lines.
    void lead(const QString &text);
    void note(const QString &text); // small and grey: how to read what is above
    void table(const Table &t);
    void chart(double height, std::function<void(QPainter &, const QRectF &)> draw);

    double textHeight(const QString &text, const QFont &font, double width) const;
    double cellHeight(const QString &text, const QFont &font, double width, int wrap) const;
    // How a table cell's text wraps in `width`: at words, or anywhere for an unbroken run.
    int cellWrap(const QString &text, const QFont &font, double width) const;
    QFont font(double size, bool bold = false) const;

private:
    // Wrapped text across the content width, kept on one page with `keepWithNext` points of what
    // follows; `above` and `below` adjust the space around it.
    void textBlock(const QString &text, const QFont &font, const QColor &colour,
                   double keepWithNext, double above, double below);

    QImage m_metrics; // a 72 dpi device to measure text with
    std::vector<std::vector<Draw>> m_pages;
    double m_y = 0;
};

} // namespace servicelens::ui
