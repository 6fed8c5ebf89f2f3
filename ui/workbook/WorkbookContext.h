// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeferredShow.h"
#include "common/LocalTime.h"
#include "org/Branch.h"
#include "storage/Result.h"

#include <QDate>
#include <QObject>

#include <vector>

namespace servicelens {
class Database;
class Workbook;
} // namespace servicelens

namespace servicelens::ui {

// What every page works on, resolved once and shared: the open workbook, its branches, the
// branch the pages are about (the one chosen, else the first by code) with its local time and
// today's date there, and one notifier that tells every page about a committed change, so no
// page calls another's refresh().
class WorkbookContext final : public QObject {
    Q_OBJECT

public:
    // What a committed change touched.
    enum class Change {
        Orders = 0x1,
        Inspections = 0x2,
        Surveys = 0x4,
        Team = 0x8,
        Calendar = 0x10,
        Policies = 0x20,
        Targets = 0x40,
        Equipment = 0x80,
        Incidents = 0x100,
    };
    Q_DECLARE_FLAGS(Changes, Change)

    explicit WorkbookContext(QObject *parent = nullptr);

    // Reads the branches again; nullptr: no workbook open.
    void setWorkbook(Workbook *workbook);
    Workbook *workbook() const { return m_workbook; }
    Database *database() const;

    const std::vector<Branch> &branches() const { return m_branches; }
    // The branch the pages are about; an error saying why when there is none.
    Result<Branch> branch() const;
    // Another branch of the workbook for every page; an unknown id is ignored.
    void chooseBranch(qint64 branchId);
    // Local days and times of that branch (the default zone when there is none).
    LocalTime localTime() const;
    // Today in the branch's time zone, by the workbook's clock.
    QDate today() const;
    // The first day of the month before today's: the last whole month, where a page starts.
    QDate lastFullMonth() const;

    // After a commit: every page that shows what changed hears of it.
    void notify(Changes what);
    // How a page follows the context: `show` now, whenever another workbook opens (or none) or
    // another branch is chosen, and after every change that touches `what`.
    template <typename Show> void follow(QObject *receiver, Changes what, Show show)
    {
        connect(this, &WorkbookContext::workbookChanged, receiver, show);
        onChange(receiver, what, show);
        show();
    }
    // follow() for a page that may be hidden behind another (DeferredShow): `show` runs when
    // the page is on screen, at once or when it is next shown. The handle brings it up to date
    // before the page is acted on.
    template <typename Show> DeferredShow *followWhenShown(QWidget *page, Changes what, Show show)
    {
        auto *deferred = new DeferredShow(page, show);
        connect(this, &WorkbookContext::workbookChanged, deferred, &DeferredShow::request);
        onChange(deferred, what, [deferred] { deferred->request(); });
        deferred->request();
        return deferred;
    }
    // Calls `react` (with `receiver` alive) after every change that touches `what`.
    template <typename React> void onChange(QObject *receiver, Changes what, React react)
    {
        connect(this, &WorkbookContext::dataChanged, receiver, [what, react](Changes changed) {
            if (changed & what)
                react();
        });
    }

signals:
    // A workbook opened or closed, or another branch chosen: pages show it afresh.
    void workbookChanged();
    void dataChanged(servicelens::ui::WorkbookContext::Changes what);

private:
    Workbook *m_workbook = nullptr;
    std::vector<Branch> m_branches;
    Error m_branchProblem;
    qint64 m_branchId = 0;
};

} // namespace servicelens::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(servicelens::ui::WorkbookContext::Changes)
