// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/MonthlyReport.h"

#include <QImage>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QPushButton;
class QVBoxLayout;

namespace servicelens::ui {

class WorkbookContext;

// Reports: pick the month, branch, language and format, see the PDF's pages as they will be
// printed, and export. The preview is built on a worker thread with a connection of its own,
// so a large workbook never freezes the window; the export runs there too, with progress and
// Cancel, and the folder last exported to is offered next time.
class ReportsPage final : public QWidget {
    Q_OBJECT

public:
    explicit ReportsPage(WorkbookContext &context, QWidget *parent = nullptr);
    ~ReportsPage() override;

    // Exports to `path` in the chosen format; returns whether it was written (the GUI asks for
    // the path first, tests give it).
    bool exportTo(const QString &path);
    int previewPageCount() const;
    QComboBox *formatBox() const { return m_format; }
    QComboBox *languageBox() const { return m_language; }
    QDateEdit *monthEdit() const { return m_month; }
    // Waits for the preview being built (tests).
    void waitForPreview();
    // The month's report in a print preview (File ▸ Print… on this page, or its Print… button).
    void printReport();
    // What printReport() sends to the printer, for a printer the caller set up (tests: a PDF).
    Status printTo(QPrinter *printer);

signals:
    void previewReady();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The context's workbook or branch changed: everything shown afresh.
    void showWorkbook();
    void refreshPreview();
    void showPreview(const std::vector<QImage> &pages, const QString &problem);
    void exportReport();
    // The selected month's report, built on a worker thread behind a progress dialog.
    Result<report::MonthlyReport> buildForPrinting();
    QString suggestedFileName() const;
    report::MonthlyReportBuilder::Options options() const;
    struct Selection;
    Selection selection() const;

    WorkbookContext &m_context;
    QDateEdit *m_month;
    QComboBox *m_branch;
    QComboBox *m_language;
    QComboBox *m_format;
    QCheckBox *m_phones;
    QPushButton *m_export;
    QLabel *m_status;
    QWidget *m_pagesHost;
    QVBoxLayout *m_pagesLayout;
    struct Preview;
    std::unique_ptr<Preview> m_preview;
    bool m_stale = false; // data changed while the page was hidden
};

} // namespace servicelens::ui
