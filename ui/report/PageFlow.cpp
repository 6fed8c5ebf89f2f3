// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageFlow.h"

#include "ReportCharts.h"
#include "widgets/Palette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>

namespace servicelens::ui {

namespace {

constexpr double bodySize = 9.5;
constexpr double cellPadding = 3;
// Table cells wrap at words where they can and anywhere when a word (an item code) is wider.

} // namespace

PageFlow::PageFlow()
    : m_metrics(8, 8, QImage::Format_ARGB32_Premultiplied)
{
    m_metrics.setDotsPerMeterX(dotsPerMeter72);
    m_metrics.setDotsPerMeterY(dotsPerMeter72);
}

void PageFlow::paint(QPainter &painter, int index) const
{
    for (const Draw &draw : m_pages[static_cast<std::size_t>(index)])
        draw(painter);
}

QFont PageFlow::font(double size, bool bold) const
{
    // Named explicitly: left to itself fontconfig may pick the Japanese variant of Noto CJK,
    // whose glyphs for many Han characters differ (PERF-NOTES.md).
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans")});
    f.setPointSizeF(size);
    f.setBold(bold);
    // No shaping: with it, digits after Latin letters take Noto CJK's proportional forms and
    // "fi" a ligature, glyphs without a character of their own, so the PDF's text would lose
    // them ("SH01" read back as "SH") and a search would miss them. Chinese needs no shaping.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

double PageFlow::cellHeight(const QString &text, const QFont &font, double width, int wrap) const
{
    const QFontMetricsF fm(font, const_cast<QImage *>(&m_metrics));
    return fm.boundingRect(QRectF(0, 0, width, 1e6), wrap, text).height();
}

int PageFlow::cellWrap(const QString &text, const QFont &font, double width) const
{
    // Words wrap whole ("waiting for customer", never "c / ustomer"), and Chinese between its
    // characters as usual; only a run with no break in it wider than the cell (an order number,
    // a model) is cut where it must.
    const QFontMetricsF fm(font, const_cast<QImage *>(&m_metrics));
    for (const QString &word :
         text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const bool breakable = std::any_of(word.begin(), word.end(),
                                           [](QChar c) { return c.script() == QChar::Script_Han; });
        if (!breakable && fm.horizontalAdvance(word) > width)
            return Qt::TextWrapAnywhere;
    }
    return Qt::TextWordWrap;
}

double PageFlow::textHeight(const QString &text, const QFont &font, double width) const
{
    const QFontMetricsF fm(font, const_cast<QImage *>(&m_metrics));
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void PageFlow::newPage()
{
    m_pages.emplace_back();
    m_y = contentTop;
}

void PageFlow::ensureRoom(double height)
{
    if (m_y + height > contentBottom)
        newPage();
}

void PageFlow::place(Draw draw)
{
    m_pages.back().push_back(std::move(draw));
}

void PageFlow::heading(const QString &text, double keepWithNext)
{
    const QFont f = font(15, true);
    const double h = textHeight(text, f, contentWidth);
    ensureRoom(h + 12 + keepWithNext); // never a heading alone at the foot of a page
    const double y = m_y;
    place([=](QPainter &p) {
        p.setFont(f);
        p.setPen(ReportCharts::primary().darker(120));
        p.drawText(QRectF(marginLeft, y, contentWidth, h), Qt::AlignLeft | Qt::TextWordWrap, text);
        p.setPen(QPen(ReportCharts::primary(), 1.2));
        p.drawLine(QPointF(marginLeft, y + h + 3), QPointF(marginLeft + contentWidth, y + h + 3));
    });
    m_y += h + 12;
}

void PageFlow::textBlock(const QString &text, const QFont &f, const QColor &colour,
                         double keepWithNext, double above, double below)
{
    const double h = textHeight(text, f, contentWidth);
    ensureRoom(h + keepWithNext);
    const double y = m_y + above;
    place([=](QPainter &p) {
        p.setFont(f);
        p.setPen(colour);
        p.drawText(QRectF(marginLeft, y, contentWidth, h), Qt::AlignLeft | Qt::TextWordWrap, text);
    });
    m_y = y + h + below;
}

void PageFlow::title(const QString &text)
{
    textBlock(text, font(20, true), palette::print::brand, 60, 0, 6);
}

void PageFlow::subheading(const QString &text)
{
    textBlock(text, font(11, true), palette::print::ink, 60, 0, 5);
}

void PageFlow::paragraph(const QString &text)
{
    textBlock(text, font(bodySize), palette::print::ink, 0, 0, 8);
}

void PageFlow::lead(const QString &text)
{
    textBlock(text, font(bodySize, true), palette::print::ink, 40, 2, 3);
}

void PageFlow::note(const QString &text)
{
    // Close under the table it explains.
    textBlock(text, font(bodySize - 2), palette::print::caption, 0, -4, 10);
}

void PageFlow::chart(double height, std::function<void(QPainter &, const QRectF &)> draw)
{
    ensureRoom(height);
    const QRectF rect(marginLeft, m_y, contentWidth, height);
    place([=](QPainter &p) { draw(p, rect); });
    m_y += height + 14;
}

void PageFlow::table(const Table &t)
{
    const QFont body = font(bodySize - 0.5);
    const QFont head = font(bodySize - 0.5, true);
    double total = 0;
    for (const Column &c : t.columns)
        total += c.weight;
    std::vector<double> widths;
    for (const Column &c : t.columns)
        widths.push_back(contentWidth * c.weight / total);

    // Headers wrap at words only ("Previous month" never as "Previous mo / nth").
    auto rowHeight = [&](const QStringList &cells, const QFont &f, bool header = false) {
        double h = 0;
        for (std::size_t c = 0; c < widths.size(); ++c) {
            const QString text = cells.value(static_cast<qsizetype>(c));
            const double width = widths[c] - 2 * cellPadding;
            h = std::max(h, cellHeight(text, f, width,
                                       header ? int(Qt::TextWordWrap) : cellWrap(text, f, width)));
        }
        return h + 2 * cellPadding;
    };
    auto drawRow = [this, widths, t](const QStringList &cells, const QFont &f, bool header,
                                     bool shaded, double h, std::size_t row = 0) {
        const double y = m_y;
        place([=](QPainter &p) {
            if (header || shaded)
                p.fillRect(QRectF(marginLeft, y, contentWidth, h),
                           header ? palette::print::headerFill : palette::print::rowFill);
            p.setFont(f);
            p.setPen(palette::print::ink);
            double x = marginLeft;
            for (std::size_t c = 0; c < widths.size(); ++c) {
                const QColor own = !header && t.ink ? t.ink(row, c) : QColor();
                p.setPen(own.isValid() ? own : palette::print::ink);
                const Qt::Alignment align =
                    (t.columns[c].number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
                const QString text = cells.value(static_cast<qsizetype>(c));
                const double width = widths[c] - 2 * cellPadding;
                p.drawText(QRectF(x + cellPadding, y + cellPadding, width, h - 2 * cellPadding),
                           align | (header ? int(Qt::TextWordWrap) : cellWrap(text, f, width)),
                           text);
                x += widths[c];
            }
            p.setPen(QPen(palette::print::rule, 0.5));
            p.drawLine(QPointF(marginLeft, y + h), QPointF(marginLeft + contentWidth, y + h));
        });
        m_y += h;
    };

    QStringList titles;
    for (const Column &c : t.columns)
        titles << c.title;
    // A table whose columns have no titles (a list of facts) has no header row.
    const bool header = std::any_of(t.columns.begin(), t.columns.end(),
                                    [](const Column &c) { return !c.title.isEmpty(); });
    const double headerHeight = header ? rowHeight(titles, head, true) : 0;
    if (t.rows.empty()) {
        ensureRoom(headerHeight * 2);
        drawRow(titles, head, true, false, headerHeight);
        // The "nothing this month" line spans the table.
        const double h = textHeight(t.whenEmpty, body, contentWidth) + 2 * cellPadding;
        const double y = m_y;
        const QString text = t.whenEmpty;
        place([=](QPainter &p) {
            p.setFont(body);
            p.setPen(palette::print::mutedText);
            p.drawText(QRectF(marginLeft + cellPadding, y + cellPadding,
                              contentWidth - 2 * cellPadding, h - 2 * cellPadding),
                       Qt::AlignLeft | Qt::TextWordWrap, text);
        });
        m_y += h + 12;
        return;
    }
    ensureRoom(headerHeight + rowHeight(t.rows.front(), body));
    if (header)
        drawRow(titles, head, true, false, headerHeight);
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        const double h = rowHeight(t.rows[i], body);
        if (m_y + h > contentBottom) {
            newPage(); // the header again on the new page
            if (header)
                drawRow(titles, head, true, false, headerHeight);
        }
        drawRow(t.rows[i], body, false, i % 2 == 1, h, i);
    }
    m_y += 12;
}

void PageFlow::paintFrame(QPainter &p, const QString &left, const QString &right,
                          const QString &pageText) const
{
    p.save();
    p.setFont(font(8));
    p.setPen(palette::print::mutedText);
    const QRectF top(marginLeft, 30, contentWidth, 14);
    p.drawText(top, Qt::AlignLeft, left);
    p.drawText(top, Qt::AlignRight, right);
    p.setPen(QPen(palette::print::rule, 0.5));
    p.drawLine(QPointF(marginLeft, 46), QPointF(marginLeft + contentWidth, 46));
    p.setPen(palette::print::mutedText);
    const QRectF foot(marginLeft, pageHeight - 40, contentWidth, 14);
    p.drawText(foot, Qt::AlignHCenter, pageText);
    p.drawText(foot, Qt::AlignLeft, QStringLiteral("ServiceLens"));
    p.restore();
}

} // namespace servicelens::ui
