// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateText.h"

#include <QLocale>

namespace servicelens::ui {

namespace {

bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace

QString DateText::of(QDate date)
{
    if (!date.isValid())
        return {};
    return chinese() ? date.toString(Qt::ISODate)
                     : QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString DateText::of(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return chinese() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                     : QLocale().toString(time, QStringLiteral("d MMM yyyy HH:mm"));
}

QString DateText::month(QDate month, bool full)
{
    return QLocale().toString(month, chinese() ? QStringLiteral("yyyy年M月")
                                     : full    ? QStringLiteral("MMMM yyyy")
                                               : QStringLiteral("MMM yyyy"));
}

} // namespace servicelens::ui
