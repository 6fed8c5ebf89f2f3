// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace servicelens {
class Database;
struct Branch;
} // namespace servicelens

namespace servicelens::survey {

// One answered survey with what it is about, for the analyses below.
struct ResponseRecord {
    qint64 responseId = 0;
    qint64 respondedAt = 0;
    QDate month; // first day, in the branch's time zone
    QString technician;
    QString channel; // the order's channel code
    QString category;
    QString product;
    QString segment;                                 // customer segment code
    std::optional<double> overall;                   // csat5
    std::optional<double> nps;                       // 0-10
    std::array<std::optional<double>, 7> dimensions; // SurveyNames::dimensions() order
    QString comment;
};

// A figure from a sample, with its 95 % margin of error.
struct Estimate {
    std::optional<double> value;
    double margin = 0; // ± at 95 %
    qint64 n = 0;
};

struct GroupFigures {
    QString key;
    Estimate csat;        // share of overall answers >= 4
    Estimate nps;         // -100..100
    Estimate meanOverall; // 1-5
    // The group's CSAT differs from the rest of the responses by more than chance (a
    // two-proportion test at 95 %): +1 better, -1 worse, 0 not distinguishable.
    int csatDifference = 0;
};

enum class Breakdown { Month, Technician, Channel, Category, Product, Segment };

struct Driver {
    QString dimension;
    std::optional<double> importance;  // Pearson correlation with the overall score
    std::optional<double> performance; // mean 1-5
    qint64 n = 0;
};

struct Theme {
    QString term;
    int count = 0;                 // comments containing it
    int detractors = 0;            // of them, with an NPS of 0-6
    std::vector<qint64> responses; // the comments' responses
};

// Survey analysis of DOMAIN.md §3 beyond the monthly KPIs: figures by group with sample sizes
// and margins of error, which dimensions drive overall satisfaction, and what the comments talk
// about. All from the answered responses of a period.
class SurveyAnalysis final {
    Q_DECLARE_TR_FUNCTIONS(SurveyAnalysis)

public:
    // Responses answered in [from, to) (local dates) at the branch.
    static Result<std::vector<ResponseRecord>> load(Database &db, const Branch &branch, QDate from,
                                                    QDate to);

    static Estimate proportion(qint64 hits, qint64 n);
    static Estimate netPromoter(qint64 promoters, qint64 detractors, qint64 n);
    static Estimate mean(const std::vector<double> &values);

    static std::vector<GroupFigures> byGroup(const std::vector<ResponseRecord> &records,
                                             Breakdown breakdown);
    // Most important first.
    static std::vector<Driver> drivers(const std::vector<ResponseRecord> &records);
    // The words and phrases the comments use (CommentThemes), by the number of comments using
    // them; detractorsOnly keeps NPS 0-6.
    static std::vector<Theme> themes(const std::vector<ResponseRecord> &records, int limit,
                                     bool detractorsOnly);
    // The words of one comment worth a theme (negations joined), each once.
    static QStringList terms(const QString &comment);

    static std::optional<double> correlation(const std::vector<double> &x,
                                             const std::vector<double> &y);
};

} // namespace servicelens::survey
