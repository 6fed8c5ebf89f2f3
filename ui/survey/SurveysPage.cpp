// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurveysPage.h"
#include "widgets/DateText.h"

#include "workbook/WorkbookContext.h"

#include "CallbackForm.h"
#include "SurveyCharts.h"
#include "SurveyDesigner.h"
#include "common/LocalTime.h"
#include "incident/IncidentCallsView.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiTargets.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "survey/SurveyRepository.h"
#include "widgets/ErrorMessage.h"
#include "widgets/ListTable.h"
#include "widgets/Palette.h"
#include "workbook/Workbook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace survey;

namespace {

// "89.8 % ± 3.1" — a figure is never shown without its uncertainty.
QString withMargin(const Estimate &e, bool percent)
{
    if (!e.value)
        return QStringLiteral("—");
    const QLocale locale;
    const double scale = percent ? 100 : 1;
    return QStringLiteral("%1%2 ± %3")
        .arg(locale.toString(*e.value * scale, 'f', percent ? 1 : 2),
             percent ? QStringLiteral(" %") : QString(),
             locale.toString(e.margin * scale, 'f', percent ? 1 : 2));
}

} // namespace

SurveysPage::SurveysPage(WorkbookContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
    , m_callTitle(new QLabel(this))
    , m_calls(makeListTable(this, QStringLiteral("callbackTable"),
                            {tr("Due"), tr("Order"), tr("Customer"), tr("Phone"), tr("Product"),
                             tr("Technician"), tr("Status"), tr("Attempts")}))
    , m_period(new QComboBox(this))
    , m_breakdown(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_groups(makeListTable(this, QStringLiteral("groupTable"),
                             {tr("Group"), tr("Answers"), tr("CSAT"), tr("NPS"), tr("Mean (1–5)"),
                              tr("Against the rest")}))
    , m_driverChart(new DriverChart(this))
    , m_drivers(makeListTable(this, QStringLiteral("driverTable"),
                              {tr("Dimension"), tr("Importance"), tr("Mean (1–5)"), tr("Answers")}))
    , m_detractors(new QCheckBox(tr("Detractors only (0–6)"), this))
    , m_themes(new QListWidget(this))
    , m_comments(new QListWidget(this))
    , m_charts(new SurveyCharts(this))
    , m_incidentCalls(new IncidentCallsView(this))
{
    setObjectName(QStringLiteral("surveyPage"));
    QFont heading = m_callTitle->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    m_callTitle->setFont(heading);
    m_calls->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    connect(m_calls, &QTableWidget::itemDoubleClicked, this, [this] { startCalls(); });
    auto *call = new QPushButton(tr("Start calling"), this);
    call->setObjectName(QStringLiteral("startCalling"));
    call->setToolTip(tr("The calls one after another, from the selected one"));
    connect(call, &QPushButton::clicked, this, &SurveysPage::startCalls);
    auto *questionnaire = new QPushButton(tr("Questionnaire…"), this);
    questionnaire->setObjectName(QStringLiteral("questionnaireButton"));
    questionnaire->setToolTip(tr("The questions asked in the calls"));
    connect(questionnaire, &QPushButton::clicked, this, &SurveysPage::editQuestionnaire);
    auto *settings = new QPushButton(tr("Settings…"), this);
    settings->setToolTip(tr("Which orders are surveyed and when"));
    connect(settings, &QPushButton::clicked, this, &SurveysPage::editSettings);

    auto *callsPage = new QWidget(this);
    auto *callsLayout = new QVBoxLayout(callsPage);
    auto *callsTop = new QHBoxLayout;
    callsTop->addWidget(m_callTitle);
    callsTop->addStretch();
    callsTop->addWidget(questionnaire);
    callsTop->addWidget(settings);
    callsTop->addWidget(call);
    callsLayout->addLayout(callsTop);
    callsLayout->addWidget(m_calls);
    // What the red rows mean, said once under the list.
    auto *legend = new QLabel(palette::problemHtml(tr("Red")) +
                                  tr(": the customer complained about the order — call first."),
                              callsPage);
    legend->setObjectName(QStringLiteral("callsLegend"));
    legend->setTextFormat(Qt::RichText);
    callsLayout->addWidget(legend);

    m_period->setObjectName(QStringLiteral("surveyPeriod"));
    m_period->addItem(tr("Last 12 months"), 12);
    m_period->addItem(tr("Last 3 months"), 3);
    m_period->addItem(tr("Last month"), 1);
    m_breakdown->setObjectName(QStringLiteral("breakdown"));
    const std::pair<QString, Breakdown> breakdowns[] = {
        {tr("Month"), Breakdown::Month},     {tr("Technician"), Breakdown::Technician},
        {tr("Channel"), Breakdown::Channel}, {tr("Category"), Breakdown::Category},
        {tr("Product"), Breakdown::Product}, {tr("Customer segment"), Breakdown::Segment}};
    for (const auto &[label, b] : breakdowns)
        m_breakdown->addItem(label, static_cast<int>(b));
    connect(m_period, &QComboBox::currentIndexChanged, this, &SurveysPage::refreshAnalysis);
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, &SurveysPage::showGroups);
    m_summary->setWordWrap(true);
    m_groups->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_groups->setSortingEnabled(true);
    auto *groupsPage = new QWidget(this);
    auto *groupsLayout = new QVBoxLayout(groupsPage);
    auto *groupsTop = new QHBoxLayout;
    groupsTop->addWidget(new QLabel(tr("By:"), this));
    groupsTop->addWidget(m_breakdown);
    groupsTop->addStretch();
    groupsLayout->addLayout(groupsTop);
    groupsLayout->addWidget(m_groups);
    auto *note = new QLabel(tr("± is the 95 % margin of error. ▲/▼: better or worse than the "
                               "rest beyond chance; small groups are rarely marked."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText); // secondary, in light and dark
    groupsLayout->addWidget(note);

    auto *driversPage = new QWidget(this);
    auto *driversLayout = new QHBoxLayout(driversPage);
    m_drivers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_drivers->horizontalHeader()->setStretchLastSection(true);
    m_drivers->setMaximumWidth(460);
    driversLayout->addWidget(m_driverChart, 3);
    driversLayout->addWidget(m_drivers, 2);

    auto *themesPage = new QWidget(this);
    auto *themesLayout = new QVBoxLayout(themesPage);
    m_themes->setObjectName(QStringLiteral("themes"));
    m_comments->setObjectName(QStringLiteral("comments"));
    m_comments->setWordWrap(true);
    m_detractors->setObjectName(QStringLiteral("detractorsOnly"));
    connect(m_detractors, &QCheckBox::toggled, this, &SurveysPage::showThemes);
    connect(m_themes, &QListWidget::currentRowChanged, this, &SurveysPage::showThemeComments);
    auto *split = new QSplitter(this);
    split->addWidget(m_themes);
    split->addWidget(m_comments);
    split->setStretchFactor(1, 3);
    themesLayout->addWidget(m_detractors);
    themesLayout->addWidget(split, 1);

    auto *analysis = new QTabWidget(this);
    analysis->setObjectName(QStringLiteral("analysisTabs"));
    analysis->addTab(groupsPage, tr("By group"));
    analysis->addTab(driversPage, tr("Key drivers"));
    analysis->addTab(themesPage, tr("Comments"));
    analysis->addTab(m_charts, tr("Charts"));
    auto *analysisPage = new QWidget(this);
    auto *analysisLayout = new QVBoxLayout(analysisPage);
    auto *analysisTop = new QHBoxLayout;
    analysisTop->addWidget(new QLabel(tr("Period:"), this));
    analysisTop->addWidget(m_period);
    analysisTop->addWidget(m_summary, 1);
    analysisLayout->addLayout(analysisTop);
    analysisLayout->addWidget(analysis, 1);

    m_tabs->setObjectName(QStringLiteral("surveyTabs"));
    m_tabs->addTab(callsPage, tr("Callback list"));
    m_tabs->addTab(m_incidentCalls, tr("Incident calls"));
    m_tabs->addTab(analysisPage, tr("Analysis"));
    m_analysisPage = analysisPage;
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (m_tabs->widget(i) == m_analysisPage)
            refreshAnalysis();
    });
    connect(m_incidentCalls, &IncidentCallsView::recorded, this, [this] {
        m_context.notify(WorkbookContext::Change::Incidents);
        refreshIncidentCalls();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    m_context.followWhenShown(this,
                              WorkbookContext::Change::Surveys | WorkbookContext::Change::Orders |
                                  WorkbookContext::Change::Incidents,
                              [this] { refresh(); });
}

void SurveysPage::refresh()
{
    refreshCalls();
    if (m_tabs->currentWidget() == m_analysisPage)
        refreshAnalysis();
}

void SurveysPage::refreshIncidentCalls()
{
    auto branch = m_context.branch();
    Database *db = m_context.database();
    m_incidentCalls->show(db, branch ? branch->id : 0, m_context.localTime(),
                          db ? db->clock().nowSecsSinceEpoch() : qint64(0));
    const int n = m_incidentCalls->count();
    m_tabs->setTabText(m_tabs->indexOf(m_incidentCalls),
                       n ? tr("Incident calls (%1)").arg(n) : tr("Incident calls"));
}

void SurveysPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshCalls();
}

void SurveysPage::refreshCalls()
{
    refreshIncidentCalls();
    m_callRows.clear();
    m_calls->setRowCount(0);
    auto branch = m_context.branch(); // none without a workbook
    if (!branch)
        return;
    Database &db = m_context.workbook()->database();
    const qint64 now = db.clock().nowSecsSinceEpoch();
    ResponseRepository responses(db);
    CallbackWorkflow workflow(db);
    // Orders followed up or closed since the last look become due first (read-only files
    // just show what is there).
    if (!db.isReadOnly())
        if (auto made = workflow.createDue(branch->id, now); !made)
            showError(this, tr("Callback list"), made.error());
    auto rows = responses.callbackList(branch->id, now, 500);
    if (!rows) {
        showError(this, tr("Callback list"), rows.error());
        return;
    }
    m_callRows = std::move(*rows);
    const LocalTime local = m_context.localTime();
    const QLocale locale;
    m_calls->setRowCount(static_cast<int>(m_callRows.size()));
    for (int r = 0; r < static_cast<int>(m_callRows.size()); ++r) {
        const CallbackRow &c = m_callRows[static_cast<std::size_t>(r)];
        const qint64 due = c.response.callBackAt.value_or(c.response.dueAt);
        const QStringList cells = {DateText::of(local.localDateTime(due)),
                                   c.orderNo,
                                   c.customer,
                                   c.phone,
                                   QStringLiteral("%1 %2").arg(c.category, c.product),
                                   c.technician,
                                   ResponseNames::label(c.response.status),
                                   QString::number(c.response.attempts)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (c.complaint)
                item->setForeground(palette::problem);
            m_calls->setItem(r, col, item);
        }
    }
    m_calls->resizeColumnsToContents();
    m_calls->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_callTitle->setText(
        m_callRows.empty()
            ? tr("Nobody to call now: surveys become due a day after an order "
                 "is followed up or closed.")
            : tr("%n call(s) to make", nullptr, static_cast<int>(m_callRows.size())));
    if (!m_callRows.empty())
        m_calls->selectRow(0);
}

void SurveysPage::startCalls()
{
    if (!m_context.workbook() || m_callRows.empty())
        return;
    const int from = std::max(0, m_calls->currentRow());
    std::vector<CallbackRow> calls(m_callRows.begin() + from, m_callRows.end());
    CallbackForm form(m_context, std::move(calls), this);
    form.exec();
    m_context.notify(WorkbookContext::Change::Surveys);
}

void SurveysPage::refreshAnalysis()
{
    m_records.clear();
    auto branch = m_context.branch(); // none without a workbook
    if (!branch)
        return;
    Database &db = m_context.workbook()->database();
    const QDate today = m_context.today();
    const QDate thisMonth(today.year(), today.month(), 1);
    const int months = m_period->currentData().toInt();
    // Whole months up to the last complete one.
    const QDate to = thisMonth;
    const QDate from = to.addMonths(-months);
    auto records = SurveyAnalysis::load(db, *branch, from, to);
    if (!records) {
        showError(this, tr("Survey analysis"), records.error());
        return;
    }
    m_records = std::move(*records);
    qint64 comments = 0;
    for (const ResponseRecord &r : m_records)
        comments += r.comment.isEmpty() ? 0 : 1;
    const QLocale locale;
    m_summary->setText(tr("%1 answered surveys from %2 to %3, %4 with a comment")
                           .arg(m_records.size())
                           .arg(DateText::of(from), DateText::of(to.addDays(-1)))
                           .arg(comments));
    showGroups();

    const auto drivers = SurveyAnalysis::drivers(m_records);
    m_driverChart->show(drivers);
    m_drivers->setRowCount(static_cast<int>(drivers.size()));
    for (int r = 0; r < static_cast<int>(drivers.size()); ++r) {
        const Driver &d = drivers[static_cast<std::size_t>(r)];
        const QStringList cells = {
            SurveyNames::dimensionLabel(d.dimension),
            d.importance ? locale.toString(*d.importance, 'f', 2) : QStringLiteral("—"),
            d.performance ? locale.toString(*d.performance, 'f', 2) : QStringLiteral("—"),
            QString::number(d.n)};
        for (int c = 0; c < cells.size(); ++c)
            m_drivers->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    showThemes();

    // The chart plots each month's CSAT: the orders' details are not needed.
    auto trend =
        kpi::KpiEngine(db).computeTrend(*branch, thisMonth.addMonths(-1), 12,
                                        kpi::KpiEngine::Surveys | kpi::KpiEngine::OrdersBrief);
    auto targets = kpi::KpiTargetRepository(db).load();
    if (trend)
        m_charts->showTrend(*trend, targets ? targets->csat : 0.9);
    m_charts->showDistribution(m_records);
}

void SurveysPage::showGroups()
{
    const auto breakdown = static_cast<Breakdown>(m_breakdown->currentData().toInt());
    const auto groups = SurveyAnalysis::byGroup(m_records, breakdown);
    m_groups->setSortingEnabled(false);
    m_groups->setRowCount(static_cast<int>(groups.size()));
    const QLocale locale;
    for (int r = 0; r < static_cast<int>(groups.size()); ++r) {
        const GroupFigures &g = groups[static_cast<std::size_t>(r)];
        QString key = g.key.isEmpty() ? tr("(unknown)") : g.key;
        if (breakdown == Breakdown::Channel)
            if (auto c = flow::FlowNames::channel(g.key))
                key = flow::FlowNames::label(*c);
        if (breakdown == Breakdown::Segment)
            key = g.key == QLatin1String("key") ? tr("Key customers") : tr("Regular customers");
        const QString difference = g.csatDifference > 0   ? tr("▲ better")
                                   : g.csatDifference < 0 ? tr("▼ worse")
                                                          : QString();
        auto *name = new QTableWidgetItem(key);
        auto *n = new QTableWidgetItem;
        n->setData(Qt::DisplayRole, static_cast<qlonglong>(g.csat.n));
        if (g.csat.n < 30)
            n->setToolTip(tr("A small sample: read with care"));
        const QList<QTableWidgetItem *> items = {
            name,
            n,
            new QTableWidgetItem(withMargin(g.csat, true)),
            new QTableWidgetItem(
                g.nps.value ? QStringLiteral("%1 ± %2").arg(locale.toString(*g.nps.value, 'f', 0),
                                                            locale.toString(g.nps.margin, 'f', 0))
                            : QStringLiteral("—")),
            new QTableWidgetItem(withMargin(g.meanOverall, false)),
            new QTableWidgetItem(difference)};
        for (int c = 0; c < items.size(); ++c) {
            if (g.csatDifference != 0)
                items[c]->setForeground(g.csatDifference > 0 ? palette::met : palette::problem);
            if (g.csat.n < 30 && c > 0)
                items[c]->setForeground(palette::muted);
            m_groups->setItem(r, c, items[c]);
        }
    }
    m_groups->resizeColumnsToContents();
    m_groups->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_groups->setSortingEnabled(true);
}

void SurveysPage::showThemes()
{
    m_themeRows = SurveyAnalysis::themes(m_records, 40, m_detractors->isChecked());
    m_themes->clear();
    for (const Theme &t : m_themeRows)
        m_themes->addItem(tr("%1 (%2)").arg(t.term).arg(t.count));
    m_comments->clear();
    if (!m_themeRows.empty())
        m_themes->setCurrentRow(0);
}

void SurveysPage::showThemeComments()
{
    m_comments->clear();
    const int row = m_themes->currentRow();
    if (row < 0 || row >= static_cast<int>(m_themeRows.size()))
        return;
    const Theme &t = m_themeRows[static_cast<std::size_t>(row)];
    const QLocale locale;
    for (qint64 id : t.responses)
        for (const ResponseRecord &r : m_records)
            if (r.responseId == id) {
                const QString score =
                    r.overall ? tr("satisfaction %1").arg(locale.toString(*r.overall)) : QString();
                auto *item = new QListWidgetItem(
                    QStringLiteral("%1 — %2 · %3").arg(r.comment, score, r.technician), m_comments);
                if (r.nps && *r.nps <= 6)
                    item->setForeground(palette::problem);
            }
}

void SurveysPage::editQuestionnaire()
{
    if (!m_context.workbook())
        return;
    Database &db = m_context.workbook()->database();
    auto settings = SurveySettingsRepository(db).load();
    if (!settings)
        return showError(this, tr("Questionnaire"), settings.error());
    auto current = SurveyRepository(db).latest(settings->surveyCode);
    if (!current || !*current)
        return showError(this, tr("Questionnaire"),
                         current ? makeError(ErrorKind::NotFound, tr("No questionnaire."))
                                 : current.error());
    SurveyDesigner designer(db, **current, this);
    if (designer.exec() == QDialog::Accepted)
        m_context.notify(WorkbookContext::Change::Surveys);
}

void SurveysPage::editSettings()
{
    if (!m_context.workbook())
        return;
    SurveySettingsRepository repo(m_context.workbook()->database());
    auto current = repo.load();
    if (!current)
        return showError(this, tr("Survey settings"), current.error());
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Survey settings"));
    auto *sampling = new QSpinBox(&dialog);
    sampling->setRange(0, 100);
    sampling->setSuffix(QStringLiteral(" %"));
    sampling->setValue(current->samplingPercent);
    auto *delay = new QSpinBox(&dialog);
    delay->setRange(0, 30);
    delay->setSuffix(tr(" day(s)"));
    delay->setValue(current->delayDays);
    auto *attempts = new QSpinBox(&dialog);
    attempts->setRange(1, 10);
    attempts->setValue(current->maxAttempts);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Survey this share of orders:"), sampling);
    form->addRow(tr("Call after follow-up or closing:"), delay);
    form->addRow(tr("Calls before “no answer”:"), attempts);
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    SurveySettings s = *current;
    s.samplingPercent = sampling->value();
    s.delayDays = delay->value();
    s.maxAttempts = attempts->value();
    if (auto saved = repo.save(s); !saved)
        showError(this, tr("Survey settings"), saved.error());
    m_context.notify(WorkbookContext::Change::Surveys);
}

} // namespace servicelens::ui
