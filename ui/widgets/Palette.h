// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

// One colour per measure, the same on every page and chart (UX.md): a manager who learns that
// purple is resolution time on the dashboard finds it purple on the survey page too.
namespace servicelens::ui::palette {

inline const QColor received{0x2f, 0x7d, 0xe1};   // orders received, volume
inline const QColor closed{0x7f, 0x8c, 0x9a};     // orders closed
inline const QColor resolution{0x6a, 0x4c, 0x93}; // resolution time
inline const QColor met{0x2e, 0x7d, 0x32};        // SLA met, inspections passed, promoters
inline const QColor firstTimeFix{0x00, 0x83, 0x8f};
inline const QColor problem{0xc6, 0x28, 0x28}; // complaints, overdue actions, detractors
inline const QColor open{0xef, 0x6c, 0x00};    // corrective actions still open
inline const QColor warning{0xf9, 0xa8, 0x25}; // close to a target: watch it
inline const QColor target{0x55, 0x55, 0x55};  // every target line
inline const QColor accent{0x2f, 0x7d, 0xe1};  // what is chosen: a pressed answer, the page
inline const QColor score{0x2f, 0x7d, 0xe1};   // inspection score
inline const QColor csat{0x2f, 0x7d, 0xe1};    // customer satisfaction
inline const QColor nps{0x6a, 0x4c, 0x93};     // net promoter score

// The style of text that names a problem: a form's error line, a failed critical item.
inline QString problemText()
{
    return QStringLiteral("color: %1;").arg(problem.name());
}

} // namespace servicelens::ui::palette
