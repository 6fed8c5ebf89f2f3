// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentScopeEditor.h"

#include "incident/AffectedOrders.h"
#include "widgets/DateText.h"
#include "widgets/ErrorMessage.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace servicelens::ui {

using namespace incident;

IncidentScopeEditor::IncidentScopeEditor(Database &db, qint64 branchId, const LocalTime &local,
                                         qint64 now, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_branchId(branchId)
    , m_local(local)
    , m_fromOn(new QCheckBox(tr("From"), this))
    , m_from(new QDateTimeEdit(this))
    , m_toOn(new QCheckBox(tr("until"), this))
    , m_to(new QDateTimeEdit(this))
    , m_products(new QLineEdit(this))
    , m_categories(new QLineEdit(this))
    , m_faults(new QLineEdit(this))
    , m_batches(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("incidentScope"));
    // Qt 6.4's editor has no time zone: it shows the branch's wall-clock time as if UTC.
    const QDateTime today = m_local.localDateTime(now);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setCalendarPopup(true);
        DateText::format(edit, DateText::Edit::DateTime);
        edit->setEnabled(false);
    }
    m_from->setDateTime(QDateTime(today.date().addMonths(-1), QTime(0, 0), Qt::UTC));
    m_to->setDateTime(QDateTime(today.date().addDays(1), QTime(0, 0), Qt::UTC));
    connect(m_fromOn, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toOn, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_fromOn->setObjectName(QStringLiteral("scopeFromOn"));
    m_toOn->setObjectName(QStringLiteral("scopeToOn"));
    m_products->setObjectName(QStringLiteral("scopeProducts"));
    m_products->setPlaceholderText(tr("Models or product names, e.g. XQB80, KFR-35GW"));
    m_categories->setPlaceholderText(tr("e.g. Air conditioner, Washing machine"));
    m_faults->setPlaceholderText(tr("Codes of the fault list, e.g. E21"));
    m_batches->setObjectName(QStringLiteral("scopeBatches"));
    m_batches->setPlaceholderText(tr("Marks written in the orders' descriptions, e.g. B2405"));
    m_count->setObjectName(QStringLiteral("scopeCount"));
    m_count->setWordWrap(true);

    auto *period = new QHBoxLayout;
    period->addWidget(m_fromOn);
    period->addWidget(m_from);
    period->addWidget(m_toOn);
    period->addWidget(m_to);
    period->addStretch(1);
    auto *count = new QPushButton(tr("Count Affected Orders"), this);
    count->setObjectName(QStringLiteral("countAffected"));
    connect(count, &QPushButton::clicked, this, &IncidentScopeEditor::countAffected);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(count);
    countRow->addWidget(m_count, 1);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Orders received:"), period);
    form->addRow(IncidentNames::label(ScopeKind::Product) + QLatin1Char(':'), m_products);
    form->addRow(IncidentNames::label(ScopeKind::Category) + QLatin1Char(':'), m_categories);
    form->addRow(IncidentNames::label(ScopeKind::FaultCode) + QLatin1Char(':'), m_faults);
    form->addRow(IncidentNames::label(ScopeKind::Batch) + QLatin1Char(':'), m_batches);
    auto *rule = new QLabel(tr("Several values in a field: any of them. Several fields: all of "
                               "them. Nothing at all: no order."),
                            this);
    rule->setWordWrap(true);
    form->addRow(QString(), rule);
    form->addRow(QString(), countRow);
}

QStringList IncidentScopeEditor::split(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，;；、\\n]"));
    QStringList out;
    for (const QString &part : text.split(separators)) {
        const QString value = part.trimmed();
        if (!value.isEmpty() && !out.contains(value))
            out << value;
    }
    return out;
}

QLineEdit *IncidentScopeEditor::field(ScopeKind kind) const
{
    switch (kind) {
    case ScopeKind::Product:
        return m_products;
    case ScopeKind::Category:
        return m_categories;
    case ScopeKind::FaultCode:
        return m_faults;
    case ScopeKind::Batch:
        break;
    }
    return m_batches;
}

void IncidentScopeEditor::setScope(const IncidentScope &scope)
{
    const auto wall = [this](qint64 at) {
        const QDateTime t = m_local.localDateTime(at);
        return QDateTime(t.date(), t.time(), Qt::UTC);
    };
    m_fromOn->setChecked(scope.from.has_value());
    if (scope.from)
        m_from->setDateTime(wall(*scope.from));
    m_toOn->setChecked(scope.to.has_value());
    if (scope.to)
        m_to->setDateTime(wall(*scope.to));
    for (ScopeKind kind : allScopeKinds) {
        const auto values = scope.valuesOf(kind);
        field(kind)->setText(QStringList(values.begin(), values.end()).join(QStringLiteral(", ")));
    }
}

IncidentScope IncidentScopeEditor::scope() const
{
    IncidentScope scope;
    if (m_fromOn->isChecked())
        scope.from = m_local.toUtc(m_from->dateTime().date(), m_from->dateTime().time());
    if (m_toOn->isChecked())
        scope.to = m_local.toUtc(m_to->dateTime().date(), m_to->dateTime().time());
    for (ScopeKind kind : allScopeKinds)
        for (const QString &v : split(field(kind)->text()))
            scope.values.push_back({kind, v});
    return scope;
}

void IncidentScopeEditor::countAffected()
{
    Incident probe;
    probe.branchId = m_branchId;
    probe.scope = scope();
    if (probe.scope.isEmpty()) {
        m_count->setText(tr("Nothing stated: the incident touches no order."));
        return;
    }
    auto orders = AffectedOrders(m_db).orders(probe);
    if (!orders) {
        m_count->setText(orders.error().message);
        return;
    }
    const auto customers = AffectedOrders::customers(*orders);
    m_count->setText(tr("%n order(s)", nullptr, int(orders->size())) + QStringLiteral(", ") +
                     tr("%n customer(s)", nullptr, int(customers.size())));
}

} // namespace servicelens::ui
