// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderHistoryText.h"
#include "widgets/DateText.h"

#include "flow/FlowTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <array>

namespace servicelens::ui {

using namespace flow;

namespace {

// The fields of an order's record, in the order the form shows them.
constexpr std::array<const char *, 21> fieldOrder = {
    "order_no",    "status",      "channel",        "priority",       "category",
    "product",     "customer_id", "technician_id",  "complaint",      "visits",
    "reopened",    "description", "fault_code",     "received_at",    "responded_at",
    "analysed_at", "solution_at", "implemented_at", "followed_up_at", "closed_at",
    "due_at"};

QString shortened(const QString &text)
{
    constexpr int longest = 80;
    const QString flat = text.simplified();
    return flat.size() <= longest ? flat : flat.left(longest - 1) + QChar(0x2026);
}

} // namespace

OrderHistoryText::OrderHistoryText(const OrderDetails &details)
    : m_details(details)
    , m_zone(details.timeZone.toUtf8())
{}

QString OrderHistoryText::actionLabel(AuditLog::Action action)
{
    switch (action) {
    case AuditLog::Action::Insert:
        return tr("Created");
    case AuditLog::Action::Update:
        return tr("Changed");
    case AuditLog::Action::Delete:
        return tr("Deleted");
    case AuditLog::Action::Bulk:
        return tr("Imported");
    }
    return {};
}

QString OrderHistoryText::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("order_no"), QT_TR_NOOP("Order id")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("channel"), QT_TR_NOOP("Channel")},
        {QStringLiteral("priority"), QT_TR_NOOP("Priority")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("product"), QT_TR_NOOP("Product")},
        {QStringLiteral("customer_id"), QT_TR_NOOP("Customer")},
        {QStringLiteral("technician_id"), QT_TR_NOOP("Technician")},
        {QStringLiteral("complaint"), QT_TR_NOOP("Complaint")},
        {QStringLiteral("visits"), QT_TR_NOOP("Visits")},
        {QStringLiteral("reopened"), QT_TR_NOOP("Reopened")},
        {QStringLiteral("description"), QT_TR_NOOP("Fault")},
        {QStringLiteral("fault_code"), QT_TR_NOOP("Fault code")},
        {QStringLiteral("received_at"), QT_TR_NOOP("Received")},
        {QStringLiteral("responded_at"), QT_TR_NOOP("Responded")},
        {QStringLiteral("analysed_at"), QT_TR_NOOP("Analysed")},
        {QStringLiteral("solution_at"), QT_TR_NOOP("Solution agreed")},
        {QStringLiteral("implemented_at"), QT_TR_NOOP("Implemented")},
        {QStringLiteral("followed_up_at"), QT_TR_NOOP("Followed up")},
        {QStringLiteral("closed_at"), QT_TR_NOOP("Closed")},
        {QStringLiteral("due_at"), QT_TR_NOOP("Deadline")},
        {QStringLiteral("unknown"), QT_TR_NOOP("Not in the data")}};
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? QString() : tr(*it);
}

QString OrderHistoryText::timeText(qint64 secs) const
{
    return DateText::of(QDateTime::fromSecsSinceEpoch(secs, m_zone));
}

QString OrderHistoryText::valueText(const QString &key, const QJsonValue &value) const
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return tr("(none)");
    if (key.endsWith(QLatin1String("_at")))
        return timeText(static_cast<qint64>(value.toDouble()));
    if (key == QLatin1String("status")) {
        const auto s = FlowNames::status(value.toString());
        return s ? FlowNames::label(*s) : value.toString();
    }
    if (key == QLatin1String("channel")) {
        const auto c = FlowNames::channel(value.toString());
        return c ? FlowNames::label(*c) : value.toString();
    }
    if (key == QLatin1String("priority")) {
        const auto p = FlowNames::priority(value.toString());
        return p ? FlowNames::label(*p) : value.toString();
    }
    if (key == QLatin1String("complaint"))
        return value.toBool() ? tr("yes") : tr("no");
    if (key == QLatin1String("technician_id") || key == QLatin1String("customer_id")) {
        const auto &names =
            key == QLatin1String("technician_id") ? m_details.staffNames : m_details.customerNames;
        const auto id = static_cast<qint64>(value.toDouble());
        const auto it = names.find(id);
        return it != names.end() ? it->second : tr("no longer in the workbook (#%1)").arg(id);
    }
    if (key == QLatin1String("unknown")) {
        QStringList fields;
        for (const QJsonValue &f : value.toArray())
            fields << fieldLabel(f.toString());
        return QLocale().createSeparatedList(fields);
    }
    if (value.isDouble())
        return QLocale().toString(static_cast<qint64>(value.toDouble()));
    return shortened(value.toString());
}

QStringList OrderHistoryText::changes(const AuditLog::Entry &entry) const
{
    QStringList lines;
    const bool update = entry.action == AuditLog::Action::Update;
    auto line = [&](const QString &key) {
        const QJsonValue after = entry.after.value(key);
        const QJsonValue before = entry.before.value(key);
        if (update && before == after)
            return;
        if (!update && (after.isNull() || after.isUndefined()))
            return;
        const QString label = fieldLabel(key);
        if (label.isEmpty())
            return;
        lines << (update
                      ? tr("%1: %2 → %3").arg(label, valueText(key, before), valueText(key, after))
                      : tr("%1: %2").arg(label, valueText(key, after)));
    };
    for (const char *key : fieldOrder)
        line(QLatin1String(key));
    line(QStringLiteral("unknown"));
    return lines;
}

QString OrderHistoryText::origin(const AuditLog::Entry &batch) const
{
    const QString source = batch.after.value(QStringLiteral("source")).toString();
    if (source == QLatin1String("demo"))
        return tr("Generated with the demonstration data of this workbook");
    const QString file = batch.after.value(QStringLiteral("file")).toString();
    if (source == QLatin1String("import events"))
        return tr("Created from the event log %1").arg(file);
    return file.isEmpty() ? tr("Imported with a batch of orders")
                          : tr("Imported from %1").arg(file);
}

} // namespace servicelens::ui
