// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageFlow.h"
#include "report/MonthlyReport.h"
#include "report/ReportText.h"

#include <QImage>

class QPainter;

namespace servicelens::ui {

// The monthly report laid out on A4 pages (PageFlow): a cover with the headline figures, then
// the summary table and one section per area with its charts and tables; every page but the
// cover has a header and a "page n of N" footer. Laid out once; each page can then be painted
// on any device whose painter works in points at 72 dpi (the PDF writer, or an image for the
// preview).
class ReportDocument final {
public:
    static constexpr double pageWidth = PageFlow::pageWidth;
    static constexpr double pageHeight = PageFlow::pageHeight;

    explicit ReportDocument(const report::MonthlyReport &report);
    ~ReportDocument();

    int pageCount() const { return m_flow.pageCount(); }
    void paintPage(QPainter &painter, int index) const;
    // The page drawn into an image `width` pixels wide, for the preview.
    QImage pageImage(int index, int width) const;

private:
    void layout();
    void summary();
    // The figures' table against the month before, a year before and the target.
    void figureTable(const std::vector<report::ReportFigure> &figures);
    // A network report (report --all-branches), ReportNetworkSections.cpp.
    void networkLayout();
    void branchesSideBySide();
    void appendix();
    // A rate of the report's figures, or its "not in the data".
    QString rateOf(const char *key, const std::optional<double> &rate) const;
    void serviceFlow();
    void processMap();
    void complaints();
    void satisfaction();
    void inspections();
    void team();
    void reviews(); // within team(): the review cycles closed in the month
    void quality(); // ReportQualitySections.cpp
    void duties();  // ReportDutySections.cpp

    QStringList monthLabels() const;

    const report::MonthlyReport &m_report;
    report::ReportText m_tx;
    PageFlow m_flow;
};

} // namespace servicelens::ui
