// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFormat.h"

#include <QLocale>

#include <cmath>

namespace servicelens::report {

QString ReportFormat::dash()
{
    return QStringLiteral("—");
}

QString ReportFormat::count(qint64 value)
{
    // Thousands separated the same way in both languages (1,677), never by the system locale.
    return QLocale(QLocale::English).toString(value);
}

QString ReportFormat::rate(const std::optional<double> &value)
{
    return value ? QString::number(*value * 100.0, 'f', 1) + QStringLiteral(" %") : dash();
}

QString ReportFormat::number(const std::optional<double> &value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : dash();
}

QString ReportFormat::figure(ReportFigure::Kind kind, const std::optional<double> &value,
                             int decimals)
{
    switch (kind) {
    case ReportFigure::Kind::Count:
        return value ? count(std::llround(*value)) : dash();
    case ReportFigure::Kind::Rate:
        return rate(value);
    case ReportFigure::Kind::Number:
        return number(value, decimals);
    }
    return dash();
}

QString ReportFormat::change(ReportFigure::Kind kind, const std::optional<double> &now,
                             const std::optional<double> &before)
{
    if (!now || !before)
        return QString();
    const double d = kind == ReportFigure::Kind::Rate ? (*now - *before) * 100.0 : *now - *before;
    const int decimals = kind == ReportFigure::Kind::Count ? 0 : 1;
    const QString text = QString::number(std::abs(d), 'f', decimals);
    // No arrow for a change that shows as zero.
    const bool zero = text.toDouble() == 0.0;
    const QString sign = zero    ? QStringLiteral("± ")
                         : d > 0 ? QStringLiteral("▲ ")
                                 : QStringLiteral("▼ ");
    return sign + text + (kind == ReportFigure::Kind::Rate ? QStringLiteral(" pt") : QString());
}

} // namespace servicelens::report
