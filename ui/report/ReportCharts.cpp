// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCharts.h"
#include "widgets/Palette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace servicelens::ui {

namespace {

// A round axis maximum above `value`: 1, 2, 2.5 or 5 times a power of ten.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * magnitude >= value)
            return step * magnitude;
    return 10 * magnitude;
}

QString axisLabel(double v, ReportCharts::Scale scale)
{
    switch (scale) {
    case ReportCharts::Scale::Percent:
        return QString::number(v * 100.0, 'f', 0) + QLatin1Char('%');
    case ReportCharts::Scale::Count:
        return QString::number(v, 'f', 0);
    case ReportCharts::Scale::Number:
        return QString::number(v, 'f', v == 0 || v >= 10 ? 0 : 1);
    }
    return QString();
}

QString valueLabel(double v, ReportCharts::Scale scale)
{
    switch (scale) {
    case ReportCharts::Scale::Percent:
        return QString::number(v * 100.0, 'f', 1) + QLatin1Char('%');
    case ReportCharts::Scale::Count:
        return QString::number(v, 'f', 0);
    case ReportCharts::Scale::Number:
        return QString::number(v, 'f', 1);
    }
    return QString();
}

// The plot area after the title, the legend and the axis labels; draws those, the grid and
// the category labels, and returns the value range's top.
struct Frame {
    QRectF plot;
    double top = 1;
};

Frame drawFrame(QPainter &p, const QRectF &rect, const QFont &font, const QString &title,
                const QStringList &categories, const std::vector<ReportCharts::Series> &series,
                ReportCharts::Scale scale, double minimumTop)
{
    Frame f;
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(small, p.device());
    const QFontMetricsF bm(bold, p.device());
    p.setFont(bold);
    p.setPen(palette::print::ink);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), bm.height()), Qt::AlignLeft, title);
    double y = rect.top() + bm.height() + 4;
    p.setFont(small);
    if (series.size() > 1) {
        double x = rect.left();
        for (const auto &s : series) {
            p.fillRect(QRectF(x, y + fm.height() / 2 - 3, 10, 6), s.color);
            p.setPen(palette::print::axisText);
            p.drawText(QPointF(x + 14, y + fm.ascent()), s.name);
            x += 14 + fm.horizontalAdvance(s.name) + 16;
        }
        y += fm.height() + 4;
    }
    double max = minimumTop;
    for (const auto &s : series)
        for (const auto &v : s.values)
            if (v)
                max = std::max(max, *v);
    // Counts start at a top of 5 so that every grid line is a whole number.
    if (scale == ReportCharts::Scale::Count)
        max = std::max(max, 5.0);
    f.top = scale == ReportCharts::Scale::Percent && max <= 1.0 ? 1.0 : niceCeiling(max);
    // Five grid steps for tops of 1, 2.5 or 5 (times a power of ten), four for 2: round steps.
    const double leading = f.top / std::pow(10.0, std::floor(std::log10(f.top)));
    const int steps = scale == ReportCharts::Scale::Percent ? 4
                      : std::abs(leading - 2.0) < 1e-9      ? 4
                                                            : 5;
    const double labelWidth = fm.horizontalAdvance(axisLabel(f.top, scale)) + 6;
    f.plot = QRectF(rect.left() + labelWidth, y + fm.height() / 2, rect.width() - labelWidth,
                    rect.bottom() - y - fm.height() * 1.8);
    for (int i = 0; i <= steps; ++i) {
        const double v = f.top * i / steps;
        const double gy = f.plot.bottom() - f.plot.height() * i / steps;
        p.setPen(QPen(palette::print::grid, 0.5));
        p.drawLine(QPointF(f.plot.left(), gy), QPointF(f.plot.right(), gy));
        p.setPen(palette::print::axisText);
        p.drawText(QRectF(rect.left(), gy - fm.height() / 2, labelWidth - 4, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, axisLabel(v, scale));
    }
    const double slot = f.plot.width() / std::max<qsizetype>(1, categories.size());
    for (int i = 0; i < categories.size(); ++i)
        p.drawText(QRectF(f.plot.left() + slot * i, f.plot.bottom() + 2, slot, fm.height()),
                   Qt::AlignHCenter | Qt::AlignTop, categories[i]);
    return f;
}

} // namespace

QColor ReportCharts::primary()
{
    return palette::print::brand;
}

QColor ReportCharts::secondary()
{
    return palette::print::brandLight;
}

QColor ReportCharts::accent()
{
    return palette::print::highlight;
}

void ReportCharts::bars(QPainter &p, const QRectF &rect, const QFont &font, const QString &title,
                        const QStringList &categories, const std::vector<Series> &series,
                        Scale scale)
{
    p.save();
    const Frame f = drawFrame(p, rect, font, title, categories, series, scale, 0);
    const double slot = f.plot.width() / std::max<qsizetype>(1, categories.size());
    const double barWidth = slot * 0.7 / std::max<std::size_t>(1, series.size());
    for (std::size_t s = 0; s < series.size(); ++s)
        for (std::size_t i = 0; i < series[s].values.size(); ++i) {
            if (!series[s].values[i])
                continue;
            const double h = f.plot.height() * *series[s].values[i] / f.top;
            const double x = f.plot.left() + slot * static_cast<double>(i) + slot * 0.15 +
                             barWidth * static_cast<double>(s);
            p.fillRect(QRectF(x, f.plot.bottom() - h, barWidth, h), series[s].color);
        }
    p.restore();
}

void ReportCharts::lines(QPainter &p, const QRectF &rect, const QFont &font, const QString &title,
                         const QStringList &categories, const std::vector<Series> &series,
                         Scale scale)
{
    p.save();
    const Frame f = drawFrame(p, rect, font, title, categories, series, scale, 0);
    const double slot = f.plot.width() / std::max<qsizetype>(1, categories.size());
    p.setRenderHint(QPainter::Antialiasing);
    for (const Series &s : series) {
        QPainterPath path;
        bool drawing = false;
        std::vector<QPointF> points;
        for (std::size_t i = 0; i < s.values.size(); ++i) {
            if (!s.values[i]) {
                drawing = false;
                continue;
            }
            const QPointF pt(f.plot.left() + slot * (static_cast<double>(i) + 0.5),
                             f.plot.bottom() - f.plot.height() * *s.values[i] / f.top);
            if (drawing)
                path.lineTo(pt);
            else
                path.moveTo(pt);
            drawing = true;
            points.push_back(pt);
        }
        p.setPen(QPen(s.color, 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setBrush(s.color);
        p.setPen(Qt::NoPen);
        for (const QPointF &pt : points)
            p.drawEllipse(pt, 2.0, 2.0);
    }
    // The last value written beside its point: the month the report is about.
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    p.setFont(small);
    for (const Series &s : series)
        if (!s.values.empty() && s.values.back()) {
            const double y = f.plot.bottom() - f.plot.height() * *s.values.back() / f.top;
            p.setPen(s.color.darker(130));
            p.drawText(QRectF(f.plot.right() - slot * 2, y - 14, slot * 2, 12),
                       Qt::AlignRight | Qt::AlignBottom, valueLabel(*s.values.back(), scale));
        }
    p.restore();
}

void ReportCharts::horizontalBars(QPainter &p, const QRectF &rect, const QFont &font,
                                  const QString &title, const QStringList &categories,
                                  const std::vector<std::optional<double>> &values, Scale scale,
                                  int highlight)
{
    p.save();
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(font, p.device());
    const QFontMetricsF bm(bold, p.device());
    p.setFont(bold);
    p.setPen(palette::print::ink);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), bm.height()), Qt::AlignLeft, title);
    p.setFont(font);
    double labelWidth = 0;
    for (const QString &c : categories)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(c));
    labelWidth = std::min(labelWidth + 8, rect.width() * 0.4);
    double max = 0;
    for (const auto &v : values)
        if (v)
            max = std::max(max, *v);
    const double top = niceCeiling(max);
    const double valueWidth = fm.horizontalAdvance(QStringLiteral("100.0%")) + 6;
    const double y0 = rect.top() + bm.height() + 6;
    const double row = (rect.bottom() - y0) / std::max<qsizetype>(1, categories.size());
    const double barSpace = rect.width() - labelWidth - valueWidth;
    for (int i = 0; i < categories.size(); ++i) {
        const double y = y0 + row * i;
        p.setPen(palette::print::axisText);
        p.drawText(QRectF(rect.left(), y, labelWidth - 6, row), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(categories[i], Qt::ElideRight, labelWidth - 6));
        const auto &v = values[static_cast<std::size_t>(i)];
        if (!v)
            continue;
        const double w = barSpace * *v / top;
        p.fillRect(QRectF(rect.left() + labelWidth, y + row * 0.18, w, row * 0.64),
                   i == highlight ? accent() : primary());
        p.setPen(palette::print::ink);
        p.drawText(QRectF(rect.left() + labelWidth + w + 4, y, valueWidth, row),
                   Qt::AlignLeft | Qt::AlignVCenter, valueLabel(*v, scale));
    }
    p.restore();
}

} // namespace servicelens::ui
