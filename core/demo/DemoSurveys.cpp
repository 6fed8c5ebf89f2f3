// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSurveys.h"

#include "flow/ServiceOrder.h"
#include "storage/Database.h"
#include "storage/UidGenerator.h"

#include <cmath>

namespace servicelens::demo {

namespace {

const char *const praise[] = {
    "师傅很专业，讲解也很清楚",
    "上门准时，修得很快，点赞",
    "服务态度非常好，还帮忙清理了现场",
    "电话回访很及时，感觉很重视客户",
    "收费透明，没有乱收费",
    "一次就修好了，效率高",
    "师傅很耐心，教我怎么保养",
    "整体很满意，下次还会选择你们",
};
const char *const neutral[] = {
    "希望上门前能提前电话确认时间", "等待时间有点长，其他还好", "预约电话不太好打通",
    "希望能提供更准确的上门时间段", "配件价格可以再公开一些",   "进度能主动告知一下就更好了",
};
const char *const complaints[] = {
    "等配件等了一个多星期，太慢了", "修了两次还没修好，很失望",     "师傅迟到了两个小时也没打招呼",
    "收费不透明，说好的价格又加钱", "客服电话一直占线，没人处理",   "上门两次都没带对配件",
    "态度很差，问问题不耐烦",       "说好当天修好，结果拖了好几天",
};

int clampScale(double v, int lo, int hi)
{
    return std::clamp(static_cast<int>(std::lround(v)), lo, hi);
}

} // namespace

DemoSurveys::DemoSurveys(Database &db, UidGenerator &uids, const survey::Survey &survey,
                         qint64 branchId, std::uint64_t seed, qint64 pendingFrom)
    : m_uids(uids)
    , m_survey(survey)
    , m_branchId(branchId)
    , m_pendingFrom(pendingFrom)
    , m_random(seed)
    , m_repository(db)
{}

Status DemoSurveys::add(const flow::ServiceOrder &o, const OrderExperience &x)
{
    if (!o.times.followedUp || !m_random.chance(0.33))
        return {};
    const qint64 sent = *o.times.followedUp;
    survey::SurveyResponse r;
    r.uid = m_uids.nextAt(sent * 1000);
    r.surveyId = m_survey.id;
    r.branchId = m_branchId;
    r.orderId = o.id;
    r.dueAt = sent;
    if (sent >= m_pendingFrom) {
        // The last days' follow-ups wait on the callback list.
        r.status = survey::ResponseStatus::Due;
        ++m_responses;
        return m_repository.insert(r, m_survey, {}, sent);
    }
    // Unhappy customers answer a little less often; some refuse.
    const double answerChance = o.complaint ? 0.62 : 0.76;
    const bool answered = m_random.chance(answerChance);
    r.status = answered               ? survey::ResponseStatus::Answered
               : m_random.chance(0.2) ? survey::ResponseStatus::Refused
                                      : survey::ResponseStatus::NoAnswer;
    r.sentAt = sent;
    const qint64 responded = sent + 60 * m_random.between(2, 8);
    if (answered)
        r.respondedAt = responded;
    r.attempts = answered ? 1 : static_cast<int>(m_random.between(1, 3));
    ++m_responses;
    if (!answered)
        return m_repository.insert(r, m_survey, {}, sent);

    // The customer's experience, then each dimension around it.
    double base = 4.45 + 1.2 * (x.technicianQuality - 0.88) + 0.25 * m_random.normal();
    if (o.complaint)
        base -= 1.7;
    const double speed = base - (x.lateResponse ? 0.9 : 0.0) + 0.45 * m_random.normal();
    const double resolve = base - (o.reopened ? 1.3 : 0.0) - (o.visits > 1 ? 0.6 : 0.0) -
                           (x.lateResolution ? 0.8 : 0.0) + 0.45 * m_random.normal();
    const double prof = base + 2.0 * (x.technicianQuality - 0.88) - (o.reopened ? 0.5 : 0.0) +
                        0.45 * m_random.normal();
    const double comm = base - (x.lateResolution ? 0.3 : 0.0) + 0.5 * m_random.normal();
    const double attitude = base + 0.2 + 0.5 * m_random.normal();
    const double transparency = base - 0.1 + 0.5 * m_random.normal();
    const double brand = base - 0.2 + 0.5 * m_random.normal();
    const int v[] = {clampScale(speed, 1, 5),    clampScale(prof, 1, 5),
                     clampScale(resolve, 1, 5),  clampScale(comm, 1, 5),
                     clampScale(attitude, 1, 5), clampScale(transparency, 1, 5),
                     clampScale(brand, 1, 5)};
    // Overall: resolution and speed weigh most (what the driver analysis should find).
    const double overall = 0.32 * v[2] + 0.24 * v[0] + 0.14 * v[1] + 0.12 * v[4] + 0.08 * v[3] +
                           0.05 * v[5] + 0.05 * v[6] + 0.25 * m_random.normal();
    const int overallScore = clampScale(overall, 1, 5);
    const int npsByOverall[][2] = {{0, 3}, {1, 5}, {4, 7}, {7, 9}, {8, 10}};
    const int nps =
        m_random.between(npsByOverall[overallScore - 1][0], npsByOverall[overallScore - 1][1]);
    const char *codes[] = {"q_speed",    "q_prof",         "q_resolve", "q_comm",
                           "q_attitude", "q_transparency", "q_brand"};
    std::vector<survey::AnswerValue> answers;
    for (std::size_t i = 0; i < std::size(codes); ++i)
        answers.push_back({QLatin1String(codes[i]), double(v[i]), {}});
    answers.push_back({QStringLiteral("q_overall"), double(overallScore), {}});
    answers.push_back({QStringLiteral("q_nps"), double(nps), {}});
    if (m_random.chance(overallScore <= 2 ? 0.8 : 0.38)) {
        const char *comment = overallScore >= 4 ? praise[m_random.between(0, std::size(praise) - 1)]
                              : overallScore == 3
                                  ? neutral[m_random.between(0, std::size(neutral) - 1)]
                                  : complaints[m_random.between(0, std::size(complaints) - 1)];
        answers.push_back({QStringLiteral("q_suggest"), std::nullopt, QString::fromUtf8(comment)});
    }
    return m_repository.insert(r, m_survey, answers, sent);
}

} // namespace servicelens::demo
