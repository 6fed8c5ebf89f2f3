// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewPrintouts.h"

namespace servicelens::ui {

using namespace team;

QString ReviewPrintouts::slips(const ReviewCycle &cycle, const std::vector<IssuedCode> &codes)
{
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(cycle.name.toHtmlEscaped(),
                            tr("Cut the slips apart along the dashed lines and hand them out "
                               "within each group in any order. The codes cannot be shown again.")
                                .toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                           "cellpadding=\"10\" style=\"border-style: dashed; border-collapse: "
                           "collapse\">");
    constexpr std::size_t perRow = 3;
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const IssuedCode &c = codes[i];
        if (i % perRow == 0)
            html += QStringLiteral("<tr>");
        html += QStringLiteral("<td width=\"33%\"><small>%1</small><br/><b>%2</b><br/>%3"
                               "<p style=\"font-family: monospace; font-size: 15pt\"><b>%4</b>"
                               "</p><small>%5</small></td>")
                    .arg(cycle.name.toHtmlEscaped(), c.subjectName.toHtmlEscaped(),
                         ReviewNames::asRater(c.group).toHtmlEscaped(), c.code,
                         tr("Type it at the kiosk or write it on the paper form: it works once.")
                             .toHtmlEscaped());
        if (i % perRow == perRow - 1 || i + 1 == codes.size())
            html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString ReviewPrintouts::forms(const ReviewCycle &cycle, const survey::Survey &questionnaire,
                               const std::vector<IssuedCode> &codes, const QString &language)
{
    const bool chinese = language.startsWith(QLatin1String("zh"));
    QString html;
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const IssuedCode &c = codes[i];
        // One form to a page: Qt's rich text breaks before a block, so each form's heading
        // after the first starts a page.
        html += QStringLiteral("<h3%1>%2</h3>")
                    .arg(i == 0 ? QString()
                                : QStringLiteral(" style=\"page-break-before: always\""),
                         cycle.name.toHtmlEscaped());
        html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                               "cellpadding=\"6\"><tr><td>%1 <b style=\"font-family: monospace; "
                               "font-size: 13pt\">%2</b></td><td>%3 <b>%4</b></td><td>%5</td>"
                               "</tr></table>")
                    .arg(tr("Code:"), c.code, tr("Reviewing:"), c.subjectName.toHtmlEscaped(),
                         ReviewNames::asRater(c.group).toHtmlEscaped());
        html += QStringLiteral("<p><small>%1</small></p>")
                    .arg(tr("Tick one box for each competency, by the description that fits best. "
                            "Nothing on this form names you: hand it back folded.")
                             .toHtmlEscaped());
        int number = 0;
        for (const survey::Question &q : questionnaire.questions) {
            html += QStringLiteral("<p><b>%1. %2</b></p>")
                        .arg(++number)
                        .arg(q.text.in(language).toHtmlEscaped());
            if (!q.scale()) {
                html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                       "cellpadding=\"28\"><tr><td></td></tr></table>");
                continue;
            }
            const QStringList anchors = chinese && !q.optionsZh.isEmpty() ? q.optionsZh : q.options;
            html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                   "cellpadding=\"4\"><tr>");
            for (int r = 1; r <= 5; ++r) {
                QString anchor = anchors.value(r - 1);
                if (anchor.startsWith(QString::number(r)))
                    anchor = anchor.mid(QString::number(r).size()).trimmed();
                html += QStringLiteral("<td width=\"20%\" valign=\"top\">☐ <b>%1</b><br/>"
                                       "<small>%2</small></td>")
                            .arg(r)
                            .arg(anchor.toHtmlEscaped());
            }
            html += QStringLiteral("</tr></table>");
        }
    }
    return html;
}

} // namespace servicelens::ui
