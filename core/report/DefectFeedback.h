// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knowledge/ServiceCase.h"
#include "kpi/DefectTrends.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>

namespace servicelens::report {

class ReportText;

// A repair of the model in the month, as R&D reads it: what the customer said and which fault
// was found. No customer's name or phone: R&D needs the fault, not the person.
struct FeedbackOrder {
    qint64 id = 0;
    QString branch; // the branch's code
    QString orderNo;
    QDateTime received; // in the branch's time zone
    QString product;    // the order's own product text
    QString faultCode;
    QString description;
    bool closed = false;
};

// A case of the library that bears on the model: written for it, for one of the month's fault
// codes, or used on one of the month's repairs. Drafts are listed too, marked as such: a draft
// on a rising fault is what R&D wants to hear about first.
struct FeedbackCase {
    knowledge::ServiceCase content; // with its photos
    bool forModel = false;          // the case names the model
    bool forSignalledFault = false; // its fault code signals for the model this month
    int usedOnMonth = 0;            // how many of the model's repairs in the month it was used on
    long long usedOnAll = 0;        // on how many orders it was used, ever
};

struct FeedbackModel {
    kpi::DefectModel trend; // its chart, signals and Pareto
    QString name;           // the product list's name of the model
    QDate launched;         // invalid when the list does not know it
    long long ordersTotal = 0;
    std::vector<FeedbackOrder> orders; // signalled fault codes first, at most Options::orders
    std::vector<FeedbackCase> cases;   // the most relevant first, at most Options::cases
};

// The R&D feedback report (issue 21; docs/kpi.md, Defects): for each model that signals in the
// month — or each one asked for — its control chart and signals, the Pareto of its fault codes,
// the month's repairs as evidence with the customers' descriptions, and the cases that fix it
// with their photos. Read from a workbook or a head-office store; written as a PDF (ui) or a
// workbook (FeedbackXlsx).
struct DefectFeedback {
    Q_DECLARE_TR_FUNCTIONS(DefectFeedback)

public:
    struct Options {
        QString language = QStringLiteral("en");
        QStringList models; // empty: the models that signal in the month
        int orders = 25;    // repairs shown per model (all are counted)
        int cases = 8;      // cases shown per model
    };

    QDate month; // its first day
    QString language;
    QString source; // the branch's name, or the branches' count at head office
    QDateTime createdAt;
    bool chosen = false; // the models were asked for; else they are the signalled ones
    QHash<QString, QString> faultNames; // code → its name in the report's language
    std::vector<FeedbackModel> models;

    // "RF-03 压缩机异响", or the code alone when the list does not name it.
    QString faultText(const QString &code) const;
    // A model's signals in words: its own chart's, then each signalled fault code's
    // ("RF-03: above the limit"); a dash when none.
    static QString signalsText(const ReportText &tx, const kpi::DefectModel &d);

    // A model asked for that the product list does not know, or that had no repair in the
    // month and the twelve before it, is an error naming it.
    static Result<DefectFeedback> build(Database &db, QDate month, const Options &options);
};

// The signals of `defects --json` ("above_upper", "run_of_8", "cusum") in the report's words.
QString signalWords(const ReportText &tx, const QStringList &names);

} // namespace servicelens::report
