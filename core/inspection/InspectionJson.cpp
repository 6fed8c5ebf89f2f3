// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectionJson.h"

#include "CorrectiveAction.h"
#include "InspectionWorkflow.h"
#include "TemplateRepository.h"
#include "common/LocalTime.h"
#include "io/JsonFields.h"
#include "io/OrderedJson.h"
#include "io/TimestampParser.h"
#include "org/Branch.h"
#include "org/Staff.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>
#include <QUuid>

#include <map>

namespace servicelens::inspection {

using io::JsonFields;
using io::OrderedJson;

namespace {

// An inspection read from JSON and checked, before it is written.
struct Parsed {
    QString uid;
    qint64 branchId = 0;
    InspectionTemplate templ;
    QString inspectorCode;
    qint64 startedAt = 0;
    qint64 completedAt = 0;
    QString note;
    std::vector<Answer> answers;
    struct ActionIn {
        CorrectiveAction action;
        QString ownerCode;
        QString verifierCode;
        QString itemCode;
    };
    std::vector<ActionIn> actions;
};

// Reads and checks one inspection; nothing is written.
class Reader {
public:
    explicit Reader(Database &db)
        : m_db(db)
    {}

    Result<Parsed> read(const QJsonValue &value, const QString &path);

private:
    const Branch *branch(const QString &code);
    // An import never makes up a person: an unknown code is an error naming where it is.
    Status knownStaff(JsonFields &f, const QString &key, const QString &code);
    Result<std::optional<Answer>> answer(const QJsonValue &value, const QString &path,
                                         const InspectionTemplate &t);

    Database &m_db;
    std::vector<Branch> m_branches;
};

Status Reader::knownStaff(JsonFields &f, const QString &key, const QString &code)
{
    if (code.isEmpty())
        return {};
    auto found = org::StaffRepository(m_db).findByCode(code);
    if (!found)
        return found.error();
    if (!*found)
        f.fail(key, InspectionJson::tr("“%1” is no one on the staff of this workbook; import the "
                                       "staff first (servicelens import staff)")
                        .arg(code));
    return f.status();
}

const Branch *Reader::branch(const QString &code)
{
    if (m_branches.empty())
        if (auto all = BranchRepository(m_db).list())
            m_branches = std::move(*all);
    if (code.isEmpty())
        return m_branches.empty() ? nullptr : &m_branches.front();
    for (const Branch &b : m_branches)
        if (b.code == code)
            return &b;
    return nullptr;
}

Result<std::optional<Answer>> Reader::answer(const QJsonValue &value, const QString &path,
                                             const InspectionTemplate &t)
{
    JsonFields f(value, path);
    const QString code = f.text(QStringLiteral("item"), JsonFields::Required);
    const QString note = f.text(QStringLiteral("note"));
    if (!f.ok())
        return f.status().error();
    const TemplateItem *item = t.item(code);
    if (!item) {
        f.fail(QStringLiteral("item"), InspectionJson::tr("“%1” is not an item of %2 version %3")
                                           .arg(code, t.code)
                                           .arg(t.version));
        return f.status().error();
    }
    Answer a;
    a.itemCode = code;
    a.itemId = item->id;
    a.note = note;
    const QJsonValue v = f.value(QStringLiteral("value"));
    if (v.isString() &&
        v.toString().trimmed().compare(QLatin1String("na"), Qt::CaseInsensitive) == 0) {
        a.na = true;
        return std::optional<Answer>(a);
    }
    if (v.isUndefined() || v.isNull()) {
        if (item->type == ItemType::Photo || !note.isEmpty())
            return std::optional<Answer>(a.note.isEmpty() ? std::nullopt
                                                          : std::optional<Answer>(a));
        f.fail(QStringLiteral("value"), InspectionJson::tr("required"));
        return f.status().error();
    }
    switch (item->type) {
    case ItemType::PassFail: {
        const QString s = v.toString().trimmed().toLower();
        if (s == QLatin1String("pass") || s == QLatin1String("fail"))
            a.passed = s == QLatin1String("pass");
        else
            f.fail(
                QStringLiteral("value"),
                InspectionJson::tr("expected \"pass\", \"fail\" or \"na\" for a pass/fail item"));
        break;
    }
    case ItemType::Rating5:
        if (v.isDouble() && v.toDouble() >= 1 && v.toDouble() <= 5 &&
            v.toDouble() == static_cast<int>(v.toDouble()))
            a.rating = static_cast<int>(v.toDouble());
        else
            f.fail(QStringLiteral("value"),
                   InspectionJson::tr("expected a rating 1 to 5 or \"na\""));
        break;
    case ItemType::Number:
        if (v.isDouble())
            a.number = v.toDouble();
        else
            f.fail(QStringLiteral("value"), InspectionJson::tr("expected a number or \"na\""));
        break;
    case ItemType::Text:
        if (v.isString())
            a.text = v.toString();
        else
            f.fail(QStringLiteral("value"), InspectionJson::tr("expected a text in quotes"));
        break;
    case ItemType::Photo:
        f.fail(QStringLiteral("value"),
               InspectionJson::tr("photos are not carried in JSON; leave the value out"));
        break;
    }
    if (!f.ok())
        return f.status().error();
    return std::optional<Answer>(a);
}

Result<Parsed> Reader::read(const QJsonValue &value, const QString &path)
{
    JsonFields f(value, path);
    Parsed p;
    p.uid = f.text(QStringLiteral("id"), JsonFields::Required).trimmed();
    const QString templateCode = f.text(QStringLiteral("template"), JsonFields::Required);
    const auto version = f.integer(QStringLiteral("version"));
    const QString branchCode = f.text(QStringLiteral("branch"));
    p.inspectorCode = f.text(QStringLiteral("inspector")).trimmed();
    const QString started = f.text(QStringLiteral("started_at"), JsonFields::Required);
    const QString completed = f.text(QStringLiteral("completed_at"), JsonFields::Required);
    p.note = f.text(QStringLiteral("note"));
    const QJsonArray answers = f.array(QStringLiteral("answers"), JsonFields::Required);
    const QJsonArray actions = f.array(QStringLiteral("actions"));
    if (!f.ok())
        return f.status().error();
    if (QUuid::fromString(p.uid).isNull()) {
        f.fail(QStringLiteral("id"), InspectionJson::tr("“%1” is not a UUID").arg(p.uid));
        return f.status().error();
    }
    const Branch *b = branch(branchCode.trimmed());
    if (!b) {
        f.fail(QStringLiteral("branch"),
               InspectionJson::tr("the workbook has no branch “%1”").arg(branchCode));
        return f.status().error();
    }
    p.branchId = b->id;
    if (auto s = knownStaff(f, QStringLiteral("inspector"), p.inspectorCode); !s)
        return s.error();
    TemplateRepository templates(m_db);
    auto t = version ? templates.find(templateCode, static_cast<int>(*version))
                     : templates.latest(templateCode);
    if (!t)
        return t.error();
    if (!*t) {
        f.fail(version ? QStringLiteral("version") : QStringLiteral("template"),
               InspectionJson::tr("the workbook has no template “%1” version %2; import the "
                                  "template first")
                   .arg(templateCode)
                   .arg(version.value_or(1)));
        return f.status().error();
    }
    p.templ = std::move(**t);
    const LocalTime local = b->localTime();
    const io::TimestampParser times(local);
    const auto start = times.parseTimestamp(started);
    const auto end = times.parseTimestamp(completed);
    if (!start)
        f.fail(QStringLiteral("started_at"),
               InspectionJson::tr("“%1”: expected a time such as 2026-10-12 09:00").arg(started));
    else if (!end)
        f.fail(QStringLiteral("completed_at"),
               InspectionJson::tr("“%1”: expected a time such as 2026-10-12 11:30").arg(completed));
    else if (*end < *start)
        f.fail(QStringLiteral("completed_at"), InspectionJson::tr("earlier than started_at"));
    if (!f.ok())
        return f.status().error();
    p.startedAt = *start;
    p.completedAt = *end;

    QSet<QString> seen;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QString at = f.pathOf(QStringLiteral("answers"), i);
        auto a = answer(answers[i], at, p.templ);
        if (!a)
            return a.error();
        if (!*a)
            continue;
        if (seen.contains((*a)->itemCode))
            return makeError(
                ErrorKind::InvalidInput,
                QStringLiteral("%1.item: %2")
                    .arg(at, InspectionJson::tr("“%1” is answered twice").arg((*a)->itemCode)));
        seen.insert((*a)->itemCode);
        (*a)->answeredAt = p.completedAt;
        p.answers.push_back(std::move(**a));
    }
    for (qsizetype i = 0; i < actions.size(); ++i) {
        JsonFields af(actions[i], f.pathOf(QStringLiteral("actions"), i));
        Parsed::ActionIn in;
        CorrectiveAction &a = in.action;
        in.itemCode = af.text(QStringLiteral("item")).trimmed();
        a.description = af.text(QStringLiteral("description"), JsonFields::Required);
        in.ownerCode = af.text(QStringLiteral("owner")).trimmed();
        const QString due = af.text(QStringLiteral("due"), JsonFields::Required);
        const QString status = af.text(QStringLiteral("status"));
        const QString doneAt = af.text(QStringLiteral("done_at"));
        const QString createdAt = af.text(QStringLiteral("created_at"));
        const QString priority = af.text(QStringLiteral("priority"));
        in.verifierCode = af.text(QStringLiteral("verified_by")).trimmed();
        const QString verifiedAt = af.text(QStringLiteral("verified_at"));
        a.verifyNote = af.text(QStringLiteral("verify_note"));
        if (!af.ok())
            return af.status().error();
        if (auto s = knownStaff(af, QStringLiteral("owner"), in.ownerCode); !s)
            return s.error();
        if (!in.itemCode.isEmpty()) {
            const TemplateItem *item = p.templ.item(in.itemCode);
            if (!item) {
                af.fail(QStringLiteral("item"),
                        InspectionJson::tr("“%1” is not an item of %2 version %3")
                            .arg(in.itemCode, p.templ.code)
                            .arg(p.templ.version));
                return af.status().error();
            }
            a.itemId = item->id;
        }
        const auto dueDate = io::TimestampParser::parseDate(due);
        if (!dueDate) {
            af.fail(QStringLiteral("due"),
                    InspectionJson::tr("“%1”: expected a date such as 2026-10-20").arg(due));
            return af.status().error();
        }
        a.due = *dueDate;
        if (!status.isEmpty()) {
            const auto s = ActionNames::status(status);
            if (!s) {
                af.fail(QStringLiteral("status"),
                        InspectionJson::tr("“%1”: expected open, in_progress, done or verified")
                            .arg(status));
                return af.status().error();
            }
            a.status = *s;
        }
        if (!priority.isEmpty()) {
            const auto pr = flow::FlowNames::priority(priority);
            if (!pr) {
                af.fail(
                    QStringLiteral("priority"),
                    InspectionJson::tr("“%1”: expected urgent, high, normal or low").arg(priority));
                return af.status().error();
            }
            a.priority = *pr;
        }
        const bool done = a.status == ActionStatus::Done || a.status == ActionStatus::Verified;
        if (!done && !doneAt.isEmpty()) {
            af.fail(QStringLiteral("done_at"),
                    InspectionJson::tr("given, but the status is “%1”: only a done or verified "
                                       "action has been done")
                        .arg(ActionNames::code(a.status)));
            return af.status().error();
        }
        if (done) {
            const auto t = times.parseTimestamp(doneAt);
            if (!t) {
                af.fail(QStringLiteral("done_at"),
                        doneAt.isEmpty()
                            ? InspectionJson::tr("required when the status is done or verified")
                            : InspectionJson::tr("“%1”: expected a time such as 2026-10-19 16:00")
                                  .arg(doneAt));
                return af.status().error();
            }
            a.doneAt = *t;
        }
        a.createdAt = p.completedAt;
        if (!createdAt.isEmpty()) {
            const auto t = times.parseTimestamp(createdAt);
            if (!t) {
                af.fail(QStringLiteral("created_at"),
                        InspectionJson::tr("“%1”: expected a time such as 2026-10-12 11:30")
                            .arg(createdAt));
                return af.status().error();
            }
            a.createdAt = *t;
        }
        if (a.doneAt && *a.doneAt < a.createdAt) {
            af.fail(QStringLiteral("done_at"),
                    InspectionJson::tr("“%1” is earlier than the action was created (%2)")
                        .arg(doneAt, createdAt.isEmpty() ? completed : createdAt));
            return af.status().error();
        }
        // Verified means checked by someone other than the owner (DOMAIN.md): an import says
        // who, as the application records it.
        if (a.status == ActionStatus::Verified) {
            if (in.verifierCode.isEmpty()) {
                af.fail(QStringLiteral("verified_by"),
                        InspectionJson::tr("required when the status is verified: the staff "
                                           "code of who verified it, not the owner"));
                return af.status().error();
            }
            if (in.verifierCode == in.ownerCode) {
                af.fail(QStringLiteral("verified_by"),
                        InspectionJson::tr("the owner cannot verify their own action"));
                return af.status().error();
            }
            if (auto s = knownStaff(af, QStringLiteral("verified_by"), in.verifierCode); !s)
                return s.error();
            a.verifiedAt = a.doneAt;
            if (!verifiedAt.isEmpty()) {
                const auto t = times.parseTimestamp(verifiedAt);
                if (!t || *t < a.doneAt.value_or(0)) {
                    af.fail(
                        QStringLiteral("verified_at"),
                        !t ? InspectionJson::tr("“%1”: expected a time such as 2026-10-19 "
                                                "16:00")
                                 .arg(verifiedAt)
                           : InspectionJson::tr("“%1” is earlier than done_at").arg(verifiedAt));
                    return af.status().error();
                }
                a.verifiedAt = *t;
            }
        } else if (!in.verifierCode.isEmpty() || !verifiedAt.isEmpty()) {
            af.fail(in.verifierCode.isEmpty() ? QStringLiteral("verified_at")
                                              : QStringLiteral("verified_by"),
                    InspectionJson::tr("given, but the status is “%1”, not verified")
                        .arg(ActionNames::code(a.status)));
            return af.status().error();
        }
        a.branchId = p.branchId;
        a.source = ActionSource::Inspection;
        p.actions.push_back(std::move(in));
    }
    return p;
}

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

Result<InspectionImported> write(Database &db, Parsed &p)
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
    for (Parsed::ActionIn &in : p.actions) {
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
    Reader reader(db);
    std::vector<Parsed> parsed;
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
    for (Parsed &p : parsed) {
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
