// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectionJson.h"

#include "CorrectiveAction.h"
#include "InspectionJsonReader.h"
#include "InspectionWorkflow.h"
#include "TemplateRepository.h"
#include "common/LocalTime.h"
#include "io/JsonFields.h"
#include "io/OrderedJson.h"
#include "org/Branch.h"
#include "org/Staff.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace servicelens::inspection {

using io::OrderedJson;

namespace {

// The id of a staff member by code (the reader has checked that each code is known).
Result<std::optional<qint64>> staffId(Database &db, const QString &code)
{
    if (code.isEmpty())
        return std::optional<qint64>();
    auto found = org::StaffRepository(db).findByCode(code);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorKind::InvalidInput,
                         InspectionJson::tr("“%1” is no one on the staff.").arg(code));
    return std::optional<qint64>((*found)->id);
}

Result<InspectionImported> write(Database &db, ParsedInspection &p)
{
    InspectionImported done;
    done.uid = p.uid;
    InspectionRepository inspections(db);
    InspectionWorkflow workflow(db);
    auto existing = inspections.findByUid(p.uid);
    if (!existing)
        return existing.error();
    if (*existing) {
        // Imported before: nothing is replaced; report what is stored.
        done.alreadyPresent = true;
        auto t = TemplateRepository(db).byId((*existing)->templateId);
        auto given = inspections.answers((*existing)->id);
        if (!t)
            return t.error();
        if (!given)
            return given.error();
        if (*t)
            done.result = Scoring::score(**t, *given);
        return done;
    }
    auto inspector = staffId(db, p.inspectorCode);
    if (!inspector)
        return inspector.error();
    Inspection i;
    i.uid = p.uid;
    i.templateId = p.templ.id;
    i.branchId = p.branchId;
    i.inspectorId = *inspector;
    i.startedAt = p.startedAt;
    i.note = p.note;
    if (auto s = workflow.start(i); !s)
        return s.error();
    for (const Answer &a : p.answers)
        if (auto s = workflow.saveAnswer(i.id, a); !s)
            return s.error();
    auto result = workflow.complete(i.id, p.completedAt);
    if (!result)
        return result.error();
    done.result = *result;
    ActionRepository actions(db);
    for (ParsedInspection::ActionIn &in : p.actions) {
        auto owner = staffId(db, in.ownerCode);
        if (!owner)
            return owner.error();
        in.action.ownerId = *owner;
        auto verifier = staffId(db, in.verifierCode);
        if (!verifier)
            return verifier.error();
        in.action.verifierId = *verifier;
        in.action.inspectionId = i.id;
        if (auto s = actions.create(in.action); !s)
            return s.error();
        ++done.actions;
    }
    return done;
}

QString localText(const LocalTime &local, qint64 t)
{
    return local.localDateTime(t).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

Result<std::vector<InspectionImported>> InspectionJson::importData(Database &db,
                                                                   const QByteArray &json)
{
    // A list or one object.
    auto document = io::parseJsonValue(json);
    if (!document)
        return document.error();
    const QJsonValue root = *document;
    std::vector<std::pair<QJsonValue, QString>> items;
    if (root.isArray()) {
        const QJsonArray list = root.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            items.emplace_back(list[i], QStringLiteral("[%1]").arg(i + 1));
    } else {
        items.emplace_back(root, QString());
    }
    // Everything is read and checked before anything is written; one transaction for the file.
    InspectionJsonReader reader(db);
    std::vector<ParsedInspection> parsed;
    for (const auto &[value, path] : items) {
        auto p = reader.read(value, path);
        if (!p)
            return p.error();
        parsed.push_back(std::move(*p));
    }
    if (auto s = db.checkTables({QStringLiteral("inspection"), QStringLiteral("inspection_answer"),
                                 QStringLiteral("corrective_action"), QStringLiteral("audit_log")});
        !s)
        return s.error();
    WriteTransaction tx(db);
    if (!tx.status())
        return tx.status().error();
    std::vector<InspectionImported> done;
    for (ParsedInspection &p : parsed) {
        auto w = write(db, p);
        if (!w)
            return w.error();
        done.push_back(*w);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return done;
}

Result<std::vector<InspectionImported>> InspectionJson::importFile(Database &db,
                                                                   const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::Io,
            tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    auto r = importData(db, file.readAll());
    if (!r && r.error().kind == ErrorKind::InvalidInput)
        return makeError(
            ErrorKind::InvalidInput,
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), r.error().message));
    return r;
}

namespace {

Result<OrderedJson> exportInspection(Database &db, const Inspection &i)
{
    auto t = TemplateRepository(db).byId(i.templateId);
    if (!t)
        return t.error();
    auto branch = BranchRepository(db).findById(i.branchId);
    if (!branch)
        return branch.error();
    if (!*t || !*branch)
        return makeError(ErrorKind::NotFound, InspectionJson::tr("The inspection is incomplete."));
    const LocalTime local = (*branch)->localTime();
    QString inspector;
    if (i.inspectorId) {
        auto who = org::StaffRepository(db).findById(*i.inspectorId);
        if (!who)
            return who.error();
        if (*who)
            inspector = (*who)->code;
    }
    OrderedJson o = OrderedJson::object();
    o.add(QStringLiteral("id"), OrderedJson::string(i.uid))
        .add(QStringLiteral("template"), OrderedJson::string((*t)->code))
        .add(QStringLiteral("version"), OrderedJson::number((*t)->version))
        .add(QStringLiteral("branch"), OrderedJson::string((*branch)->code))
        .add(QStringLiteral("inspector"), OrderedJson::string(inspector))
        .add(QStringLiteral("started_at"), OrderedJson::string(localText(local, i.startedAt)))
        .add(QStringLiteral("completed_at"),
             OrderedJson::string(localText(local, i.completedAt.value_or(i.startedAt))));
    if (!i.note.isEmpty())
        o.add(QStringLiteral("note"), OrderedJson::string(i.note));
    o.add(QStringLiteral("score"), OrderedJson::number(i.score))
        .add(QStringLiteral("passed"), OrderedJson::boolean(i.passed.value_or(false)));
    auto given = InspectionRepository(db).answers(i.id);
    if (!given)
        return given.error();
    OrderedJson answers = OrderedJson::array();
    for (const Answer &a : *given) {
        OrderedJson ao = OrderedJson::object();
        ao.add(QStringLiteral("item"), OrderedJson::string(a.itemCode));
        if (a.na)
            ao.add(QStringLiteral("value"), OrderedJson::string(QStringLiteral("na")));
        else if (a.passed)
            ao.add(
                QStringLiteral("value"),
                OrderedJson::string(*a.passed ? QStringLiteral("pass") : QStringLiteral("fail")));
        else if (a.rating)
            ao.add(QStringLiteral("value"), OrderedJson::number(*a.rating));
        else if (a.number)
            ao.add(QStringLiteral("value"), OrderedJson::number(*a.number));
        else if (!a.text.isEmpty())
            ao.add(QStringLiteral("value"), OrderedJson::string(a.text));
        if (!a.note.isEmpty())
            ao.add(QStringLiteral("note"), OrderedJson::string(a.note));
        answers.append(std::move(ao));
    }
    o.add(QStringLiteral("answers"), std::move(answers));
    ActionFilter filter;
    filter.branchId = i.branchId;
    filter.inspectionId = i.id;
    auto rows = ActionRepository(db).list(filter);
    if (!rows)
        return rows.error();
    OrderedJson actions = OrderedJson::array();
    for (const ActionListRow &r : *rows) {
        OrderedJson ao = OrderedJson::object();
        if (!r.itemCode.isEmpty())
            ao.add(QStringLiteral("item"), OrderedJson::string(r.itemCode));
        ao.add(QStringLiteral("description"), OrderedJson::string(r.action.description));
        QString owner;
        if (r.action.ownerId) {
            auto who = org::StaffRepository(db).findById(*r.action.ownerId);
            if (who && *who)
                owner = (*who)->code;
        }
        ao.add(QStringLiteral("owner"), OrderedJson::string(owner))
            .add(QStringLiteral("due"), OrderedJson::string(r.action.due.toString(Qt::ISODate)))
            .add(QStringLiteral("priority"),
                 OrderedJson::string(flow::FlowNames::code(r.action.priority)))
            .add(QStringLiteral("status"), OrderedJson::string(ActionNames::code(r.action.status)))
            .add(QStringLiteral("created_at"),
                 OrderedJson::string(localText(local, r.action.createdAt)));
        if (r.action.doneAt)
            ao.add(QStringLiteral("done_at"),
                   OrderedJson::string(localText(local, *r.action.doneAt)));
        if (r.action.status == ActionStatus::Verified && r.action.verifierId) {
            auto who = org::StaffRepository(db).findById(*r.action.verifierId);
            if (who && *who)
                ao.add(QStringLiteral("verified_by"), OrderedJson::string((*who)->code));
            if (r.action.verifiedAt)
                ao.add(QStringLiteral("verified_at"),
                       OrderedJson::string(localText(local, *r.action.verifiedAt)));
            if (!r.action.verifyNote.isEmpty())
                ao.add(QStringLiteral("verify_note"), OrderedJson::string(r.action.verifyNote));
        }
        actions.append(std::move(ao));
    }
    o.add(QStringLiteral("actions"), std::move(actions));
    return o;
}

} // namespace

Result<QString> InspectionJson::exportOne(Database &db, const QString &uid)
{
    auto found = InspectionRepository(db).findByUid(uid);
    if (!found)
        return found.error();
    if (!*found || (*found)->status != InspectionStatus::Completed)
        return makeError(ErrorKind::NotFound,
                         tr("No completed inspection has the id “%1”.").arg(uid));
    auto o = exportInspection(db, **found);
    if (!o)
        return o.error();
    return QString(o->toString() + QLatin1Char('\n'));
}

Result<QString> InspectionJson::exportAll(Database &db, qint64 branchId)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id FROM inspection WHERE status = 'completed' AND "
                              "(:branch = 0 OR branch_id = :branch) ORDER BY completed_at, id"));
    q.bind(QStringLiteral(":branch"), branchId);
    auto ids = q.all<qint64>([](const SqlQuery &r) { return r.value(0).toLongLong(); });
    if (!ids)
        return ids.error();
    OrderedJson list = OrderedJson::array();
    InspectionRepository repo(db);
    for (qint64 id : *ids) {
        auto i = repo.findById(id);
        if (!i)
            return i.error();
        auto o = exportInspection(db, **i);
        if (!o)
            return o.error();
        list.append(std::move(*o));
    }
    return QString(list.toString() + QLatin1Char('\n'));
}

QString InspectionJson::resultLine(const InspectionImported &imported)
{
    OrderedJson o = OrderedJson::object();
    OrderedJson critical = OrderedJson::array();
    for (const QString &code : imported.result.failedCritical)
        critical.append(OrderedJson::string(code));
    o.add(QStringLiteral("id"), OrderedJson::string(imported.uid))
        .add(QStringLiteral("score"), OrderedJson::number(imported.result.score))
        .add(QStringLiteral("passed"), OrderedJson::boolean(imported.result.passed))
        .add(QStringLiteral("failed_critical"), std::move(critical));
    if (imported.alreadyPresent)
        o.add(QStringLiteral("already_present"), OrderedJson::boolean(true));
    return o.toString(-1);
}

} // namespace servicelens::inspection
