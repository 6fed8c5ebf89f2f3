// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectionPrintout.h"

#include "AnswerPages.h"
#include "InspectionSession.h"
#include "print/PrintPreview.h"
#include "widgets/DateText.h"
#include "widgets/Palette.h"

#include <QLocale>

namespace servicelens::ui {

using namespace inspection;

QString InspectionPrintout::html(const InspectionSession &session, const QString &language)
{
    const InspectionTemplate &tmpl = session.tmpl();
    const Inspection &i = session.inspection();
    const ScoreResult score = session.score();
    const QLocale locale;
    const LocalTime local = session.localTime();
    const QString verdict =
        score.score
            ? tr("Score %1 (pass at %2): %3")
                  .arg(locale.toString(*score.score, 'f', 1), locale.toString(tmpl.passScore),
                       score.passed ? tr("passed") : tr("failed"))
            : tr("No score yet (pass at %1)").arg(locale.toString(tmpl.passScore));
    const QString status =
        i.completedAt ? tr("Completed %1").arg(DateText::of(local.localDateTime(*i.completedAt)))
                      : tr("Draft, begun %1").arg(DateText::of(local.localDateTime(i.startedAt)));

    QString body;
    for (const TemplateSection &s : tmpl.sections) {
        body += QStringLiteral("<h3>%1</h3>").arg(s.title.in(language).toHtmlEscaped()) +
                PrintPreview::tableStart();
        for (const TemplateItem &item : s.items) {
            const Answer *a = nullptr;
            for (const Answer &x : session.answers())
                if (x.itemCode == item.code)
                    a = &x;
            QStringList answer;
            if (item.type == ItemType::Photo)
                answer << tr("%n photo(s)", nullptr, session.photoCount(item.code));
            else if (a)
                answer << AnswerPages::describe(*a, item);
            if (item.type == ItemType::Text && a && !a->text.trimmed().isEmpty())
                answer = QStringList{a->text.trimmed()};
            if (a && !a->note.isEmpty())
                answer << a->note;
            if (const int actions = session.actionCount(item.code); actions > 0)
                answer << tr("%n corrective action(s) raised", nullptr, actions);
            answer.removeAll(QString());
            QStringList escaped;
            for (const QString &line : answer)
                escaped << line.toHtmlEscaped();
            const bool finding = Scoring::isFinding(item, a);
            const QString question =
                item.text.in(language).toHtmlEscaped() +
                (item.critical ? QStringLiteral(" <b>(%1)</b>").arg(tr("critical").toHtmlEscaped())
                               : QString());
            body +=
                QStringLiteral("<tr><td width=62%>%1</td><td%2>%3</td></tr>")
                    .arg(question,
                         finding ? QStringLiteral(" style='color: %1'").arg(palette::problem.name())
                                 : QString(),
                         escaped.isEmpty() ? QStringLiteral("—")
                                           : escaped.join(QStringLiteral("<br>")));
        }
        body += QStringLiteral("</table>");
    }
    return QStringLiteral("<html><body style='font-size: 10pt'><h2>%1</h2><p>%2<br>%3<br><b>%4</b>"
                          "</p>%5<p><br>%6 ____________________ &nbsp; %7 ____________</p>"
                          "</body></html>")
        .arg(tmpl.name.in(language).toHtmlEscaped(),
             tr("Version %1").arg(tmpl.version).toHtmlEscaped(), status.toHtmlEscaped(),
             verdict.toHtmlEscaped(), body, tr("Inspector:").toHtmlEscaped(),
             tr("Branch manager:").toHtmlEscaped());
}

} // namespace servicelens::ui
