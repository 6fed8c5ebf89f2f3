// SPDX-License-Identifier: GPL-3.0-or-later
#include "DefectsPage.h"

#include "DefectCharts.h"
#include "FeedbackExport.h"

#include "i18n/Language.h"
#include "org/FaultCodes.h"
#include "org/ProductLists.h"
#include "storage/Database.h"
#include "widgets/DateText.h"
#include "widgets/ErrorMessage.h"
#include "widgets/ExportFolder.h"
#include "widgets/ExportOutcome.h"
#include "widgets/ListTable.h"
#include "widgets/Palette.h"
#include "workbook/WorkbookContext.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servicelens::ui {

namespace {

enum Column {
    ModelCol,
    CategoryCol,
    ChartCol,
    RepairsCol,
    BaseCol,
    RateCol,
    CentreCol,
    UpperCol,
    SignalsCol,
    FaultCol,
    ColumnCount
};

QString value(const kpi::DefectModel &d, const std::optional<double> &v)
{
    if (!v)
        return QStringLiteral("—"); // unknown, not 0
    return d.kind == kpi::ChartKind::U ? QString::number(*v, 'f', 2)
                                       : QString::number(*v * 100, 'f', 1) + QStringLiteral(" %");
}

} // namespace

DefectsPage::DefectsPage(WorkbookContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("defectsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *monthLabel = new QLabel(tr("&Month:"), this);
    m_month = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_month->setObjectName(QStringLiteral("defectsMonth"));
    DateText::format(m_month, DateText::Edit::Month);
    m_month->setCalendarPopup(true);
    monthLabel->setBuddy(m_month);
    auto *faultLabel = new QLabel(tr("&Chart of:"), this);
    m_fault = new QComboBox(this);
    m_fault->setObjectName(QStringLiteral("defectsFault"));
    m_fault->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    faultLabel->setBuddy(m_fault);
    auto *axisLabel = new QLabel(tr("&Along:"), this);
    m_axis = new QComboBox(this);
    m_axis->setObjectName(QStringLiteral("defectsAxis"));
    m_axis->addItem(tr("Calendar months"));
    m_axis->addItem(tr("Months in service (beside the category's other models)"));
    axisLabel->setBuddy(m_axis);
    m_orders = new QPushButton(tr("Show &Orders"), this);
    m_orders->setObjectName(QStringLiteral("defectsOrders"));
    m_orders->setToolTip(
        tr("The orders of the chosen model (and fault code) received in the month"));
    bar->addWidget(monthLabel);
    bar->addWidget(m_month);
    bar->addSpacing(16);
    bar->addWidget(faultLabel);
    bar->addWidget(m_fault);
    bar->addSpacing(16);
    bar->addWidget(axisLabel);
    bar->addWidget(m_axis);
    // The R&D feedback report: the signalled models, or the one looked at.
    m_feedback = new QPushButton(tr("R&&D &Feedback"), this);
    m_feedback->setObjectName(QStringLiteral("defectsFeedback"));
    m_feedback->setToolTip(tr("Write the R&D feedback report: each model's chart and signals, "
                              "its fault codes, the repairs as evidence and the cases that fix "
                              "it (PDF or Excel)"));
    auto *feedbackMenu = new QMenu(m_feedback);
    m_feedbackSignalled = feedbackMenu->addAction(tr("The Models That &Signal…"));
    m_feedbackChosen = feedbackMenu->addAction(tr("The &Chosen Model Only…"));
    m_feedback->setMenu(feedbackMenu);
    bar->addStretch(1);
    bar->addWidget(m_orders);
    bar->addWidget(m_feedback);
    layout->addLayout(bar);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("defectsStatus"));
    m_status->setTextFormat(Qt::RichText);
    m_status->setOpenExternalLinks(true);
    m_status->hide();
    layout->addWidget(m_status);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("defectsNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; padding: 6px; }")
            .arg(palette::noticeFill.name(), palette::noticeText.name(),
                 palette::noticeBorder.name()));
    m_notice->hide();
    layout->addWidget(m_notice);

    // The list above, the chosen model's two charts side by side below it.
    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = makeListTable(split, QStringLiteral("defectsTable"),
                            {tr("Model"), tr("Category"), tr("Chart"), tr("Repairs"),
                             tr("Units in field"), tr("Rate"), tr("Centre"), tr("Upper limit"),
                             tr("Signals"), tr("Top fault")});
    m_table->horizontalHeaderItem(ChartCol)->setToolTip(
        tr("u: repairs per 1,000 units in the field (the installed base is known); p: share of "
           "the category's repairs (it is not)"));
    m_table->horizontalHeaderItem(SignalsCol)
        ->setToolTip(
            tr("Above the upper limit; eight months in a row above the centre; a CUSUM of a "
               "sustained rise (docs: Defects)"));
    auto *chartsPane = new QSplitter(Qt::Horizontal, split);
    m_control = DefectCharts::makeControlView(chartsPane);
    m_pareto = DefectCharts::makeParetoView(chartsPane);
    chartsPane->setStretchFactor(0, 1);
    chartsPane->setStretchFactor(1, 1);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_month, &QDateEdit::dateChanged, this, &DefectsPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DefectsPage::showModel);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { openOrders(); });
    connect(m_fault, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &DefectsPage::drawControl);
    connect(m_axis, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &DefectsPage::drawControl);
    connect(m_orders, &QPushButton::clicked, this, &DefectsPage::openOrders);
    connect(m_feedbackSignalled, &QAction::triggered, this, [this] { exportFeedback(false); });
    connect(m_feedbackChosen, &QAction::triggered, this, [this] { exportFeedback(true); });
    m_context.followWhenShown(this, WorkbookContext::Change::Orders, [this] {
        // Another workbook: its last full month, by its own clock, as the dashboard starts.
        Database *db = m_context.database();
        const QString location = db ? db->location() : QString();
        if (location != m_location) {
            m_location = location;
            const QSignalBlocker quiet(m_month);
            m_month->setDate(m_context.lastFullMonth());
        }
        refresh();
    });
}

void DefectsPage::refresh()
{
    const QString chosen = chosenModel();
    m_report.reset();
    m_table->setRowCount(0);
    m_notice->hide();
    Database *db = m_context.database();
    if (!db) {
        DefectCharts::clear(m_control, {});
        DefectCharts::clear(m_pareto, {});
        showModel();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QDate month = m_month->date();
    auto report = kpi::DefectReport::read(*db, month.year() * 100 + month.month());
    auto faults = org::FaultCatalogue(*db).load();
    auto lists = org::ProductCatalogue(*db).load();
    QGuiApplication::restoreOverrideCursor();
    if (!report) {
        showError(this, tr("Defects"), report.error());
        return;
    }
    m_faultNames.clear();
    const bool chinese = i18n::Language::effective().startsWith(QLatin1String("zh"));
    if (faults)
        for (const org::FaultCode &c : faults->codes)
            m_faultNames.insert(c.code, chinese || c.nameEn.isEmpty() ? c.name : c.nameEn);
    m_categoryNames.clear();
    if (lists)
        for (const org::ProductCategory &c : lists->categories)
            m_categoryNames.insert(c.name, chinese || c.nameEn.isEmpty() ? c.name : c.nameEn);
    m_report = std::move(*report);
    // Unknown is not zero: say what the page cannot show, and how to give it what it needs.
    QString notice;
    if (m_report->models.empty())
        notice = tr("No model of the product list had a repair in %1 or the twelve months "
                    "before. Defect trends follow the models of the product list (Settings ▸ "
                    "Products and Categories…; import products), and the fault codes orders "
                    "carry (import faults; the orders' fault_code column).")
                     .arg(DateText::month(month, true));
    else if (std::none_of(m_report->models.begin(), m_report->models.end(),
                          [](const kpi::DefectModel &d) { return d.kind == kpi::ChartKind::U; }))
        notice = tr("No model has its installed base for %1: every chart is the model's share of "
                    "its category's repairs. Import the units in the field (import installed) "
                    "for rates per 1,000 units.")
                     .arg(DateText::month(month, true));
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    fillTable();
    // The model looked at stays chosen; else the first (the strongest signal).
    int row = 0;
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, ModelCol)->text() == chosen)
            row = r;
    if (m_table->rowCount() > 0)
        m_table->selectRow(row);
    else
        showModel();
}

void DefectsPage::fillTable()
{
    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(int(m_report->models.size()));
    int row = 0;
    for (const kpi::DefectModel &d : m_report->models) {
        const kpi::ChartMonth &m = d.month();
        QStringList signalled;
        for (const QString &s : d.alarms())
            signalled << (s == QLatin1String("above_upper") ? tr("above the limit")
                          : s == QLatin1String("run_of_8")  ? tr("8 months above the centre")
                                                            : tr("CUSUM rise"));
        for (const kpi::DefectFault &f : d.faults)
            if (!f.alarms.isEmpty())
                signalled << tr("%1 (%2)").arg(f.code, m_faultNames.value(f.code));
        const QString top = d.faults.empty() ? QStringLiteral("—")
                                             : tr("%1 %2 ×%3")
                                                   .arg(d.faults.front().code,
                                                        m_faultNames.value(d.faults.front().code))
                                                   .arg(d.faults.front().n);
        const QString cells[ColumnCount] = {
            d.model,
            m_categoryNames.value(d.category, d.category),
            d.kind == kpi::ChartKind::U ? tr("u: per 1,000 units") : tr("p: share of category"),
            QString::number(m.count),
            d.base ? QString::number(*d.base) : QStringLiteral("—"),
            value(d, m.rate),
            value(d, m.centre),
            value(d, m.upper),
            signalled.isEmpty() ? QStringLiteral("—") : signalled.join(QStringLiteral("; ")),
            top};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= RepairsCol && c <= UpperCol)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == SignalsCol && !signalled.isEmpty()) {
                item->setBackground(palette::problemFill);
                item->setForeground(palette::inkOnFill);
            }
            m_table->setItem(row, c, item);
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
}

const kpi::DefectModel *DefectsPage::model() const
{
    const int row = m_table->currentRow();
    if (!m_report || row < 0 || row >= int(m_report->models.size()) ||
        m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_report->models[std::size_t(row)];
}

QString DefectsPage::chosenModel() const
{
    const kpi::DefectModel *d = model();
    return d ? d->model : QString();
}

void DefectsPage::showModel()
{
    const kpi::DefectModel *d = model();
    {
        const QSignalBlocker quiet(m_fault);
        const QString before = m_fault->currentData().toString();
        m_fault->clear();
        m_fault->addItem(tr("All fault codes"), QString());
        if (d)
            for (const kpi::DefectFault &f : d->faults)
                m_fault->addItem(
                    tr("%1 %2 (%3 in the month)").arg(f.code, m_faultNames.value(f.code)).arg(f.n),
                    f.code);
        m_fault->setCurrentIndex(std::max(0, m_fault->findData(before)));
    }
    m_fault->setEnabled(d);
    m_axis->setEnabled(d && d->monthsInService);
    m_orders->setEnabled(d);
    updateFeedbackActions();
    if (!d) {
        DefectCharts::clear(m_control, tr("Choose a model in the list"));
        DefectCharts::clear(m_pareto, {});
        return;
    }
    drawControl();
    DefectCharts::showPareto(m_pareto, *d);
}

void DefectsPage::drawControl()
{
    const kpi::DefectModel *d = model();
    if (!d)
        return;
    const QString code = m_fault->currentData().toString();
    const kpi::DefectFault *fault = nullptr;
    for (const kpi::DefectFault &f : d->faults)
        if (f.code == code)
            fault = &f;
    DefectCharts::showControl(m_control, *d, fault,
                              m_axis->currentIndex() == 1 ? DefectCharts::Axis::InService
                                                          : DefectCharts::Axis::Calendar,
                              m_report->models);
}

void DefectsPage::openOrders()
{
    const kpi::DefectModel *d = model();
    Database *db = m_context.database();
    if (!d || !db)
        return;
    const QString code = m_fault->currentData().toString();
    const QDate month = m_month->date();
    auto ids = kpi::DefectReport::orderIds(*db, d->model, month.year() * 100 + month.month(), code);
    if (!ids) {
        showError(this, tr("Defects"), ids.error());
        return;
    }
    emit showOrders(*ids,
                    code.isEmpty()
                        ? tr("%1: repairs received in %2").arg(d->model, DateText::month(month))
                        : tr("%1, fault %2: repairs received in %3")
                              .arg(d->model, code, DateText::month(month)));
}

void DefectsPage::updateFeedbackActions()
{
    const kpi::DefectModel *d = model();
    const bool anySignal =
        m_report && std::any_of(m_report->models.begin(), m_report->models.end(),
                                [](const kpi::DefectModel &x) { return x.signalled(); });
    m_feedbackSignalled->setEnabled(anySignal);
    m_feedbackChosen->setEnabled(d);
    m_feedbackChosen->setText(d ? tr("Only %1…").arg(d->model) : tr("The &Chosen Model Only…"));
    m_feedback->setEnabled(anySignal || d);
}

void DefectsPage::exportFeedback(bool chosenOnly)
{
    static const QString lastFolderKey = QStringLiteral("defects/lastFeedbackFolder");
    const QString folder = ExportFolder::last(lastFolderKey);
    const QDate month = m_month->date();
    const QString name =
        tr("R&D feedback %1%2.pdf")
            .arg(month.toString(QStringLiteral("yyyy-MM")),
                 chosenOnly && model() ? QStringLiteral(" ") + model()->model : QString());
    const QString excel = tr("Excel workbook (*.xlsx)");
    QString filter;
    QString path =
        QFileDialog::getSaveFileName(this, tr("R&D Feedback Report"), QDir(folder).filePath(name),
                                     tr("PDF (*.pdf)") + QStringLiteral(";;") + excel, &filter);
    if (path.isEmpty())
        return;
    // A name without an extension takes the chosen kind's; the name's own wins otherwise.
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == excel ? QStringLiteral(".xlsx") : QStringLiteral(".pdf");
    ExportFolder::remember(lastFolderKey, path);
    exportFeedbackTo(path, chosenOnly);
}

bool DefectsPage::exportFeedbackTo(const QString &path, bool chosenOnly)
{
    Database *db = m_context.database();
    if (!db || (chosenOnly && !model()))
        return false;
    FeedbackExport::Request request;
    request.workbook = db->location();
    request.month = m_month->date();
    if (chosenOnly)
        request.models = {model()->model};
    request.language = i18n::Language::effective();
    request.target = path;
    return ExportOutcome::show(this, m_status,
                               {tr("R&D Feedback Report"),
                                tr("The R&D feedback report was not written."),
                                tr("R&D feedback report written to %1.")},
                               FeedbackExport::write(this, request), path);
}

} // namespace servicelens::ui
