// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QPoint;
class QTableView;

namespace servicelens::ui {

// A list's columns chosen by the user: a right click on the header ticks them on or off, and
// the choice is remembered. A second view (a totals table under the list) can follow it, but
// for the columns always shown, which it arranges for itself.
class ColumnChooser final : public QObject {
    Q_OBJECT

public:
    ColumnChooser(QTableView *view, QString settingsKey, QList<int> hiddenByDefault,
                  QList<int> alwaysShown = {}, QTableView *mirror = nullptr);

private:
    void showMenu(const QPoint &pos);
    void apply(const QList<int> &hidden);
    void save() const;

    QTableView *m_view;
    QTableView *m_mirror;
    QString m_key;
    QList<int> m_alwaysShown;
};

} // namespace servicelens::ui
