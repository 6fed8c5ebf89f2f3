// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarDialog.h"

#include "YearCalendarView.h"
#include "commands/EditOrderCommand.h"
#include "flow/CalendarCsv.h"
#include "flow/CalendarRepository.h"
#include "widgets/ErrorMessage.h"
#include "widgets/Palette.h"
#include "workbook/Importers.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUndoStack>
#include <QVBoxLayout>

namespace servicelens::ui {

using flow::CalendarRepository;
using flow::WorkingCalendar;

CalendarDialog::CalendarDialog(Database &db, int year, QUndoStack *undo, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_undo(undo)
    , m_year(new QSpinBox(this))
    , m_view(new YearCalendarView(this))
    , m_covered(new QCheckBox(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Working-day Calendar"));
    setObjectName(QStringLiteral("calendarDialog"));
    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_covered->setObjectName(QStringLiteral("calendarCovered"));
    m_year->setRange(2000, 2100);
    m_year->setValue(year);
    m_summary->setWordWrap(true);

    auto *legend =
        new QLabel(palette::chipHtml(tr("holiday"), palette::holiday) + QLatin1Char(' ') +
                       palette::chipHtml(tr("make-up working day"), palette::makeUpWorkday) +
                       QStringLiteral(" &nbsp; ") + tr("Click a day to change it."),
                   this);
    auto *top = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addSpacing(16);
    top->addWidget(legend, 1);

    auto *importButton = new QPushButton(tr("&Import CSV…"), this);
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(importButton, QDialogButtonBox::ActionRole);
    buttons->addButton(exportButton, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_covered);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(900, 640);

    connect(m_year, &QSpinBox::valueChanged, this, &CalendarDialog::reload);
    connect(m_view, &YearCalendarView::dayClicked, this, &CalendarDialog::toggle);
    connect(m_covered, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        CalendarRepository repo(m_db);
        const Status s = on ? repo.addCoveredYear(m_year->value(), tr("Entered by hand"))
                            : repo.removeCoveredYear(m_year->value());
        if (!s)
            showError(this, windowTitle(), s.error());
        reload();
        emit calendarChanged();
    });
    connect(importButton, &QPushButton::clicked, this, &CalendarDialog::importCsv);
    connect(exportButton, &QPushButton::clicked, this, &CalendarDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void CalendarDialog::reload()
{
    auto calendar = CalendarRepository(m_db).load();
    if (!calendar) {
        m_summary->setText(calendar.error().message);
        return;
    }
    const int year = m_year->value();
    m_loading = true;
    m_view->setYear(year);
    m_view->setCalendar(*calendar);
    m_covered->setText(tr("The holidays and make-up working days of %1 are all entered").arg(year));
    m_covered->setChecked(calendar->covers(year));
    m_loading = false;
    int holidays = 0;
    int workdays = 0;
    for (const auto &[day, special] : calendar->specialDays())
        if (day.year() == year)
            (special.kind == WorkingCalendar::DayKind::Holiday ? holidays : workdays) += 1;
    const int working = calendar->workingDaysAfter(QDate(year - 1, 12, 31), QDate(year, 12, 31));
    m_summary->setText(tr("%1: %2 working days, %3 holidays, %4 make-up working days.")
                           .arg(year)
                           .arg(working)
                           .arg(holidays)
                           .arg(workdays) +
                       (calendar->covers(year)
                            ? QString()
                            : QLatin1Char(' ') + tr("Until the year is marked as entered, "
                                                    "figures for it carry a warning.")));
}

void CalendarDialog::toggle(QDate day)
{
    auto calendar = CalendarRepository(m_db).load();
    if (!calendar)
        return showError(this, windowTitle(), calendar.error());
    using State = SetCalendarDayCommand::DayState;
    State before;
    if (const auto special = calendar->specialDay(day))
        before = State{true, special->kind == WorkingCalendar::DayKind::Holiday, special->name};
    // Weekday -> holiday; weekend day -> make-up working day; marked day -> ordinary again.
    const State after = before.special         ? State{}
                        : day.dayOfWeek() <= 5 ? State{true, true, tr("Holiday")}
                                               : State{true, false, tr("Make-up working day")};
    auto *command =
        new SetCalendarDayCommand(m_db, day, before, after, [this](const QString &problem) {
            if (!problem.isEmpty())
                showError(this, windowTitle(), makeError(ErrorKind::InvalidInput, problem));
            reload();
            emit calendarChanged();
        });
    if (m_undo) {
        m_undo->push(command); // runs redo()
    } else {
        command->redo();
        delete command;
    }
}

void CalendarDialog::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Calendar"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    auto summary = Importers::run(ImportKind::Calendar, m_db, path, {});
    if (!summary)
        return showError(this, tr("Import Calendar"), summary.error());
    if (summary->failed())
        return showError(this, tr("Import Calendar"), summary->toError(path));
    reload();
    emit calendarChanged();
}

void CalendarDialog::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Calendar"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
            QStringLiteral("/calendar.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto s = flow::CalendarCsv::exportFile(m_db, path); !s)
        showError(this, tr("Export Calendar"), s.error());
}

} // namespace servicelens::ui
