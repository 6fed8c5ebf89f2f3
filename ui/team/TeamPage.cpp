// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamPage.h"

#include "ReviewsView.h"
#include "TrainingMatrixView.h"
#include "i18n/Language.h"
#include "widgets/ColumnChooser.h"
#include "widgets/DateText.h"

#include "workbook/WorkbookContext.h"

#include "SessionDialog.h"
#include "StaffDialog.h"
#include "TechnicianDialog.h"
#include "TrainingEffectDialog.h"
#include "common/LocalTime.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiEngine.h"
#include "kpi/ScorecardExtras.h"
#include "org/Staff.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "team/Training.h"
#include "widgets/ErrorMessage.h"
#include "widgets/ListTable.h"
#include "widgets/Palette.h"
#include "workbook/Workbook.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace flow;
using namespace kpi;

namespace {

constexpr qint64 fewOrders = kpi::TechnicianKpis::fewOrders;
constexpr qint64 fewAnswers = kpi::TechnicianKpis::fewAnswers;

class NumericItem final : public QTableWidgetItem {
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant a = data(Qt::UserRole);
        const QVariant b = other.data(Qt::UserRole);
        if (a.isValid() && b.isValid())
            return a.toDouble() < b.toDouble();
        if (a.isValid() != b.isValid())
            return a.isValid();
        return QTableWidgetItem::operator<(other);
    }
};

// A sortable cell: shown as text, sorted by its number (empty values last).
QTableWidgetItem *number(const QString &text, const std::optional<double> &value, bool few)
{
    auto *item = new NumericItem;
    item->setData(Qt::DisplayRole, text);
    item->setData(Qt::UserRole, value ? QVariant(*value) : QVariant());
    if (few) {
        item->setForeground(palette::muted);
        item->setToolTip(TeamPage::tr("Too few to compare: read with care"));
    }
    return item;
}

} // namespace

TeamPage::TeamPage(WorkbookContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
    , m_reviews(new ReviewsView(this))
    , m_period(new QComboBox(this))
    , m_periodLabel(new QLabel(this))
    , m_scorecard(makeListTable(this, QStringLiteral("scorecardTable"),
                                {tr("Code"), tr("Name"), tr("Team"), tr("Closed"),
                                 tr("Resolution\n(working days)"), tr("P90\n(working days)"),
                                 tr("SLA met"), tr("First-time fix"), tr("Reopened"),
                                 tr("Complaints"), tr("CSAT\n(answers)"), tr("NPS\n(answers)"),
                                 tr("Findings"), tr("Trainings")}))
    , m_teams(makeListTable(this, QStringLiteral("teamTable"),
                            {tr("Team"), QString(), QString(), tr("Closed"),
                             tr("Resolution\n(working days)"), tr("P90\n(working days)"),
                             tr("SLA met"), tr("First-time fix"), tr("Reopened"), tr("Complaints"),
                             tr("CSAT\n(answers)"), tr("NPS\n(answers)"), tr("Findings"),
                             tr("Trainings")}))
    , m_staff(makeListTable(
          this, QStringLiteral("staffTable"),
          {tr("Code"), tr("Name"), tr("Role"), tr("Team"), tr("Hire date"), tr("Status")}))
    , m_sessions(makeListTable(this, QStringLiteral("sessionTable"),
                               {tr("Date"), tr("Course"), tr("Skill area"), tr("Trainer"),
                                tr("Hours"), tr("Attendees"), tr("Assessment gain")}))
    , m_matrix(new TrainingMatrixView(this))
{
    setObjectName(QStringLiteral("teamPage"));
    m_period->setObjectName(QStringLiteral("teamPeriod"));
    m_period->addItem(tr("Last month"), 1);
    m_period->addItem(tr("Last 3 months"), 3);
    m_period->addItem(tr("Last 12 months"), 12);
    connect(m_period, &QComboBox::currentIndexChanged, this, &TeamPage::refreshScorecard);
    for (QTableWidget *t : {m_scorecard, m_teams}) {
        t->setSortingEnabled(true);
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    connect(m_scorecard, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem *item) {
        if (!m_context.workbook())
            return;
        const QString code = m_scorecard->item(item->row(), 0)->text();
        TechnicianDialog dialog(m_context, code, m_periodFigures, m_periodEnd.addMonths(-1), this);
        dialog.exec();
    });
    m_scorecard->setToolTip(tr("Double-click a technician for their twelve months and where they "
                               "stand"));
    m_teams->setColumnHidden(1, true);
    m_teams->setColumnHidden(2, true);
    // At the window's first size the scorecard fits without scrolling: the 90th percentile and
    // the training count wait for a right click on the header.
    new ColumnChooser(m_scorecard, QStringLiteral("team/hiddenColumns"), {5, 13}, {0, 1, 2},
                      m_teams);
    m_teams->setMaximumHeight(160);

    auto *scorePage = new QWidget(this);
    auto *scoreLayout = new QVBoxLayout(scorePage);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_period);
    top->addWidget(m_periodLabel, 1);
    scoreLayout->addLayout(top);
    scoreLayout->addWidget(m_scorecard, 1);
    auto *teamsTitle = new QLabel(tr("Teams"), this);
    QFont bold = teamsTitle->font();
    bold.setBold(true);
    teamsTitle->setFont(bold);
    scoreLayout->addWidget(teamsTitle);
    scoreLayout->addWidget(m_teams);
    auto *note = new QLabel(
        tr("Grey: fewer than %1 closed orders or %2 survey answers — too few "
           "to rank anyone on. Click a column to sort; right-click to choose the columns.")
            .arg(fewOrders)
            .arg(fewAnswers),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText); // secondary, in light and dark
    scoreLayout->addWidget(note);

    auto *staffPage = new QWidget(this);
    auto *staffLayout = new QVBoxLayout(staffPage);
    m_staff->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_staff, &QTableWidget::itemDoubleClicked, this, [this] { editStaff(false); });
    auto *add = new QPushButton(tr("New staff member…"), this);
    add->setObjectName(QStringLiteral("newStaff"));
    auto *edit = new QPushButton(tr("Edit…"), this);
    connect(add, &QPushButton::clicked, this, [this] { editStaff(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editStaff(false); });
    auto *staffButtons = new QHBoxLayout;
    staffButtons->addStretch();
    staffButtons->addWidget(add);
    staffButtons->addWidget(edit);
    staffLayout->addWidget(m_staff, 1);
    staffLayout->addLayout(staffButtons);

    auto *trainingPage = new QWidget(this);
    auto *trainingLayout = new QVBoxLayout(trainingPage);
    m_sessions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_sessions);
    split->addWidget(m_matrix);
    auto *matrixNote = new QLabel(tr("Training matrix: when each person was last trained in each "
                                     "skill area — red expired, amber expiring within 30 days, "
                                     "grey never."),
                                  this);
    matrixNote->setWordWrap(true);
    auto *effect = new QPushButton(tr("Effect on results…"), this);
    effect->setObjectName(QStringLiteral("trainingEffect"));
    effect->setToolTip(tr("The attendees' results before and after the selected session, beside "
                          "their colleagues'"));
    connect(effect, &QPushButton::clicked, this, [this] {
        const auto items = m_sessions->selectedItems();
        if (!m_context.workbook() || items.isEmpty())
            return;
        TrainingEffectDialog dialog(m_context, items.front()->data(Qt::UserRole).toLongLong(),
                                    this);
        dialog.exec();
    });
    connect(m_sessions, &QTableWidget::itemDoubleClicked, effect, &QPushButton::click);
    auto *newSession = new QPushButton(tr("New session…"), this);
    newSession->setObjectName(QStringLiteral("newSession"));
    connect(newSession, &QPushButton::clicked, this, [this] {
        auto branch = m_context.branch(); // none without a workbook
        if (!branch)
            return;
        SessionDialog dialog(m_context.workbook()->database(), branch->id, this);
        if (dialog.exec() == QDialog::Accepted)
            m_context.notify(WorkbookContext::Change::Team);
    });
    auto *trainingButtons = new QHBoxLayout;
    trainingButtons->addWidget(matrixNote, 1);
    trainingButtons->addWidget(newSession);
    trainingButtons->addWidget(effect);
    trainingLayout->addWidget(split, 1);
    trainingLayout->addLayout(trainingButtons);

    m_tabs->setObjectName(QStringLiteral("teamTabs"));
    m_tabs->addTab(scorePage, tr("Scorecard"));
    m_tabs->addTab(staffPage, tr("Staff"));
    m_tabs->addTab(trainingPage, tr("Training"));
    m_tabs->addTab(m_reviews, tr("360 Reviews"));
    connect(m_reviews, &ReviewsView::changed, this,
            [this] { m_context.notify(WorkbookContext::Change::Team); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    m_context.followWhenShown(this,
                              WorkbookContext::Change::Orders | WorkbookContext::Change::Surveys |
                                  WorkbookContext::Change::Team,
                              [this] { refresh(); });
}

void TeamPage::refresh()
{
    refreshScorecard();
    refreshStaff();
    refreshTraining();
    auto branch = m_context.branch();
    m_reviews->show(m_context.database(), branch ? branch->id : 0, i18n::Language::effective());
}

void TeamPage::fillFigures(QTableWidget *t, const std::vector<TechnicianKpis> &rows, bool people,
                           const std::map<QString, kpi::ScorecardExtra> &extras)
{
    const QLocale locale;
    auto pct = [&](const std::optional<double> &v) {
        return v ? locale.toString(*v * 100, 'f', 1) + QStringLiteral(" %") : QStringLiteral("—");
    };
    auto dec = [&](const std::optional<double> &v, int d) {
        return v ? locale.toString(*v, 'f', d) : QStringLiteral("—");
    };
    // Extras are per person; a team's are its members' summed.
    auto extraItem = [&](const QString &key, int kpi::ScorecardExtra::*field) {
        int value = 0;
        if (people) {
            const auto it = extras.find(key);
            value = it != extras.end() ? it->second.*field : 0;
        } else {
            for (const TechnicianKpis &p : m_periodFigures)
                if (p.team == key)
                    if (const auto it = extras.find(p.code); it != extras.end())
                        value += it->second.*field;
        }
        return number(QString::number(value), static_cast<double>(value), false);
    };
    t->setSortingEnabled(false);
    t->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const TechnicianKpis &k = rows[static_cast<std::size_t>(r)];
        const bool fewClosed = k.fewClosed();
        const bool fewSurveys = k.fewSurveys();
        const std::optional<double> closed = static_cast<double>(k.closed);
        const std::optional<double> complaints = static_cast<double>(k.complaints);
        // Closed orders whose files never had the input: "not in the data", never 0 %.
        auto rate = [&](const std::optional<double> &v, qint64 known, const char *columns) {
            if (!k.notInData(known))
                return number(pct(v), v, fewClosed);
            QTableWidgetItem *item = number(kpi::KpiCatalogue::notInDataText(), std::nullopt, true);
            item->setToolTip(kpi::KpiCatalogue::notInDataExplanation(QLatin1String(columns)));
            return item;
        };
        const QList<QTableWidgetItem *> items = {
            new QTableWidgetItem(people ? k.code : k.team),
            new QTableWidgetItem(k.name),
            new QTableWidgetItem(k.team),
            number(QString::number(k.closed), closed, false),
            number(dec(k.resolutionWdMean, 2), k.resolutionWdMean, fewClosed),
            number(dec(k.resolutionWdP90, 0), k.resolutionWdP90, fewClosed),
            rate(k.slaMetRate, k.slaKnown, "responded_at"),
            rate(k.firstTimeFixRate, k.firstTimeFixKnown, "visits, reopened"),
            rate(k.reopenRate, k.reopenKnown, "reopened"),
            number(QString::number(k.complaints), complaints, false),
            number(QStringLiteral("%1 (%2)").arg(pct(k.csat)).arg(k.csatAnswers), k.csat,
                   fewSurveys),
            number(QStringLiteral("%1 (%2)").arg(dec(k.nps, 0)).arg(k.npsAnswers), k.nps,
                   k.npsAnswers < fewAnswers),
            extraItem(people ? k.code : k.team, &kpi::ScorecardExtra::findings),
            extraItem(people ? k.code : k.team, &kpi::ScorecardExtra::trainings)};
        for (int c = 0; c < items.size(); ++c)
            t->setItem(r, c, items[c]);
    }
    t->setSortingEnabled(true);
}

void TeamPage::refreshScorecard()
{
    m_scorecard->setRowCount(0);
    m_teams->setRowCount(0);
    auto branch = m_context.branch(); // none without a workbook
    if (!branch)
        return;
    const LocalTime local = branch->localTime();
    const QDate today =
        local.localDate(m_context.workbook()->database().clock().nowSecsSinceEpoch());
    // Whole months up to the last complete one.
    const QDate to(today.year(), today.month(), 1);
    const QDate from = to.addMonths(-m_period->currentData().toInt());
    auto k = KpiEngine(m_context.workbook()->database())
                 .computePeriod(*branch, from, to, KpiEngine::Orders | KpiEngine::Surveys);
    if (!k) {
        showError(this, tr("Scorecard"), k.error());
        return;
    }
    const QLocale locale;
    m_periodLabel->setText(
        tr("%1 to %2: %n technician(s)", nullptr, static_cast<int>(k->technicians.size()))
            .arg(DateText::of(from), DateText::of(to.addDays(-1))));
    m_periodFigures = k->technicians;
    m_periodEnd = to;
    auto extras =
        kpi::ScorecardExtras::compute(m_context.workbook()->database(), branch->id,
                                      local.startOfDay(from), local.startOfDay(to), from, to);
    const std::map<QString, kpi::ScorecardExtra> none;
    fillFigures(m_scorecard, k->technicians, true, extras ? *extras : none);
    fillFigures(m_teams, k->teams, false, extras ? *extras : none);
}

void TeamPage::refreshStaff()
{
    m_staff->setRowCount(0);
    m_staffIds.clear();
    if (!m_context.workbook())
        return;
    auto staff = org::StaffRepository(m_context.workbook()->database()).list();
    if (!staff)
        return;
    const QLocale locale;
    m_staff->setRowCount(static_cast<int>(staff->size()));
    for (int r = 0; r < static_cast<int>(staff->size()); ++r) {
        const org::StaffMember &m = (*staff)[static_cast<std::size_t>(r)];
        m_staffIds.push_back(m.id);
        const QStringList cells = {m.code,
                                   m.name,
                                   org::RoleNames::label(m.role),
                                   m.team,
                                   m.hireDate.isValid() ? DateText::of(m.hireDate) : QString(),
                                   m.active ? tr("Active") : tr("Inactive")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, static_cast<qlonglong>(m.id));
            if (!m.active)
                item->setForeground(palette::muted);
            m_staff->setItem(r, c, item);
        }
    }
}

void TeamPage::editStaff(bool create)
{
    if (!m_context.workbook())
        return;
    org::StaffMember m;
    if (!create) {
        const auto items = m_staff->selectedItems();
        if (items.isEmpty())
            return;
        auto found = org::StaffRepository(m_context.workbook()->database())
                         .findById(items.front()->data(Qt::UserRole).toLongLong());
        if (!found || !*found)
            return;
        m = **found;
    } else if (auto branch = m_context.branch()) {
        m.branchId = branch->id;
    }
    StaffDialog dialog(m_context.workbook()->database(), m, this);
    if (dialog.exec() == QDialog::Accepted)
        m_context.notify(WorkbookContext::Change::Team);
}

void TeamPage::refreshTraining()
{
    m_sessions->setRowCount(0);
    m_matrix->showRows({});
    auto branch = m_context.branch(); // none without a workbook
    if (!branch)
        return;
    Database &db = m_context.workbook()->database();
    const QLocale locale;
    auto sessions = team::TrainingRepository(db).sessions(branch->id);
    if (sessions) {
        m_sessions->setRowCount(static_cast<int>(sessions->size()));
        for (int r = 0; r < static_cast<int>(sessions->size()); ++r) {
            const team::SessionRow &s = (*sessions)[static_cast<std::size_t>(r)];
            const QStringList cells = {DateText::of(s.session.day),
                                       s.course.title,
                                       team::SkillNames::label(s.course.skillArea),
                                       s.session.trainer,
                                       locale.toString(s.session.hours),
                                       QString::number(s.attendees),
                                       s.meanGain
                                           ? (*s.meanGain >= 0 ? QStringLiteral("+") : QString()) +
                                                 locale.toString(*s.meanGain, 'f', 1)
                                           : QStringLiteral("—")};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                item->setData(Qt::UserRole, static_cast<qlonglong>(s.session.id));
                m_sessions->setItem(r, c, item);
            }
        }
    }
    const QDate today = branch->localTime().localDate(db.clock().nowSecsSinceEpoch());
    auto rows = team::TrainingMatrix::compute(db, branch->id, today);
    if (!rows)
        return;
    m_matrix->showRows(std::move(*rows));
}

QTableWidget *TeamPage::matrix() const
{
    return m_matrix->table();
}

} // namespace servicelens::ui
