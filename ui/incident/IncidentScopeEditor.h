// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LocalTime.h"
#include "incident/Incident.h"

#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// What an incident touched, as a person states it: the period the orders were received in
// (either end may stay open), the product models, categories, fault codes and batch or serial
// marks (several in a field, separated by commas), and a count of the orders and customers
// that matches, on request.
class IncidentScopeEditor final : public QWidget {
    Q_OBJECT

public:
    IncidentScopeEditor(Database &db, qint64 branchId, const LocalTime &local, qint64 now,
                        QWidget *parent = nullptr);

    void setScope(const incident::IncidentScope &scope);
    incident::IncidentScope scope() const;
    // Counts the orders and customers the scope touches, into the label beside the button.
    void countAffected();
    QLabel *countLabel() const { return m_count; }
    QLineEdit *field(incident::ScopeKind kind) const;

    // "a, b，c" -> {a, b, c}: commas (either width), semicolons and line breaks separate.
    static QStringList split(const QString &text);

private:
    Database &m_db;
    qint64 m_branchId;
    LocalTime m_local;
    QCheckBox *m_fromOn;
    QDateTimeEdit *m_from;
    QCheckBox *m_toOn;
    QDateTimeEdit *m_to;
    QLineEdit *m_products;
    QLineEdit *m_categories;
    QLineEdit *m_faults;
    QLineEdit *m_batches;
    QLabel *m_count;
};

} // namespace servicelens::ui
