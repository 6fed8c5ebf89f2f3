// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigationList.h"

#include "Palette.h"

#include <QIcon>
#include <QListWidget>

namespace servicelens::ui::navigation {

void fill(QListWidget *list, const std::vector<Entry> &entries)
{
    for (const Entry &e : entries) {
        auto *item = new QListWidgetItem(
            QIcon(QStringLiteral(":/icons/nav-%1.svg").arg(QLatin1String(e.icon))), e.title, list);
        item->setSizeHint(QSize(0, 40));
    }
    list->setIconSize(QSize(22, 22));
    list->setFrameShape(QFrame::NoFrame);
    list->setFixedWidth(190);
    list->setBackgroundRole(QPalette::AlternateBase);
    list->setAutoFillBackground(true);
    list->setSpacing(2);
    // A light selection with an accent bar keeps the icon and text readable (the platform's
    // solid highlight hides the blue icons); translucent, so it also works in dark mode.
    const QColor accent = palette::accent;
    list->setStyleSheet(
        QStringLiteral("QListWidget#navigation::item { padding-left: 6px; border-left: 3px solid "
                       "transparent; }"
                       "QListWidget#navigation::item:selected { background: rgba(%1, %2, %3, 0.16);"
                       " color: palette(text); border-left: 3px solid %4; }")
            .arg(accent.red())
            .arg(accent.green())
            .arg(accent.blue())
            .arg(accent.name()));
    QFont font = list->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    list->setFont(font);
}

} // namespace servicelens::ui::navigation
