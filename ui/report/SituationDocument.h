// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageFlow.h"
#include "report/ReportText.h"
#include "report/SituationReport.h"

class QPainter;

namespace servicelens::ui {

// An incident's situation report (report/SituationReport) on A4 pages, for upper management:
// the facts, who was contacted and how the calls went, what is still open (steps, actions,
// customers), the plan's steps, the timeline, and the lessons when closed. A drill says so at
// the top. Every page has a header and a "page n of N" footer.
class SituationDocument final {
public:
    explicit SituationDocument(const report::SituationReport &report);

    int pageCount() const { return m_flow.pageCount(); }
    void paintPage(QPainter &painter, int index) const;
    QString title() const;
    // The report as a PDF, whole or not at all (ReportPdf).
    static Status writePdf(const report::SituationReport &report, const QString &path);

private:
    void facts();
    void contacts();
    void stillOpen();
    void steps();
    void timeline();
    QString when(qint64 utc) const;
    QString names(const char *source) const; // a word of the IncidentNames context

    const report::SituationReport &m_report;
    report::ReportText m_tx;
    PageFlow m_flow;
};

} // namespace servicelens::ui
