// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnChooser.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace servicelens::ui {

ColumnChooser::ColumnChooser(QTableView *view, QString settingsKey, QList<int> hiddenByDefault,
                             QList<int> alwaysShown, QTableView *mirror)
    : QObject(view)
    , m_view(view)
    , m_mirror(mirror)
    , m_key(std::move(settingsKey))
    , m_alwaysShown(std::move(alwaysShown))
{
    view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    if (view->horizontalHeader()->toolTip().isEmpty())
        view->horizontalHeader()->setToolTip(tr("Right-click to choose the columns"));
    connect(view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &ColumnChooser::showMenu);
    const QVariant saved = QSettings().value(m_key);
    QList<int> hidden;
    if (saved.isValid())
        for (const QVariant &c : saved.toList())
            hidden << c.toInt();
    else
        hidden = std::move(hiddenByDefault);
    apply(hidden);
}

void ColumnChooser::showMenu(const QPoint &pos)
{
    QMenu menu(m_view);
    const int columns = m_view->model()->columnCount();
    for (int c = 0; c < columns; ++c) {
        // A two-line header reads on one line in the menu.
        const QString title = m_view->model()
                                  ->headerData(c, Qt::Horizontal, Qt::DisplayRole)
                                  .toString()
                                  .replace(QLatin1Char('\n'), QLatin1Char(' '));
        QAction *a = menu.addAction(title);
        a->setCheckable(true);
        a->setChecked(!m_view->isColumnHidden(c));
        a->setEnabled(!m_alwaysShown.contains(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            m_view->setColumnHidden(c, !on);
            if (m_mirror) // columns always shown are the list's own; the mirror keeps its own
                m_mirror->setColumnHidden(c, !on);
            save();
        });
    }
    menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
}

void ColumnChooser::apply(const QList<int> &hidden)
{
    const int columns = m_view->model()->columnCount();
    for (int c = 0; c < columns; ++c) {
        if (m_alwaysShown.contains(c))
            continue; // shown in the list; the mirror keeps its own for these
        const bool hide = hidden.contains(c);
        m_view->setColumnHidden(c, hide);
        if (m_mirror)
            m_mirror->setColumnHidden(c, hide);
    }
}

void ColumnChooser::save() const
{
    QVariantList hidden;
    for (int c = 0; c < m_view->model()->columnCount(); ++c)
        if (m_view->isColumnHidden(c))
            hidden << c;
    QSettings().setValue(m_key, hidden);
}

} // namespace servicelens::ui
