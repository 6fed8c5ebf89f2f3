// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportSummaryText.h"

#include <QDir>
#include <QLocale>

namespace servicelens::ui {

QString ImportSummaryText::describe(const io::ImportSummary &s, bool skipInvalid)
{
    const QLocale locale;
    QString text =
        tr("%1 rows read: %2 new, %3 updated, %4 unchanged, %5 with problems.")
            .arg(locale.toString(s.read), locale.toString(s.inserted), locale.toString(s.updated),
                 locale.toString(s.unchanged), locale.toString(s.rejected));
    if (!s.committed && s.rejected > 0 && !skipInvalid)
        text += QLatin1Char(' ') + tr("Nothing is imported while rows have problems: correct "
                                      "them, or skip them.");
    else if (!s.committed)
        text += QLatin1Char(' ') + tr("This was a check: the workbook is unchanged.");
    else if (!s.rejectedPath.isEmpty())
        text += QLatin1Char(' ') + tr("Rows with problems were written to %1.")
                                       .arg(QDir::toNativeSeparators(s.rejectedPath));
    if (s.issueCount > static_cast<qint64>(s.issues.size()))
        text += QLatin1Char(' ') + tr("The first %1 of %2 problems are listed.")
                                       .arg(locale.toString(static_cast<qint64>(s.issues.size())),
                                            locale.toString(s.issueCount));
    qint64 missingPeople = 0;
    QStringList added;
    for (const io::UnknownPerson &p : s.unknownPeople) {
        if (p.created)
            added << p.value;
        else
            ++missingPeople;
    }
    if (missingPeople > 0)
        text += QLatin1Char(' ') + tr("%n people named in the file are not in the staff list; "
                                      "Import asks before adding them.",
                                      nullptr, static_cast<int>(missingPeople));
    if (!added.isEmpty() && s.committed)
        text += QLatin1Char(' ') + tr("Added to the staff list: %1 (complete them on the Staff "
                                      "tab).")
                                       .arg(added.join(QStringLiteral(", ")));
    for (const QString &note : s.notes)
        text += QLatin1Char('\n') + note;
    for (const QString &w : s.warnings)
        text += QLatin1Char('\n') + w;
    return text;
}

} // namespace servicelens::ui
