// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompletionSummary.h"

#include "InspectionSession.h"

#include <QLocale>

namespace servicelens::ui {

using inspection::ScoreResult;
using inspection::Scoring;

QString CompletionSummary::text(const InspectionSession &session, const ScoreResult &r,
                                const QString &language)
{
    const QLocale locale;
    QStringList lines;
    lines << (r.score ? (r.passed ? tr("Score %1 of 100: passed (pass mark %2).")
                                  : tr("Score %1 of 100: not passed (pass mark %2)."))
                            .arg(locale.toString(*r.score, 'f', 1))
                            .arg(locale.toString(session.tmpl().passScore))
                      : tr("No scored item has an answer: the inspection has no score."));
    int failed = 0;
    for (const inspection::Answer &a : session.answers())
        for (const auto &section : session.tmpl().sections)
            for (const inspection::TemplateItem &item : section.items)
                if (item.code == a.itemCode && Scoring::fraction(item, &a) == 0.0)
                    ++failed;
    lines << tr("%n item(s) failed.", nullptr, failed);
    if (!r.failedCritical.isEmpty()) {
        QStringList names;
        for (const auto &section : session.tmpl().sections)
            for (const inspection::TemplateItem &item : section.items)
                if (r.failedCritical.contains(item.code))
                    names << item.text.in(language);
        lines << tr("Critical items failed: %1.").arg(locale.createSeparatedList(names));
    }
    if (r.unanswered > 0)
        lines << tr("%n scored item(s) have no answer; they will not count in the score.", nullptr,
                    r.unanswered);
    lines << tr("Once completed, the inspection is locked: an answer changes only through an "
                "amendment with its reason. Complete it now?");
    return lines.join(QLatin1Char('\n'));
}

} // namespace servicelens::ui
