// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainingEffectDialog.h"
#include "widgets/DateText.h"

#include "widgets/ChartViews.h"
#include "workbook/WorkbookContext.h"

#include "kpi/TrainingEffect.h"
#include "widgets/ErrorMessage.h"
#include "widgets/Palette.h"
#include "workbook/Workbook.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace servicelens::ui {

using namespace kpi;

TrainingEffectDialog::TrainingEffectDialog(WorkbookContext &context, qint64 sessionId,
                                           QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_session(sessionId)
    , m_days(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_chart(charts::makeView(this, QStringLiteral("effectChart"), 260))
{
    setObjectName(QStringLiteral("trainingEffectDialog"));
    setWindowTitle(tr("Did the training change results?"));
    for (int d : {30, 60, 90})
        m_days->addItem(tr("%1 days before and after").arg(d), d);
    connect(m_days, &QComboBox::currentIndexChanged, this, &TrainingEffectDialog::refresh);
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("effectTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Measure"), tr("Attendees before"),
                                        tr("Attendees after"), tr("Change"), tr("Others before"),
                                        tr("Others after"), tr("Change")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *top = new QHBoxLayout;
    top->addWidget(m_days);
    top->addWidget(m_summary, 1);
    auto *note = new QLabel(tr("Change marked ✔ when it is beyond chance (a two-proportion test at "
                               "95 %); (n) is how many orders or survey answers it rests on."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText); // secondary, in light and dark
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    layout->addWidget(note);
    layout->addWidget(m_chart, 1);
    layout->addWidget(buttons);
    resize(900, 640);
    refresh();
}

void TrainingEffectDialog::refresh()
{
    auto branch = m_context.branch();
    if (!branch)
        return;
    auto r = TrainingEffect::compute((*m_context.database()), *branch, m_session,
                                     m_days->currentData().toInt());
    if (!r) {
        showError(this, windowTitle(), r.error());
        return;
    }
    const QLocale locale;
    m_summary->setText(
        tr("Session of %1: %2 technician(s) attended, %3 did not; assessment gain %4.")
            .arg(DateText::of(r->sessionDay))
            .arg(r->attendees)
            .arg(r->others)
            .arg(r->meanGain ? (*r->meanGain >= 0 ? QStringLiteral("+") : QString()) +
                                   locale.toString(*r->meanGain, 'f', 1)
                             : QStringLiteral("—")));
    auto rate = [&](const GroupRate &g) {
        return g.rate() ? QStringLiteral("%1 % (%2)")
                              .arg(locale.toString(*g.rate() * 100, 'f', 1))
                              .arg(g.n)
                        : QStringLiteral("— (0)");
    };
    auto change = [&](const GroupRate &a, const GroupRate &b, bool beyond) {
        if (!a.rate() || !b.rate())
            return QStringLiteral("—");
        const double d = (*b.rate() - *a.rate()) * 100;
        return QStringLiteral("%1%2 %3").arg(d >= 0 ? QStringLiteral("+") : QString(),
                                             locale.toString(d, 'f', 1),
                                             beyond ? QStringLiteral("✔") : QString());
    };
    m_table->setRowCount(static_cast<int>(r->measures.size()));
    QChart *chart = charts::reset(m_chart, tr("Before and after, attendees against the others"));
    QBarSet *sets[] = {new QBarSet(tr("Attendees before")), new QBarSet(tr("Attendees after")),
                       new QBarSet(tr("Others before")), new QBarSet(tr("Others after"))};
    const QColor colours[] = {palette::subjectBefore, palette::subject, palette::referenceBefore,
                              palette::reference};
    for (int i = 0; i < 4; ++i)
        sets[i]->setColor(colours[i]);
    QStringList measures;
    for (int row = 0; row < static_cast<int>(r->measures.size()); ++row) {
        const MeasureChange &m = r->measures[static_cast<std::size_t>(row)];
        const QStringList cells = {TrainingEffect::measureLabel(m.measure),
                                   rate(m.attendeesBefore),
                                   rate(m.attendeesAfter),
                                   change(m.attendeesBefore, m.attendeesAfter, m.attendeesChanged),
                                   rate(m.othersBefore),
                                   rate(m.othersAfter),
                                   change(m.othersBefore, m.othersAfter, m.othersChanged)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        measures << TrainingEffect::measureLabel(m.measure);
        const GroupRate *groups[] = {&m.attendeesBefore, &m.attendeesAfter, &m.othersBefore,
                                     &m.othersAfter};
        for (int i = 0; i < 4; ++i)
            *sets[i] << (groups[i]->rate() ? *groups[i]->rate() * 100 : 0.0);
    }
    auto *series = new QBarSeries;
    for (QBarSet *s : sets)
        series->append(s);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(measures);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f %%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

} // namespace servicelens::ui
