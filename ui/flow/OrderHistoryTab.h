// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/OrderDetails.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace servicelens::ui {

// An order's audit history as a manager reads it (OrderHistoryText): when, who, what, and each
// field set or changed with its label and its values as words. An order brought by an import
// or the demo starts with that batch; with nothing recorded a sentence says so.
class OrderHistoryTab final : public QWidget {
    Q_OBJECT

public:
    explicit OrderHistoryTab(QWidget *parent = nullptr);

    void show(const flow::OrderDetails &details);

private:
    QTableWidget *m_history;
    QLabel *m_empty;
};

} // namespace servicelens::ui
