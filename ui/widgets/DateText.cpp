// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateText.h"

#include <QDateTimeEdit>
#include <QLocale>

namespace servicelens::ui {

namespace {

bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString dateFormat()
{
    return chinese() ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("d MMM yyyy");
}

QString dateTimeFormat()
{
    return dateFormat() + QStringLiteral(" HH:mm");
}

QString monthFormat(bool full)
{
    return chinese() ? QStringLiteral("yyyy年M月")
           : full    ? QStringLiteral("MMMM yyyy")
                     : QStringLiteral("MMM yyyy");
}

} // namespace

QString DateText::of(QDate date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, dateFormat());
}

QString DateText::of(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time, dateTimeFormat());
}

QString DateText::month(QDate month, bool full)
{
    return QLocale().toString(month, monthFormat(full));
}

void DateText::format(QDateTimeEdit *edit, Edit what)
{
    edit->setDisplayFormat(what == Edit::Date       ? dateFormat()
                           : what == Edit::DateTime ? dateTimeFormat()
                                                    : monthFormat(false));
}

} // namespace servicelens::ui
