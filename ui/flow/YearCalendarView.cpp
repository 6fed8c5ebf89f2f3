// SPDX-License-Identifier: GPL-3.0-or-later
#include "YearCalendarView.h"
#include "widgets/Palette.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace servicelens::ui {

namespace {
constexpr int columns = 4;
constexpr int rows = 3;
} // namespace

YearCalendarView::YearCalendarView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("yearCalendar"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void YearCalendarView::setYear(int year)
{
    m_year = year;
    update();
}

void YearCalendarView::setCalendar(const flow::WorkingCalendar &calendar)
{
    m_calendar = calendar;
    update();
}

int YearCalendarView::cellSize() const
{
    return fontMetrics().height() + 8;
}

int YearCalendarView::cellIn(const QRect &month) const
{
    // A month needs 8 columns' width (7 days and a gap) and 9 rows' height (title, weekdays,
    // up to 6 weeks and a gap).
    return std::max(8, std::min({cellSize(), month.width() / 8, month.height() / 9}));
}

QSize YearCalendarView::sizeHint() const
{
    const int c = cellSize();
    return QSize(columns * 8 * c, rows * 9 * c);
}

QRect YearCalendarView::monthRect(int month) const
{
    const int w = width() / columns;
    const int h = height() / rows;
    const int i = month - 1;
    return QRect((i % columns) * w, (i / columns) * h, w, h);
}

QRect YearCalendarView::dayRect(QDate day) const
{
    if (day.year() != m_year)
        return {};
    const QRect m = monthRect(day.month());
    const int c = cellIn(m);
    const QDate first(m_year, day.month(), 1);
    const int offset = first.dayOfWeek() - 1; // weeks start on Monday, as in China
    const int index = offset + day.day() - 1;
    const int left = m.left() + (m.width() - 7 * c) / 2;
    return QRect(left + (index % 7) * c, m.top() + 2 * c + (index / 7) * c, c, c);
}

QDate YearCalendarView::dayAt(const QPoint &pos) const
{
    for (int month = 1; month <= 12; ++month) {
        if (!monthRect(month).contains(pos))
            continue;
        const QDate first(m_year, month, 1);
        for (int d = 1; d <= first.daysInMonth(); ++d)
            if (dayRect(QDate(m_year, month, d)).contains(pos))
                return QDate(m_year, month, d);
    }
    return {};
}

void YearCalendarView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QLocale locale;
    const QPalette pal = palette();
    for (int month = 1; month <= 12; ++month) {
        const QRect m = monthRect(month);
        const int c = cellIn(m);
        const int left = m.left() + (m.width() - 7 * c) / 2;
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(left, m.top(), 7 * c, c), Qt::AlignCenter,
                   locale.standaloneMonthName(month));
        p.setFont(font());
        for (int wd = 1; wd <= 7; ++wd) {
            p.setPen(wd >= 6 ? pal.color(QPalette::PlaceholderText)
                             : pal.color(QPalette::WindowText));
            p.drawText(QRect(left + (wd - 1) * c, m.top() + c, c, c), Qt::AlignCenter,
                       locale.standaloneDayName(wd, QLocale::NarrowFormat));
        }
        const QDate first(m_year, month, 1);
        for (int d = 1; d <= first.daysInMonth(); ++d) {
            const QDate day(m_year, month, d);
            const QRect r = dayRect(day).adjusted(1, 1, -1, -1);
            const auto special = m_calendar.specialDay(day);
            QColor text = day.dayOfWeek() >= 6 ? pal.color(QPalette::PlaceholderText)
                                               : pal.color(QPalette::WindowText);
            if (special) {
                p.setPen(Qt::NoPen);
                p.setBrush(special->kind == flow::WorkingCalendar::DayKind::Holiday
                               ? palette::holiday
                               : palette::makeUpWorkday);
                p.drawRoundedRect(r, 3, 3);
                text = palette::onColour;
            }
            p.setPen(text);
            p.drawText(r, Qt::AlignCenter, QString::number(d));
        }
    }
}

void YearCalendarView::mouseReleaseEvent(QMouseEvent *event)
{
    const QDate day = dayAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && day.isValid())
        emit dayClicked(day);
}

bool YearCalendarView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate day = dayAt(help->pos());
        if (!day.isValid()) {
            QToolTip::hideText();
            return true;
        }
        const auto special = m_calendar.specialDay(day);
        QString text = QLocale().toString(day, QLocale::LongFormat);
        if (special)
            text += QStringLiteral("\n") +
                    (special->kind == flow::WorkingCalendar::DayKind::Holiday
                         ? tr("Holiday")
                         : tr("Make-up working day")) +
                    (special->name.isEmpty() ? QString() : QStringLiteral(": ") + special->name);
        text += QStringLiteral("\n") +
                (m_calendar.isWorkingDay(day) ? tr("Working day") : tr("Day off"));
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace servicelens::ui
