// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageFlow.h"
#include "report/DefectFeedback.h"
#include "report/ReportText.h"

class QPainter;

namespace servicelens::ui {

// The R&D feedback report (report/DefectFeedback) laid out on A4 pages: a title block and the
// list of models, then per model its facts, its control chart with the signalled months marked,
// the Pareto of fault codes, the month's repairs with the customers' words, and the cases that
// fix it with their photos. Every page has a header and a "page n of N" footer.
class FeedbackDocument final {
public:
    explicit FeedbackDocument(const report::DefectFeedback &feedback);

    int pageCount() const { return m_flow.pageCount(); }
    void paintPage(QPainter &painter, int index) const;
    QString title() const;
    // The report as a PDF, whole or not at all (ReportPdf).
    static Status writePdf(const report::DefectFeedback &feedback, const QString &path);

private:
    void titleBlock();
    void model(int number, const report::FeedbackModel &m);
    void facts(const report::FeedbackModel &m);
    // The model's chart and those of its signalled fault codes, the signalled months marked.
    void controlCharts(const report::FeedbackModel &m);
    void controlChart(const QString &title, const std::vector<kpi::ChartMonth> &series, bool share);
    void faults(const report::FeedbackModel &m);
    void repairs(const report::FeedbackModel &m);
    void cases(const report::FeedbackModel &m);
    void photos(const knowledge::ServiceCase &c);
    // A rate as the model's chart has it: per 1,000 units, or a share of the category.
    QString rate(const kpi::DefectModel &d, const std::optional<double> &v) const;

    const report::DefectFeedback &m_feedback;
    report::ReportText m_tx;
    bool m_branchColumn = false; // the repairs come from more than one branch
    PageFlow m_flow;
};

} // namespace servicelens::ui
