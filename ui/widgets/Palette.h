// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

// One colour per measure, the same on every page and chart (UX.md): a manager who learns that
// purple is resolution time on the dashboard finds it purple on the survey page too. Every
// colour of the interface and the printed report is named here; a test keeps literals out of
// the other files.
namespace servicelens::ui::palette {

inline const QColor received{0x2f, 0x7d, 0xe1};   // orders received, volume
inline const QColor closed{0x7f, 0x8c, 0x9a};     // orders closed
inline const QColor resolution{0x6a, 0x4c, 0x93}; // resolution time
inline const QColor met{0x2e, 0x7d, 0x32};        // SLA met, inspections passed, promoters
inline const QColor firstTimeFix{0x00, 0x83, 0x8f};
inline const QColor problem{0xc6, 0x28, 0x28};      // complaints, overdue actions, detractors
inline const QColor open{0xef, 0x6c, 0x00};         // corrective actions still open
inline const QColor warning{0xf9, 0xa8, 0x25};      // close to a target: watch it
inline const QColor target{0x55, 0x55, 0x55};       // every target line
inline const QColor targetOnDark{0xc8, 0xc8, 0xc8}; // the same, on a dark chart
inline const QColor accent{0x2f, 0x7d, 0xe1};       // what is chosen: a pressed answer, the page
inline const QColor score{0x2f, 0x7d, 0xe1};        // inspection score
inline const QColor csat{0x2f, 0x7d, 0xe1};         // customer satisfaction
inline const QColor nps{0x6a, 0x4c, 0x93};          // net promoter score
inline const QColor passive{0xef, 0x6c, 0x00};    // NPS passives, between detractors and promoters
inline const QColor bottleneck{0xef, 0x6c, 0x00}; // the stage where orders wait longest

// Comparisons: the person or group looked at against the others (team average, control group);
// the light shades are the "before" of a before/after pair.
inline const QColor subject{0x2f, 0x7d, 0xe1};
inline const QColor subjectBefore{0x9e, 0xc3, 0xf0};
inline const QColor reference{0x7f, 0x8c, 0x9a};
inline const QColor referenceBefore{0xcc, 0xcc, 0xcc};

// Text that says "read with care": a small sample, a figure that is not significant.
inline const QColor muted{0x88, 0x88, 0x88};
// Cell backgrounds behind a figure that misses its target, or is close to missing it.
inline const QColor problemFill{0xf8, 0xd7, 0xd7};
inline const QColor warningFill{0xfd, 0xe9, 0xc8};
// Text on those light fills, whatever the palette (light text on them would not read).
inline const QColor inkOnFill{0x1f, 0x1f, 0x1f};

// Banners at the top of a page: the calendar does not cover the period, notes on the data.
inline const QColor noticeFill{0xff, 0xf4, 0xce};
inline const QColor noticeText{0x5c, 0x44, 0x00};
inline const QColor noticeBorder{0xe0, 0xc0, 0x60};

// The working calendar: official holidays and make-up working days (调休), white text on them.
inline const QColor holiday{0xe5, 0x39, 0x35};
inline const QColor makeUpWorkday{0x1e, 0x88, 0xe5};
inline const QColor onColour{0xff, 0xff, 0xff};

// The printed report (PDF): its own quiet set, made for paper and grey-scale printers.
namespace print {
inline const QColor ink{0x00, 0x00, 0x00};
inline const QColor paper{0xff, 0xff, 0xff};
inline const QColor brand{0x2b, 0x6c, 0xb0};      // the cover band, a chart's main series
inline const QColor brandLight{0x9c, 0xb8, 0xd8}; // a chart's second series
inline const QColor highlight{0xd9, 0x6b, 0x1e};  // the bar or series that the text is about
inline const QColor grid{0xd9, 0xde, 0xe4};
inline const QColor axisText{0x55, 0x5e, 0x68};
inline const QColor rule{0xb8, 0xc4, 0xd2};
inline const QColor mutedText{0x5f, 0x68, 0x72};
inline const QColor caption{0x60, 0x60, 0x60};
inline const QColor headerFill{0xe4, 0xec, 0xf6};
inline const QColor rowFill{0xf6, 0xf8, 0xfa};
inline const QColor cardFill{0xf7, 0xf9, 0xfc};
} // namespace print

// Whether the system's palette is dark (a dark desktop theme): charts follow it.
inline bool isDark()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

// The style of text that names a problem: a form's error line, a failed critical item.
inline QString problemText()
{
    return QStringLiteral("color: %1;").arg(problem.name());
}

// Rich text that names a problem, in bold: "not responded, 3 h overdue".
inline QString problemHtml(const QString &html)
{
    return QStringLiteral("<b style='color:%1'>%2</b>").arg(problem.name(), html);
}

// A word on a coloured chip, as the calendar's legend shows its kinds of day.
inline QString chipHtml(const QString &html, const QColor &background)
{
    return QStringLiteral("<span style='background:%1;color:%2'>&nbsp;%3&nbsp;</span>")
        .arg(background.name(), onColour.name(), html);
}

// The style sheet of a page's banner.
inline QString noticeStyle()
{
    return QStringLiteral(
               "QLabel { background: %1; color: %2; border: 1px solid %3; padding: 6px; }")
        .arg(noticeFill.name(), noticeText.name(), noticeBorder.name());
}

} // namespace servicelens::ui::palette
