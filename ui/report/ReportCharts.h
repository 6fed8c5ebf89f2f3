// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QStringList>

#include <optional>
#include <vector>

class QPainter;

namespace servicelens::ui {

// The report's charts, drawn with QPainter so they stay vectors in the PDF (lines, rectangles
// and real text, not pictures) and look the same in the preview.
class ReportCharts final {
public:
    struct Series {
        QString name;
        std::vector<std::optional<double>> values; // one per category; nullopt: no value
        QColor color;
    };
    enum class Scale { Count, Percent, Number };

    // Grouped vertical bars, one group per category, with a legend when there are several
    // series.
    static void bars(QPainter &p, const QRectF &rect, const QFont &font, const QString &title,
                     const QStringList &categories, const std::vector<Series> &series, Scale scale);
    // Lines over the categories (months), a marker on each value, gaps where a month has none.
    static void lines(QPainter &p, const QRectF &rect, const QFont &font, const QString &title,
                      const QStringList &categories, const std::vector<Series> &series,
                      Scale scale);
    // One horizontal bar per category with its value at the end; `highlight` drawn in the
    // accent colour (e.g. the bottleneck stage).
    static void horizontalBars(QPainter &p, const QRectF &rect, const QFont &font,
                               const QString &title, const QStringList &categories,
                               const std::vector<std::optional<double>> &values, Scale scale,
                               int highlight = -1);

    static QColor primary();
    static QColor secondary();
    static QColor accent();
};

} // namespace servicelens::ui
