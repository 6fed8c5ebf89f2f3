// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeferredShow.h"

#include <QEvent>
#include <QWidget>

namespace servicelens::ui {

DeferredShow::DeferredShow(QWidget *page, std::function<void()> show)
    : QObject(page)
    , m_page(page)
    , m_show(std::move(show))
{
    page->installEventFilter(this);
}

void DeferredShow::request()
{
    if (m_page->window()->isVisible() && !m_page->isVisible()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_show();
}

void DeferredShow::runPending()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_show();
}

bool DeferredShow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show)
        runPending();
    return QObject::eventFilter(watched, event);
}

} // namespace servicelens::ui
