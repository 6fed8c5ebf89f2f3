// SPDX-License-Identifier: GPL-3.0-or-later
// One date format per language across the window.
#include "TestSupport.h"

#include "widgets/DateText.h"

#include <QLocale>

using namespace servicelens;

TEST_CASE("Dates read one way per language", "[ui][dates]")
{
    const QLocale before;
    const QDate day(2026, 11, 19);
    const QDateTime moment(day, QTime(16, 2));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    CHECK(ui::DateText::of(day) == QStringLiteral("2026-11-19"));
    CHECK(ui::DateText::of(moment) == QStringLiteral("2026-11-19 16:02"));
    // British and American English alike: never 19/11/2026 or 11/19/26.
    for (QLocale::Territory where : {QLocale::UnitedKingdom, QLocale::UnitedStates}) {
        QLocale::setDefault(QLocale(QLocale::English, where));
        CHECK(ui::DateText::of(day) == QStringLiteral("19 Nov 2026"));
        CHECK(ui::DateText::of(moment) == QStringLiteral("19 Nov 2026 16:02"));
    }
    CHECK(ui::DateText::of(QDate()).isEmpty());
    QLocale::setDefault(before);
}
