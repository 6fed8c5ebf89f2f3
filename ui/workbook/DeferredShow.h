// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace servicelens::ui {

// A page's "show the workbook afresh" held back while the page is hidden behind another in a
// window on screen, and run when the page is shown: opening a workbook reads only what is on
// screen (the orders, surveys and team pages cost half a second together on a million orders),
// and a change to the data refreshes the hidden pages once, when they are looked at. A page
// outside a visible window (built by a test, or before the window shows) is refreshed at once.
class DeferredShow final : public QObject {
    Q_OBJECT

public:
    DeferredShow(QWidget *page, std::function<void()> show);

    // Shows now when the page can be seen (or its window cannot), else when it is shown.
    void request();
    // Brings the page up to date at once if a request is waiting (before acting on the page,
    // e.g. a drill-down that sets its filters).
    void runPending();
    bool pending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_page;
    std::function<void()> m_show;
    bool m_pending = false;
};

} // namespace servicelens::ui
