// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderPrintout.h"

#include "OrderHistoryText.h"
#include "OrderTimelineTab.h"
#include "print/PrintPreview.h"
#include "widgets/DateText.h"

#include <QDateTime>
#include <QTimeZone>

namespace servicelens::ui {

using namespace flow;

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=left valign=top width=28%>%1</th><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

QString OrderPrintout::html(const OrderDetails &details)
{
    const ServiceOrder &o = details.order;
    const QTimeZone zone(details.timeZone.toUtf8());
    auto when = [&zone](qint64 secs) {
        return DateText::of(QDateTime::fromSecsSinceEpoch(secs, zone));
    };
    const auto technician =
        o.technicianId ? details.staffNames.find(*o.technicianId) : details.staffNames.end();
    QString facts;
    facts += row(tr("Status"), FlowNames::label(o.status));
    facts += row(tr("Received"), when(o.times.received));
    facts += row(tr("Priority"), FlowNames::label(o.priority));
    facts += row(tr("Channel"), FlowNames::label(o.channel));
    facts += row(tr("Category"), o.category);
    facts += row(tr("Product"), o.product);
    facts += row(tr("Fault described"), o.description);
    facts += row(tr("Technician"),
                 technician != details.staffNames.end() ? technician->second : QString());
    facts += row(tr("Complaint"), o.complaint ? tr("yes") : tr("no"));
    if (details.customer) {
        facts += row(tr("Customer"), details.customer->name);
        facts += row(tr("Phone"), details.customer->phone);
        facts += row(tr("Address"), details.customer->address);
    }
    if (details.deadlines.resolutionDueDate.isValid())
        facts += row(tr("Resolution due"), DateText::of(details.deadlines.resolutionDueDate));

    QString steps;
    for (const OrderTimelineTab::TimelineStep &s : OrderTimelineTab::timeline(details))
        steps += QStringLiteral("<tr><td width=28%>%1</td><td>%2</td></tr>")
                     .arg(when(s.at).toHtmlEscaped(), s.what.toHtmlEscaped());

    const OrderHistoryText text(details);
    QString history;
    for (const AuditLog::Entry &e : details.history) {
        QStringList lines;
        for (const QString &line : text.changes(e))
            lines << line.toHtmlEscaped();
        history += QStringLiteral("<tr><td width=28% valign=top>%1<br>%2</td><td>%3</td></tr>")
                       .arg(when(e.at).toHtmlEscaped(), e.actor.toHtmlEscaped(),
                            lines.join(QStringLiteral("<br>")));
    }
    if (history.isEmpty() && details.origin)
        history = QStringLiteral("<tr><td>%1</td></tr>")
                      .arg(text.origin(*details.origin).toHtmlEscaped());

    const QString table = PrintPreview::tableStart() + QStringLiteral("%1</table>");
    return QStringLiteral("<html><body style='font-size: 10pt'><h2>%1</h2>"
                          "<h3>%2</h3>%3<h3>%4</h3>%5<h3>%6</h3>%7</body></html>")
        .arg(tr("Service order %1").arg(o.orderNo).toHtmlEscaped(), tr("Order").toHtmlEscaped(),
             table.arg(facts), tr("Timeline").toHtmlEscaped(), table.arg(steps),
             tr("History").toHtmlEscaped(), table.arg(history));
}

} // namespace servicelens::ui
