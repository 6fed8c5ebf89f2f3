// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/OrderDetails.h"

#include <QCoreApplication>

namespace servicelens::ui {

// An order on paper, for the technician's folder or the customer's file: its facts, customer,
// deadlines, timeline and history, in the window's language. Printed by File ▸ Print… on the
// orders list and by the order form's Print… button.
class OrderPrintout final {
    Q_DECLARE_TR_FUNCTIONS(OrderPrintout)

public:
    static QString html(const flow::OrderDetails &details);
};

} // namespace servicelens::ui
