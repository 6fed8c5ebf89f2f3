// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTableWidget;
class QWidget;

namespace servicelens::ui {

// The read-only lists every page shows (schedules, callbacks, scorecards…) look and behave
// alike: whole rows selected one at a time, nothing edited in place, no row numbers.
QTableWidget *makeListTable(QWidget *parent, const QString &objectName, const QStringList &headers);

} // namespace servicelens::ui
