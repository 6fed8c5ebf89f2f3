// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainingEffectDialog.h"
#include "widgets/DateText.h"

#include "widgets/ChartViews.h"
#include "workbook/WorkbookContext.h"

#include "i18n/Language.h"
#include "kpi/ReviewMeasures.h"
#include "kpi/TrainingEffect.h"
#include "survey/SurveyRepository.h"
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

#include <algorithm>

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
    , m_ratingsSummary(new QLabel(this))
    , m_ratings(new QTableWidget(this))
    , m_chart(charts::makeView(this, QStringLiteral("effectChart"), 260))
{
    setObjectName(QStringLiteral("trainingEffectDialog"));
    setWindowTitle(tr("Did the training change results?"));
    for (int d : {30, 60, 90})
        m_days->addItem(tr("%1 days before and after").arg(d), d);
    connect(m_days, &QComboBox::currentIndexChanged, this, &TrainingEffectDialog::refresh);
    m_summary->setWordWrap(true);
    // Both tables: what is compared, then before, after and the change for each group.
    const auto beforeAndAfter = [this](QTableWidget *t, const char *name, const QString &what) {
        t->setObjectName(QString::fromLatin1(name));
        t->setColumnCount(7);
        t->setHorizontalHeaderLabels({what, tr("Attendees before"), tr("Attendees after"),
                                      tr("Change"), tr("Others before"), tr("Others after"),
                                      tr("Change")});
        t->verticalHeader()->hide();
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    };
    beforeAndAfter(m_table, "effectTable", tr("Measure"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_days);
    top->addWidget(m_summary, 1);
    auto *note = new QLabel(tr("Change marked ✔ when it is beyond chance (a two-proportion test at "
                               "95 %); (n) is how many orders or survey answers it rests on."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText); // secondary, in light and dark
    m_ratingsSummary->setWordWrap(true);
    beforeAndAfter(m_ratings, "effectRatings", tr("Competency"));
    m_ratings->setMaximumHeight(130);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    layout->addWidget(note);
    layout->addWidget(m_ratingsSummary);
    layout->addWidget(m_ratings);
    layout->addWidget(m_chart, 1);
    layout->addWidget(buttons);
    resize(900, 700);
    refresh();
    refreshRatings();
}

void TrainingEffectDialog::refreshRatings()
{
    Database *db = m_context.database();
    if (!db)
        return;
    auto r = TrainingRatingEffect::compute(*db, m_session);
    if (!r)
        return showError(this, windowTitle(), r.error());
    m_ratings->setRowCount(0);
    m_ratings->setVisible(r->before && r->after);
    if (!r->before || !r->after) {
        m_ratingsSummary->setText(
            tr("360-degree reviews: none was answered %1 the session, so their ratings cannot "
               "show an effect.")
                .arg(!r->before ? tr("before") : tr("after")));
        return;
    }
    m_ratingsSummary->setText(
        tr("360-degree reviews answered before and after it: %1 (%2 to %3) and %4 (%5 to %6); "
           "the others' mean of each person rated in both. ✔: the attendees changed beyond the "
           "others' change (Welch's t-test at 95 %, three people a side at least).")
            .arg(r->before->code, DateText::of(r->before->opensOn),
                 DateText::of(r->before->closesOn), r->after->code, DateText::of(r->after->opensOn),
                 DateText::of(r->after->closesOn)));
    // The competencies' words, from the questionnaire the later cycle used.
    std::map<QString, QString> labels;
    if (auto survey = survey::SurveyRepository(*db).byId(r->after->surveyId); survey && *survey)
        for (const survey::Question &q : (*survey)->questions)
            labels[q.dimension] = q.text.in(i18n::Language::effective());
    const QLocale locale;
    const auto mean = [&locale](const std::optional<double> &v, int n) {
        return v ? QStringLiteral("%1 (%2)").arg(locale.toString(*v, 'f', 2)).arg(n)
                 : QStringLiteral("— (0)");
    };
    const auto change = [&locale](const std::optional<double> &a, const std::optional<double> &b,
                                  bool mark) {
        if (!a || !b)
            return QStringLiteral("—");
        const double d = *b - *a;
        return QStringLiteral("%1%2 %3").arg(d >= 0 ? QStringLiteral("+") : QString(),
                                             locale.toString(d, 'f', 2),
                                             mark ? QStringLiteral("✔") : QString());
    };
    if (r->changes.empty())
        m_ratingsSummary->setText(m_ratingsSummary->text() + QLatin1Char(' ') +
                                  tr("The course's skill area builds none of the questionnaire's "
                                     "competencies."));
    for (const RatingChange &c : r->changes) {
        const int row = m_ratings->rowCount();
        m_ratings->insertRow(row);
        const bool beyond = c.differs.value_or(false);
        const QString label = labels.count(c.competency) ? labels[c.competency] : c.competency;
        const QStringList cells = {label,
                                   mean(c.attendeesBefore, c.attendees),
                                   mean(c.attendeesAfter, c.attendees),
                                   change(c.attendeesBefore, c.attendeesAfter, beyond),
                                   mean(c.othersBefore, c.others),
                                   mean(c.othersAfter, c.others),
                                   change(c.othersBefore, c.othersAfter, false)};
        for (int col = 0; col < cells.size(); ++col)
            m_ratings->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
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
        const GroupRate *groups[] = {&m.attendeesBefore, &m.attendeesAfter, &m.othersBefore,
                                     &m.othersAfter};
        // A bar cannot be left out of a set: a measure with any rate unknown stays in the
        // table only, never drawn as 0 % (unknown is not zero).
        if (std::any_of(std::begin(groups), std::end(groups),
                        [](const GroupRate *g) { return !g->rate(); }))
            continue;
        measures << TrainingEffect::measureLabel(m.measure);
        for (int i = 0; i < 4; ++i)
            *sets[i] << *groups[i]->rate() * 100;
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
