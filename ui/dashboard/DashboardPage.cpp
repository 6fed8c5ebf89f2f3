// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"

#include "storage/Clock.h"
#include "widgets/StatTile.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookSummary.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeZone>
#include <QVBoxLayout>

#include <numeric>

namespace servicelens::ui {

namespace {

QString monthText(qint64 utcSecs, const QTimeZone &zone)
{
    const QDate d = QDateTime::fromSecsSinceEpoch(utcSecs, zone).date();
    // "2026年10月" in Chinese, "Oct 2026" in English (UX.md).
    return QLocale().toString(d, QLocale().language() == QLocale::Chinese
                                     ? QStringLiteral("yyyy年M月")
                                     : QStringLiteral("MMM yyyy"));
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_subheading(new QLabel(this))
    , m_calendarWarning(new QLabel(this))
    , m_orders(new StatTile(tr("Service orders"), this))
    , m_open(new StatTile(tr("Open orders"), this))
    , m_period(new StatTile(tr("History"), this))
    , m_customers(new StatTile(tr("Customers"), this))
    , m_staff(new StatTile(tr("Active staff"), this))
    , m_calendar(new StatTile(tr("Working-day calendar"), this))
    , m_kpiNote(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    m_orders->setObjectName(QStringLiteral("ordersTile"));
    m_open->setObjectName(QStringLiteral("openOrdersTile"));
    m_staff->setObjectName(QStringLiteral("staffTile"));
    m_calendarWarning->setObjectName(QStringLiteral("calendarWarning"));
    m_calendarWarning->setWordWrap(true);
    m_calendarWarning->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; "
                                                    "border: 1px solid #e0c060; padding: 6px; }"));
    m_kpiNote->setWordWrap(true);
    m_kpiNote->setForegroundRole(QPalette::PlaceholderText);
    m_kpiNote->setText(tr("Monthly KPIs against targets (response, resolution in working days, "
                          "SLA, first-time fix, complaints, backlog) will appear here with the "
                          "service-flow update."));

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    grid->addWidget(m_orders, 0, 0);
    grid->addWidget(m_open, 0, 1);
    grid->addWidget(m_period, 0, 2);
    grid->addWidget(m_customers, 1, 0);
    grid->addWidget(m_staff, 1, 1);
    grid->addWidget(m_calendar, 1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_calendarWarning);
    layout->addLayout(grid);
    layout->addWidget(m_kpiNote);
    layout->addStretch();
    refresh();
}

void DashboardPage::setWorkbook(Workbook *workbook)
{
    m_workbook = workbook;
    refresh();
}

void DashboardPage::refresh()
{
    const bool open = m_workbook != nullptr;
    for (QWidget *w : {static_cast<QWidget *>(m_orders), static_cast<QWidget *>(m_open),
                       static_cast<QWidget *>(m_period), static_cast<QWidget *>(m_customers),
                       static_cast<QWidget *>(m_staff), static_cast<QWidget *>(m_calendar),
                       static_cast<QWidget *>(m_kpiNote)})
        w->setVisible(open);
    m_calendarWarning->hide();
    if (!open) {
        m_heading->setText(tr("No workbook open"));
        m_subheading->setText(tr("Use File ▸ New… to start a workbook, File ▸ Open… for an "
                                 "existing one, or File ▸ Open Demo Workbook to explore."));
        return;
    }

    auto summary = WorkbookSummary::read(m_workbook->database());
    if (!summary) {
        m_heading->setText(tr("The workbook cannot be read"));
        m_subheading->setText(summary.error().message);
        return;
    }
    const WorkbookSummary &s = *summary;
    const QLocale locale;
    const QTimeZone zone(s.timeZone.toUtf8());
    m_heading->setText(s.branchName);
    m_subheading->setText(tr("Branch %1 · time zone %2 · workbook format %3")
                              .arg(s.branchCode, s.timeZone)
                              .arg(s.schemaVersion));

    m_orders->setValue(locale.toString(s.orders));
    m_orders->setCaption(tr("all orders in this workbook"));
    m_open->setValue(locale.toString(s.openOrders));
    m_open->setCaption(s.orders > 0
                           ? tr("%1 % of all orders not closed yet")
                                 .arg(locale.toString(100.0 * s.openOrders / s.orders, 'f', 1))
                           : tr("no orders yet"));
    if (s.firstReceived && s.lastReceived) {
        m_period->setValue(monthText(*s.firstReceived, zone) + QStringLiteral(" – ") +
                           monthText(*s.lastReceived, zone));
        m_period->setCaption(tr("months with received orders"));
    } else {
        m_period->setValue(QStringLiteral("—"));
        m_period->setCaption(tr("no orders yet"));
    }
    m_customers->setValue(locale.toString(s.customers));
    m_customers->setCaption(tr("customers with orders or records"));

    const int active = std::accumulate(s.activeStaffByRole.begin(), s.activeStaffByRole.end(), 0,
                                       [](int n, const auto &kv) { return n + kv.second; });
    m_staff->setValue(locale.toString(active));
    QStringList groups;
    for (const auto &[role, count] : s.activeStaffByRole)
        groups << tr("%1: %2").arg(team::RoleNames::label(role)).arg(count);
    m_staff->setCaption(groups.isEmpty() ? tr("no staff yet") : groups.join(QStringLiteral(" · ")));

    QStringList years;
    for (int y : s.calendarYears)
        years << QString::number(y);
    m_calendar->setValue(years.isEmpty() ? QStringLiteral("—") : years.join(QStringLiteral(", ")));
    m_calendar->setCaption(tr("years whose holidays and make-up working days are known"));

    const int thisYear = m_workbook->database().clock().nowUtc().toTimeZone(zone).date().year();
    if (std::find(s.calendarYears.begin(), s.calendarYears.end(), thisYear) ==
        s.calendarYears.end()) {
        m_calendarWarning->setText(
            tr("The working-day calendar does not cover %1: working days in %1 count Monday to "
               "Friday only, without holidays or make-up days, until the year's calendar is "
               "added.")
                .arg(thisYear));
        m_calendarWarning->show();
    }
}

} // namespace servicelens::ui
