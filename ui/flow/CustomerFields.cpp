// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerFields.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace flow;

namespace {

// A phone number worth looking up: seven digits or more (a landline without its area code).
bool lookupWorthy(const QString &phone)
{
    int digits = 0;
    for (QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 7;
}

} // namespace

CustomerFields::CustomerFields(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_offer(new QLabel(this))
{
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setPlaceholderText(tr("Name"));
    m_phone->setObjectName(QStringLiteral("customerPhone"));
    m_phone->setPlaceholderText(tr("Phone"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_address->setObjectName(QStringLiteral("customerAddress"));
    m_address->setPlaceholderText(tr("Address (where the technician goes)"));
    m_offer->setObjectName(QStringLiteral("customerMatches"));
    m_offer->setWordWrap(true);
    m_offer->setTextFormat(Qt::RichText);
    m_offer->hide();
    connect(m_phone, &QLineEdit::textEdited, this, &CustomerFields::lookUpPhone);
    connect(m_offer, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("different")) {
            m_picked.reset();
            m_name->clear();
            m_address->clear();
            m_name->setFocus();
            showMatches();
        } else {
            pick(link.toLongLong());
        }
    });
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_name, 2);
    row->addWidget(m_phone, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_offer);
    layout->addWidget(m_address);
    setFocusProxy(m_name);
}

void CustomerFields::setCustomer(const std::optional<Customer> &customer)
{
    m_current = customer;
    m_picked.reset();
    m_matches.clear();
    m_name->setText(customer ? customer->name : QString());
    m_phone->setText(customer ? customer->phone : QString());
    m_address->setText(customer ? customer->address : QString());
    showMatches();
}

void CustomerFields::lookUpPhone()
{
    m_matches.clear();
    m_picked.reset();
    const QString phone = m_phone->text().trimmed();
    if (lookupWorthy(phone))
        if (auto found = CustomerRepository(m_db).byPhone(phone))
            for (CustomerRepository::PhoneMatch &m : *found)
                if (!m_current || m.customer.id != m_current->id)
                    m_matches.push_back(std::move(m));
    showMatches();
}

void CustomerFields::pick(qint64 customerId)
{
    for (const CustomerRepository::PhoneMatch &m : m_matches)
        if (m.customer.id == customerId) {
            m_picked = customerId;
            m_name->setText(m.customer.name);
            m_address->setText(m.customer.address);
        }
    showMatches();
}

void CustomerFields::showMatches()
{
    if (m_picked) {
        for (const CustomerRepository::PhoneMatch &m : m_matches)
            if (m.customer.id == *m_picked)
                m_offer->setText(
                    tr("The order is for %1, an existing customer with %n earlier order(s). "
                       "<a href=\"different\">A different person</a>",
                       nullptr, static_cast<int>(m.orders))
                        .arg(m.customer.name.toHtmlEscaped()));
        m_offer->show();
        return;
    }
    if (m_matches.empty()) {
        m_offer->hide();
        return;
    }
    QStringList offers;
    for (const CustomerRepository::PhoneMatch &m : m_matches)
        offers << QStringLiteral("<a href=\"%1\">%2</a>")
                      .arg(m.customer.id)
                      .arg(tr("%1 — %2, %n earlier order(s)", nullptr, static_cast<int>(m.orders))
                               .arg(m.customer.phone.toHtmlEscaped(),
                                    m.customer.name.toHtmlEscaped()));
    m_offer->setText(tr("Already a customer: %1").arg(offers.join(QStringLiteral(" · "))));
    m_offer->show();
}

CustomerRepository::FormInput CustomerFields::input() const
{
    CustomerRepository::FormInput in;
    in.typed.name = m_name->text().trimmed();
    in.typed.phone = m_phone->text().trimmed();
    in.typed.address = m_address->text().trimmed();
    in.picked = m_picked;
    in.current = m_current;
    return in;
}

} // namespace servicelens::ui
