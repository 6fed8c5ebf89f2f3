// SPDX-License-Identifier: GPL-3.0-or-later
#include "KnowledgePage.h"

#include "CaseDialog.h"
#include "CaseWords.h"

#include "i18n/Language.h"
#include "knowledge/CaseLibrary.h"
#include "org/FaultCodes.h"
#include "storage/Database.h"
#include "widgets/DateText.h"
#include "widgets/ErrorMessage.h"
#include "widgets/ListTable.h"
#include "widgets/Palette.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookContext.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace servicelens::ui {

using knowledge::CaseStatus;
using knowledge::ServiceCase;

namespace {

QString days(const std::optional<double> &v, qint64 n)
{
    // The mean with its sample: a figure over a handful of orders reads as such.
    return v ? KnowledgePage::tr("%1 (n=%2)").arg(QString::number(*v, 'f', 1)).arg(n)
             : QStringLiteral("—");
}

QString rate(const kpi::GroupRate &r)
{
    const auto v = r.rate();
    return v ? KnowledgePage::tr("%1 % (n=%2)").arg(QString::number(*v * 100, 'f', 1)).arg(r.n)
             : QStringLiteral("—");
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

KnowledgePage::~KnowledgePage()
{
    m_work.waitForFinished(); // the worker's connection closes before the page goes
}

KnowledgePage::KnowledgePage(WorkbookContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("knowledgePage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("knowledgeSearch"));
    m_search->setPlaceholderText(tr("Search the cases (漏水, 不制冷, E30…)"));
    m_search->setClearButtonEnabled(true);
    auto *newCase = new QPushButton(tr("&New Case…"), this);
    newCase->setObjectName(QStringLiteral("newCase"));
    auto *fromLabel = new QLabel(tr("Orders closed &from:"), this);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("knowledgeFrom"));
    DateText::format(m_from, DateText::Edit::Month);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to:"), this);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("knowledgeTo"));
    DateText::format(m_to, DateText::Edit::Month);
    toLabel->setBuddy(m_to);
    bar->addWidget(m_search, 1);
    bar->addWidget(newCase);
    bar->addSpacing(24);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    layout->addLayout(bar);

    m_tabs = new QTabWidget(this);
    m_cases = makeListTable(
        m_tabs, QStringLiteral("knowledgeCases"),
        {tr("Case"), tr("Status"), tr("Fault code"), tr("Models"), tr("Version"), tr("Author")});
    m_cases->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tabs->addTab(m_cases, tr("&Library"));

    auto *effectPane = new QWidget(m_tabs);
    auto *effectLayout = new QVBoxLayout(effectPane);
    m_effectNote = new QLabel(effectPane);
    m_effectNote->setWordWrap(true);
    m_effects =
        makeListTable(effectPane, QStringLiteral("knowledgeEffects"),
                      {tr("Fault code"), tr("Case"), tr("Resolution with a case, wd"),
                       tr("Without"), tr("First-time fix with"), tr("Without"), tr("Reopened with"),
                       tr("Without"), tr("Before approval, wd"), tr("After")});
    effectLayout->addWidget(m_effectNote);
    effectLayout->addWidget(m_effects, 1);
    m_tabs->addTab(effectPane, tr("&Does It Help?"));

    auto *gapPane = new QWidget(m_tabs);
    auto *gapLayout = new QVBoxLayout(gapPane);
    m_gapNote = new QLabel(gapPane);
    m_gapNote->setWordWrap(true);
    m_gaps = makeListTable(
        gapPane, QStringLiteral("knowledgeGaps"),
        {tr("Fault code"), tr("Name"), tr("Orders"), tr("Working days spent"), tr("Mean, wd")});
    m_phrases = makeListTable(gapPane, QStringLiteral("knowledgePhrases"),
                              {tr("Phrase in orders without a fault code"), tr("Orders")});
    m_phrases->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *write = new QPushButton(tr("&Write a Case for It…"), gapPane);
    write->setObjectName(QStringLiteral("writeCaseForGap"));
    gapLayout->addWidget(m_gapNote);
    gapLayout->addWidget(m_gaps, 3);
    gapLayout->addWidget(m_phrases, 2);
    gapLayout->addWidget(write, 0, Qt::AlignRight);
    m_tabs->addTab(gapPane, tr("&Gaps"));
    layout->addWidget(m_tabs, 1);

    connect(m_search, &QLineEdit::textChanged, this, &KnowledgePage::fillCases);
    connect(newCase, &QPushButton::clicked, this, [this] { editCase({}); });
    connect(m_cases, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        Database *db = m_context.database();
        if (!db || row >= int(m_caseIds.size()))
            return;
        auto c = knowledge::CaseLibrary(*db).find(m_caseIds[std::size_t(row)]);
        if (c && *c)
            editCase(**c);
    });
    connect(m_from, &QDateEdit::dateChanged, this, &KnowledgePage::fillAnalysis);
    connect(m_to, &QDateEdit::dateChanged, this, &KnowledgePage::fillAnalysis);
    connect(write, &QPushButton::clicked, this, [this] {
        const bool phrase = m_phrases->hasFocus() || m_gaps->selectedItems().isEmpty();
        const int row = phrase ? m_phrases->currentRow() : m_gaps->currentRow();
        if (row >= 0)
            editCase(caseForGap(phrase, row));
    });
    connect(&m_work, &QFutureWatcherBase::finished, this, [this] {
        m_computing = false;
        Database *db = m_context.database();
        // Asked again meanwhile, or another workbook or period: the result is stale.
        const bool stale = !db || m_computedFor != db->location() + QLatin1Char('|') +
                                                       m_from->date().toString(Qt::ISODate) +
                                                       QLatin1Char('|') +
                                                       m_to->date().toString(Qt::ISODate);
        if (std::exchange(m_again, false) || stale) {
            fillAnalysis();
            return;
        }
        showAnalysis(m_work.result());
    });
    m_context.followWhenShown(this, WorkbookContext::Change::Orders, [this] {
        Database *db = m_context.database();
        const QString location = db ? db->location() : QString();
        if (location != m_location) {
            // Another workbook: its last twelve full months, by its own clock.
            m_location = location;
            const QDate last = m_context.lastFullMonth();
            const QSignalBlocker a(m_from), b(m_to);
            m_from->setDate(last.addMonths(-11));
            m_to->setDate(last);
        }
        refresh();
    });
}

void KnowledgePage::refresh()
{
    m_faultNames.clear();
    // The list's names in the interface's language, as the Defects page writes them.
    const bool chinese = i18n::Language::effective().startsWith(QLatin1String("zh"));
    if (Database *db = m_context.database())
        if (auto faults = org::FaultCatalogue(*db).load())
            for (const org::FaultCode &c : faults->codes)
                m_faultNames.insert(c.code, chinese || c.nameEn.isEmpty() ? c.name : c.nameEn);
    fillCases();
    fillAnalysis();
}

void KnowledgePage::fillCases()
{
    m_cases->setRowCount(0);
    m_caseIds.clear();
    Database *db = m_context.database();
    if (!db)
        return;
    knowledge::CaseLibrary library(*db);
    const QString words = m_search->text().trimmed();
    std::vector<ServiceCase> shown;
    if (words.isEmpty()) {
        auto all = library.list(true, knowledge::CaseLibrary::Photos::Without);
        if (!all)
            return showError(this, tr("Knowledge"), all.error());
        shown = std::move(*all);
    } else {
        auto hits = library.search(words, 200, true);
        if (!hits)
            return showError(this, tr("Knowledge"), hits.error());
        for (const knowledge::CaseHit &h : *hits)
            if (auto c = library.find(h.id, knowledge::CaseLibrary::Photos::Without); c && *c)
                shown.push_back(**c);
    }
    m_cases->setRowCount(int(shown.size()));
    int row = 0;
    for (const ServiceCase &c : shown) {
        m_caseIds.push_back(c.id);
        m_cases->setItem(row, 0, cell(c.title));
        m_cases->setItem(row, 1, cell(CaseWords::status(c.status)));
        m_cases->setItem(row, 2, cell(c.faultCode.isEmpty() ? QStringLiteral("—") : c.faultCode));
        m_cases->setItem(row, 3, cell(c.models.join(QStringLiteral(", "))));
        m_cases->setItem(row, 4, cell(QString::number(c.version), true));
        m_cases->setItem(row, 5, cell(c.author));
        ++row;
    }
}

void KnowledgePage::fillAnalysis()
{
    m_effects->setRowCount(0);
    m_gaps->setRowCount(0);
    m_phrases->setRowCount(0);
    m_report.reset();
    Database *db = m_context.database();
    if (!db)
        return;
    if (m_computing) {
        m_again = true;
        return;
    }
    // A year of a million-order workbook takes a second or two: computed on a worker with a
    // connection of its own, the page stays usable meanwhile.
    m_computing = true;
    const QString location = db->location();
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    m_computedFor = location + QLatin1Char('|') + from.toString(Qt::ISODate) + QLatin1Char('|') +
                    to.toString(Qt::ISODate);
    m_effectNote->setText(tr("Comparing the orders…"));
    m_work.setFuture(QtConcurrent::run([location, from, to]() -> Analysis {
        auto store = Workbook::openForReading(location);
        if (!store)
            return store.error();
        return kpi::KnowledgeReport::compute((*store)->database(), from, to);
    }));
}

void KnowledgePage::waitForAnalysis()
{
    while (m_computing) {
        m_work.waitForFinished();
        QCoreApplication::processEvents(); // the finished signal shows it
    }
}

void KnowledgePage::showAnalysis(Analysis report)
{
    if (!report)
        return showError(this, tr("Knowledge"), report.error());
    m_report = std::move(*report);
    const QString period =
        tr("%1 to %2").arg(DateText::month(m_report->from), DateText::month(m_report->to));
    m_effectNote->setText(
        tr("Orders closed %1, per fault code with an approved case: those a case was used on "
           "against the others, and the code's orders before the case was approved against "
           "after. ▲ or ▼ (green better, red worse): a difference beyond chance "
           "(two-proportion test, 95 %); none without it, however large it looks over a few "
           "orders. Over many fault codes about one in twenty differs by chance alone: trust a "
           "difference that holds period after period.")
            .arg(period));
    m_effects->setRowCount(int(m_report->effects.size()));
    int row = 0;
    for (const kpi::CaseEffectRow &e : m_report->effects) {
        // ▲/▼ where the rates differ beyond chance; coloured by whether higher is better.
        const auto marked = [](const kpi::GroupRate &with, const kpi::GroupRate &without,
                               bool differs, bool higherIsBetter) {
            QTableWidgetItem *item = cell(rate(with), true);
            if (!differs)
                return item;
            const bool higher = *with.rate() > *without.rate();
            item->setText(item->text() + (higher ? QStringLiteral(" ▲") : QStringLiteral(" ▼")));
            item->setForeground(higher == higherIsBetter ? palette::met : palette::problem);
            return item;
        };
        m_effects->setItem(row, 0,
                           cell(e.faultCode + QLatin1Char(' ') + m_faultNames.value(e.faultCode)));
        m_effects->setItem(row, 1, cell(e.caseTitle));
        m_effects->setItem(row, 2,
                           cell(days(e.withCase.resolutionMean(), e.withCase.orders), true));
        m_effects->setItem(row, 3,
                           cell(days(e.withoutCase.resolutionMean(), e.withoutCase.orders), true));
        m_effects->setItem(row, 4,
                           marked(e.withCase.firstTimeFix, e.withoutCase.firstTimeFix,
                                  e.firstTimeFixDiffers, true));
        m_effects->setItem(row, 5, cell(rate(e.withoutCase.firstTimeFix), true));
        m_effects->setItem(
            row, 6, marked(e.withCase.reopened, e.withoutCase.reopened, e.reopenDiffers, false));
        m_effects->setItem(row, 7, cell(rate(e.withoutCase.reopened), true));
        m_effects->setItem(row, 8, cell(days(e.before.resolutionMean(), e.before.orders), true));
        m_effects->setItem(row, 9, cell(days(e.after.resolutionMean(), e.after.orders), true));
        ++row;
    }
    m_effects->resizeColumnsToContents();

    m_gapNote->setText(
        tr("Orders closed %1 whose fault code has no approved case, by the working days they "
           "took. Each is a case worth writing.")
            .arg(period) +
        QLatin1Char(' ') +
        (m_report->ordersWithoutCode == 0
             ? tr("Every order of the period has a fault code.")
             : tr("Below, what the descriptions of %1 orders without a fault code (the newest of "
                  "%2) keep saying that no case holds.")
                   .arg(m_report->descriptionsRead)
                   .arg(m_report->ordersWithoutCode)));
    m_gaps->setRowCount(int(m_report->gaps.size()));
    row = 0;
    for (const kpi::CaseGap &g : m_report->gaps) {
        m_gaps->setItem(row, 0, cell(g.faultCode));
        m_gaps->setItem(row, 1, cell(m_faultNames.value(g.faultCode)));
        m_gaps->setItem(row, 2, cell(QString::number(g.orders), true));
        m_gaps->setItem(row, 3, cell(QString::number(g.workingDays), true));
        m_gaps->setItem(row, 4,
                        cell(g.resolutionMean ? QString::number(*g.resolutionMean, 'f', 1)
                                              : QStringLiteral("—"),
                             true));
        ++row;
    }
    m_gaps->resizeColumnsToContents();
    m_phrases->setRowCount(int(m_report->phrases.size()));
    row = 0;
    for (const kpi::PhraseGap &p : m_report->phrases) {
        m_phrases->setItem(row, 0, cell(p.phrase));
        m_phrases->setItem(row, 1, cell(QString::number(p.orders), true));
        ++row;
    }
}

ServiceCase KnowledgePage::caseForGap(bool phrase, int row) const
{
    ServiceCase draft;
    if (!m_report)
        return draft;
    if (phrase && row >= 0 && row < int(m_report->phrases.size())) {
        draft.title = m_report->phrases[std::size_t(row)].phrase;
        draft.symptom = draft.title;
    } else if (!phrase && row >= 0 && row < int(m_report->gaps.size())) {
        const kpi::CaseGap &g = m_report->gaps[std::size_t(row)];
        draft.faultCode = g.faultCode;
        draft.title = m_faultNames.value(g.faultCode);
    }
    return draft;
}

void KnowledgePage::editCase(ServiceCase draft)
{
    Database *db = m_context.database();
    if (!db)
        return;
    CaseDialog dialog(*db, std::move(draft), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

} // namespace servicelens::ui
