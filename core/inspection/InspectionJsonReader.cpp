// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectionJsonReader.h"

#include "InspectionJson.h"
#include "TemplateRepository.h"
#include "common/LocalTime.h"
#include "io/JsonFields.h"
#include "io/TimestampParser.h"
#include "org/Staff.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace servicelens::inspection {

using io::JsonFields;

Status InspectionJsonReader::knownStaff(JsonFields &f, const QString &key, const QString &code)
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

const Branch *InspectionJsonReader::branch(const QString &code)
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

Result<std::optional<Answer>> InspectionJsonReader::answer(const QJsonValue &value,
                                                           const QString &path,
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

Result<ParsedInspection> InspectionJsonReader::read(const QJsonValue &value, const QString &path)
{
    JsonFields f(value, path);
    ParsedInspection p;
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
        ParsedInspection::ActionIn in;
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

} // namespace servicelens::inspection
