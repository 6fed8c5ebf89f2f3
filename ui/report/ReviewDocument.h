// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageFlow.h"
#include "report/ReportText.h"
#include "report/ReviewReport.h"
#include "storage/Result.h"

class QPainter;

namespace servicelens::ui {

// A person's 360-degree review printed (issue 23), in the report's language: how each group
// sees each competency with n, the others' mean beside the previous cycle's and the gap to the
// person's own; what the orders and surveys measured over the period reviewed; what was written
// (sorted); the training proposed; the plan written after this cycle and how the previous
// cycle's plan went. Hidden groups are named, never shown.
class ReviewDocument final {
public:
    explicit ReviewDocument(const report::ReviewReport &report);

    int pageCount() const { return m_flow.pageCount(); }
    void paintPage(QPainter &painter, int index) const;
    QString title() const;
    // The report as a PDF, whole or not at all (ReportPdf).
    static Status writePdf(const report::ReviewReport &report, const QString &path);

private:
    void ratings();
    void measured();
    void written();
    void training();
    void plans();
    QString group(team::RaterGroup group) const;
    QString goalRow(const team::DevelopmentGoal &g) const;

    const report::ReviewReport &m_report;
    report::ReportText m_tx;
    PageFlow m_flow;
};

} // namespace servicelens::ui
