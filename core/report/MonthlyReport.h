// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kpi/Kpi.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiTargets.h"
#include "kpi/ProcessMap.h"
#include "survey/SurveyAnalysis.h"
#include "team/ReviewTrend.h"

#include <QCoreApplication>
#include <QDate>

namespace servicelens {
class Database;
struct Branch;
} // namespace servicelens

namespace servicelens::report {

class ReportText;

// One line of the report's KPI table: the month, the month before, the same month last year,
// and the target where there is one. Values are KPI.md's (rates as fractions).
struct ReportFigure {
    enum class Kind { Count, Rate, Number };
    QString key;   // KPI.md's key, e.g. orders.sla_met_rate
    QString label; // in the report's language
    Kind kind = Kind::Count;
    kpi::Better better = kpi::Better::Neither; // which way is an improvement
    int decimals = 2; // of a Number: the catalogue's, so the report writes it as the app does
    std::optional<double> value;
    std::optional<double> previous;
    std::optional<double> lastYear;
    std::optional<double> target;
    // "not in the data", in the report's language, when the month has orders but the data never
    // gave the input the figure needs (KPI.md, "unknown is not zero"); empty otherwise.
    QString notInData;

    // Whether the value meets the target (nullopt without either).
    std::optional<bool> meetsTarget() const;
};

struct ReportOrder {
    QString orderNo;
    qint64 received = 0;
    std::optional<qint64> closed;
    QString status;
    QString priority;
    QString channel;
    QString category;
    QString product;
    QString technician;
    QString customer;
    QString phone; // masked unless the report was asked to show phones
    bool complaint = false;
    int visits = 0;
    int reopened = 0;
    // Complaints only: what the customer reported, and how it was answered — the latest note
    // written on its repair, follow-up or closing step (empty when none was written).
    QString description;
    QString resolution;
};

struct ReportCount {
    QString name;
    qint64 count = 0;
};

struct ReportFailedItem {
    QString code;
    QString text;    // in the report's language
    QString section; // in the report's language
    int findings = 0;
    int answered = 0;
};

// A corrective action open at the month's end, or closed (done) during the month.
struct ReportAction {
    QString description;
    QString owner;
    QDate due;
    QString status; // in the report's language, as it stood at the month's end
    bool openAtEnd = false;
    bool overdueAtEnd = false;
    bool closedInMonth = false;
};

struct ReportTraining {
    QDate day;
    QString course;
    QString trainer;
    double hours = 0;
    int attendees = 0;
    std::optional<double> meanGain;
};

// A 360-degree review cycle closed in the month (issue 23): the team's summary, from the shown
// results only.
struct ReportReview {
    QString code;
    QString name;
    QDate periodFrom;
    QDate periodTo;
    double threshold = 3.0;
    int people = 0;       // reviewed
    int asked = 0;        // forms the codes invited
    int answered = 0;     // and answered
    int hiddenGroups = 0; // answered, but under three answers
    std::vector<team::TeamCompetency> teams;
    std::map<QString, QString> labels; // competency -> its words in the report's language
    int goalsReviewed = 0;             // goals of the previous cycle's plans reviewed at it
    int goalsAchieved = 0;
    int plansWritten = 0; // people with a plan after it
};

struct ReportInspection {
    qint64 completedAt = 0;
    QString templateName;
    std::optional<double> score;
    bool passed = false;
    int findings = 0;
    QString seal; // the inspection's content hash (InspectionSeal), hex
};

// A model whose month signals (docs/kpi.md, Defects), as the report shows it.
struct ReportDefect {
    QString model;
    QString category;
    bool perUnits = false; // a u-chart (per 1,000 units); else a share of the category
    qint64 repairs = 0;
    std::optional<qint64> base;
    std::optional<double> rate;
    std::optional<double> centre;
    std::optional<double> upper;
    QString alarms; // the signals, in the report's language
    QString faults; // its codes, most first: "RF-03 压缩机异响 ×52 (above the limit)"
};

// A fault code with an approved case: the month's orders with a case against without.
struct ReportCaseEffect {
    QString fault; // code and name
    QString caseTitle;
    qint64 withOrders = 0;
    std::optional<double> withDays;
    qint64 withoutOrders = 0;
    std::optional<double> withoutDays;
    std::optional<double> withFirstTimeFix;
    std::optional<double> withoutFirstTimeFix;
    bool firstTimeFixDiffers = false;
};

// A fault code of the month's orders without an approved case.
struct ReportCaseGap {
    QString fault; // code and name
    qint64 orders = 0;
    qint64 workingDays = 0;
};

// A maintenance plan overdue at the month's end, or due in the week after it.
struct ReportMaintenanceDue {
    QString equipment; // code
    QString name;
    QString plan;
    QDate due;
    int overdueDays = 0; // negative: due in that many days
};

// A breakdown that overlapped the month.
struct ReportBreakdown {
    QString equipment; // code
    QString name;
    qint64 downAt = 0;
    std::optional<qint64> upAt;
    double hoursInMonth = 0; // working-day hours down within the month
    QString fault;
    int ordersWaited = 0;
};

// An incident opened in the month or open during it.
struct ReportIncident {
    QString code;
    QString title;
    QString scenario; // in the report's language
    QString severity; // in the report's language
    bool drill = false;
    qint64 openedAt = 0;
    std::optional<qint64> closedAt; // when closed before the month's end
    int listed = 0;                 // customers on its callback list
    int reached = 0;
};

// A branch's line in a network report (head office): how current its data is, its volume and
// each compared rate with where it stands against the network's funnel (-1 below the 99.8 %
// limits, +1 above, 0 within).
struct ReportBranchRow {
    QString code;
    QString name;
    std::optional<QDate> dataUntil; // in the branch's time zone; none before its first pack
    bool complete = false;
    qint64 received = 0;
    qint64 closed = 0;
    std::vector<std::optional<double>> rates; // as MonthlyReport::rateLabels
    std::vector<int> beyond;
};

// The monthly service report (DOMAIN.md §5) as data: computed by the one KPI engine and the
// analyses, rendered by the PDF, XLSX and CSV writers. Personal data (phones) masked unless
// asked for.
struct MonthlyReport {
    QString branchCode;
    QString branchName;
    QString timeZone;
    QDate month; // first day
    QString language;
    kpi::MonthKpis kpis;
    std::vector<kpi::MonthKpis> trend; // twelve months ending with this one, oldest first
    std::vector<ReportFigure> figures;
    std::vector<ReportOrder> orders;              // received or closed in the month
    std::vector<ReportOrder> complaints;          // received in the month and flagged
    std::vector<ReportCount> complaintCategories; // most complaints first
    std::vector<survey::Driver> drivers;
    std::vector<survey::Theme> themes;
    std::vector<QString> themeComments; // a sample comment per theme
    std::vector<ReportInspection> inspections;
    std::vector<ReportFailedItem> failedItems; // most findings first
    std::vector<ReportAction> actions;         // open at the end, then closed in the month
    std::vector<ReportTraining> trainings;     // sessions held in the month
    std::vector<ReportReview> reviews;         // review cycles closed in the month
    kpi::ProcessMapData processMap;            // the real paths of the orders closed in the month
    std::vector<ReportDefect> defects;         // the models whose month signals, strongest first
    std::vector<ReportCaseEffect> caseEffects; // the month's closed orders, most with a case first
    std::vector<ReportCaseGap> caseGaps;       // costliest first, at most ten
    // The branch's duties (Lists; not in a network report): the due list at the month's end,
    // the month's breakdowns, and its incidents.
    std::vector<ReportMaintenanceDue> maintenanceDue; // the most overdue first
    std::vector<ReportBreakdown> breakdowns;          // as they began
    std::vector<ReportIncident> incidents;            // as they were opened
    bool empty = true; // no order, survey or inspection in the month (built with the lists)
    // The audit chain's head ("ID:HASH16") when the report was made: a later `check --against`
    // proves the trail up to it unchanged. Empty for a workbook without a chained trail.
    QString auditHead;

    // A network report (`report --all-branches`): the figures above are pooled over every
    // branch; these say how each branch stands, and the appendix holds each branch's figures.
    bool network = false;
    bool provisional = false;        // some branch's data stops before the month's end
    std::vector<QString> rateLabels; // the compared rates, in the report's language
    std::vector<kpi::Better> rateBetter;
    std::vector<std::optional<double>> pooledRates; // the network's, as rateLabels
    std::vector<ReportBranchRow> branches;
    std::vector<MonthlyReport> appendix; // one per branch, figures only
};

class MonthlyReportBuilder final {
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportBuilder)

public:
    // What a format needs: the CSV only the figures, the XLSX the lists and every order, the PDF
    // the lists and the charts; the Reports page everything. A part not built stays empty.
    enum Part {
        Figures = 0x0,   // the catalogue's rows: the month, the month before, a year before
        Lists = 0x1,     // complaints, survey drivers and themes, inspections, actions, trainings
        OrderList = 0x2, // every order received or closed in the month (the XLSX's sheet)
        Charts = 0x4,    // the twelve months' trend and the process map
        Quality = 0x8,   // defect signals and the case library (PDF section 7, an XLSX sheet)
        Everything = Lists | OrderList | Charts | Quality
    };
    struct Options {
        QString language = QStringLiteral("en");
        bool showPhones = false; // an explicit choice; masked by default
        int parts = Everything;
    };
    static Result<MonthlyReport> build(Database &db, const Branch &branch, QDate month,
                                       const Options &options);
    // The report over every branch of a head office's store (NetworkReport.cpp): the pooled
    // figures, the branches side by side and an appendix of each branch's figures. The lists
    // of a branch report (orders, complaints, inspections…) are each branch's own: not built.
    static Result<MonthlyReport> buildNetwork(Database &db, QDate month, const Options &options);
    // The catalogue's report rows for the month against the month before and a year before.
    static std::vector<ReportFigure> figures(const ReportText &tx, const kpi::MonthKpis &current,
                                             const kpi::MonthKpis &previous,
                                             const kpi::MonthKpis &lastYear,
                                             const kpi::KpiTargets &targets);
    // The audit chain's head as the report prints it ("ID:HASH16"); empty without a chain.
    static Result<QString> auditHead(Database &db);
    // The report's word for a stored code (order status, priority, channel, dwell stage).
    static QString word(const ReportText &tx, const QString &code);
    // 138****1234 for a mobile; shorter numbers keep at most their last four; half is hidden.
    static QString maskPhone(const QString &phone);
    // A text a spreadsheet would run as a formula (= + - @, or tab/CR first) is prefixed with an
    // apostrophe so it stays text.
    static QString neutralize(const QString &text);
};

} // namespace servicelens::report
