// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewsView.h"

#include "ReviewCycleDialog.h"
#include "ReviewKiosk.h"
#include "ReviewPersonView.h"
#include "ReviewPrintouts.h"
#include "print/PrintPreview.h"
#include "storage/Database.h"
#include "survey/SurveyDesigner.h"
#include "survey/SurveyRepository.h"
#include "team/ReviewCycles.h"
#include "team/ReviewResults.h"
#include "team/ReviewTraining.h"
#include "team/ReviewTrend.h"
#include "widgets/DateText.h"
#include "widgets/ErrorMessage.h"
#include "widgets/ListTable.h"
#include "widgets/Palette.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace servicelens::ui {

using namespace team;

ReviewsView::ReviewsView(QWidget *parent)
    : QWidget(parent)
    , m_cycles(makeListTable(
          this, QStringLiteral("reviewCycles"),
          {tr("Cycle"), tr("Name"), tr("Period reviewed"), tr("Answers taken"), tr("Status")}))
    , m_results(makeListTable(this, QStringLiteral("reviewResults"), {}))
    , m_summary(new QLabel(this))
    , m_comments(new QListWidget(this))
    , m_proposals(new QListWidget(this))
    , m_teams(makeListTable(this, QStringLiteral("reviewTeams"),
                            {tr("Team"), tr("Competency"), tr("People"), tr("Mean"),
                             tr("Lowest – highest"), tr("Below the threshold")}))
    , m_person(new ReviewPersonView(this))
    , m_tabs(new QTabWidget(this))
{
    auto *add = new QPushButton(tr("New Cycle…"), this);
    auto *questionnaire = new QPushButton(tr("Questionnaire…"), this);
    questionnaire->setToolTip(tr("The competencies, their behaviour anchors and the open "
                                 "questions; a running cycle keeps the version it began with"));
    connect(questionnaire, &QPushButton::clicked, this, &ReviewsView::editQuestionnaire);
    auto *raters = new QPushButton(tr("Raters from the Team"), this);
    raters->setToolTip(tr("Each person of customer service and technical support, by themself, "
                          "the manager, colleagues of their role and of the other roles"));
    auto *codes = new QPushButton(tr("Issue and Print Codes…"), this);
    codes->setToolTip(tr("One code per rater, per person and group, handed out in any order "
                         "within the group: shown once"));
    auto *kiosk = new QPushButton(tr("Kiosk Mode…"), this);
    kiosk->setObjectName(QStringLiteral("reviewKioskButton"));
    kiosk->setToolTip(tr("Hand the laptop from rater to rater; Ctrl+Alt+Q leaves it"));
    auto *close = new QPushButton(tr("Close Cycle"), this);
    close->setToolTip(tr("Counts the codes and deletes them; no more answers"));
    m_whileOpen = {raters, codes, kiosk, close};
    connect(add, &QPushButton::clicked, this, &ReviewsView::askNewCycle);
    connect(raters, &QPushButton::clicked, this, &ReviewsView::suggestRaters);
    connect(codes, &QPushButton::clicked, this, [this] { askAndIssueCodes(); });
    connect(kiosk, &QPushButton::clicked, this, &ReviewsView::openKiosk);
    connect(close, &QPushButton::clicked, this, &ReviewsView::closeCycle);
    connect(m_cycles, &QTableWidget::currentCellChanged, this, [this] { fillResults(); });
    auto *bar = new QHBoxLayout;
    bar->addWidget(add);
    for (QPushButton *b : m_whileOpen)
        bar->addWidget(b);
    bar->addWidget(questionnaire);
    bar->addStretch(1);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_cycles->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cycles->horizontalHeader()->setStretchLastSection(true);
    connect(m_results, &QTableWidget::currentCellChanged, this, [this] { showPerson(); });
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_cycles);
    auto *middle = new QWidget(split);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_summary);
    middleLayout->addWidget(m_results, 1);
    split->addWidget(middle);
    m_comments->setObjectName(QStringLiteral("reviewComments"));
    m_comments->setWordWrap(true);
    m_proposals->setObjectName(QStringLiteral("reviewTraining"));
    m_tabs->addTab(m_person, tr("Person"));
    const auto withCaption = [this](const QString &caption, QWidget *content) {
        auto *page = new QWidget(m_tabs);
        auto *l = new QVBoxLayout(page);
        auto *label = new QLabel(caption, page);
        label->setWordWrap(true);
        l->addWidget(label);
        l->addWidget(content, 1);
        return page;
    };
    m_tabs->addTab(
        withCaption(tr("What was written (sorted, never in the order it came):"), m_comments),
        tr("What Was Written"));
    m_tabs->addTab(withCaption(tr("Proposed training: competencies the others rated below the "
                                  "threshold, and the courses not yet attended that build them:"),
                               m_proposals),
                   tr("Proposed Training"));
    m_tabs->addTab(withCaption(tr("Each team's spread of the others' means, from the shown results "
                                  "only (people without a team are grouped by role):"),
                               m_teams),
                   tr("Teams"));
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 3);
    split->setSizes({100, 220, 420}); // a few cycles, a person's groups, the tabs
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
}

void ReviewsView::show(Database *db, qint64 branchId, const QString &language)
{
    auto chosen = chosenCycle();
    if (m_chooseNext) {
        chosen = ReviewCycle();
        chosen->id = std::exchange(m_chooseNext, 0);
    }
    m_db = db;
    m_branchId = branchId;
    m_language = language;
    m_list.clear();
    if (db && branchId) {
        auto cycles = ReviewCycles(*db).list(branchId);
        if (!cycles)
            showError(this, tr("360-degree reviews"), cycles.error());
        else
            m_list = std::move(*cycles);
    }
    m_cycles->setRowCount(int(m_list.size()));
    for (int row = 0; row < int(m_list.size()); ++row) {
        const ReviewCycle &c = m_list[std::size_t(row)];
        const QString range = QStringLiteral("%1 – %2");
        const QStringList cells{c.code, c.name,
                                range.arg(DateText::of(c.periodFrom), DateText::of(c.periodTo)),
                                range.arg(DateText::of(c.opensOn), DateText::of(c.closesOn)),
                                c.isOpen() ? tr("Open") : tr("Closed")};
        for (int col = 0; col < cells.size(); ++col)
            m_cycles->setItem(row, col, new QTableWidgetItem(cells[col]));
        if (chosen && chosen->id == c.id)
            m_cycles->setCurrentCell(row, 0);
    }
    if (m_cycles->currentRow() < 0 && !m_list.empty())
        m_cycles->setCurrentCell(0, 0);
    fillResults();
}

std::optional<ReviewCycle> ReviewsView::chosenCycle() const
{
    const int row = m_cycles->currentRow();
    if (row < 0 || row >= int(m_list.size()))
        return std::nullopt;
    return m_list[std::size_t(row)];
}

void ReviewsView::askNewCycle()
{
    if (!m_db)
        return;
    if (const auto cycle = ReviewCycleDialog::ask(this))
        newCycle(*cycle);
}

void ReviewsView::newCycle(const ReviewCycle &cycle)
{
    if (!m_db || !m_branchId)
        return;
    ReviewCycle c = cycle;
    c.branchId = m_branchId;
    if (c.surveyId == 0) {
        auto survey =
            survey::SurveyRepository(*m_db).latest(survey::SurveyRepository::reviewCode());
        if (!survey || !*survey)
            return showError(
                this, tr("360-degree reviews"),
                survey ? makeError(ErrorKind::NotFound, tr("The review questionnaire is missing."))
                       : survey.error());
        c.surveyId = (*survey)->id;
    }
    if (auto s = ReviewCycles(*m_db).create(c); !s)
        return showError(this, tr("360-degree reviews"), s.error());
    m_chooseNext = c.id; // the new cycle is what the user works on next
    emit changed();
}

void ReviewsView::suggestRaters()
{
    const auto cycle = chosenCycle();
    if (!m_db || !cycle)
        return;
    ReviewCycles cycles(*m_db);
    auto raters = cycles.suggestedRaters(m_branchId);
    if (!raters)
        return showError(this, tr("360-degree reviews"), raters.error());
    if (auto s = cycles.setRaters(cycle->id, *raters); !s)
        return showError(this, tr("360-degree reviews"), s.error());
    emit changed();
}

std::vector<IssuedCode> ReviewsView::askAndIssueCodes()
{
    // The codes are shown once: what to print is decided before they are made.
    QMessageBox ask(QMessageBox::Question, tr("Issue and Print Codes"),
                    tr("The codes are shown only once. Print them as slips to cut apart (for the "
                       "kiosk), or as one paper form per code?"),
                    QMessageBox::Cancel, this);
    QPushButton *slips = ask.addButton(tr("Slips to Cut Apart"), QMessageBox::AcceptRole);
    QPushButton *forms = ask.addButton(tr("A Paper Form per Code"), QMessageBox::AcceptRole);
    ask.setDefaultButton(slips);
    ask.exec();
    if (ask.clickedButton() == slips)
        return issueCodes(true, Printout::Slips);
    if (ask.clickedButton() == forms)
        return issueCodes(true, Printout::PaperForms);
    return {};
}

std::vector<IssuedCode> ReviewsView::issueCodes(bool print, Printout kind)
{
    const auto cycle = chosenCycle();
    if (!m_db || !cycle)
        return {};
    auto codes = ReviewCycles(*m_db).issueCodes(cycle->id);
    if (!codes) {
        showError(this, tr("360-degree reviews"), codes.error());
        return {};
    }
    if (print) {
        const bool forms = kind == Printout::PaperForms;
        auto questionnaire = survey::SurveyRepository(*m_db).byId(cycle->surveyId);
        const QString html =
            forms && questionnaire && *questionnaire
                ? ReviewPrintouts::forms(*cycle, **questionnaire, *codes, m_language)
                : ReviewPrintouts::slips(*cycle, *codes);
        PrintPreview::show(this,
                           (forms ? tr("Review forms %1") : tr("Review codes %1")).arg(cycle->code),
                           [html](QPrinter *printer) { PrintPreview::printHtml(printer, html); });
    }
    emit changed();
    return *codes;
}

void ReviewsView::openKiosk()
{
    if (!m_db || !m_branchId)
        return;
    ReviewKiosk kiosk(*m_db, m_branchId, m_language, this);
    kiosk.showFullScreen();
    kiosk.exec();
    emit changed();
}

void ReviewsView::closeCycle()
{
    const auto cycle = chosenCycle();
    if (!m_db || !cycle)
        return;
    if (auto s = ReviewCycles(*m_db).close(cycle->id); !s)
        return showError(this, tr("360-degree reviews"), s.error());
    emit changed();
}

void ReviewsView::editQuestionnaire()
{
    if (!m_db)
        return;
    auto current = survey::SurveyRepository(*m_db).latest(survey::SurveyRepository::reviewCode());
    if (!current || !*current)
        return showError(
            this, tr("360-degree reviews"),
            current ? makeError(ErrorKind::NotFound, tr("The review questionnaire is missing."))
                    : current.error());
    SurveyDesigner designer(*m_db, **current, this);
    if (designer.exec() == QDialog::Accepted)
        emit changed();
}

void ReviewsView::fillResults()
{
    const auto cycle = chosenCycle();
    for (QPushButton *b : m_whileOpen)
        b->setEnabled(cycle && cycle->isOpen());
    m_comments->clear();
    m_proposals->clear();
    m_results->clear();
    m_results->setRowCount(0);
    m_results->setColumnCount(0);
    m_teams->setRowCount(0);
    m_summary->clear();
    m_data.reset();
    if (!m_db || !cycle) {
        m_person->show(nullptr, nullptr, 0);
        return;
    }
    // Computed once for the cycle: each person's panel takes its part of it.
    auto data = report::ReviewCycleData::build(*m_db, cycle->id, m_language);
    if (!data) {
        m_person->show(nullptr, nullptr, 0);
        return showError(this, tr("360-degree reviews"), data.error());
    }
    m_data = std::make_shared<const report::ReviewCycleData>(std::move(*data));
    const std::vector<QString> &competencies = m_data->competencies;
    const std::vector<PersonResult> &people = m_data->people;
    const auto labelOf = [this](const QString &code) {
        const auto it = m_data->labels.find(code);
        return it == m_data->labels.end() ? code : it->second;
    };
    QStringList headers{tr("Person"), tr("Group"), tr("n")};
    for (const QString &code : competencies)
        headers << labelOf(code);
    m_results->setColumnCount(headers.size());
    m_results->setHorizontalHeaderLabels(headers);
    const QLocale locale;
    const auto cell = [&](int row, int col, const QString &text, const QColor &ink = QColor()) {
        auto *item = new QTableWidgetItem(text);
        if (ink.isValid())
            item->setForeground(ink);
        m_results->setItem(row, col, item);
    };
    int hiddenGroups = 0;
    for (const PersonResult &p : people) {
        for (const GroupResult &g : p.groups) {
            const int row = m_results->rowCount();
            m_results->insertRow(row);
            cell(row, 0, QStringLiteral("%1 %2").arg(p.code, p.name));
            m_results->item(row, 0)->setData(Qt::UserRole, p.staffId);
            cell(row, 1,
                 ReviewNames::exempt(g.group)
                     ? tr("%1 (one person)").arg(ReviewNames::label(g.group))
                     : ReviewNames::label(g.group));
            cell(row, 2, QString::number(g.n));
            for (std::size_t c = 0; c < g.competencies.size(); ++c) {
                const auto &v = g.competencies[c].second;
                cell(row, int(c) + 3, v ? locale.toString(*v, 'f', 1) : QStringLiteral("—"),
                     v && *v < cycle->threshold ? palette::problem : QColor());
            }
        }
        if (!p.gaps.empty()) {
            const int row = m_results->rowCount();
            m_results->insertRow(row);
            cell(row, 0, QStringLiteral("%1 %2").arg(p.code, p.name));
            m_results->item(row, 0)->setData(Qt::UserRole, p.staffId);
            cell(row, 1, tr("Others − self"));
            for (std::size_t c = 0; c < competencies.size(); ++c)
                for (const auto &[code, gap] : p.gaps)
                    if (code == competencies[c])
                        cell(row, int(c) + 3,
                             (gap > 0 ? QStringLiteral("+") : QString()) +
                                 locale.toString(gap, 'f', 1));
        }
        hiddenGroups += int(p.hidden.size());
        for (const auto &[question, texts] : p.comments) {
            const QString asked = labelOf(question);
            for (const QString &text : texts)
                m_comments->addItem(
                    QStringLiteral("%1 %2 · %3: %4").arg(p.code, p.name, asked, text));
        }
    }
    m_results->resizeColumnsToContents();
    auto proposals = ReviewTraining::propose(*m_db, *cycle, people);
    if (!proposals)
        return showError(this, tr("360-degree reviews"), proposals.error());
    for (const TrainingProposal &t : *proposals) {
        QString who;
        for (const PersonResult &p : people)
            if (p.staffId == t.staffId)
                who = QStringLiteral("%1 %2").arg(p.code, p.name);
        m_proposals->addItem(tr("%1 · %2 %3 → %4 %5")
                                 .arg(who, labelOf(t.competency),
                                      locale.toString(t.othersMean, 'f', 1), t.course.code,
                                      t.course.title));
    }
    m_summary->setText(
        tr("People reviewed: %1. Peers, other departments and customers show only with three "
           "answers or more (%n group(s) hidden); self and manager are one person each. Red: "
           "below the cycle's training threshold of %2.",
           nullptr, hiddenGroups)
            .arg(people.size())
            .arg(locale.toString(cycle->threshold, 'f', 1)));
    fillTeams(*cycle, people, m_data->labels);
    if (m_results->rowCount() > 0 && m_results->currentRow() < 0)
        m_results->setCurrentCell(0, 0);
    showPerson();
}

void ReviewsView::showPerson()
{
    const auto cycle = chosenCycle();
    const int row = m_results->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_results->item(row, 0) : nullptr;
    const qint64 staff = item ? item->data(Qt::UserRole).toLongLong() : 0;
    const report::ReviewReport *shown = m_person->shown();
    if (cycle && shown && shown->cycle.id == cycle->id && shown->person.staffId == staff)
        return; // the same person: keep what is being edited
    m_person->show(m_db, m_data, staff);
}

void ReviewsView::fillTeams(const ReviewCycle &cycle, const std::vector<PersonResult> &people,
                            const std::map<QString, QString> &labels)
{
    auto teams = ReviewTeams::distribution(*m_db, cycle, people);
    if (!teams)
        return showError(this, tr("360-degree reviews"), teams.error());
    const QLocale locale;
    for (const TeamCompetency &t : *teams) {
        const int row = m_teams->rowCount();
        m_teams->insertRow(row);
        const QString competency =
            labels.count(t.competency) ? labels.at(t.competency) : t.competency;
        const QStringList cells{t.team,
                                competency,
                                QString::number(t.people),
                                locale.toString(t.mean, 'f', 1),
                                QStringLiteral("%1 – %2").arg(locale.toString(t.lowest, 'f', 1),
                                                              locale.toString(t.highest, 'f', 1)),
                                QString::number(t.below)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col == 5 && t.below > 0)
                item->setForeground(palette::problem);
            m_teams->setItem(row, col, item);
        }
    }
    m_teams->resizeColumnsToContents();
}

} // namespace servicelens::ui
