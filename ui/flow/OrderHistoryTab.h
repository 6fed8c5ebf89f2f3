// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AuditLog.h"

#include <QWidget>

#include <vector>

class QTableWidget;
class QTimeZone;

namespace servicelens::ui {

// An order's audit history: when, who, what, and each changed field before and after.
class OrderHistoryTab final : public QWidget {
    Q_OBJECT

public:
    explicit OrderHistoryTab(QWidget *parent = nullptr);

    void show(const std::vector<AuditLog::Entry> &history, const QTimeZone &zone);

private:
    static QString actionLabel(AuditLog::Action action);

    QTableWidget *m_history;
};

} // namespace servicelens::ui
