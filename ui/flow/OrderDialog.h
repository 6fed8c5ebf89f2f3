// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/OrderDetails.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

class OrderHistoryTab;
class OrderTimelineTab;

// One order: its fields and stage times (editable, with the problem shown beside what causes
// it), its timeline with the dwell in each stage and its deadlines, and its audit history.
class OrderDialog final : public QDialog {
    Q_OBJECT

public:
    OrderDialog(Database &db, qint64 orderId, QWidget *parent = nullptr);
    // A new order, saved only when the user saves it.
    OrderDialog(Database &db, const flow::ServiceOrder &draft, QWidget *parent = nullptr);

    void accept() override;
    bool isLoaded() const { return m_loaded; }
    // For tests: the message shown under the stage times, empty when there is none.
    QString stageProblem() const;
    // After an accepted edit: the order as it was before and as saved.
    const flow::ServiceOrder &original() const { return m_details.order; }
    const flow::ServiceOrder &saved() const { return m_saved; }
    bool isNewOrder() const { return m_isNew; }

private:
    void build();
    void buildOrderTab(QWidget *tab);
    void fill();
    flow::ServiceOrder edited() const;

    Database &m_db;
    flow::OrderDetails m_details;
    bool m_loaded = false;
    bool m_isNew = false;
    flow::ServiceOrder m_saved;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_orderNo = nullptr;
    QLabel *m_orderNoProblem = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_priority = nullptr;
    QLineEdit *m_category = nullptr;
    QLineEdit *m_product = nullptr;
    QCheckBox *m_complaint = nullptr;
    QComboBox *m_technician = nullptr;
    QLabel *m_customer = nullptr;
    QSpinBox *m_visits = nullptr;
    QSpinBox *m_reopened = nullptr;
    QPlainTextEdit *m_description = nullptr;
    std::array<QCheckBox *, 7> m_timeSet{};
    std::array<QDateTimeEdit *, 7> m_times{};
    QLabel *m_stageProblem = nullptr;
    OrderTimelineTab *m_timelineTab = nullptr;
    OrderHistoryTab *m_historyTab = nullptr;
};

} // namespace servicelens::ui
