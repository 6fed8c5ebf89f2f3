// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchDialog.h"
#include "workbook/Workbook.h"

#include "widgets/DateText.h"
#include "widgets/ErrorMessage.h"

#include <QDateTime>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <array>
#include <utility>

namespace servicelens::ui {

namespace {

constexpr std::array<WorkbookSearch::Kind, 5> kinds = {
    WorkbookSearch::Kind::Order, WorkbookSearch::Kind::Customer, WorkbookSearch::Kind::Inspection,
    WorkbookSearch::Kind::Action, WorkbookSearch::Kind::Comment};

constexpr int hitRole = Qt::UserRole + 1;

} // namespace

QString SearchDialog::kindLabel(WorkbookSearch::Kind kind)
{
    switch (kind) {
    case WorkbookSearch::Kind::Order:
        return tr("Orders");
    case WorkbookSearch::Kind::Customer:
        return tr("Customers");
    case WorkbookSearch::Kind::Inspection:
        return tr("Inspections");
    case WorkbookSearch::Kind::Action:
        return tr("Corrective actions");
    case WorkbookSearch::Kind::Comment:
        return tr("Survey comments");
    }
    return {};
}

SearchDialog::SearchDialog(Database &db, qint64 branchId, QWidget *parent)
    : QDialog(parent)
    , m_path(db.location())
    , m_branchId(branchId)
    , m_text(new QLineEdit(this))
    , m_results(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_pause(new QTimer(this))
{
    setObjectName(QStringLiteral("searchDialog"));
    setWindowTitle(tr("Find in Workbook"));
    m_text->setObjectName(QStringLiteral("searchText"));
    m_text->setPlaceholderText(
        tr("Order id, customer, phone, product, fault, inspection note, action, comment…"));
    m_text->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setColumnCount(3);
    m_results->setHeaderLabels({tr("Found"), tr("Where the text is"), tr("When")});
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setWordWrap(true);
    m_pause->setSingleShot(true);
    m_pause->setInterval(200);
    connect(m_text, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_pause, &QTimer::timeout, this, [this] { search(m_text->text()); });
    connect(m_results, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { choose(item); });
    // Down from the box goes to the first match; Enter in the box opens it.
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        m_pause->stop();
        // The results of this very text open at once; otherwise when they come.
        if (!m_busy && !m_next && m_running == m_text->text()) {
            for (int i = 0; i < m_results->topLevelItemCount(); ++i)
                if (m_results->topLevelItem(i)->childCount() > 0)
                    return choose(m_results->topLevelItem(i)->child(0));
            return;
        }
        m_openFirst = true;
        search(m_text->text());
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_busy = false;
        showResults(m_running, m_watcher.result());
        if (m_next) {
            const QString next = *m_next;
            m_next.reset();
            search(next);
            return;
        }
        if (std::exchange(m_openFirst, false))
            for (int i = 0; i < m_results->topLevelItemCount(); ++i)
                if (m_results->topLevelItem(i)->childCount() > 0)
                    return choose(m_results->topLevelItem(i)->child(0));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_summary);
    resize(820, 520);
}

SearchDialog::~SearchDialog()
{
    m_watcher.waitForFinished(); // the worker's connection closes before the dialog goes
}

void SearchDialog::search(const QString &text)
{
    if (m_busy) {
        m_next = text;
        return;
    }
    if (m_running == text && !m_openFirst && !m_hits.empty())
        return; // already shown
    m_running = text;
    m_busy = true;
    m_summary->setText(tr("Searching…"));
    m_watcher.setFuture(QtConcurrent::run(
        [path = m_path, branchId = m_branchId, text]() -> Result<std::vector<WorkbookSearch::Hit>> {
            auto workbook = Workbook::openForReading(path);
            if (!workbook)
                return workbook.error();
            return WorkbookSearch((*workbook)->database(), branchId).find(text);
        }));
}

void SearchDialog::waitForResults()
{
    while (m_busy || m_pause->isActive()) {
        if (m_pause->isActive()) {
            m_pause->stop();
            search(m_text->text());
        }
        m_watcher.waitForFinished();
        QCoreApplication::processEvents(); // the finished signal shows the results
    }
}

void SearchDialog::showResults(const QString &text,
                               const Result<std::vector<WorkbookSearch::Hit>> &found)
{
    m_results->clear();
    m_hits.clear();
    if (!found) {
        m_summary->setText(found.error().message);
        return;
    }
    m_hits = *found;
    for (WorkbookSearch::Kind kind : kinds) {
        std::vector<int> of;
        for (int i = 0; i < static_cast<int>(m_hits.size()); ++i)
            if (m_hits[static_cast<std::size_t>(i)].kind == kind)
                of.push_back(i);
        if (of.empty())
            continue;
        auto *group = new QTreeWidgetItem(
            m_results, {tr("%1 (%2)").arg(kindLabel(kind)).arg(static_cast<int>(of.size()))});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        group->setFirstColumnSpanned(true);
        for (int i : of) {
            const WorkbookSearch::Hit &h = m_hits[static_cast<std::size_t>(i)];
            auto *item = new QTreeWidgetItem(
                group,
                {h.title, h.detail,
                 h.at > 0 ? DateText::of(QDateTime::fromSecsSinceEpoch(h.at).date()) : QString()});
            item->setData(0, hitRole, i);
        }
        group->setExpanded(true);
    }
    m_results->resizeColumnToContents(0);
    m_results->resizeColumnToContents(2);
    if (text.trimmed().size() < 2)
        m_summary->setText(tr("Type two characters or more."));
    else if (m_hits.empty())
        m_summary->setText(
            tr("Nothing in this branch's workbook contains “%1”.").arg(text.trimmed()));
    else
        m_summary->setText(tr("The newest 20 of each kind at most; Enter or a double-click opens "
                              "the one selected."));
    if (m_results->topLevelItemCount() > 0 && m_results->topLevelItem(0)->childCount() > 0)
        m_results->setCurrentItem(m_results->topLevelItem(0)->child(0));
}

void SearchDialog::choose(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, hitRole).isValid())
        return;
    m_chosen = m_hits[static_cast<std::size_t>(item->data(0, hitRole).toInt())];
    accept();
}

} // namespace servicelens::ui
