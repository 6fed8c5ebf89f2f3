// SPDX-License-Identifier: GPL-3.0-or-later
#include "DefectFeedback.h"

#include "ReportText.h"

#include "flow/OrderRepository.h"
#include "knowledge/CaseLibrary.h"
#include "org/Branch.h"
#include "org/FaultCodes.h"
#include "org/ProductMatcher.h"

#include <QSet>

#include <algorithm>

namespace servicelens::report {

namespace {

// The models the report covers: those asked for, by any spelling the product list knows, or
// the signalled ones (DefectReport puts them first).
Result<std::vector<kpi::DefectModel>> chosenModels(const kpi::DefectReport &trends,
                                                   const org::ProductLists &lists,
                                                   const QStringList &asked)
{
    std::vector<kpi::DefectModel> chosen;
    if (asked.isEmpty()) {
        for (const kpi::DefectModel &d : trends.models)
            if (d.signalled())
                chosen.push_back(d);
        return chosen;
    }
    const org::ProductMatcher matcher(lists);
    for (const QString &text : asked) {
        const org::ProductMatch m = matcher.model(text);
        if (!m.matched())
            return makeError(ErrorKind::NotFound,
                             DefectFeedback::tr("The product list has no model “%1”.").arg(text));
        const auto it =
            std::find_if(trends.models.begin(), trends.models.end(),
                         [&m](const kpi::DefectModel &d) { return d.model == m.target; });
        if (it == trends.models.end())
            return makeError(ErrorKind::NotFound,
                             DefectFeedback::tr("Model %1 had no repair in the month or the "
                                                "twelve before it: there is no trend to report.")
                                 .arg(m.target));
        if (std::none_of(chosen.begin(), chosen.end(),
                         [&m](const kpi::DefectModel &d) { return d.model == m.target; }))
            chosen.push_back(*it);
    }
    return chosen;
}

QSet<QString> signalledCodes(const kpi::DefectModel &d)
{
    QSet<QString> codes;
    for (const kpi::DefectFault &f : d.faults)
        if (!f.alarms.isEmpty())
            codes.insert(f.code);
    return codes;
}

// The month's repairs of the model: every one counted and searched for the cases used on it;
// the first `shown` kept, signalled fault codes first, then the commonest codes, then by date.
Status readOrders(Database &db, int month, const QHash<qint64, Branch> &branches, std::size_t shown,
                  FeedbackModel &model, QHash<qint64, int> &usedOnMonth)
{
    auto ids = kpi::DefectReport::orderIds(db, model.trend.model, month);
    if (!ids)
        return ids.error();
    model.ordersTotal = static_cast<long long>(ids->size());
    flow::OrderRepository orders(db);
    knowledge::CaseLibrary library(db);
    std::vector<FeedbackOrder> all;
    all.reserve(ids->size());
    for (const qint64 id : *ids) {
        auto used = library.casesUsedOn(id);
        if (!used)
            return used.error();
        for (const qint64 caseId : *used)
            ++usedOnMonth[caseId];
        auto order = orders.findById(id);
        if (!order)
            return order.error();
        if (!*order)
            continue;
        const Branch branch = branches.value((*order)->branchId);
        all.push_back({id, branch.code, (*order)->orderNo,
                       branch.localTime().localDateTime((*order)->times.received),
                       (*order)->product, (*order)->faultCode, (*order)->description,
                       (*order)->status == flow::OrderStatus::Closed});
    }
    const QSet<QString> signalled = signalledCodes(model.trend);
    QHash<QString, long long> codeCount;
    for (const kpi::DefectFault &f : model.trend.faults)
        codeCount.insert(f.code, f.n);
    std::stable_sort(all.begin(), all.end(), [&](const FeedbackOrder &a, const FeedbackOrder &b) {
        const bool sa = signalled.contains(a.faultCode);
        const bool sb = signalled.contains(b.faultCode);
        if (sa != sb)
            return sa;
        const long long na = codeCount.value(a.faultCode);
        const long long nb = codeCount.value(b.faultCode);
        if (na != nb)
            return na > nb;
        if (a.faultCode != b.faultCode)
            return a.faultCode < b.faultCode;
        return a.received < b.received;
    });
    if (all.size() > shown)
        all.resize(shown);
    model.orders = std::move(all);
    return {};
}

// The cases that bear on the model, most relevant first: for a signalled fault code, then
// written for the model, then used most on its month's repairs; retired ones left out.
Status readCases(Database &db, const std::vector<knowledge::ServiceCase> &library,
                 const QHash<qint64, int> &usedOnMonth, std::size_t shown, FeedbackModel &model)
{
    const QSet<QString> signalled = signalledCodes(model.trend);
    QSet<QString> monthCodes;
    for (const kpi::DefectFault &f : model.trend.faults)
        monthCodes.insert(f.code);
    std::vector<FeedbackCase> found;
    for (const knowledge::ServiceCase &c : library) {
        if (c.status == knowledge::CaseStatus::Retired)
            continue;
        FeedbackCase fc;
        fc.forModel = c.models.contains(model.trend.model);
        fc.forSignalledFault = !c.faultCode.isEmpty() && signalled.contains(c.faultCode);
        fc.usedOnMonth = usedOnMonth.value(c.id);
        const bool forMonthFault = !c.faultCode.isEmpty() && monthCodes.contains(c.faultCode);
        if (!fc.forModel && !forMonthFault && fc.usedOnMonth == 0)
            continue;
        fc.content = c;
        found.push_back(std::move(fc));
    }
    std::stable_sort(found.begin(), found.end(), [](const FeedbackCase &a, const FeedbackCase &b) {
        if (a.forSignalledFault != b.forSignalledFault)
            return a.forSignalledFault;
        if (a.forModel != b.forModel)
            return a.forModel;
        if (a.usedOnMonth != b.usedOnMonth)
            return a.usedOnMonth > b.usedOnMonth;
        return a.content.title < b.content.title;
    });
    if (found.size() > shown)
        found.resize(shown);
    knowledge::CaseLibrary cases(db);
    for (FeedbackCase &fc : found) {
        auto whole = cases.find(fc.content.id, knowledge::CaseLibrary::Photos::With);
        if (!whole)
            return whole.error();
        if (*whole)
            fc.content = **whole;
        auto uses = cases.useCount(fc.content.id);
        if (!uses)
            return uses.error();
        fc.usedOnAll = *uses;
    }
    model.cases = std::move(found);
    return {};
}

} // namespace

QString signalWords(const ReportText &tx, const QStringList &names)
{
    QStringList words;
    for (const QString &n : names)
        words << (n == QLatin1String("above_upper")
                      ? tx(QT_TRANSLATE_NOOP("Report", "above the limit"))
                  : n == QLatin1String("run_of_8")
                      ? tx(QT_TRANSLATE_NOOP("Report", "8 months above the centre"))
                      : tx(QT_TRANSLATE_NOOP("Report", "CUSUM rise")));
    return words.join(QStringLiteral(", "));
}

QString DefectFeedback::faultText(const QString &code) const
{
    const QString name = faultNames.value(code);
    return name.isEmpty() ? code : code + QLatin1Char(' ') + name;
}

QString DefectFeedback::signalsText(const ReportText &tx, const kpi::DefectModel &d)
{
    QStringList parts;
    if (!d.alarms().isEmpty())
        parts << signalWords(tx, d.alarms());
    for (const kpi::DefectFault &f : d.faults)
        if (!f.alarms.isEmpty())
            parts << QStringLiteral("%1: %2").arg(f.code, signalWords(tx, f.alarms));
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral("; "));
}

Result<DefectFeedback> DefectFeedback::build(Database &db, QDate month, const Options &options)
{
    const ReportText tx(options.language);
    DefectFeedback r;
    r.month = QDate(month.year(), month.month(), 1);
    r.language = options.language;
    r.createdAt = QDateTime::currentDateTime();
    r.chosen = !options.models.isEmpty();

    auto branches = BranchRepository(db).list();
    if (!branches)
        return branches.error();
    QHash<qint64, Branch> branchById;
    for (const Branch &b : *branches)
        branchById.insert(b.id, b);
    r.source = branches->size() == 1
                   ? branches->front().name
                   : tx(QT_TRANSLATE_NOOP("Report", "%1 branches")).arg(branches->size());

    auto faults = org::FaultCatalogue(db).load();
    if (!faults)
        return faults.error();
    for (const org::FaultCode &c : faults->codes)
        r.faultNames.insert(c.code, tx.chinese() || c.nameEn.isEmpty() ? c.name : c.nameEn);
    auto lists = org::ProductCatalogue(db).load();
    if (!lists)
        return lists.error();

    const int yyyymm = r.month.year() * 100 + r.month.month();
    auto trends = kpi::DefectReport::read(db, yyyymm);
    if (!trends)
        return trends.error();
    auto chosen = chosenModels(*trends, *lists, options.models);
    if (!chosen)
        return chosen.error();

    std::vector<knowledge::ServiceCase> library;
    if (!chosen->empty()) {
        auto all = knowledge::CaseLibrary(db).list(false, knowledge::CaseLibrary::Photos::Without);
        if (!all)
            return all.error();
        library = std::move(*all);
    }
    for (kpi::DefectModel &d : *chosen) {
        FeedbackModel m;
        m.trend = std::move(d);
        for (const org::ProductModel &p : lists->models)
            if (p.model == m.trend.model) {
                m.name = p.name;
                m.launched = p.launched;
            }
        QHash<qint64, int> usedOnMonth;
        if (auto s = readOrders(db, yyyymm, branchById, std::size_t(std::max(0, options.orders)), m,
                                usedOnMonth);
            !s)
            return s.error();
        if (auto s =
                readCases(db, library, usedOnMonth, std::size_t(std::max(0, options.cases)), m);
            !s)
            return s.error();
        r.models.push_back(std::move(m));
    }
    return r;
}

} // namespace servicelens::report
