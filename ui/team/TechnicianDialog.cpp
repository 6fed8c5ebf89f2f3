// SPDX-License-Identifier: GPL-3.0-or-later
#include "TechnicianDialog.h"

#include "widgets/ChartViews.h"
#include "workbook/WorkbookContext.h"

#include "kpi/KpiEngine.h"
#include "org/Staff.h"
#include "team/Training.h"
#include "widgets/ErrorMessage.h"
#include "widgets/Palette.h"
#include "workbook/Workbook.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace servicelens::ui {

using namespace flow;
using namespace kpi;

namespace {

QChartView *view(QWidget *parent, const QString &name)
{
    return charts::makeView(parent, name, 240);
}
using charts::reset;

struct Measure {
    const char *label;
    std::optional<double> (*value)(const TechnicianKpis &);
    bool percent;
};

const Measure measures[] = {
    {QT_TRANSLATE_NOOP("servicelens::ui::TechnicianDialog", "First-time fix"),
     [](const TechnicianKpis &k) { return k.firstTimeFixRate; }, true},
    {QT_TRANSLATE_NOOP("servicelens::ui::TechnicianDialog", "SLA met"),
     [](const TechnicianKpis &k) { return k.slaMetRate; }, true},
    {QT_TRANSLATE_NOOP("servicelens::ui::TechnicianDialog", "Resolution, working days (mean)"),
     [](const TechnicianKpis &k) { return k.resolutionWdMean; }, false},
    {QT_TRANSLATE_NOOP("servicelens::ui::TechnicianDialog", "Reopened"),
     [](const TechnicianKpis &k) { return k.reopenRate; }, true},
    {QT_TRANSLATE_NOOP("servicelens::ui::TechnicianDialog", "CSAT"),
     [](const TechnicianKpis &k) { return k.csat; }, true},
};

} // namespace

TechnicianDialog::TechnicianDialog(WorkbookContext &context, QString code,
                                   std::vector<TechnicianKpis> period, QDate lastMonth,
                                   QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_code(std::move(code))
    , m_period(std::move(period))
    , m_lastMonth(lastMonth)
    , m_measure(new QComboBox(this))
    , m_trainings(new QLabel(this))
    , m_trend(view(this, QStringLiteral("technicianTrend")))
    , m_distribution(view(this, QStringLiteral("technicianDistribution")))
{
    setObjectName(QStringLiteral("technicianDialog"));
    for (const Measure &m : measures)
        m_measure->addItem(tr(m.label));
    connect(m_measure, &QComboBox::currentIndexChanged, this, &TechnicianDialog::showMeasure);
    m_trainings->setWordWrap(true);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_trend, 3);
    charts->addWidget(m_distribution, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_measure);
    layout->addLayout(charts, 1);
    layout->addWidget(m_trainings);
    layout->addWidget(buttons);
    resize(1000, 560);
    load();
}

void TechnicianDialog::load()
{
    auto branch = m_context.branch();
    if (!branch)
        return;
    Database &db = (*m_context.database());
    auto months = KpiEngine(db).computeTrend(*branch, m_lastMonth, 12,
                                             KpiEngine::Orders | KpiEngine::Surveys);
    if (!months) {
        showError(this, windowTitle(), months.error());
        return;
    }
    m_months = std::move(*months);
    auto member = org::StaffRepository(db).findByCode(m_code);
    m_name = member && *member ? (*member)->name : m_code;
    const QString teamName = member && *member ? (*member)->team : QString();
    setWindowTitle(tr("%1 %2 — %3").arg(m_code, m_name, teamName));
    // The trainings this person attended.
    QStringList attended;
    if (member && *member)
        if (auto list = team::TrainingRepository(db).attendedBy((*member)->id))
            for (const team::TrainingRepository::Attended &t : *list)
                attended << QStringLiteral("%1 %2%3").arg(
                    t.day.toString(Qt::ISODate), t.course.title,
                    t.preScore && t.postScore
                        ? QStringLiteral(" (%1 → %2)").arg(*t.preScore).arg(*t.postScore)
                        : QString());
    m_trainings->setText(attended.isEmpty()
                             ? tr("No training recorded.")
                             : tr("Trainings: %1").arg(attended.join(QStringLiteral("; "))));
    showMeasure(0);
}

void TechnicianDialog::showMeasure(int index)
{
    if (index < 0 || index >= static_cast<int>(std::size(measures)))
        return;
    const Measure &m = measures[index];
    const QLocale locale;
    const double scale = m.percent ? 100 : 1;
    QString teamName;
    for (const TechnicianKpis &t : m_period)
        if (t.code == m_code)
            teamName = t.team;
    // Twelve months: the person, their team, the branch's median technician.
    QChart *chart = reset(m_trend, tr("%1 over twelve months").arg(tr(m.label)));
    auto *person = new QLineSeries;
    person->setName(m_name); // people by name, as the team calls them
    person->setPen(QPen(palette::subject, 2.5));
    person->setPointsVisible(true);
    auto *team = new QLineSeries;
    team->setName(teamName.isEmpty() ? tr("Team") : teamName);
    team->setPen(QPen(palette::reference, 1.5, Qt::DashLine));
    std::vector<QDate> monthStarts;
    for (const MonthKpis &k : m_months)
        monthStarts.push_back(k.month);
    const QStringList labels = charts::monthLabels(monthStarts);
    double top = 0;
    m_trendValues.clear();
    for (int i = 0; i < static_cast<int>(m_months.size()); ++i) {
        const MonthKpis &k = m_months[static_cast<std::size_t>(i)];
        std::optional<double> mine;
        for (const TechnicianKpis &t : k.technicians)
            if (t.code == m_code)
                mine = m.value(t);
        m_trendValues.push_back(mine);
        if (mine) {
            person->append(i, *mine * scale);
            top = std::max(top, *mine * scale);
        }
        for (const TechnicianKpis &t : k.teams)
            if (t.team == teamName)
                if (auto v = m.value(t)) {
                    team->append(i, *v * scale);
                    top = std::max(top, *v * scale);
                }
    }
    chart->addSeries(team);
    chart->addSeries(person);
    auto *x = charts::categoryAxis(labels);
    auto *y = new QValueAxis;
    y->setRange(0, m.percent ? 100 : std::max(1.0, std::ceil(top * 1.2)));
    y->setLabelFormat(m.percent ? QStringLiteral("%.0f %%") : QStringLiteral("%.1f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }

    // Where the person stands among the technicians of the period: one bar each, theirs marked.
    struct Standing {
        double value;
        QString code;
        QString name;
    };
    std::vector<Standing> values;
    for (const TechnicianKpis &t : m_period)
        if (auto v = m.value(t))
            values.push_back({*v * scale, t.code, t.name.isEmpty() ? t.code : t.name});
    std::sort(values.begin(), values.end(),
              [](const Standing &a, const Standing &b) { return a.value < b.value; });
    // A category axis merges equal labels: two people of one name are told apart by code.
    QHash<QString, int> namesakes;
    for (const Standing &s : values)
        ++namesakes[s.name];
    for (Standing &s : values)
        if (namesakes.value(s.name) > 1)
            s.name = QStringLiteral("%1 %2").arg(s.name, s.code);
    QChart *dist = reset(m_distribution, tr("All technicians of the period"));
    auto *others = new QBarSet(tr("Others"));
    auto *self = new QBarSet(m_name);
    others->setColor(palette::referenceBefore);
    self->setColor(palette::subject);
    QStringList names;
    double highest = 0;
    for (const Standing &s : values) {
        names << s.name;
        *others << (s.code == m_code ? 0 : s.value);
        *self << (s.code == m_code ? s.value : 0);
        highest = std::max(highest, s.value);
    }
    // Stacked, one of the two is zero: one centred bar per technician.
    auto *series = new QStackedBarSeries;
    series->append(others);
    series->append(self);
    series->setBarWidth(0.9);
    dist->addSeries(series);
    auto *dx = new QBarCategoryAxis;
    dx->append(names);
    QFont small = dx->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.75);
    dx->setLabelsFont(small);
    dx->setTruncateLabels(false);
    auto *dy = new QValueAxis;
    dy->setRange(0, m.percent ? 100 : std::max(1.0, std::ceil(highest * 1.2)));
    dy->setLabelFormat(m.percent ? QStringLiteral("%.0f %%") : QStringLiteral("%.1f"));
    dist->addAxis(dx, Qt::AlignBottom);
    dist->addAxis(dy, Qt::AlignLeft);
    series->attachAxis(dx);
    series->attachAxis(dy);
    dist->legend()->hide();
}

} // namespace servicelens::ui
