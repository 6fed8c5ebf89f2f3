// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace servicelens::ui {

QTableWidget *makeListTable(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(objectName);
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    return t;
}

} // namespace servicelens::ui
