// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectionChartsView.h"

#include "widgets/ChartViews.h"
#include "widgets/Palette.h"
#include "workbook/WorkbookContext.h"

#include "common/LocalTime.h"
#include "i18n/Language.h"
#include "inspection/TemplateRepository.h"
#include "kpi/InspectionAnalysis.h"
#include "org/Branch.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "workbook/Workbook.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>

namespace servicelens::ui {

using namespace inspection;
using namespace kpi;

namespace {

QChartView *makeView(QWidget *parent, const QString &name)
{
    return charts::makeView(parent, name, 250);
}
using charts::reset;

QLineSeries *line(const QString &name, const QColor &colour, qreal width, bool dashed = false)
{
    auto *s = new QLineSeries;
    s->setName(name);
    QPen pen(colour);
    pen.setWidthF(width);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    s->setPen(pen);
    s->setPointsVisible(!dashed);
    return s;
}

void axes(QChart *chart, const QStringList &months, double minY, double maxY, const QString &format)
{
    charts::attachAxes(chart, charts::categoryAxis(months), charts::valueAxis(minY, maxY, format));
}

} // namespace

InspectionChartsView::InspectionChartsView(WorkbookContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_template(new QComboBox(this))
    , m_scores(makeView(this, QStringLiteral("scoreChart")))
    , m_passRate(makeView(this, QStringLiteral("passRateChart")))
    , m_actions(makeView(this, QStringLiteral("actionChart")))
    , m_failed(makeView(this, QStringLiteral("failedItemsChart")))
{
    m_template->setObjectName(QStringLiteral("chartTemplate"));
    connect(m_template, &QComboBox::currentIndexChanged, this, &InspectionChartsView::refresh);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Template:"), this));
    top->addWidget(m_template);
    top->addStretch();
    auto *grid = new QGridLayout;
    grid->addWidget(m_scores, 0, 0);
    grid->addWidget(m_passRate, 0, 1);
    grid->addWidget(m_actions, 1, 0);
    grid->addWidget(m_failed, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 1);
    m_context.follow(this, WorkbookContext::Change::Inspections, [this] { showWorkbook(); });
}

void InspectionChartsView::showWorkbook()
{
    Workbook *workbook = m_context.workbook();
    const QSignalBlocker block(m_template);
    m_template->clear();
    if (workbook) {
        const QString language = i18n::Language::effective();
        if (auto list = TemplateRepository(workbook->database()).list())
            for (const TemplateSummary &s : *list)
                m_template->addItem(s.name.in(language), s.code);
    }
    refresh();
}

void InspectionChartsView::refresh()
{
    if (!m_context.workbook() || m_template->currentIndex() < 0 || !isVisible())
        return;
    auto branch = m_context.branch();
    if (!branch)
        return;
    Database &db = m_context.workbook()->database();
    const QDate today = branch->localTime().localDate(db.clock().nowSecsSinceEpoch());
    auto data =
        InspectionAnalysis::compute(db, *branch, m_template->currentData().toString(), today, 12);
    if (!data)
        return;
    auto t = TemplateRepository(db).latest(m_template->currentData().toString());
    const double passScore = t && *t ? (*t)->passScore : 80;
    const QString language = i18n::Language::effective();
    const QLocale locale;
    std::vector<QDate> monthStarts;
    for (const InspectionMonth &m : data->months)
        monthStarts.push_back(m.month);
    const QStringList months = charts::monthLabels(monthStarts);

    // Scores: overall, per section (thin), and the pass score.
    {
        // The title states the latest score there is.
        const InspectionMonth *latestMonth = nullptr;
        for (const InspectionMonth &m : data->months)
            if (m.kpis.meanScore)
                latestMonth = &m;
        QChart *chart = reset(
            m_scores, latestMonth
                          ? tr("Inspection score %1 in %2 (pass at %3)")
                                .arg(locale.toString(*latestMonth->kpis.meanScore, 'f', 1),
                                     locale.toString(latestMonth->month, tr("MMMM yyyy")),
                                     locale.toString(passScore))
                          : tr("Inspection score (pass at %1)").arg(locale.toString(passScore)));
        auto *overall = line(tr("Overall"), palette::score, 3);
        auto *target = line(tr("Pass score"), palette::target, 1.5, true);
        for (int i = 0; i < static_cast<int>(data->months.size()); ++i) {
            if (const auto &s = data->months[static_cast<std::size_t>(i)].kpis.meanScore)
                overall->append(i, *s);
            target->append(i, passScore);
        }
        for (std::size_t s = 0; s < data->sections.size(); ++s) {
            const QColor colour =
                QColor::fromHsv(static_cast<int>(s * 360 / data->sections.size()), 90, 200);
            const QString name = data->sections[s].in(language);
            auto *section = line(name, colour, 1);
            for (int i = 0; i < static_cast<int>(data->months.size()); ++i)
                if (const auto &v = data->months[static_cast<std::size_t>(i)].sectionMeans[s])
                    section->append(i, *v);
            connect(section, &QLineSeries::hovered, this,
                    [name, locale](const QPointF &p, bool state) {
                        if (state)
                            QToolTip::showText(
                                QCursor::pos(),
                                QStringLiteral("%1: %2").arg(name, locale.toString(p.y(), 'f', 1)));
                        else
                            QToolTip::hideText();
                    });
            chart->addSeries(section);
        }
        chart->addSeries(target);
        chart->addSeries(overall);
        axes(chart, months, 0, 100, QStringLiteral("%.0f"));
        // Every line named: beside the chart, where a column of section names has room.
        chart->legend()->setAlignment(Qt::AlignRight);
        QFont small = chart->legend()->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        chart->legend()->setFont(small);
    }
    // Pass rate.
    {
        qint64 completed = 0;
        qint64 failed = 0;
        for (const InspectionMonth &m : data->months) {
            completed += m.kpis.completed;
            failed += m.kpis.failed;
        }
        QChart *chart = reset(m_passRate, tr("%1 of %2 inspections passed in twelve months")
                                              .arg(completed - failed)
                                              .arg(completed));
        auto *set = new QBarSet(tr("Passed"));
        set->setColor(palette::met);
        for (const InspectionMonth &m : data->months)
            *set << (m.passRate ? 100.0 * *m.passRate : 0.0);
        auto *series = new QBarSeries;
        series->append(set);
        series->setLabelsVisible(false);
        chart->addSeries(series);
        axes(chart, months, 0, 100, QStringLiteral("%.0f %%"));
        chart->legend()->hide();
    }
    // Actions open and overdue at each month end.
    {
        const auto &k = data->months.back().kpis;
        QChart *chart = reset(m_actions, tr("Corrective actions: %1 open, %2 overdue at month end")
                                             .arg(k.actionsOpenEnd)
                                             .arg(k.actionsOverdueEnd));
        auto *open = line(tr("Open"), palette::open, 2);
        auto *overdue = line(tr("Overdue"), palette::problem, 2);
        double top = 1;
        for (int i = 0; i < static_cast<int>(data->months.size()); ++i) {
            const auto &m = data->months[static_cast<std::size_t>(i)].kpis;
            open->append(i, static_cast<double>(m.actionsOpenEnd));
            overdue->append(i, static_cast<double>(m.actionsOverdueEnd));
            top = std::max(top, static_cast<double>(m.actionsOpenEnd));
        }
        chart->addSeries(open);
        chart->addSeries(overdue);
        axes(chart, months, 0, top + 1, QStringLiteral("%.0f"));
        if (auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0)))
            y->setTickCount(static_cast<int>(top) + 2); // whole numbers only
    }
    // Most often failed items.
    {
        QChart *chart =
            reset(m_failed, data->mostFailed.empty() ? tr("No findings in the last twelve months")
                                                     : tr("Items most often found failing"));
        auto *set = new QBarSet(tr("Findings"));
        set->setColor(palette::problem);
        QStringList labels;
        QStringList fullTexts; // top to bottom, as mostFailed
        double top = 1;
        // Six rows leave room for names on two lines. Bottom to top: the most frequent at the
        // top.
        const auto shown =
            data->mostFailed.begin() +
            static_cast<std::ptrdiff_t>(std::min<std::size_t>(6, data->mostFailed.size()));
        for (auto it = std::make_reverse_iterator(shown);
             it != std::make_reverse_iterator(data->mostFailed.begin()); ++it) {
            // Qt Charts elides a long category label to nothing: a long item name goes on two
            // lines (labels are rich text), and the whole of it shows on hover.
            const QString text = it->text.in(language);
            const int room = language.startsWith(QLatin1String("zh")) ? 12 : 26;
            QString label = text.toHtmlEscaped();
            if (text.size() > room) {
                // Chinese breaks between any characters; other text at its last space that fits.
                const int space = text.lastIndexOf(QLatin1Char(' '), room);
                const int cut = space > room / 2 ? space : room;
                const QString second = text.mid(cut).trimmed();
                label =
                    text.left(cut).toHtmlEscaped() + QStringLiteral("<br>") +
                    (second.size() > room ? second.left(room - 1) + QStringLiteral("…") : second)
                        .toHtmlEscaped();
            }
            labels << label;
            fullTexts.prepend(text);
            *set << it->findings;
            top = std::max(top, static_cast<double>(it->findings));
        }
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        connect(series, &QHorizontalBarSeries::hovered, this,
                [fullTexts](bool state, int index, QBarSet *bars) {
                    const int row = static_cast<int>(fullTexts.size()) - 1 - index;
                    if (state && row >= 0)
                        QToolTip::showText(QCursor::pos(), QStringLiteral("%1: %2").arg(
                                                               fullTexts.at(row),
                                                               QString::number(bars->at(index))));
                    else
                        QToolTip::hideText();
                });
        chart->addSeries(series);
        auto *y = new QBarCategoryAxis;
        y->append(labels);
        QFont small = y->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        y->setLabelsFont(small);
        y->setTruncateLabels(false);
        auto *x = new QValueAxis;
        x->setRange(0, top + 1);
        x->setLabelFormat(QStringLiteral("%.0f"));
        if (top <= 10)
            x->setTickCount(static_cast<int>(top) + 2); // whole numbers only
        chart->addAxis(y, Qt::AlignLeft);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        series->attachAxis(y);
        chart->legend()->hide();
    }
}

} // namespace servicelens::ui
