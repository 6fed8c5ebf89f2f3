// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurveyAnalysis.h"

#include "CommentThemes.h"

#include "Survey.h"
#include "common/LocalTime.h"
#include "org/Branch.h"
#include "storage/FastQuery.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cmath>
#include <map>

namespace servicelens::survey {

namespace {

constexpr double z95 = 1.959963984540054;

QString keyOf(const ResponseRecord &r, Breakdown b)
{
    switch (b) {
    case Breakdown::Month:
        return r.month.toString(QStringLiteral("yyyy-MM"));
    case Breakdown::Technician:
        return r.technician;
    case Breakdown::Channel:
        return r.channel;
    case Breakdown::Category:
        return r.category;
    case Breakdown::Product:
        return r.product;
    case Breakdown::Segment:
        return r.segment;
    }
    return {};
}

struct Tally {
    qint64 overallN = 0;
    qint64 satisfied = 0;
    std::vector<double> overall;
    qint64 npsN = 0;
    qint64 promoters = 0;
    qint64 detractors = 0;
    void add(const ResponseRecord &r)
    {
        if (r.overall) {
            ++overallN;
            satisfied += *r.overall >= 4 ? 1 : 0;
            overall.push_back(*r.overall);
        }
        if (r.nps) {
            ++npsN;
            promoters += *r.nps >= 9 ? 1 : 0;
            detractors += *r.nps <= 6 ? 1 : 0;
        }
    }
};

} // namespace

Result<std::vector<ResponseRecord>> SurveyAnalysis::load(Database &db, const Branch &branch,
                                                         QDate from, QDate to)
{
    const LocalTime local = branch.localTime();
    // The raw statement: a month of answers is tens of thousands of rows, where QtSql's
    // per-value QVariant costs more than SQLite's own work (PERF-NOTES.md). Each response's
    // order, technician and customer are looked up once, not once per answer.
    FastQuery q(db, "WITH resp AS MATERIALIZED (SELECT r.id, r.responded_at, "
                    "coalesce(s.code || ' ' || s.name, '') AS technician, "
                    "coalesce(o.channel, '') AS channel, coalesce(o.category, '') AS category, "
                    "coalesce(o.product, '') AS product, coalesce(c.segment, '') AS segment "
                    "FROM survey_response r LEFT JOIN service_order o ON o.id = r.order_id "
                    "LEFT JOIN staff s ON s.id = o.technician_id "
                    "LEFT JOIN customer c ON c.id = o.customer_id "
                    "WHERE r.branch_id = ?1 AND r.responded_at >= ?2 AND r.responded_at < ?3) "
                    "SELECT resp.id, resp.responded_at, resp.technician, resp.channel, "
                    "resp.category, resp.product, resp.segment, qu.type, qu.dimension, a.value, "
                    "a.text FROM resp JOIN survey_answer a ON a.response_id = resp.id "
                    "JOIN survey_question qu ON qu.id = a.question_id ORDER BY resp.id");
    q.bind(1, branch.id).bind(2, local.startOfDay(from)).bind(3, local.startOfDay(to));
    std::vector<QByteArray> dimensions;
    for (const QString &code : SurveyNames::dimensions())
        dimensions.push_back(code.toLatin1());
    std::vector<ResponseRecord> records;
    auto is = [&q](int column, const char *word) {
        const unsigned char *t = q.rawText(column);
        return t && qstrcmp(reinterpret_cast<const char *>(t), word) == 0;
    };
    while (q.next()) {
        const qint64 id = q.int64(0);
        if (records.empty() || records.back().responseId != id) {
            ResponseRecord r;
            r.responseId = id;
            r.respondedAt = q.int64(1);
            const QDate day = local.localDate(r.respondedAt);
            r.month = QDate(day.year(), day.month(), 1);
            r.technician = q.text(2);
            r.channel = q.text(3);
            r.category = q.text(4);
            r.product = q.text(5);
            r.segment = q.text(6);
            records.push_back(std::move(r));
        }
        ResponseRecord &r = records.back();
        if (is(7, "text")) {
            r.comment = q.text(10);
        } else if (!q.isNull(9)) {
            const double v = q.real(9);
            if (is(7, "csat5"))
                r.overall = v;
            else if (is(7, "nps"))
                r.nps = v;
            else if (is(7, "likert5"))
                for (std::size_t d = 0; d < dimensions.size(); ++d)
                    if (is(8, dimensions[d].constData()))
                        r.dimensions[d] = v;
        }
    }
    if (!q.status())
        return q.status().error();
    return records;
}

Estimate SurveyAnalysis::proportion(qint64 hits, qint64 n)
{
    Estimate e;
    e.n = n;
    if (n == 0)
        return e;
    const double p = static_cast<double>(hits) / static_cast<double>(n);
    e.value = p;
    e.margin = z95 * std::sqrt(p * (1 - p) / static_cast<double>(n));
    return e;
}

Estimate SurveyAnalysis::netPromoter(qint64 promoters, qint64 detractors, qint64 n)
{
    Estimate e;
    e.n = n;
    if (n == 0)
        return e;
    const double p = static_cast<double>(promoters) / static_cast<double>(n);
    const double d = static_cast<double>(detractors) / static_cast<double>(n);
    e.value = 100.0 * (p - d);
    // Each answer scores +1, 0 or -1; NPS is 100 × their mean.
    const double variance = (p + d) - (p - d) * (p - d);
    e.margin = 100.0 * z95 * std::sqrt(variance / static_cast<double>(n));
    return e;
}

Estimate SurveyAnalysis::mean(const std::vector<double> &values)
{
    Estimate e;
    e.n = static_cast<qint64>(values.size());
    if (values.empty())
        return e;
    double sum = 0;
    for (double v : values)
        sum += v;
    const double m = sum / static_cast<double>(values.size());
    e.value = m;
    if (values.size() > 1) {
        double squares = 0;
        for (double v : values)
            squares += (v - m) * (v - m);
        const double sd = std::sqrt(squares / static_cast<double>(values.size() - 1));
        e.margin = z95 * sd / std::sqrt(static_cast<double>(values.size()));
    }
    return e;
}

std::vector<GroupFigures> SurveyAnalysis::byGroup(const std::vector<ResponseRecord> &records,
                                                  Breakdown breakdown)
{
    std::map<QString, Tally> groups;
    Tally all;
    for (const ResponseRecord &r : records) {
        groups[keyOf(r, breakdown)].add(r);
        all.add(r);
    }
    std::vector<GroupFigures> out;
    for (const auto &[key, t] : groups) {
        GroupFigures g;
        g.key = key;
        g.csat = proportion(t.satisfied, t.overallN);
        g.nps = netPromoter(t.promoters, t.detractors, t.npsN);
        g.meanOverall = mean(t.overall);
        // Against the rest of the responses: a pooled two-proportion z-test at 95 %.
        const qint64 n1 = t.overallN;
        const qint64 n2 = all.overallN - t.overallN;
        if (n1 > 0 && n2 > 0) {
            const double p1 = static_cast<double>(t.satisfied) / static_cast<double>(n1);
            const double p2 =
                static_cast<double>(all.satisfied - t.satisfied) / static_cast<double>(n2);
            const double pooled =
                static_cast<double>(all.satisfied) / static_cast<double>(all.overallN);
            const double se =
                std::sqrt(pooled * (1 - pooled) *
                          (1.0 / static_cast<double>(n1) + 1.0 / static_cast<double>(n2)));
            if (se > 0 && std::fabs(p1 - p2) > z95 * se)
                g.csatDifference = p1 > p2 ? 1 : -1;
        }
        out.push_back(std::move(g));
    }
    return out;
}

std::optional<double> SurveyAnalysis::correlation(const std::vector<double> &x,
                                                  const std::vector<double> &y)
{
    const std::size_t n = std::min(x.size(), y.size());
    if (n < 3)
        return std::nullopt;
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < n; ++i) {
        mx += x[i];
        my += y[i];
    }
    mx /= static_cast<double>(n);
    my /= static_cast<double>(n);
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx <= 0 || syy <= 0)
        return std::nullopt; // a constant: no correlation to speak of
    return sxy / std::sqrt(sxx * syy);
}

std::vector<Driver> SurveyAnalysis::drivers(const std::vector<ResponseRecord> &records)
{
    const auto &codes = SurveyNames::dimensions();
    std::vector<Driver> out;
    for (std::size_t d = 0; d < codes.size(); ++d) {
        std::vector<double> x, y, all;
        for (const ResponseRecord &r : records) {
            if (r.dimensions[d])
                all.push_back(*r.dimensions[d]);
            if (r.dimensions[d] && r.overall) {
                x.push_back(*r.dimensions[d]);
                y.push_back(*r.overall);
            }
        }
        Driver driver;
        driver.dimension = codes[d];
        driver.importance = correlation(x, y);
        driver.performance = mean(all).value;
        driver.n = static_cast<qint64>(x.size());
        out.push_back(driver);
    }
    std::stable_sort(out.begin(), out.end(), [](const Driver &a, const Driver &b) {
        return a.importance.value_or(-2) > b.importance.value_or(-2);
    });
    return out;
}

QStringList SurveyAnalysis::terms(const QString &comment)
{
    const CommentWords &words = CommentWords::shared();
    QStringList out;
    for (const QString &unit : CommentThemes::units(words, comment))
        if (unit.size() >= 2 && !words.isFunctionWord(unit) && !out.contains(unit))
            out << unit;
    return out;
}

std::vector<Theme> SurveyAnalysis::themes(const std::vector<ResponseRecord> &records, int limit,
                                          bool detractorsOnly)
{
    QStringList comments;
    std::vector<const ResponseRecord *> of;
    for (const ResponseRecord &r : records) {
        if (r.comment.trimmed().isEmpty())
            continue;
        if (detractorsOnly && !(r.nps && *r.nps <= 6))
            continue;
        comments << r.comment;
        of.push_back(&r);
    }
    std::vector<Theme> out;
    for (const CommentTheme &c : CommentThemes::find(comments, limit)) {
        Theme t;
        t.term = c.text;
        t.count = static_cast<int>(c.comments.size());
        for (int i : c.comments) {
            const ResponseRecord &r = *of[static_cast<std::size_t>(i)];
            t.responses.push_back(r.responseId);
            t.detractors += r.nps && *r.nps <= 6 ? 1 : 0;
        }
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace servicelens::survey
