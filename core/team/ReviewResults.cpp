// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewResults.h"

#include "ReviewCycles.h"
#include "org/Branch.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <QSet>

namespace servicelens::team {

namespace {

// The callback survey's dimensions that speak of a competency (docs/kpi.md, "Reviews").
const QHash<QString, QString> &customerDimensions()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("professionalism"), QStringLiteral("skill")},
        {QStringLiteral("attitude"), QStringLiteral("attitude")},
        {QStringLiteral("communication"), QStringLiteral("teamwork")},
        {QStringLiteral("transparency"), QStringLiteral("compliance")}};
    return map;
}

struct Sums {
    double total = 0;
    int count = 0;
    void add(double v)
    {
        total += v;
        ++count;
    }
    std::optional<double> mean() const
    {
        return count ? std::optional<double>(total / count) : std::nullopt;
    }
};

// Per person and group: the forms, and each competency's sums.
struct Tally {
    QSet<QString> forms;
    std::map<QString, Sums> competencies;
};

GroupResult resultOf(RaterGroup group, const Tally &t, const std::vector<QString> &competencies)
{
    GroupResult g;
    g.group = group;
    g.n = int(t.forms.size());
    for (const QString &c : competencies) {
        const auto it = t.competencies.find(c);
        g.competencies.emplace_back(c,
                                    it == t.competencies.end() ? std::nullopt : it->second.mean());
    }
    return g;
}

} // namespace

std::optional<double> GroupResult::mean(const QString &competency) const
{
    for (const auto &[code, value] : competencies)
        if (code == competency)
            return value;
    return std::nullopt;
}

Result<std::vector<QString>> ReviewResults::competencies(Database &db, qint64 cycleId)
{
    SqlQuery q(db, QStringLiteral("SELECT q.dimension FROM survey_question q JOIN review_cycle c "
                                  "ON c.survey_id = q.survey_id WHERE c.id = :id AND q.type = "
                                  "'likert5' ORDER BY q.position"));
    q.bind(QStringLiteral(":id"), cycleId);
    return q.all<QString>([](const SqlQuery &r) { return r.value(0).toString(); });
}

Result<std::vector<PersonResult>> ReviewResults::compute(Database &db, qint64 cycleId,
                                                        bool withCustomers)
{
    auto cycle = ReviewCycles(db).find(cycleId);
    if (!cycle)
        return cycle.error();
    auto names = competencies(db, cycleId);
    if (!names)
        return names.error();
    auto branch = BranchRepository(db).findById(cycle->branchId);
    if (!branch)
        return branch.error();
    const LocalTime local = *branch
                                ? (*branch)->localTime()
                                : LocalTime::inZone(QString::fromLatin1(Branch::defaultTimeZone));

    // Everyone reviewed, by name.
    std::vector<PersonResult> people;
    SqlQuery subjects(db, QStringLiteral("SELECT DISTINCT s.id, s.code, s.name FROM review_rater r "
                                         "JOIN staff s ON s.id = r.subject_id WHERE r.cycle_id = "
                                         ":id ORDER BY s.code"));
    subjects.bind(QStringLiteral(":id"), cycleId);
    if (auto s = subjects.exec(); !s)
        return s.error();
    while (subjects.next()) {
        PersonResult p;
        p.staffId = subjects.value(0).toLongLong();
        p.code = subjects.value(1).toString();
        p.name = subjects.value(2).toString();
        people.push_back(std::move(p));
    }

    std::map<std::pair<qint64, RaterGroup>, Tally> tallies;
    SqlQuery answers(
        db, QStringLiteral("SELECT r.subject_id, r.rater_group, r.id, q.type, q.dimension, "
                           "q.code, a.rating, a.text FROM review_response r JOIN review_answer a "
                           "ON a.response_id = r.id JOIN survey_question q ON q.id = "
                           "a.question_id WHERE r.cycle_id = :id"));
    answers.bind(QStringLiteral(":id"), cycleId);
    if (auto s = answers.exec(); !s)
        return s.error();
    // The words, per person and group: a hidden group's stay hidden too.
    std::map<std::pair<qint64, RaterGroup>, std::map<QString, QStringList>> comments;
    while (answers.next()) {
        const qint64 subject = answers.value(0).toLongLong();
        const auto group = ReviewNames::group(answers.value(1).toString());
        if (!group)
            continue;
        Tally &t = tallies[{subject, *group}];
        t.forms.insert(answers.value(2).toString());
        if (answers.value(3).toString() == QLatin1String("likert5") && !answers.value(6).isNull())
            t.competencies[answers.value(4).toString()].add(answers.value(6).toDouble());
        else if (!answers.value(7).toString().isEmpty())
            comments[{subject, *group}][answers.value(5).toString()] << answers.value(7).toString();
    }

    // Customers: the callback surveys answered within the period reviewed about the orders each
    // person handled.
    SqlQuery customers(
        db, QStringLiteral("SELECT o.technician_id, r.id, q.dimension, a.value FROM "
                           "survey_response r JOIN service_order o ON o.id = r.order_id JOIN "
                           "survey_answer a ON a.response_id = r.id JOIN survey_question q ON "
                           "q.id = a.question_id WHERE r.branch_id = :branch AND "
                           "r.responded_at >= :from AND r.responded_at < :to AND q.type = "
                           "'likert5' AND a.value IS NOT NULL AND o.technician_id IN (SELECT "
                           "subject_id FROM review_rater WHERE cycle_id = :cycle)"));
    customers.bind(QStringLiteral(":branch"), cycle->branchId)
        .bind(QStringLiteral(":from"), local.startOfDay(cycle->periodFrom))
        .bind(QStringLiteral(":to"), local.startOfDay(cycle->periodTo.addDays(1)))
        .bind(QStringLiteral(":cycle"), cycleId);
    if (withCustomers)
        if (auto s = customers.exec(); !s)
            return s.error();
    while (withCustomers && customers.next()) {
        const QString competency = customerDimensions().value(customers.value(2).toString());
        if (competency.isEmpty())
            continue;
        Tally &t = tallies[{customers.value(0).toLongLong(), RaterGroup::Customer}];
        t.forms.insert(customers.value(1).toString());
        t.competencies[competency].add(customers.value(3).toDouble());
    }

    for (PersonResult &p : people) {
        Tally others; // the colleagues' shown groups, pooled by answer
        std::optional<GroupResult> self;
        for (RaterGroup g : {RaterGroup::Self, RaterGroup::Manager, RaterGroup::Peer,
                             RaterGroup::Other, RaterGroup::Customer}) {
            const auto it = tallies.find({p.staffId, g});
            if (it == tallies.end() || it->second.forms.isEmpty())
                continue;
            if (!ReviewNames::exempt(g) && it->second.forms.size() < minimumAnswers) {
                p.hidden.push_back(g);
                continue;
            }
            p.groups.push_back(resultOf(g, it->second, *names));
            for (const auto &[question, texts] : comments[{p.staffId, g}])
                p.comments[question] << texts;
            if (g == RaterGroup::Self)
                self = p.groups.back();
            if (g == RaterGroup::Manager || g == RaterGroup::Peer || g == RaterGroup::Other)
                for (const auto &[c, sums] : it->second.competencies) {
                    others.competencies[c].total += sums.total;
                    others.competencies[c].count += sums.count;
                }
        }
        for (const QString &c : *names)
            if (const auto o =
                    others.competencies.count(c) ? others.competencies[c].mean() : std::nullopt)
                p.othersMeans.emplace_back(c, *o);
        if (self)
            for (const QString &c : *names) {
                const auto o =
                    others.competencies.count(c) ? others.competencies[c].mean() : std::nullopt;
                const auto s = self->mean(c);
                if (o && s)
                    p.gaps.emplace_back(c, *o - *s);
            }
        // Written words in no order that follows their writers or groups: sorted.
        for (auto &[question, texts] : p.comments)
            texts.sort();
    }
    return people;
}

io::OrderedJson ReviewResults::toJson(const QString &cycleCode,
                                      const std::vector<PersonResult> &people)
{
    using J = io::OrderedJson;
    J list = J::array();
    for (const PersonResult &p : people) {
        J groups = J::array();
        for (const GroupResult &g : p.groups) {
            J competencies = J::object();
            for (const auto &[code, mean] : g.competencies)
                competencies.add(code, J::number(mean));
            groups.append(J::object()
                              .add(QStringLiteral("group"), J::string(ReviewNames::code(g.group)))
                              .add(QStringLiteral("n"), J::number(g.n))
                              .add(QStringLiteral("competencies"), std::move(competencies)));
        }
        J gaps = J::object();
        for (const auto &[code, gap] : p.gaps)
            gaps.add(code, J::number(gap));
        list.append(J::object()
                        .add(QStringLiteral("code"), J::string(p.code))
                        .add(QStringLiteral("groups"), std::move(groups))
                        .add(QStringLiteral("gaps"), std::move(gaps)));
    }
    J doc = J::object();
    doc.add(QStringLiteral("cycle"), J::string(cycleCode))
        .add(QStringLiteral("people"), std::move(list));
    return doc;
}

} // namespace servicelens::team
