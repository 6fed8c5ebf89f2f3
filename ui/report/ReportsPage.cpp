// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsPage.h"
#include "widgets/DateText.h"

#include "workbook/WorkbookContext.h"

#include "ReportDocument.h"
#include "ReportPdf.h"
#include "i18n/Language.h"
#include "io/OutputFile.h"
#include "org/Branch.h"
#include "print/PrintPreview.h"
#include "report/ReportCsv.h"
#include "report/ReportXlsx.h"
#include "widgets/ErrorMessage.h"
#include "widgets/ExportFolder.h"
#include "widgets/ExportOutcome.h"
#include "workbook/BackgroundTask.h"
#include "workbook/Workbook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGraphicsDropShadowEffect>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace servicelens::ui {

namespace {

constexpr int previewWidth = 540; // pixels per page in the preview

const QString lastFolderKey = QStringLiteral("reports/lastFolder");

struct PreviewResult {
    int generation = 0;
    std::vector<QImage> pages;
    QString problem;
};

Result<report::MonthlyReport> buildReport(Workbook &workbook, qint64 branchId, QDate month,
                                          const report::MonthlyReportBuilder::Options &options)
{
    auto branches = BranchRepository(workbook.database()).list();
    if (!branches)
        return branches.error();
    for (const Branch &b : *branches)
        if (b.id == branchId)
            return report::MonthlyReportBuilder::build(workbook.database(), b, month, options);
    return makeError(ErrorKind::NotFound,
                     QCoreApplication::translate("servicelens::ui::ReportsPage",
                                                 "The branch is no longer in the workbook."));
}

} // namespace

struct ReportsPage::Selection {
    QString path;
    qint64 branchId = 0;
    QDate month;
    report::MonthlyReportBuilder::Options options;
    QString format;
};

struct ReportsPage::Preview {
    QFutureWatcher<PreviewResult> watcher;
    QTimer debounce;
    int generation = 0;
    bool again = false; // the selection changed while a preview was being built
    std::vector<QLabel *> pages;
};

ReportsPage::ReportsPage(WorkbookContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_preview(std::make_unique<Preview>())
{
    setObjectName(QStringLiteral("reportPage"));
    auto *form = new QFormLayout;
    m_month = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_month->setObjectName(QStringLiteral("reportMonth"));
    DateText::format(m_month, DateText::Edit::Month);
    m_month->setCalendarPopup(true);
    form->addRow(tr("&Month:"), m_month);
    m_branch = new QComboBox(this);
    m_branch->setObjectName(QStringLiteral("reportBranch"));
    // The whole name ("SH01 Shanghai Pudong Service Centre"), not its first half.
    m_branch->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(tr("&Branch:"), m_branch);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    for (const QString &code : i18n::Language::available())
        m_language->addItem(i18n::Language::displayName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(i18n::Language::effective())));
    form->addRow(tr("&Language:"), m_language);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("PDF — to read and send"), QStringLiteral("pdf"));
    m_format->addItem(tr("XLSX — numbers to work with"), QStringLiteral("xlsx"));
    m_format->addItem(tr("CSV — the KPI table for other tools"), QStringLiteral("csv"));
    form->addRow(tr("&Format:"), m_format);
    m_phones = new QCheckBox(tr("Write customers' phone numbers in full"), this);
    m_phones->setObjectName(QStringLiteral("reportPhones"));
    m_phones->setToolTip(tr("Off by default: phone numbers are personal data and are masked "
                            "(138****5678). Tick only for a recipient entitled to see them."));
    form->addRow(QString(), m_phones);

    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("reportExport"));
    m_export->setDefault(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_status->setOpenExternalLinks(true);

    auto *side = new QVBoxLayout;
    auto *title = new QLabel(tr("<h2>Monthly service report</h2>"), this);
    side->addWidget(title);
    auto *intro =
        new QLabel(tr("Every figure is computed as on the dashboard, by the same rules."), this);
    intro->setWordWrap(true);
    side->addWidget(intro);
    side->addLayout(form);
    auto *print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(QStringLiteral("reportPrint"));
    connect(print, &QPushButton::clicked, this, &ReportsPage::printReport);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(print);
    buttons->addStretch();
    side->addLayout(buttons);
    side->addWidget(m_status);
    side->addStretch();
    auto *sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    sideWidget->setMinimumWidth(320); // wider when a branch's name needs it
    sideWidget->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);

    // The pages, one under the other, on a grey desk.
    m_pagesHost = new QWidget;
    m_pagesHost->setObjectName(QStringLiteral("reportPages"));
    m_pagesLayout = new QVBoxLayout(m_pagesHost);
    m_pagesLayout->setSpacing(18);
    m_pagesLayout->setContentsMargins(24, 24, 24, 24);
    m_pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reportPreview"));
    scroll->setWidget(m_pagesHost);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Mid);
    m_pagesHost->setBackgroundRole(QPalette::Mid);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(sideWidget);
    layout->addWidget(scroll, 1);

    m_preview->debounce.setSingleShot(true);
    m_preview->debounce.setInterval(250);
    connect(&m_preview->debounce, &QTimer::timeout, this, &ReportsPage::refreshPreview);
    auto later = [this] {
        m_preview->debounce.start();
    };
    connect(m_month, &QDateEdit::dateChanged, this, later);
    connect(m_branch, &QComboBox::currentIndexChanged, this, later);
    connect(m_language, &QComboBox::currentIndexChanged, this, later);
    connect(m_phones, &QCheckBox::toggled, this, later);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::exportReport);
    connect(&m_preview->watcher, &QFutureWatcher<PreviewResult>::finished, this, [this] {
        const PreviewResult result = m_preview->watcher.result();
        if (m_preview->again) {
            m_preview->again = false;
            refreshPreview();
            return;
        }
        if (result.generation == m_preview->generation)
            showPreview(result.pages, result.problem);
    });
    // A preview is a whole report: built again after a change only when the page is seen.
    m_context.onChange(this, ~WorkbookContext::Changes(), [this] {
        if (isVisible())
            refreshPreview();
        else
            m_stale = true;
    });
    // Its preview is a whole report built on a worker thread: not while the page is hidden.
    m_context.followWhenShown(this, {}, [this] { showWorkbook(); });
}

ReportsPage::~ReportsPage()
{
    m_preview->watcher.waitForFinished();
}

void ReportsPage::showWorkbook()
{
    const QSignalBlocker blocker(m_branch);
    m_branch->clear();
    for (const Branch &b : m_context.branches())
        m_branch->addItem(QStringLiteral("%1 %2").arg(b.code, b.name), b.id);
    if (auto chosen = m_context.branch())
        m_branch->setCurrentIndex(m_branch->findData(chosen->id));
    m_export->setEnabled(m_context.workbook() && m_branch->count() > 0);
    m_status->clear();
    refreshPreview();
}

ReportsPage::Selection ReportsPage::selection() const
{
    Selection s;
    s.path = m_context.workbook() ? m_context.workbook()->path() : QString();
    s.branchId = m_branch->currentData().toLongLong();
    s.month = QDate(m_month->date().year(), m_month->date().month(), 1);
    s.options.language = m_language->currentData().toString();
    s.options.showPhones = m_phones->isChecked();
    s.format = m_format->currentData().toString();
    return s;
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refreshPreview();
}

void ReportsPage::refreshPreview()
{
    m_stale = false;
    if (m_preview->watcher.isRunning()) {
        m_preview->again = true;
        return;
    }
    const int generation = ++m_preview->generation;
    if (!m_context.workbook() || m_branch->count() == 0) {
        showPreview({}, m_context.workbook() ? tr("The workbook has no branch.") : QString());
        return;
    }
    m_status->setText(tr("Preparing the preview…"));
    const Selection s = selection();
    m_preview->watcher.setFuture(QtConcurrent::run([s, generation]() {
        PreviewResult result;
        result.generation = generation;
        auto workbook = Workbook::openForReading(s.path);
        if (!workbook) {
            result.problem = workbook.error().message;
            return result;
        }
        auto model = buildReport(**workbook, s.branchId, s.month, s.options);
        if (!model) {
            result.problem = model.error().message;
            return result;
        }
        const ReportDocument document(*model);
        for (int page = 0; page < document.pageCount(); ++page)
            result.pages.push_back(document.pageImage(page, previewWidth));
        return result;
    }));
}

void ReportsPage::showPreview(const std::vector<QImage> &pages, const QString &problem)
{
    for (QLabel *label : m_preview->pages)
        delete label;
    m_preview->pages.clear();
    for (const QImage &image : pages) {
        auto *label = new QLabel(m_pagesHost);
        label->setPixmap(QPixmap::fromImage(image));
        label->setFixedSize(image.size());
        auto *shadow = new QGraphicsDropShadowEffect(label);
        shadow->setBlurRadius(14);
        shadow->setOffset(0, 2);
        label->setGraphicsEffect(shadow);
        m_pagesLayout->addWidget(label, 0, Qt::AlignHCenter);
        m_preview->pages.push_back(label);
    }
    if (!problem.isEmpty())
        m_status->setText(problem);
    else if (!pages.empty())
        m_status->setText(tr("%n page(s) in the PDF.", nullptr, static_cast<int>(pages.size())));
    else
        m_status->clear();
    emit previewReady();
}

int ReportsPage::previewPageCount() const
{
    return static_cast<int>(m_preview->pages.size());
}

void ReportsPage::waitForPreview()
{
    while (m_preview->debounce.isActive() || m_preview->watcher.isRunning()) {
        if (m_preview->debounce.isActive()) {
            m_preview->debounce.stop();
            refreshPreview();
        }
        m_preview->watcher.waitForFinished();
        QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
}

QString ReportsPage::suggestedFileName() const
{
    const Selection s = selection();
    const bool zh = s.options.language.startsWith(QLatin1String("zh"));
    const QString code = m_branch->currentText().section(QLatin1Char(' '), 0, 0);
    return QStringLiteral("%1-%2-%3.%4")
        .arg(zh ? QStringLiteral("月度服务报告") : QStringLiteral("service-report"), code,
             s.month.toString(QStringLiteral("yyyy-MM")), s.format);
}

void ReportsPage::printReport()
{
    auto model = buildForPrinting();
    if (!model) {
        if (model.error().kind != ErrorKind::Cancelled)
            showError(this, tr("Print Report"), model.error());
        return;
    }
    // Built once: the preview repaints the same pages whenever its page setup changes.
    const ReportDocument document(*model);
    PrintPreview::show(this, tr("Print Report"), [&document](QPrinter *printer) {
        PrintPreview::paintPages(printer, document.pageCount(), [&document](QPainter &p, int page) {
            document.paintPage(p, page);
        });
    });
}

Status ReportsPage::printTo(QPrinter *printer)
{
    auto model = buildForPrinting();
    if (!model)
        return model.error();
    const ReportDocument document(*model);
    PrintPreview::paintPages(printer, document.pageCount(),
                             [&document](QPainter &p, int page) { document.paintPage(p, page); });
    return {};
}

Result<report::MonthlyReport> ReportsPage::buildForPrinting()
{
    if (!m_context.workbook())
        return makeError(ErrorKind::NotFound, tr("No workbook is open."));
    const Selection s = selection();
    return runInBackground<Result<report::MonthlyReport>>(
        this, QStringLiteral("reportProgress"), tr("Print Report"), tr("Preparing the report…"),
        tr("Cancel"), [s](const TaskProgress &) -> Result<report::MonthlyReport> {
            auto workbook = Workbook::openForReading(s.path);
            if (!workbook)
                return workbook.error();
            return buildReport(**workbook, s.branchId, s.month, s.options);
        });
}

void ReportsPage::exportReport()
{
    if (!m_context.workbook())
        return;
    const QString folder = ExportFolder::last(lastFolderKey);
    const QString format = m_format->currentData().toString();
    const QString filter = format == QLatin1String("pdf")    ? tr("PDF (*.pdf)")
                           : format == QLatin1String("xlsx") ? tr("Excel workbook (*.xlsx)")
                                                             : tr("CSV (*.csv)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), QDir(folder).filePath(suggestedFileName()), filter);
    if (path.isEmpty())
        return;
    ExportFolder::remember(lastFolderKey, path);
    exportTo(path);
}

bool ReportsPage::exportTo(const QString &path)
{
    if (!m_context.workbook())
        return false;
    // Refused before any work: the report would otherwise replace a workbook (a slip in the
    // file dialog) after a second of building.
    if (auto refused = io::OutputFile::checkTarget(path); !refused) {
        showError(this, tr("Export Report"), refused.error());
        m_status->setText(tr("The report was not written."));
        return false;
    }
    const Selection s = selection();
    const Status written = runInBackground<Status>(
        this, QStringLiteral("reportProgress"), tr("Export Report"), tr("Writing the report…"),
        tr("Cancel"), [s, path](const TaskProgress &progress) -> Status {
            auto workbook = Workbook::openForReading(s.path);
            if (!workbook)
                return workbook.error();
            auto model = buildReport(**workbook, s.branchId, s.month, s.options);
            if (!model)
                return model.error();
            if (!progress(1, 4))
                return makeError(ErrorKind::Cancelled, QString());
            if (s.format == QLatin1String("csv"))
                return report::ReportCsv::write(*model, path);
            if (s.format == QLatin1String("xlsx"))
                return report::ReportXlsx::write(*model, path);
            return ReportPdf::write(*model, path, [&progress](int done, int total) {
                return progress(total + 3 * done, 4 * total); // the last three quarters
            });
        });
    return ExportOutcome::show(
        this, m_status,
        {tr("Export Report"), tr("The report was not written."), tr("Written to %1.")}, written,
        path);
}

} // namespace servicelens::ui
