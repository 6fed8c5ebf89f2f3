// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/Customer.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// The customer on the order form: name, phone and address. As the phone is typed, the
// customers who already have that number are offered ("13912345678 — 张建国, 3 earlier
// orders"); one click makes the order theirs. What the fields hold becomes the order's customer
// on Save (CustomerRepository::assign).
class CustomerFields final : public QWidget {
    Q_OBJECT

public:
    explicit CustomerFields(Database &db, QWidget *parent = nullptr);

    void setCustomer(const std::optional<flow::Customer> &customer);
    flow::CustomerRepository::FormInput input() const;
    // Makes the order the matched customer's (as a click on the offer does).
    void pick(qint64 customerId);
    const std::vector<flow::CustomerRepository::PhoneMatch> &matches() const { return m_matches; }

private:
    void lookUpPhone();
    void showMatches();

    Database &m_db;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    QLabel *m_offer;
    std::optional<flow::Customer> m_current;
    std::optional<qint64> m_picked;
    std::vector<flow::CustomerRepository::PhoneMatch> m_matches;
};

} // namespace servicelens::ui
