// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/Palette.h"

#include <QTableWidget>

#include <optional>

// The cells of the Equipment page's lists.
namespace servicelens::ui::equipmentcells {

inline QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// A row tinted as the due list is: overdue red, due within the week amber.
inline void paintRow(QTableWidget *table, int row, const QColor &fill)
{
    for (int c = 0; c < table->columnCount(); ++c)
        if (QTableWidgetItem *item = table->item(row, c)) {
            item->setBackground(fill);
            item->setForeground(palette::inkOnFill);
        }
}

} // namespace servicelens::ui::equipmentcells
